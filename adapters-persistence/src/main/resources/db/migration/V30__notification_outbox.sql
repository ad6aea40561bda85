-- The transactional outbox of notifications (accepted, preliminary refusal, decision, revocation, expiry reminder):
-- each row is written in the transaction of the change that causes it, already worded in the recipient's language,
-- and sent later by the delivery worker of one instance, which claims it for a lease (claimed_by/claimed_until, the
-- database's real time, as the registry retries' claims). message_key is the e-mail's Message-ID and the SMS
-- provider's idempotency key; mail_sent/sms_sent say which channel acknowledged it already, so that a retry resends
-- only the other. A row stays after it is SENT or FAILED (for good), as the record of what was sent. dedupe_key keeps
-- a reminder from being stored twice. (V30 and up: the branches of the time took V15 to V2x.)
CREATE TABLE notification_outbox (
    message_key     VARCHAR(64)              NOT NULL,
    dedupe_key      VARCHAR(200),
    recipient_iin   CHAR(12)                 NOT NULL,
    kind            VARCHAR(40)              NOT NULL,
    reference       VARCHAR(200)             NOT NULL,
    language        VARCHAR(2)               NOT NULL,
    subject         ${text_type}             NOT NULL,
    body            ${text_type}             NOT NULL,
    sms             ${text_type}             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    mail_sent       BOOLEAN                  NOT NULL,
    sms_sent        BOOLEAN                  NOT NULL,
    last_error      ${text_type},
    settled_at      TIMESTAMP WITH TIME ZONE,
    claimed_by      VARCHAR(64),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_outbox_pk PRIMARY KEY (message_key),
    CONSTRAINT notification_outbox_dedupe UNIQUE (dedupe_key),
    CONSTRAINT notification_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT notification_outbox_attempts CHECK (attempts >= 0)
);

CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);
