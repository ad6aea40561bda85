-- The territorial department that receives a request (R71), copied from the applicant's region inside the JSON state
-- on every write, so that an officer's queue is one indexed query instead of parsing every accepted request.
-- Rows written before this migration keep NULL; the adapter also reads those and filters them by their JSON state.
ALTER TABLE certification_request ADD COLUMN department VARCHAR(32);

CREATE INDEX certification_request_queue ON certification_request (status, department);
