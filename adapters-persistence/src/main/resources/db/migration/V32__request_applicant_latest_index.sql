-- The newest request of an applicant, read at every acceptance for the language of the notification
-- (JdbiCertificationRequestRepository.latestStartedBy): one index entry instead of all the person's requests, which
-- HSQLDB read whole (the JSON state with them) and sorted, seconds per submission for an applicant with thousands.
-- It replaces the index on the applicant alone, which it serves as well: while that one existed HSQLDB chose it for
-- the WHERE and sorted the rows (measured: 1-8 ms a query over 3,000 in-memory rows, 0.1 ms with it dropped).
DROP INDEX certification_request_applicant;
CREATE INDEX certification_request_applicant_latest ON certification_request (applicant_iin, started_at, id);
