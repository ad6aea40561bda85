package kz.medcert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.NotRequiredItem;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * The dossier of the README's embedding example, checked here as a unit test. The README's program itself is
 * compiled and run against the installed jar alone by the embedding test ({@code src/it/readme-embedding}), which
 * compares what it prints with the README.
 */
class ReadmeExampleTest {

    @Test
    void readmeEmbeddingExample_R32_R35_R73_R88_R90_R91() {
        Dossier dossier = Dossier.builder(Category.DOMESTIC, SpecialtyCode.of("PEDIATRICS"), LocalDate.of(2024, 12, 2))
                .submittedAt(Instant.parse("2024-12-02T05:00:00Z"))                      // 10:00 in Almaty
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2010, 6, 30)))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, SpecialtyCode.of("PEDIATRICS"),
                        LocalDate.of(2011, 6, 30), true))
                .certificate(HeldCertificate.valid(SpecialtyCode.of("PEDIATRICS"), LocalDate.of(2020, 3, 1),
                        LocalDate.of(2025, 3, 1), true))
                .employment(EmploymentPeriod.current(SpecialtyCode.of("PEDIATRICS"), LocalDate.of(2011, 8, 1), true))
                .professionalDevelopment(new ProfessionalDevelopment(SpecialtyCode.of("PEDIATRICS"),
                        StudyVolume.ofCredits(2), LocalDate.of(2021, 3, 15)))
                .professionalDevelopment(new ProfessionalDevelopment(SpecialtyCode.of("PEDIATRICS"),
                        StudyVolume.ofHours(90), LocalDate.of(2024, 2, 10)))
                .build();

        Evaluation evaluation = CertificationRules.standard().evaluate(dossier);

        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(evaluation.outcome().isEligible()).isTrue();
        assertThat(evaluation.deadline().orElseThrow().decisionDue()).isEqualTo(LocalDate.of(2024, 12, 9));
        ChecklistItem pd = evaluation.checklist().stream()
                .filter(item -> item.document() == DocumentCode.PROFESSIONAL_DEVELOPMENT).findFirst().orElseThrow();
        assertThat(pd.minimumCredits()).contains(BigDecimal.valueOf(4));               // R32: 4 credits in 5 years
        assertThat(evaluation.notRequired()).extracting(NotRequiredItem::document)
                .contains(DocumentCode.ASSESSMENT_RESULT);                              // R35: no assessment

        Evaluation refused = CertificationRules.standard().evaluate(dossier.toBuilder()
                .consentGiven(false).prohibition(Prohibition.ACTIVITY_PROHIBITED).build());

        Outcome.Refusal refusal = (Outcome.Refusal) refused.outcome();
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_4_COURT_PROHIBITION, Ground.GROUND_6_NO_CONSENT);
        assertThat(refusal.failedRules()).contains(Rule.R60, Rule.R68, Rule.R88, Rule.R90);
        assertThat(refusal.motivation().kk()).contains("R88");                        // R91: reasoned, in kk/ru/en
    }
}
