package kz.medcert.application.service.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.medcert.application.port.in.evaluation.EvaluateDossierCommand;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;

class EvaluateDossierServiceTest {
    // 2024-12-01T19:30Z is already 2 December in Almaty (UTC+5)
    private final Clock clock = Clock.fixed(Instant.parse("2024-12-01T19:30:00Z"), ZoneOffset.UTC);
    private final EvaluateDossierService service = new EvaluateDossierService(CertificationRules.standard(), clock);

    @Test
    void applicationDateDefaultsToTodayInAlmaty_R11() {
        EvaluateDossierCommand command = new EvaluateDossierCommand(Optional.empty(),
                day -> Dossier.builder(Category.DOMESTIC, SpecialtyCode.of("PEDIATRICS"), day).build());

        Evaluation evaluation = service.evaluate(command);

        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.outcome().isEligible()).isFalse();
        assertThat(evaluation.checklist()).isNotEmpty();
        assertThat(command.dossierOn().apply(LocalDate.of(2024, 12, 2)).applicationDate())
                .isEqualTo(LocalDate.of(2024, 12, 2));
    }

    @Test
    void statedApplicationDateIsKept() {
        Dossier dossier = Dossier.builder(Category.DOMESTIC, SpecialtyCode.of("PEDIATRICS"),
                LocalDate.of(2020, 1, 15)).build();

        Evaluation evaluation = service.evaluate(EvaluateDossierCommand.of(dossier));

        assertThat(evaluation.route().breakCountedFrom()).isEmpty();
        assertThat(evaluation.reviewNotes()).extracting(n -> n.code()).contains("RULE_SET_NOT_IN_FORCE");
    }
}
