package kz.medcert.application.port.in;

import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.MessageBundle;
import kz.medcert.domain.reference.MessageKey;

/**
 * The use cases' own texts, worded in {@code service-text_kk/_ru/_en.properties} beside this class: why a step is
 * refused (access, a missing or changed request, an upload not accepted) and what the applicant is notified of.
 */
public enum ServiceText implements MessageKey {
    ACTION_START_REQUEST,
    ACTION_LIST_REQUESTS,
    ACTION_ATTACH_DOCUMENTS,
    ACTION_ASK_REGISTRIES,
    ACTION_OBJECT,
    ACTION_SUBMIT,
    ACTION_AMEND_FORM,
    ACTION_REQUEST_CONSENT_CODE,
    ACTION_CONFIRM_CONSENT,
    ACTION_DECLINE_CONSENT,
    ONLY_APPLICANT_MAY,
    ONLY_PARTIES_READ_REQUESTS,
    ONLY_STAFF_SEE_QUEUE,
    ONLY_STAFF_READ_AUDIT,
    APPLICANT_STARTS_OWN_REQUESTS,
    ONLY_OFFICER_DECIDES,
    ONLY_OFFICER_REVOKES,
    ONLY_HOLDER_DOWNLOADS,
    ONLY_ADMIN_READS_EXPIRY_REPORT,
    ONLY_ADMIN_IMPORTS_REGISTER,
    ONLY_ADMIN_VERIFIES_AUDIT_CHAIN,
    SERVICE_LISTS_NO_CERTIFICATES,
    REQUEST_NOT_FOUND,
    CERTIFICATE_NOT_FOUND,
    HOLDER_NOT_FOUND,
    REQUEST_CHANGED_WHILE_SUBMITTED,
    REQUEST_CHANGED_RETRY_UPLOAD,
    REQUEST_CHANGED_RETRY,
    REQUEST_CHANGED_AMEND_AGAIN,
    REQUEST_STEP_REFUSED,
    REQUEST_DECIDED_MEANWHILE,
    REQUEST_NOT_AWAITING_DECISION,
    REQUEST_STALE,
    NO_CONSENT_CODE_REQUESTED,
    CONSENT_ALREADY_ANSWERED,
    CONSENT_CODE_TOO_SOON,
    CERTIFICATE_REVOKED_CANNOT_CONFIRM,
    CERTIFICATE_ALREADY_REVOKED,
    CERTIFICATE_REVOKED_MEANWHILE,
    IDEMPOTENCY_KEY_REUSED,
    UPLOAD_EMPTY,
    UPLOAD_TOO_LARGE,
    UPLOAD_LIMIT_FILES,
    UPLOAD_LIMIT_BYTES,
    UPLOAD_TYPE,
    UPLOAD_TYPE_MISMATCH,
    UPLOAD_FILE_NAME,
    UPLOAD_TRANSLATION_NAMES_DOCUMENT,
    UPLOAD_ONLY_TRANSLATION_TRANSLATES,
    NOTIFY_REQUEST_ACCEPTED,
    NOTIFY_CONFIRMED_AUTOMATICALLY,
    NOTIFY_CERTIFICATE_ISSUED,
    NOTIFY_REFUSAL_PROPOSED,
    NOTIFY_REFUSED,
    NOTIFY_CERTIFICATE_REVOKED,
    REQUEST_CHANGED_WHILE_FETCHING;

    private static final class Bundle {
        private static final MessageBundle TEXTS = MessageBundle.load(ServiceText.class, "service-text");
    }

    @Override
    public MessageBundle bundle() {
        return Bundle.TEXTS;
    }

    /** The text of this key, to fill in. */
    public Message message() {
        return Message.of(this);
    }
}
