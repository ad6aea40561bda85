package kz.medcert.application.service;

import java.util.Objects;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;

/**
 * The language a notification is written in: the one the person chose on their latest request (the language their
 * client asked for when they started it), or Russian when that request names none (started without a language, or
 * before languages were kept) or they have none (a holder of an imported certificate). Russian, as the language the
 * territorial departments' decisions are issued in beside Kazakh, is what every recipient reads today.
 */
public final class RecipientLanguage {
    public static final Language DEFAULT = Language.RU;

    private final ApplicantRequests repository;

    public RecipientLanguage(ApplicantRequests repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    public Language of(Iin recipient) {
        return repository.latestStartedBy(recipient)
                .flatMap(latest -> latest.state().details().language()).orElse(DEFAULT);
    }
}
