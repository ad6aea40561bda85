-- The audit log: one entry per step of a request (state changes, registry pulls, consent steps with the gateway's
-- reference), who took it (a non-personal audit label), when and what. One global hash chain over all requests, so
-- that the entries of a deleted request are covered too: each entry's hash is SHA-256 over its fields and the hash of
-- the entry before it (kz.medcert.domain.audit.AuditChain).
--
-- Append-only: the application only ever INSERTs into audit_log, in the transaction that stores the request. On
-- PostgreSQL a trigger also rejects UPDATE, DELETE and TRUNCATE (db/postgresql/V3_1); HSQLDB, embedded and used for
-- local runs and tests, relies on the application never issuing them. Whoever can bypass either (a superuser) is
-- found out by verifying the chain.
--
-- No foreign key to certification_request: the log outlives the requests it records.
CREATE TABLE audit_log (
    seq           BIGINT                      NOT NULL,
    request_id    UUID                        NOT NULL,
    occurred_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor         ${text_type}                NOT NULL,
    event         VARCHAR(100)                NOT NULL,
    detail        ${text_type}                NOT NULL,
    previous_hash CHAR(64)                    NOT NULL,
    hash          CHAR(64)                    NOT NULL,
    CONSTRAINT audit_log_pk PRIMARY KEY (seq)
);

CREATE INDEX audit_log_request ON audit_log (request_id, seq);

-- The end of the chain, one row. Appending transactions lock it (by updating it) before reading it, so that appends
-- are serialized and the chain cannot fork; it also records the last entry, so that deleting the last entries of the
-- log is detected.
CREATE TABLE audit_head (
    id        INTEGER  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_head_pk PRIMARY KEY (id),
    CONSTRAINT audit_head_one_row CHECK (id = 1)
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
