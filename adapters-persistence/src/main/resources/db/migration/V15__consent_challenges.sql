-- The one-time codes sent for consent (R60, R61), where every instance of the service finds them: the code only as
-- its HMAC-SHA256 under a key kept outside the database (bound to the reference), with its expiry and how many codes
-- were tried against it. A code is sent at most once a minute and five times an hour per request, five times an hour
-- per person (ConsentLimits): the indexes serve those counts. Rows are kept, as the record of every code sent.
-- (V9 is the register's supersession, V14 a foreign certificate's organisation.)
CREATE TABLE consent_challenge (
    reference     VARCHAR(100)             NOT NULL,
    request_id    UUID                     NOT NULL,
    applicant_iin CHAR(12)                 NOT NULL,
    code_hash     CHAR(64)                 NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    tries         INTEGER                  NOT NULL,
    CONSTRAINT consent_challenge_pk PRIMARY KEY (reference),
    CONSTRAINT consent_challenge_request_fk FOREIGN KEY (request_id) REFERENCES certification_request (id),
    CONSTRAINT consent_challenge_tries CHECK (tries >= 0)
);

CREATE INDEX consent_challenge_request ON consent_challenge (request_id, issued_at);
CREATE INDEX consent_challenge_applicant ON consent_challenge (applicant_iin, issued_at);

-- One row per person who was ever sent a code: the row a new code's transaction locks (by an update that changes
-- nothing) before it counts the person's codes, so that two codes asked at once for one person are counted in turn.
CREATE TABLE consent_person (
    applicant_iin CHAR(12) NOT NULL,
    CONSTRAINT consent_person_pk PRIMARY KEY (applicant_iin)
);
