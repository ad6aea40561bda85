-- The Idempotency-Key a client sent when starting a request, per applicant, with a digest of the body it came with: a
-- retry finds the request it created instead of creating a second one. Written in the transaction that stores the
-- request, so a key never names a request that is not there, and the primary key lets only one of two concurrent
-- retries store its request. (V5 is left to the register's bulk import.)
CREATE TABLE idempotency_key (
    owner_iin   CHAR(12)     NOT NULL,
    idem_key    VARCHAR(255) NOT NULL,
    fingerprint VARCHAR(128) NOT NULL,
    request_id  UUID         NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (owner_iin, idem_key),
    CONSTRAINT idempotency_key_request_fk FOREIGN KEY (request_id) REFERENCES certification_request (id)
);
