-- The newest request of an applicant, read at every acceptance for the language of the notification
-- (JdbiCertificationRequestRepository.latestStartedBy): one index entry instead of all the person's requests, which
-- HSQLDB read whole (the JSON state with them) and sorted, seconds per submission for an applicant with thousands.
CREATE INDEX certification_request_applicant_latest ON certification_request (applicant_iin, started_at, id);
