package kz.medcert.domain.request;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.evaluation.ServiceCategoryPolicy;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.CountryCode;

/**
 * Who the applicant is for the service, each fact with where it comes from: the state database of individuals first
 * (the name the certificate is issued in, R75; the region whose department decides, R71; the citizenship that picks
 * the service, R03), and what the applicant declared only where no registry holds it. The declaration stays on the
 * request as the applicant's statement ({@link Applicant}).
 */
public record ApplicantIdentity(Iin iin, PersonName name, Source nameSource, Optional<Region> region,
                                Source regionSource, Optional<CountryCode> citizenship, Source citizenshipSource,
                                boolean permanentResident, Category category) {

    /** Where a fact about the applicant comes from. */
    public enum Source {
        /** The state database of individuals (the IDENTITY registry) as fetched with consent. */
        REGISTRY,
        /** What the applicant typed into the application. */
        DECLARED
    }

    public ApplicantIdentity {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameSource, "nameSource");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(regionSource, "regionSource");
        Objects.requireNonNull(citizenship, "citizenship");
        Objects.requireNonNull(citizenshipSource, "citizenshipSource");
        Objects.requireNonNull(category, "category");
    }

    /** The identity of the request's applicant as it stands: registry first, the declaration otherwise. */
    public static ApplicantIdentity of(RequestState s) {
        Optional<PersonRecord> person = s.fetched().person();
        Applicant declared = s.applicant();
        PersonName name = person.map(PersonRecord::name).orElse(declared.name());
        Optional<Region> registered = person.flatMap(PersonRecord::residence);
        Optional<Region> region = registered.isPresent() ? registered : declared.region();
        Optional<CountryCode> citizenship = person.map(PersonRecord::citizenship).or(() -> s.form().citizenship());
        boolean permanentResident = person.map(PersonRecord::permanentResident)
                .orElse(s.form().permanentResident());
        Category category = ServiceCategoryPolicy.byCitizenship(citizenship).orElse(s.form().category());
        return new ApplicantIdentity(declared.iin(), name, source(person.isPresent()), region,
                source(registered.isPresent()), citizenship, source(person.isPresent()), permanentResident, category);
    }

    private static Source source(boolean registry) {
        return registry ? Source.REGISTRY : Source.DECLARED;
    }

    /** R71: the territorial department of the region of residence, if one is known. */
    public Optional<Department> department() {
        return region.map(Department::of);
    }
}
