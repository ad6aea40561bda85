-- One row per request: the columns the service queries by, and the whole RequestState as JSON (state_format says
-- which layout of that JSON the row holds, so that it can be migrated later). Portable between HSQLDB and
-- PostgreSQL; only the types of the large values differ and come from Flyway placeholders (see Vendor).
CREATE TABLE certification_request (
    id            UUID                     NOT NULL,
    applicant_iin CHAR(12)                 NOT NULL,
    status        VARCHAR(32)              NOT NULL,
    version       BIGINT                   NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    state_format  INTEGER                  NOT NULL,
    state         ${text_type}             NOT NULL,
    CONSTRAINT certification_request_pk PRIMARY KEY (id)
);

CREATE INDEX certification_request_status ON certification_request (status, updated_at);
CREATE INDEX certification_request_applicant ON certification_request (applicant_iin);

-- The bytes of each uploaded electronic copy (R19), written in the same transaction as the request that lists it.
CREATE TABLE request_attachment_content (
    attachment_id UUID              NOT NULL,
    request_id    UUID              NOT NULL,
    byte_count    BIGINT            NOT NULL,
    sha256        CHAR(64)          NOT NULL,
    content       ${binary_type}    NOT NULL,
    CONSTRAINT request_attachment_content_pk PRIMARY KEY (attachment_id),
    CONSTRAINT request_attachment_content_request_fk FOREIGN KEY (request_id)
        REFERENCES certification_request (id)
);

CREATE INDEX request_attachment_content_request ON request_attachment_content (request_id);
