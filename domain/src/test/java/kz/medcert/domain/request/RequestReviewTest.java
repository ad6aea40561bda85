package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.APPLICANT;
import static kz.medcert.domain.request.RequestFixtures.PEDIATRICS;
import static kz.medcert.domain.request.RequestFixtures.T0;
import static kz.medcert.domain.request.RequestFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.ReviewNote;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.QualificationLevel;
import org.junit.jupiter.api.Test;

/**
 * Identity from the state database of individuals (R03, R69, R71, R75) and the service's own register (R14, R64,
 * R88): what the request gives an officer to look at, and what it settles.
 */
class RequestReviewTest {
    private static final PersonName REGISTERED = PersonName.of("Сәрсенова", "Әйгерім", "Болатқызы");

    @Test
    void theRegisteredName_outranksTheTypedOne_whichRaisesANote_R69_R75() {
        RequestState s = withTyped(fetched(RequestFixtures.domesticFormBuilder().build(), person(REGISTERED,
                Region.ALMATY_CITY)), PersonName.of("Иванов", "Пётр"));

        assertThat(s.identity().name()).isEqualTo(REGISTERED);
        assertThat(s.identity().nameSource()).isEqualTo(ApplicantIdentity.Source.REGISTRY);
        assertThat(codes(RequestReview.notes(s, List.of(), TODAY))).contains("NAME_DIFFERS_FROM_REGISTRY");
        assertThat(CertificationRequest.restore(s).contentToSign()).contains("name=Сәрсенова Әйгерім Болатқызы\n");
    }

    @Test
    void aTypedNameThatDiffersOnlyInCaseOrLeavesOutThePatronymic_raisesNoNote_R69() {
        RequestState upper = withTyped(fetched(RequestFixtures.domesticFormBuilder().build(), person(REGISTERED,
                Region.ALMATY_CITY)), PersonName.of("СӘРСЕНОВА", "ӘЙГЕРІМ"));

        assertThat(codes(RequestReview.notes(upper, List.of(), TODAY))).doesNotContain("NAME_DIFFERS_FROM_REGISTRY");
    }

    @Test
    void theRegisteredRegion_decidesTheDepartment_andATypedOneThatDiffersIsIgnoredWithANote_R71() {
        RequestState s = fetched(RequestFixtures.domesticFormBuilder().build(), person(REGISTERED, Region.KARAGANDA),
                Region.ALMATY_CITY);

        assertThat(s.identity().department()).contains(Department.of(Region.KARAGANDA));
        assertThat(s.identity().regionSource()).isEqualTo(ApplicantIdentity.Source.REGISTRY);
        assertThat(codes(RequestReview.notes(s, List.of(), TODAY))).contains("REGION_DIFFERS_FROM_REGISTRY");
        assertThat(s.history()).extracting(HistoryEntry::event).contains("REGION_FROM_REGISTRY");
    }

    @Test
    void withoutARegisteredAddress_theDeclaredRegionCounts_andTheHistorySaysSo_R71() {
        RequestState s = fetched(RequestFixtures.foreignForm(), Optional.of(new PersonRecord(APPLICANT.iin(),
                APPLICANT.name(), CountryCode.of("TR"), Optional.empty(), false)), Region.SHYMKENT);

        assertThat(s.identity().department()).contains(Department.of(Region.SHYMKENT));
        assertThat(s.identity().regionSource()).isEqualTo(ApplicantIdentity.Source.DECLARED);
        assertThat(s.history()).filteredOn(h -> h.event().equals("REGION_AS_DECLARED")).singleElement()
                .extracting(HistoryEntry::detail).asString().contains("SHYMKENT", "R71");
    }

    @Test
    void aPersonTheDatabaseDoesNotHold_cannotSubmitIfDomestic_andGoesToAnOfficerIfForeign_R47_R69() {
        RequestState domestic = fetched(RequestFixtures.domesticFormBuilder().build(), Optional.empty());
        RequestState foreign = fetched(RequestFixtures.foreignForm(), Optional.empty());

        assertThat(RequestReview.submissionBlocker(domestic)).hasValueSatisfying(reason -> {
            assertThat(reason.toString()).contains("holds no person", "R69");
            assertThat(reason.in(Language.KK)).contains("жеке тұлғалардың мемлекеттік дерекқорында");
        });
        assertThat(RequestReview.submissionBlocker(foreign)).isEmpty();
        assertThat(codes(RequestReview.notes(foreign, List.of(), TODAY))).contains("IDENTITY_NOT_IN_REGISTRY");
        assertThat(CertificationRequest.restore(foreign).dossierOn(TODAY, Optional.empty()).identityInRegistry())
                .isFalse();
    }

