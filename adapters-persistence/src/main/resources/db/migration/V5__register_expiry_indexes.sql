-- The expiry report over the whole register (millions of entries after an import): entries are selected by their
-- last day of validity, and an entry counts as confirmed when a later entry names it in confirms (R14). Without
-- these two indexes both would scan the table.
CREATE INDEX issued_certificate_valid_until ON issued_certificate (valid_until);

CREATE INDEX issued_certificate_confirms ON issued_certificate (confirms);
