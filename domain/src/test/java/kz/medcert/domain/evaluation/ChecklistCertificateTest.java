package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The existing certificate (R14, R34, R58, R64) and the certification course transcript (R29). */
class ChecklistCertificateTest {
    private static final LocalDate ISSUED = date(2019, 6, 30);
    private static final LocalDate EXPIRED_ON = date(2024, 6, 30);

    private static Dossier domesticWith(HeldCertificate certificate) {
        return DossierFixtures.pediatricianWithoutHistory(DossierFixtures.AD).certificate(certificate)
                .employment(DocumentScenarios.workingSince(PEDIATRICS, date(2011, 8, 1)))
                .professionalDevelopment(DossierFixtures.pdCredits(PEDIATRICS, 4, date(2023, 3, 1))).build();
    }

    @ParameterizedTest(name = "R34 expired domestic certificate, in the service = {0}: a copy is uploaded")
    @ValueSource(booleans = {false, true})
    void r34_domesticConfirmation_copyOfEveryExpiredCertificate(boolean inRegistry) {
        // given: expired 2024-06-30, five months before AD
        Evaluation evaluation = DossierFixtures.evaluate(domesticWith(
                HeldCertificate.valid(PEDIATRICS, ISSUED, EXPIRED_ON, inRegistry)));

        // when
        ChecklistItem copy = only(evaluation, DocumentCode.CERTIFICATE_COPY);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(copy.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(copy.source()).isEqualTo(Source.APPLICANT);
        assertThat(copy.rules()).containsExactly(Rule.R34);
        assertThat(copy.basis()).isEqualTo("Appendix 2, row 8, confirmation item 7");
        assertThat(copy.subject()).hasValueSatisfying(s -> assertThat(s).contains("PEDIATRICS", "2024-06-30"));
    }

    @Test
    void r14_r64_r34_validCertificateInTheService_isFetchedNotCopied() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.pediatricianConfirming());

        // when
        ChecklistItem copy = only(evaluation, DocumentCode.CERTIFICATE_COPY);

        // then
        assertThat(copy.source()).isEqualTo(Source.REGISTRY);
        assertThat(copy.rules()).containsExactly(Rule.R14, Rule.R64).doesNotContain(Rule.R34);
    }

    @Test
    void r14_r34_validCertificateTheServiceDoesNotHold_isUploaded() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(domesticWith(
                HeldCertificate.valid(PEDIATRICS, date(2020, 3, 1), date(2025, 3, 1), false)));

        // then
        ChecklistItem copy = only(evaluation, DocumentCode.CERTIFICATE_COPY);
        assertThat(copy.source()).isEqualTo(Source.APPLICANT);
        assertThat(copy.rules()).contains(Rule.R14, Rule.R34);
    }

    @Test
    void r34_firstTime_hasNoCertificateToCopy() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.domesticFirstTimeGraduate());

        // then
        assertThat(items(evaluation, DocumentCode.CERTIFICATE_COPY)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.CERTIFICATE_COPY))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R34));
    }

    @Test
    void r58_foreignExpiredCertificateNotInTheService_isUploaded() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(foreignWith(false));

        // when
        ChecklistItem copy = only(evaluation, DocumentCode.CERTIFICATE_COPY);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_CONFIRMATION);
        assertThat(copy.source()).isEqualTo(Source.APPLICANT);
        assertThat(copy.rules()).contains(Rule.R58);
        assertThat(copy.basis()).isEqualTo("Appendix 6, row 8, confirmation item 4");
    }

    @Test
    void r58_r64_foreignExpiredCertificateInTheService_isNotAskedOfTheApplicant() {
        // given: A6 has no "status invalid" clause, so R21 prevails
        Evaluation evaluation = DossierFixtures.evaluate(foreignWith(true));

        // then
        ChecklistItem copy = only(evaluation, DocumentCode.CERTIFICATE_COPY);
        assertThat(copy.source()).isEqualTo(Source.REGISTRY);
        assertThat(copy.rules()).contains(Rule.R64);
    }

    private static Dossier foreignWith(boolean inRegistry) {
        Dossier fixture = DossierFixtures.foreignFirstTimeSpecialist();
        return Dossier.builder(fixture.category(), THERAPY, DossierFixtures.AD)
                .citizenship(fixture.citizenship().orElseThrow()).identityInRegistry(true)
                .education(fixture.education().get(0)).employment(fixture.employment().periods().get(0))
                .professionalDevelopment(fixture.professionalDevelopment().get(0))
                .certificate(HeldCertificate.valid(THERAPY, ISSUED, EXPIRED_ON, inRegistry)).build();
    }

    @Test
    void r29_firstTime_certificationCourseInTheDeclaredSpecialty_isSubmittedIfAny() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.domesticFirstTimeGraduateBuilder()
                .certificationCourse(new CertificationCourse(PEDIATRICS, BigDecimal.valueOf(2), date(2024, 5, 1)))
                .build());

        // when
        ChecklistItem course = only(evaluation, DocumentCode.CERTIFICATION_COURSE);

        // then
        assertThat(course.obligation()).isEqualTo(Obligation.IF_ANY);
        assertThat(course.source()).isEqualTo(Source.APPLICANT);
        assertThat(course.rules()).containsExactly(Rule.R29);
        assertThat(course.basis()).isEqualTo("Appendix 2, row 8, first-time item 7");
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r29_confirmation_certificationCourse_isSubmittedIfAny() {
        // given: the contract pediatrician with a PEDIATRICS course
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.pediatricianConfirmingBuilder()
                .certificationCourse(new CertificationCourse(PEDIATRICS, BigDecimal.ONE, date(2022, 5, 1)))
                .build());

        // then
        ChecklistItem course = only(evaluation, DocumentCode.CERTIFICATION_COURSE);
        assertThat(course.obligation()).isEqualTo(Obligation.IF_ANY);
        assertThat(course.basis()).isEqualTo("Appendix 2, row 8, confirmation item 4");
    }

    @Test
    void r29_courseInAnotherSpecialty_orNone_isNotListed() {
        // given
        Evaluation other = DossierFixtures.evaluate(DossierFixtures.domesticFirstTimeGraduateBuilder()
                .certificationCourse(new CertificationCourse(THERAPY, BigDecimal.ONE, date(2024, 5, 1))).build());
        Evaluation none = DossierFixtures.evaluate(DossierFixtures.domesticFirstTimeGraduate());

        // then
        assertThat(items(other, DocumentCode.CERTIFICATION_COURSE)).isEmpty();
        assertThat(exempt(none, DocumentCode.CERTIFICATION_COURSE))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R29));
    }

    @Test
    void r29_foreignLists_haveNoCertificationCourseItem() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialistBuilder()
                .certificationCourse(new CertificationCourse(THERAPY, BigDecimal.ONE, date(2024, 5, 1))).build());

        // then
        assertThat(items(evaluation, DocumentCode.CERTIFICATION_COURSE)).isEmpty();
    }
}
