-- The officers' queue (R73, R78) is read a page at a time, most urgent first: copies of the submission's decision due
-- date and moment, written with every change of the request as the department is (V4), so that a page is one indexed
-- query and only its own rows are parsed. Rows submitted before this migration keep NULL until they next change; the
-- queue lists them first (they are the oldest). (V7 is the register's holder index.)
ALTER TABLE certification_request ADD COLUMN decision_due DATE;
ALTER TABLE certification_request ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX certification_request_urgency ON certification_request (department, status, decision_due, submitted_at);
