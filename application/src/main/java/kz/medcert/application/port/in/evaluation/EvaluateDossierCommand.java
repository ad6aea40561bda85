package kz.medcert.application.port.in.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kz.medcert.domain.dossier.Dossier;

/**
 * A dossier to evaluate. The application date may be left open: it then defaults to today in the provider's zone
 * (Asia/Almaty), as the evaluation contract says.
 *
 * @param dossierOn builds the dossier for the application date the service settles on
 */
public record EvaluateDossierCommand(Optional<LocalDate> applicationDate, Function<LocalDate, Dossier> dossierOn) {

    public EvaluateDossierCommand {
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(dossierOn, "dossierOn");
    }

    public static EvaluateDossierCommand of(Dossier dossier) {
        return new EvaluateDossierCommand(Optional.of(dossier.applicationDate()),
                day -> dossier.toBuilder().applicationDate(day).build());
    }
}
