package kz.medcert.adapters.persistence.stored;

import java.util.Optional;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.PersonRecord;

/** The applicant and their name, to and from the stored form. */
final class ApplicantMapper {

    private ApplicantMapper() {
    }

    static StoredRequest.Applicant toStored(Applicant applicant) {
        return new StoredRequest.Applicant(applicant.iin().value(), toStored(applicant.name()),
                applicant.region().orElse(null), new StoredRequest.Contact(
                applicant.contact().postalAddress().orElse(null), applicant.contact().phone().orElse(null)));
    }

    static Applicant toDomain(StoredRequest.Applicant stored) {
        return new Applicant(new Iin(stored.iin()), toDomain(stored.name()), Optional.ofNullable(stored.region()),
                Contact.of(stored.contact().postalAddress(), stored.contact().phone()));
    }

    static StoredFacts.Person toStored(PersonRecord p) {
        return new StoredFacts.Person(p.iin().value(), toStored(p.name()), p.citizenship().value(),
                p.residence().orElse(null), p.permanentResident());
    }

    static PersonRecord toDomain(StoredFacts.Person stored) {
        return new PersonRecord(new Iin(stored.iin()), toDomain(stored.name()), new CountryCode(stored.citizenship()),
                Optional.ofNullable(stored.residence()), stored.permanentResident());
    }

    static StoredRequest.Name toStored(PersonName name) {
        return new StoredRequest.Name(name.surname(), name.givenName(), name.patronymic().orElse(null));
    }

    static PersonName toDomain(StoredRequest.Name stored) {
        return new PersonName(stored.surname(), stored.givenName(), Optional.ofNullable(stored.patronymic()));
    }
}
