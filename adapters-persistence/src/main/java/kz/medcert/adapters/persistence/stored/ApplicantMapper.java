package kz.medcert.adapters.persistence.stored;

import java.util.Optional;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.request.Applicant;

/** The applicant and their name, to and from the stored form. */
final class ApplicantMapper {

    private ApplicantMapper() {
    }

    static StoredRequest.Applicant toStored(Applicant applicant) {
        return new StoredRequest.Applicant(applicant.iin().value(), toStored(applicant.name()),
                applicant.region().orElse(null));
    }

    static Applicant toDomain(StoredRequest.Applicant stored) {
        return new Applicant(new Iin(stored.iin()), toDomain(stored.name()), Optional.ofNullable(stored.region()));
    }

    static StoredRequest.Name toStored(PersonName name) {
        return new StoredRequest.Name(name.surname(), name.givenName(), name.patronymic().orElse(null));
    }

    static PersonName toDomain(StoredRequest.Name stored) {
        return new PersonName(stored.surname(), stored.givenName(), Optional.ofNullable(stored.patronymic()));
    }
}
