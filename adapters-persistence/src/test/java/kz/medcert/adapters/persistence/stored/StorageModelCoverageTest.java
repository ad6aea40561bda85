package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.medcert.domain.calendar.ServiceDeadline;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.Standing;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentHistory;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.LabourPermit;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.DateWindow;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Finding;
import kz.medcert.domain.evaluation.NotRequiredItem;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.ReviewNote;
import kz.medcert.domain.evaluation.RouteDecision;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.ApplicationDetails;
import kz.medcert.domain.request.IssueOverride;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.PersonRecord;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.Consent;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.FetchedFacts;
import kz.medcert.domain.request.Hearing;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.Objection;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.Submission;
import org.junit.jupiter.api.Test;

/**
 * Every record of the domain that a stored request holds has its stored counterpart, component for component: a
 * component added to a domain record (or a new record, or a new kind of decision or outcome) fails here, naming what
 * the storage model lacks, until it is mapped (in the mapper of its part) and stored (as a new format, see
 * RequestStateJson). Reflection is used here only, to check the hand-written mapping; it never reads a row.
 */
class StorageModelCoverageTest {
    /** Each domain record and its stored counterpart. */
    private static final Map<Class<?>, Class<?>> STORED = Map.ofEntries(
            Map.entry(RequestState.class, StoredRequest.class),
            Map.entry(Applicant.class, StoredRequest.Applicant.class),
            Map.entry(PersonName.class, StoredRequest.Name.class),
            Map.entry(Consent.class, StoredRequest.Consent.class),
            Map.entry(RegistryFetch.class, StoredRequest.Fetch.class),
            Map.entry(Attachment.class, StoredRequest.Attachment.class),
            Map.entry(Submission.class, StoredRequest.Submission.class),
            Map.entry(HistoryEntry.class, StoredRequest.HistoryEntry.class),
            Map.entry(Dossier.class, StoredDossier.class),
            Map.entry(LabourPermit.class, StoredDossier.LabourPermit.class),
            Map.entry(EducationRecord.class, StoredDossier.Education.class),
            Map.entry(Recognition.class, StoredDossier.Recognition.class),
            Map.entry(PostgraduateTraining.class, StoredDossier.Postgraduate.class),
            Map.entry(Retraining.class, StoredDossier.Retraining.class),
            Map.entry(CertificationCourse.class, StoredDossier.CertificationCourse.class),
            Map.entry(ProfessionalDevelopment.class, StoredDossier.ProfessionalDevelopment.class),
            Map.entry(HeldCertificate.class, StoredDossier.Certificate.class),
            Map.entry(EmploymentPeriod.class, StoredDossier.Employment.class),
            Map.entry(AssessmentResult.class, StoredDossier.Assessment.class),
            Map.entry(FetchedFacts.class, StoredFacts.class),
            Map.entry(Evaluation.class, StoredEvaluation.class),
            Map.entry(RouteDecision.class, StoredEvaluation.RouteDecision.class),
            Map.entry(Standing.class, StoredEvaluation.Standing.class),
            Map.entry(ChecklistItem.class, StoredEvaluation.ChecklistItem.class),
            Map.entry(DateWindow.class, StoredEvaluation.DateWindow.class),
            Map.entry(NotRequiredItem.class, StoredEvaluation.NotRequired.class),
            Map.entry(Outcome.Eligible.class, StoredEvaluation.Eligible.class),
            Map.entry(Outcome.Refusal.class, StoredEvaluation.Refusal.class),
            Map.entry(Finding.class, StoredEvaluation.Finding.class),
            Map.entry(ReviewNote.class, StoredEvaluation.ReviewNote.class),
            Map.entry(LocalizedText.class, StoredEvaluation.Text.class),
            Map.entry(ServiceDeadline.class, StoredEvaluation.Deadline.class),
            Map.entry(Decision.Issued.class, StoredDecision.Issued.class),
            Map.entry(Decision.RefusalProposed.class, StoredDecision.RefusalProposed.class),
            Map.entry(Decision.Refused.class, StoredDecision.Refused.class),
            Map.entry(RefusalReasons.class, StoredDecision.Reasons.class),
            Map.entry(Hearing.class, StoredDecision.Hearing.class),
            Map.entry(Objection.class, StoredDecision.Objection.class),
            Map.entry(Contact.class, StoredRequest.Contact.class),
            Map.entry(ApplicationDetails.class, StoredRequest.Details.class),
            Map.entry(HealthcareOrganisation.class, StoredDossier.Organisation.class),
            Map.entry(PersonRecord.class, StoredFacts.Person.class),
            Map.entry(IssueOverride.class, StoredDecision.Override.class),
            Map.entry(Motivation.class, StoredDecision.Motivation.class));

