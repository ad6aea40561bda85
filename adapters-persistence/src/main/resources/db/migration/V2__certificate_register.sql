-- The national register of specialist certificates (R75). Explicit columns rather than a JSON state: an entry is a
-- flat, long-lived legal record that never changes except by revocation, so every fact gets a typed column and the
-- database itself enforces what it can (validity after issue, a revocation either complete or absent). Lookups are by
-- the primary key (public verification by number) or by the holder's IIN (index). No foreign key on confirms: a
-- confirmation may name a certificate issued before this register existed.
CREATE TABLE issued_certificate (
    number              VARCHAR(40)   NOT NULL,
    holder_iin          CHAR(12)      NOT NULL,
    holder_surname      VARCHAR(100)  NOT NULL,
    holder_given_name   VARCHAR(100)  NOT NULL,
    holder_patronymic   VARCHAR(100),
    specialty           VARCHAR(64)   NOT NULL,
    qualification_level VARCHAR(16),
    department          VARCHAR(32)   NOT NULL,
    issued_on           DATE          NOT NULL,
    valid_until         DATE,
    confirms            VARCHAR(40),
    revoked_on          DATE,
    revocation_ground   VARCHAR(200),
    revocation_reason   ${text_type},
    revoked_by          VARCHAR(200),
    CONSTRAINT issued_certificate_pk PRIMARY KEY (number),
    CONSTRAINT issued_certificate_validity CHECK (valid_until IS NULL OR valid_until >= issued_on),
    CONSTRAINT issued_certificate_revocation CHECK (
        (revoked_on IS NULL AND revocation_ground IS NULL AND revocation_reason IS NULL AND revoked_by IS NULL)
        OR (revoked_on IS NOT NULL AND revocation_ground IS NOT NULL AND revocation_reason IS NOT NULL
            AND revoked_by IS NOT NULL))
);

CREATE INDEX issued_certificate_holder ON issued_certificate (holder_iin);

-- The last serial drawn for each year's certificate numbers (MC-YYYY-NNNNNNNN-C). A counter row rather than a
-- sequence: one sequence per year would need DDL at each new year, and a row updated in a transaction is atomic on
-- both HSQLDB and PostgreSQL.
CREATE TABLE certificate_serial (
    issue_year  INTEGER NOT NULL,
    last_serial BIGINT  NOT NULL,
    CONSTRAINT certificate_serial_pk PRIMARY KEY (issue_year),
    CONSTRAINT certificate_serial_range CHECK (last_serial BETWEEN 1 AND 99999999)
);
