-- The certificate a new one confirms (R14) is the holder's latest in the specialty: with this index the database reads
-- that one entry, however many the holder has (HSQLDB walks it only when the query orders by all four columns).
CREATE INDEX issued_certificate_holder_specialty ON issued_certificate (holder_iin, specialty, issued_on, number);