    /** Domain records of one component stored as that component's value (a code as its text, a volume as hours). */
    private static final Set<Class<?>> STORED_AS_THEIR_VALUE = Set.of(RequestId.class, Iin.class, SpecialtyCode.class,
            CountryCode.class, CertificateNumber.class, StudyVolume.class, EmploymentHistory.class);

    /** Where a stored component has another name than the domain's: "Domain.component" to the stored name. */
    private static final Map<String, String> RENAMED = Map.of(
            "ProfessionalDevelopment.volume", "hours",
            "NotRequiredItem.reasonText", "reason");

    /** Domain components deliberately not stored, with why. */
    private static final Map<String, String> NOT_STORED = Map.of(
            "RequestState.version", "the row's version column holds it");

    @Test
    void everyDomainRecordOfAStoredRequest_hasAStoredCounterpart() {
        Set<Class<?>> missing = new LinkedHashSet<>(reachableRecords());
        missing.removeAll(STORED.keySet());
        missing.removeAll(STORED_AS_THEIR_VALUE);

        assertThat(missing).as("domain records a stored request holds but the storage model does not: add a stored "
                + "record and its mapping").isEmpty();
        assertThat(reachableRecords()).containsAll(STORED.keySet());
    }

    @Test
    void everyStoredCounterpart_hasTheComponentsOfItsDomainRecord() {
        Map<String, List<String>> differences = new LinkedHashMap<>();
        STORED.forEach((domain, stored) -> {
            List<String> expected = Arrays.stream(domain.getRecordComponents())
                    .map(c -> domain.getSimpleName() + "." + c.getName())
                    .filter(name -> !NOT_STORED.containsKey(name))
                    .map(name -> RENAMED.getOrDefault(name, name.substring(name.indexOf('.') + 1)))
                    .toList();
            List<String> actual = Arrays.stream(stored.getRecordComponents()).map(RecordComponent::getName).toList();
            if (!actual.equals(expected)) {
                differences.put(domain.getName() + " -> " + stored.getName(), List.of("domain " + expected,
                        "stored " + actual));
            }
        });

        assertThat(differences).as("components of a domain record missing from (or not in the order of) its stored "
                + "record: map them in the part's mapper and store them as a new format").isEmpty();
    }

    @Test
    void recordsStoredAsTheirValue_haveOneComponent() {
        for (Class<?> type : STORED_AS_THEIR_VALUE) {
            assertThat(type.getRecordComponents()).as(type.getName() + " is stored as its one value").hasSize(1);
        }
    }

    /** The domain records reachable from RequestState through components, collections, optionals and sealed types. */
    private static Set<Class<?>> reachableRecords() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>(List.of(RequestState.class));
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
                pending.add(parameterized.getRawType());
            } else if (type instanceof Class<?> c && c.getName().startsWith("kz.medcert.domain.") && seen.add(c)) {
                if (c.isRecord()) {
                    Arrays.stream(c.getRecordComponents()).map(RecordComponent::getGenericType)
                            .forEach(pending::add);
                } else if (c.isSealed()) {
                    pending.addAll(Arrays.asList(c.getPermittedSubclasses()));
                }
            }
        }
        seen.removeIf(c -> !c.isRecord());
        return seen;
    }
}
