package kz.medcert.adapters.http.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import kz.medcert.adapters.http.FieldProblem;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.dto.RefusalRequest;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase.RefusalCommand;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.request.Motivation;

/**
 * Reads a refusal body (R85–R91): at least one known ground, no ground twice, and a motivation in Kazakh and/or
 * Russian (and English where given), each of bounded length: a string in Russian unless {@code motivationLanguage}
 * says {@code kk}, or an object {@code {"kk", "ru", "en"}}.
 */
final class RefusalBodies {
    private static final List<String> CODES = Arrays.stream(Ground.values()).map(Ground::name).toList();
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private RefusalBodies() {
    }

    static RefusalCommand command(RefusalRequest body) {
        List<FieldProblem> errors = new ArrayList<>();
        List<Ground> grounds = new ArrayList<>();
        String codes = String.join(", ", CODES);
        if (body.grounds() == null || body.grounds().isEmpty()) {
            errors.add(new FieldProblem("grounds", HttpText.GROUNDS_FIELD_REQUIRED.message().with("codes", codes)));
        } else {
            for (int i = 0; i < body.grounds().size(); i++) {
                String code = body.grounds().get(i);
                if (code == null || !CODES.contains(code)) {
                    errors.add(new FieldProblem("grounds[" + i + "]", HttpText.NOT_A_GROUND.message()
                            .with("codes", codes)));
                } else if (grounds.contains(Ground.valueOf(code))) {
                    errors.add(new FieldProblem("grounds[" + i + "]", HttpText.GROUND_REPEATED.message()
                            .with("code", code)));
                } else {
                    grounds.add(Ground.valueOf(code));
                }
            }
        }
        Motivation motivation = motivation(body, errors);
        List<UUID> documents = new ArrayList<>();
        List<String> ids = body.unreliableDocuments() == null ? List.of() : body.unreliableDocuments();
        for (int i = 0; i < ids.size(); i++) {
            try {
                documents.add(UUID.fromString(String.valueOf(ids.get(i))));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldProblem("unreliableDocuments[" + i + "]", HttpText.ATTACHMENT_ID.message()));
            }
        }
        // R85: ground 1 is the officer's finding against uploads of the request, so it names them
        if (grounds.contains(Ground.GROUND_1_UNRELIABLE_DATA) && ids.isEmpty()) {
            errors.add(new FieldProblem("unreliableDocuments", HttpText.UNRELIABLE_DOCUMENTS_REQUIRED.message()));
        } else if (!grounds.contains(Ground.GROUND_1_UNRELIABLE_DATA) && !ids.isEmpty()) {
            errors.add(new FieldProblem("unreliableDocuments",
                    HttpText.UNRELIABLE_DOCUMENTS_ONLY_GROUND_1.message()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, HttpText.REFUSAL_INVALID_FIELDS.message()
                    .with("fields", errors.stream().map(FieldProblem::field).distinct().toList()), errors);
        }
        return new RefusalCommand(grounds, motivation, documents);
    }

    /** The officer's motivation as written, or null after naming what is wrong with it. */
    private static Motivation motivation(RefusalRequest body, List<FieldProblem> errors) {
        JsonNode given = body.motivation();
        String language = body.motivationLanguage();
        if (given == null || given.isNull() || given.isTextual() && given.asText().isBlank()) {
            errors.add(new FieldProblem("motivation", HttpText.MOTIVATION_REQUIRED.message()));
            return null;
        }
        if (given.isTextual()) {
            if (language != null && !language.equals("kk") && !language.equals("ru")) {
                errors.add(new FieldProblem("motivationLanguage", HttpText.MOTIVATION_LANGUAGE_FIELD.message()));
                return null;
            }
            String text = given.asText();
            return built(errors, () -> "kk".equals(language) ? Motivation.of(text, null, null)
                    : Motivation.of(null, text, null));
        }
        if (!given.isObject()) {
            errors.add(new FieldProblem("motivation", HttpText.MOTIVATION_SHAPE.message()));
            return null;
        }
        if (language != null) {
            errors.add(new FieldProblem("motivationLanguage", HttpText.MOTIVATION_LANGUAGE_WITH_OBJECT.message()));
        }
        boolean valid = language == null;
        for (Iterator<String> names = given.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = given.get(name);
            if (!LANGUAGES.contains(name)) {
                errors.add(new FieldProblem("motivation." + name, HttpText.UNKNOWN_FIELD.message()));
                valid = false;
            } else if (!value.isNull() && !value.isTextual()) {
                errors.add(new FieldProblem("motivation." + name, HttpText.MUST_BE_STRING.message()));
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        return built(errors, () -> Motivation.of(text(given, "kk"), text(given, "ru"), text(given, "en")));
    }

    private static String text(JsonNode object, String language) {
        JsonNode value = object.get(language);
        return value == null || value.isNull() ? null : value.asText();
    }

    // the domain bounds each language and needs Kazakh or Russian (R91)
    private static Motivation built(List<FieldProblem> errors, Supplier<Motivation> motivation) {
        try {
            return motivation.get();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem("motivation", Explained.explanationOf(e)));
            return null;
        }
    }
}
