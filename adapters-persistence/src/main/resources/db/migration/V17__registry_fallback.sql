-- The registry-retry worker asks a registry of a request while the request waits for the registries, and, once one
-- is given up on for the applicant (R21, R70), of a request that went on without it, up to the decision: a copy of
-- that, written with every change of the request as the department is (V4), so that the worker's list stays one
-- indexed query. Rows written before this migration asked registries only while AWAITING_REGISTRIES.
-- (V9 is the register's supersession, V14 a foreign certificate's organisation, V15 and V16 security's.)
ALTER TABLE certification_request ADD COLUMN asks_registries BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE certification_request SET asks_registries = TRUE WHERE status = 'AWAITING_REGISTRIES';

CREATE INDEX certification_request_registry_retry ON certification_request (asks_registries, updated_at);
