package kz.medcert.adapters.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.medcert.adapters.http.dto.FieldError;
import kz.medcert.adapters.http.dto.RefusalRequest;
import kz.medcert.application.port.in.DecideRequestUseCase.RefusalCommand;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.request.RefusalReasons;

/** Reads a refusal body (R85–R91): at least one known ground, no ground twice, and a motivation of bounded length. */
final class RefusalBodies {
    private static final List<String> CODES = Arrays.stream(Ground.values()).map(Ground::name).toList();

    private RefusalBodies() {
    }

    static RefusalCommand command(RefusalRequest body) {
        List<FieldError> errors = new ArrayList<>();
        List<Ground> grounds = new ArrayList<>();
        if (body.grounds() == null || body.grounds().isEmpty()) {
            errors.add(new FieldError("grounds", "name at least one ground: " + String.join(", ", CODES)));
        } else {
            for (int i = 0; i < body.grounds().size(); i++) {
                String code = body.grounds().get(i);
                if (code == null || !CODES.contains(code)) {
                    errors.add(new FieldError("grounds[" + i + "]", "is not a ground; the grounds are "
                            + String.join(", ", CODES)));
                } else if (grounds.contains(Ground.valueOf(code))) {
                    errors.add(new FieldError("grounds[" + i + "]", "repeats " + code));
                } else {
                    grounds.add(Ground.valueOf(code));
                }
            }
        }
        String motivation = body.motivation() == null ? "" : body.motivation().strip();
        if (motivation.isEmpty()) {
            errors.add(new FieldError("motivation", "is required: the reasoned text the applicant receives (R91); "
                    + "refusalDraft.motivation pre-fills it"));
        } else if (motivation.length() > RefusalReasons.MAX_MOTIVATION_LENGTH) {
            errors.add(new FieldError("motivation", "must be at most " + RefusalReasons.MAX_MOTIVATION_LENGTH
                    + " characters"));
        }
        List<UUID> documents = new ArrayList<>();
        List<String> ids = body.unreliableDocuments() == null ? List.of() : body.unreliableDocuments();
        for (int i = 0; i < ids.size(); i++) {
            try {
                documents.add(UUID.fromString(String.valueOf(ids.get(i))));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("unreliableDocuments[" + i + "]", "is not an attachment id"));
            }
        }
        // R85: ground 1 is the officer's finding against uploads of the request, so it names them
        if (grounds.contains(Ground.GROUND_1_UNRELIABLE_DATA) && ids.isEmpty()) {
            errors.add(new FieldError("unreliableDocuments", "is required with GROUND_1_UNRELIABLE_DATA: the ids of "
                    + "the uploads whose unreliability was established (R85)"));
        } else if (!grounds.contains(Ground.GROUND_1_UNRELIABLE_DATA) && !ids.isEmpty()) {
            errors.add(new FieldError("unreliableDocuments", "is given only with GROUND_1_UNRELIABLE_DATA (R85)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The refusal has invalid fields: "
                    + String.join(", ", errors.stream().map(FieldError::field).toList()), errors);
        }
        return new RefusalCommand(grounds, motivation, documents);
    }
}