    @Test
    void aKazakhstaniCitizenOnTheForeignForm_isServedAsDomestic_andTheMissingRegistriesAreAsked_R03() {
        RequestState s = fetched(RequestFixtures.foreignForm(), Optional.of(new PersonRecord(APPLICANT.iin(),
                REGISTERED, CountryCode.KAZAKHSTAN, Optional.of(Region.ALMATY_CITY), false)));

        assertThat(s.identity().category()).isEqualTo(Category.DOMESTIC);
        assertThat(s.fetches()).extracting(RegistryFetch::registry).contains(StateRegistry.EMPLOYMENT);
        assertThat(s.status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        assertThat(s.history()).extracting(HistoryEntry::event).contains("SERVICE_FOLLOWS_CITIZENSHIP");
        Evaluation evaluation = CertificationRequest.restore(s).evaluate(CertificationRules.standard(), TODAY,
                Optional.empty(), List.of());
        assertThat(evaluation.route().route().isForeign()).isFalse();
        assertThat(codes(evaluation.reviewNotes())).contains("CATEGORY_FOLLOWS_CITIZENSHIP",
                "CITIZENSHIP_DIFFERS_FROM_REGISTRY");
    }

    @Test
    void aCertificateTheRegisterShowsRevoked_cannotBeConfirmed_evenIfTheRegistryOrTheApplicantNamesIt_R88() {
        HeldCertificate held = HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 3, 1), LocalDate.of(2027, 3, 1),
                true);
        Dossier form = RequestFixtures.domesticFormBuilder()
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 3, 1), LocalDate.of(2027, 3, 1),
                        false))
                .professionalDevelopment(new ProfessionalDevelopment(PEDIATRICS, StudyVolume.ofCredits(4),
                        LocalDate.of(2025, 2, 10)))
                .build();
        CertificationRequest request = CertificationRequest.restore(fetched(form, person(REGISTERED,
                Region.ALMATY_CITY), Region.ALMATY_CITY, f -> f.withCertificates(List.of(held))
                .withEmployment(List.of(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2015, 9, 1), true)))
                .withProhibition(Prohibition.NONE)));
        IssuedCertificate entry = entry(LocalDate.of(2022, 3, 1));
        IssuedCertificate revoked = entry.revoked(new Revocation(LocalDate.of(2025, 3, 14),
                "GROUND_4_COURT_PROHIBITION", "Приговор суда о запрещении деятельности",
                new Actor.Officer("9", Department.of(Region.ALMATY_CITY)).auditLabel()));

        Evaluation valid = request.evaluate(CertificationRules.standard(), TODAY, Optional.of(T0), List.of(entry));
        Evaluation afterRevocation = request.evaluate(CertificationRules.standard(), TODAY, Optional.of(T0),
                List.of(revoked));

        assertThat(valid.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(afterRevocation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(afterRevocation.route().certificate()).isEmpty();
        assertThat(codes(afterRevocation.reviewNotes())).contains("CERTIFICATE_REVOKED");
        assertThat(AutomaticConfirmation.assess(request.state(), afterRevocation))
                .isInstanceOf(AutomaticConfirmation.Verdict.ToOfficer.class);
    }

    @Test
    void aLaterCertificateOfTheRegister_replacesTheRegistrysEarlierRecord_soItsRevocationLeavesNothingToConfirm_R75() {
        HeldCertificate earlier = HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 3, 1), LocalDate.of(2027, 3, 1),
                true);
        CertificationRequest request = CertificationRequest.restore(fetched(RequestFixtures.domesticFormBuilder()
                .professionalDevelopment(new ProfessionalDevelopment(PEDIATRICS, StudyVolume.ofCredits(4),
                        LocalDate.of(2025, 2, 10)))
                .build(), person(REGISTERED, Region.ALMATY_CITY), Region.ALMATY_CITY,
                f -> f.withCertificates(List.of(earlier))));
        // the service confirmed it in 2025 (a certificate the register does not link to the registry's record)
        IssuedCertificate later = entry(LocalDate.of(2025, 4, 1)).revoked(new Revocation(LocalDate.of(2026, 5, 4),
                "GROUND_5_SPECIAL_RIGHT_DEPRIVED", "Приговор суда о лишении специального права",
                new Actor.Officer("9", Department.of(Region.ALMATY_CITY)).auditLabel()));

        Evaluation evaluation = request.evaluate(CertificationRules.standard(), TODAY, Optional.of(T0),
                List.of(later));

        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(codes(evaluation.reviewNotes())).contains("CERTIFICATE_REVOKED");
    }

    @Test
    void aRegistryAnswerThatContradictsTheRegister_yieldsANote_andTheRegisterWins_R14_R64() {
        HeldCertificate otherwise = new HeldCertificate(PEDIATRICS, LocalDate.of(2022, 3, 1),
                Optional.of(LocalDate.of(2028, 3, 1)), false, true, Optional.of(QualificationLevel.HIGHEST));
        CertificationRequest request = CertificationRequest.restore(fetched(RequestFixtures.domesticFormBuilder()
                .build(), person(REGISTERED, Region.ALMATY_CITY), Region.ALMATY_CITY,
                f -> f.withCertificates(List.of(otherwise))));
        IssuedCertificate entry = entry(LocalDate.of(2022, 3, 1));

        Evaluation evaluation = request.evaluate(CertificationRules.standard(), TODAY, Optional.of(T0),
                List.of(entry));

        assertThat(codes(evaluation.reviewNotes())).contains("REGISTRY_CONTRADICTS_REGISTER");
        assertThat(evaluation.route().certificate()).hasValueSatisfying(c ->
                assertThat(c.validUntil()).isEqualTo(entry.validUntil()));
    }

    private static IssuedCertificate entry(LocalDate issuedOn) {
        return IssuedCertificate.issue(CertificateNumbers.issue(Year.of(issuedOn.getYear()), 1), APPLICANT.iin(),
                REGISTERED, PEDIATRICS, Optional.of(QualificationLevel.FIRST), Department.of(Region.ALMATY_CITY),
                issuedOn, Optional.empty());
    }

    private static Optional<PersonRecord> person(PersonName name, Region region) {
        return Optional.of(new PersonRecord(APPLICANT.iin(), name, CountryCode.KAZAKHSTAN, Optional.of(region),
                false));
    }

    /** As declared by a domestic applicant of Almaty (R71: their form names a region), or a foreign one. */
    private static RequestState fetched(Dossier form, Optional<PersonRecord> person) {
        return fetched(form, person, form.category() == Category.DOMESTIC ? Region.ALMATY_CITY : null);
    }

    private static RequestState fetched(Dossier form, Optional<PersonRecord> person, Region declared) {
        return fetched(form, person, declared, UnaryOperator.identity());
    }

    /** Started by an applicant who declared {@code declared}, consented, every registry answered. */
    private static RequestState fetched(Dossier form, Optional<PersonRecord> person, Region declared,
                                        UnaryOperator<FetchedFacts> others) {
        Applicant applicant = new Applicant(APPLICANT.iin(), REGISTERED, Optional.ofNullable(declared),
                APPLICANT.contact());
        ApplicationDetails details = form.category() == Category.FOREIGN
                ? new ApplicationDetails(Optional.empty(), Optional.of(RequestFixtures.CLINIC))
                : ApplicationDetails.NONE;
        CertificationRequest request = CertificationRequest.start(new RequestId(java.util.UUID.randomUUID()),
                applicant, form, details, T0, HistoryEntry.SYSTEM).consentRequested("REF-1", "OTP", T0)
                .consentGiven(T0);
        for (StateRegistry registry : request.registriesDue(T0)) {
            request = request.registryAnswered(registry, registry == StateRegistry.IDENTITY
                    ? f -> f.withPerson(person) : others, T0);
        }
        return request.state();
    }

    /** The same request as if the applicant had typed {@code typed}. */
    private static RequestState withTyped(RequestState s, PersonName typed) {
        return new RequestState(s.id(), new Applicant(s.applicant().iin(), typed, s.applicant().region(),
                s.applicant().contact()), s.startedAt(), s.form(), s.consent(), s.fetches(), s.fetched(),
                s.attachments(), s.submission(), s.status(), s.history(), s.version(), s.decision(), s.details(),
                s.statements());
    }

    private static List<String> codes(List<ReviewNote> notes) {
        return notes.stream().map(ReviewNote::code).toList();
    }
}
