package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.medcert.adapters.http.dto.DossierEntries.AssessmentEntry;
import kz.medcert.adapters.http.dto.DossierEntries.CertificateEntry;
import kz.medcert.adapters.http.dto.DossierEntries.EducationEntry;
import kz.medcert.adapters.http.dto.DossierEntries.EmploymentEntry;
import kz.medcert.adapters.http.dto.DossierEntries.PostgraduateEntry;
import kz.medcert.domain.request.FetchedFacts;
import kz.medcert.domain.request.PersonRecord;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestState;

/**
 * What one state registry returned for the request, read-only for the applicant (R70): the registry, when it answered,
 * the rules it serves, and its data; only the fields that registry supplies are present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FetchedDataResponse(String registry, Instant fetchedAt, List<String> rules,
                                  List<EducationEntry> education, List<PostgraduateEntry> postgraduate,
                                  List<CertificateEntry> certificates, Boolean nameChangeOnRecord,
                                  List<AssessmentEntry> assessments, List<EmploymentEntry> employment,
                                  String prohibition, Boolean identityOnRecord, PersonEntry person) {

    /** One group per registry that has answered, in the order the registries are asked. */
    public static List<FetchedDataResponse> from(RequestState state) {
        List<FetchedDataResponse> groups = new ArrayList<>();
        for (RegistryFetch fetch : state.fetches()) {
            if (fetch.done()) {
                groups.add(of(fetch, state.fetched()));
            }
        }
        return groups;
    }

    private static FetchedDataResponse of(RegistryFetch fetch, FetchedFacts f) {
        FetchedDataResponse empty = new FetchedDataResponse(fetch.registry().name(),
                fetch.lastAttemptAt().orElse(null), fetch.registry().rules().stream().map(Enum::name).toList(),
                null, null, null, null, null, null, null, null, null);
        return switch (fetch.registry()) {
            case EDUCATION -> empty.with(FormResponse.map(f.education(), EducationEntry::from),
                    FormResponse.map(f.postgraduate(), PostgraduateEntry::from), null, null, null, null, null, null);
            case CERTIFICATES -> empty.with(null, null, FormResponse.map(f.certificates(), CertificateEntry::from),
                    null, null, null, null, null);
            case NAME_CHANGES -> empty.with(null, null, null, f.nameChangeOnRecord().orElse(null), null, null, null,
                    null);
            case ASSESSMENTS -> empty.with(null, null, null, null,
                    FormResponse.map(f.assessments(), AssessmentEntry::from), null, null, null);
            case EMPLOYMENT -> empty.with(null, null, null, null, null,
                    FormResponse.map(f.employment(), EmploymentEntry::from), null, null);
            case PROHIBITIONS -> empty.with(null, null, null, null, null, null,
                    f.prohibition().map(Enum::name).orElse(null), null);
            case IDENTITY -> empty.with(null, null, null, null, null, null, null,
                    f.identityOnRecord().orElse(null)).withPerson(f.person().map(PersonEntry::from).orElse(null));
        };
    }

    private FetchedDataResponse with(List<EducationEntry> education, List<PostgraduateEntry> postgraduate,
                                     List<CertificateEntry> certificates, Boolean nameChange,
                                     List<AssessmentEntry> assessments, List<EmploymentEntry> employment,
                                     String prohibition, Boolean identity) {
        return new FetchedDataResponse(registry, fetchedAt, rules, education, postgraduate, certificates, nameChange,
                assessments, employment, prohibition, identity, null);
    }

    private FetchedDataResponse withPerson(PersonEntry value) {
        return new FetchedDataResponse(registry, fetchedAt, rules, education, postgraduate, certificates,
                nameChangeOnRecord, assessments, employment, prohibition, identityOnRecord, value);
    }

    /** The person the state database of individuals holds under the IIN (R03, R69, R71). */
    public record PersonEntry(String surname, String givenName, String patronymic, String citizenship, String region,
                              boolean permanentResident) {
        static PersonEntry from(PersonRecord p) {
            return new PersonEntry(p.name().surname(), p.name().givenName(), p.name().patronymic().orElse(null),
                    p.citizenship().value(), p.residence().map(Enum::name).orElse(null), p.permanentResident());
        }
    }
}
