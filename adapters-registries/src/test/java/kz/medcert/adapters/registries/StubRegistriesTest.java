package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.application.port.out.EducationRegistry.EducationFound;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;

/** Each stub registry answers exactly what the demo file holds, and nothing for a stranger. */
class StubRegistriesTest {
    private static final Iin STRANGER = Iin.parse("900101300017");
    private static final SpecialtyCode PEDIATRICS = SpecialtyCode.of("PEDIATRICS");

    private final DemoPersons persons = DemoPersons.load();
    private final RegistryBehaviours normal = RegistryBehaviours.none();
    private final StubEducationRegistry education = new StubEducationRegistry(persons, normal);
    private final StubCertificateRegistry certificates = new StubCertificateRegistry(persons, normal);
    private final StubNameChangeRegistry nameChanges = new StubNameChangeRegistry(persons, normal);
    private final StubAssessmentRegistry assessments = new StubAssessmentRegistry(persons, normal);
    private final StubEmploymentRegistry employment = new StubEmploymentRegistry(persons, normal);
    private final StubProhibitionRegistry prohibitions = new StubProhibitionRegistry(persons, normal);
    private final StubIdentityRegistry identity = new StubIdentityRegistry(persons, normal);

    @Test
    void everyRegistryAnswersWhatTheFileHoldsForEveryPerson() {
        assertThat(persons.all()).allSatisfy(p -> {
            RegistryHoldings held = p.registries();
            Iin iin = p.iin();
            assertThat(education.educationOf(iin)).isEqualTo(new EducationFound(held.education(), held.postgraduate()));
            assertThat(certificates.certificatesOf(iin)).isEqualTo(held.certificates());
            assertThat(nameChanges.holdsNameChange(iin)).isEqualTo(held.nameChange());
            assertThat(assessments.assessmentsOf(iin)).isEqualTo(held.assessments());
            assertThat(employment.employmentOf(iin)).isEqualTo(held.employment());
            assertThat(prohibitions.prohibitionOf(iin, p.scenario().target())).isEqualTo(held.prohibition());
            assertThat(identity.personOf(iin).isPresent()).isEqualTo(held.identity());
            identity.personOf(iin).ifPresent(person -> {
                assertThat(person.name()).isEqualTo(p.name());
                assertThat(person.citizenship()).isEqualTo(p.citizenship());
                assertThat(person.residence().map(Enum::name)).contains(p.region().name());
            });
        });
    }

    @Test
    void translatesTheFirstPersonsRecordsIntoDomainTerms() {
        Iin iin = persons.byId("P01").orElseThrow().iin();

        EducationFound found = education.educationOf(iin);

        assertThat(found.education()).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(EducationLevel.HIGHER);
            assertThat(e.field()).isEqualTo(EducationField.PEDIATRICS);
            assertThat(e.graduationDate()).isEqualTo(LocalDate.of(2008, 6, 30));
            assertThat(e.inRegistry()).isTrue();
            assertThat(e.institution()).hasValueSatisfying(name -> assertThat(name).contains("Асфендияров"));
        });
        assertThat(certificates.certificatesOf(iin)).containsExactly(new HeldCertificate(PEDIATRICS,
                LocalDate.of(2022, 3, 1), Optional.of(LocalDate.of(2027, 3, 1)), false, true,
                Optional.of(QualificationLevel.FIRST)));
        assertThat(employment.employmentOf(iin)).containsExactly(
                EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2009, 8, 1), true));
        assertThat(prohibitions.prohibitionOf(iin, PEDIATRICS)).isEqualTo(Prohibition.NONE);
    }

    @Test
    void readsIndefiniteCertificatesNameChangesAndFailedAssessments() {
        Iin kim = persons.byId("P03").orElseThrow().iin();
        Iin tursynov = persons.byId("P25").orElseThrow().iin();

        assertThat(certificates.certificatesOf(kim)).singleElement().satisfies(c -> {
            assertThat(c.indefinite()).isTrue();
            assertThat(c.validUntil()).isEmpty();
            assertThat(c.qualificationLevel()).contains(QualificationLevel.HIGHEST);
        });
        assertThat(nameChanges.holdsNameChange(kim)).isTrue();
        assertThat(assessments.assessmentsOf(tursynov)).extracting(AssessmentResult::passed).containsExactly(false);
    }

    @Test
    void answersNothingForAStranger() {
        assertThat(education.educationOf(STRANGER).education()).isEmpty();
        assertThat(education.educationOf(STRANGER).postgraduate()).isEmpty();
        assertThat(certificates.certificatesOf(STRANGER)).isEmpty();
        assertThat(nameChanges.holdsNameChange(STRANGER)).isFalse();
        assertThat(assessments.assessmentsOf(STRANGER)).isEmpty();
        assertThat(employment.employmentOf(STRANGER)).isEmpty();
        assertThat(prohibitions.prohibitionOf(STRANGER, PEDIATRICS)).isEqualTo(Prohibition.NO_DATA);
        assertThat(identity.personOf(STRANGER)).isEmpty();
    }

    @Test
    void answersTheSameOnEveryCall() {
        Iin iin = persons.byId("P05").orElseThrow().iin();

        assertThat(certificates.certificatesOf(iin)).isEqualTo(certificates.certificatesOf(iin));
        assertThat(education.educationOf(iin)).isEqualTo(education.educationOf(iin));
    }
}
