-- What a submission reads of a holder's register entries (JdbiCertificateRegister.excerpt, .supersedeEarlier): those
-- no later entry replaced and those revoked, each through an index of its own, instead of every entry the holder ever
-- had (thousands for a demo applicant of the HTTP benchmark). HSQLDB starts an index range neither at IS NULL nor at
-- IS NOT NULL of a second column, and picks the index on the holder alone for a condition on the holder: a column
-- that holds the holder's IIN only on such entries (NULL otherwise, so not in the index's range) is looked up by
-- equality on both databases. Computed by the database, never written by the service.
ALTER TABLE issued_certificate ADD COLUMN unreplaced_holder CHAR(12)
    GENERATED ALWAYS AS (CASE WHEN superseded_by IS NULL THEN holder_iin END) ${generated_storage};
ALTER TABLE issued_certificate ADD COLUMN revoked_holder CHAR(12)
    GENERATED ALWAYS AS (CASE WHEN revoked_on IS NULL THEN NULL ELSE holder_iin END) ${generated_storage};
CREATE INDEX issued_certificate_unreplaced_holder ON issued_certificate (unreplaced_holder);
CREATE INDEX issued_certificate_revoked_holder ON issued_certificate (revoked_holder);
