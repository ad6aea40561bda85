package kz.medcert.application.port.in;

import java.util.Objects;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.request.Applicant;

/** Starts a request: the applicant, the declared specialty and the information-form data (R92–R95). */
public interface StartRequestUseCase {

    /** @throws AccessDeniedException unless {@code actor} is the applicant the command names */
    RequestView start(Actor actor, StartRequestCommand command);

    /** {@code form} holds what the applicant declares; registry facts are added after consent. */
    record StartRequestCommand(Applicant applicant, Dossier form) {
        public StartRequestCommand {
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(form, "form");
        }
    }
}
