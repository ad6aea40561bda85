-- A holder's register entries as the rules and the marking of replacements read them (JdbiCertificateRegister
-- .readForRules, .supersedeAmong): the entries not yet replaced, the revoked ones, and the history from a day on,
-- each read through its own index instead of every entry the holder ever had (thousands, in the HTTP benchmark).
CREATE INDEX issued_certificate_holder_unreplaced ON issued_certificate (holder_iin, superseded_by);
CREATE INDEX issued_certificate_holder_revoked ON issued_certificate (holder_iin, revoked_on);
CREATE INDEX issued_certificate_holder_order ON issued_certificate (holder_iin, issued_on, number);
