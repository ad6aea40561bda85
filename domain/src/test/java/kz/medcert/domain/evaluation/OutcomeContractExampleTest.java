package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.item;
import static kz.medcert.domain.evaluation.DossierFixtures.notRequired;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.medcert.domain.calendar.ServiceDeadline;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The evaluation contract example of the issue, spelled out in full (R06, R32, R35, R73, R78, R84, R91). */
class OutcomeContractExampleTest {

    @Test
    @DisplayName("R06 R14 R32 R35 R73 R78 R91: contract example, domestic PEDIATRICS confirmation is ELIGIBLE")
    void contractExample() {
        // given
        SpecialtyCode pediatrics = SpecialtyCode.of("PEDIATRICS");
        Instant submittedAt = OffsetDateTime.parse("2024-12-02T10:00+05:00").toInstant();
        Dossier dossier = Dossier.builder(Category.DOMESTIC, pediatrics, LocalDate.of(2024, 12, 2))
                .submittedAt(submittedAt)
                .certificate(HeldCertificate.valid(pediatrics, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1),
                        true))
                .employment(EmploymentPeriod.current(pediatrics, LocalDate.of(2011, 8, 1), true))
                .professionalDevelopment(new ProfessionalDevelopment(pediatrics, StudyVolume.ofCredits(2),
                        LocalDate.of(2021, 3, 15)))
                .professionalDevelopment(new ProfessionalDevelopment(pediatrics, StudyVolume.ofHours(90),
                        LocalDate.of(2024, 2, 10)))
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2010, 6, 30)))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, pediatrics,
                        LocalDate.of(2011, 6, 30), true))
                .build();

        // when
        Evaluation evaluation = CertificationRules.standard().evaluate(dossier);

        // then: route and flags
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(evaluation.route().flags()).isEmpty();
        // then: professional development, 4 credits within [AD − 5 y, AD]
        ChecklistItem pd = item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow();
        assertThat(pd.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(pd.source()).isEqualTo(Source.APPLICANT);
        assertThat(pd.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(pd.minimumCredits()).contains(BigDecimal.valueOf(4));
        assertThat(pd.rules()).containsExactly(Rule.R32);
        assertThat(pd.window()).contains(new DateWindow(LocalDate.of(2019, 12, 2), LocalDate.of(2024, 12, 2)));
        assertThat(pd.basis()).isNotBlank();
        // then: no assessment on confirmation
        NotRequiredItem assessment = notRequired(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow();
        assertThat(assessment.rules()).contains(Rule.R35);
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT)).isEmpty();
        // then: the certificate is fetched, valid, no copy uploaded
        ChecklistItem certificate = item(evaluation, DocumentCode.CERTIFICATE_COPY).orElseThrow();
        assertThat(certificate.source()).isEqualTo(Source.REGISTRY);
        assertThat(certificate.rules()).containsExactly(Rule.R14, Rule.R64);
        // then: outcome, deadline and rule set
        assertThat(evaluation.outcome()).isInstanceOf(Outcome.Eligible.class);
        assertThat(evaluation.outcome().<List<Ground>>fold(e -> List.of(), Outcome.Refusal::grounds)).isEmpty();
        ServiceDeadline deadline = evaluation.deadline().orElseThrow();
        assertThat(deadline.registeredOn()).isEqualTo(LocalDate.of(2024, 12, 2));
        assertThat(deadline.decisionDue()).isEqualTo(LocalDate.of(2024, 12, 9));
        assertThat(evaluation.ruleSet()).isEqualTo(RuleSet.ORDER_23_2024.version());
        assertThat(evaluation.reviewNotes()).isEmpty();
        assertThat(evaluation.outcome().motivation().en()).contains("Confirmation");
    }

    @Test
    void r17_r18_r68_everyRouteListsApplicationInformationFormAndProhibitionCheck() {
        // given
        List<Dossier> dossiers = List.of(DossierFixtures.pediatricianConfirming(),
                DossierFixtures.domesticFirstTimeGraduate(), DossierFixtures.foreignFirstTimeSpecialist(),
                DossierFixtures.foreignConfirmingSpecialist());

        for (Dossier dossier : dossiers) {
            // when
            Evaluation evaluation = DossierFixtures.evaluate(dossier);

            // then
            assertThat(evaluation.checklist()).extracting(ChecklistItem::document)
                    .contains(DocumentCode.APPLICATION, DocumentCode.INFORMATION_FORM, DocumentCode.PROHIBITION_CHECK);
            ChecklistItem prohibition = item(evaluation, DocumentCode.PROHIBITION_CHECK).orElseThrow();
            assertThat(prohibition.source()).isEqualTo(Source.REGISTRY);
            assertThat(prohibition.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        }
    }

    @Test
    void r73_r78_noSubmissionMoment_meansNoDeadline() {
        // given
        Dossier dossier = DossierFixtures.pediatricianWithoutHistory(DossierFixtures.AD).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(evaluation.deadline()).isEmpty();
    }
}
