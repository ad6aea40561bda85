package kz.medcert.application.service;

import java.time.LocalDate;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.Submission;

/**
 * A request as its applicant recognises it in a notification (R80): the specialty applied for, in their language,
 * and the day they submitted it (started it, before the submission), never the UUID they were never shown; the UUID
 * stays at the end of the text as the reference to quote to the service.
 */
public final class RequestInWords {
    private RequestInWords() {
    }

    /** {@code text} with {@code specialty}, {@code day} and {@code reference} for its placeholders. */
    public static Message named(Message text, CertificationRequest request) {
        RequestState state = request.state();
        return text.with("specialty", SpecialtyCatalogue.standard().nameOf(state.form().target()))
                .with("day", day(state)).with("reference", request.id());
    }

    static LocalDate day(RequestState state) {
        return KazakhstanTime.date(state.submission().map(Submission::submittedAt).orElse(state.startedAt()));
    }
}
