package kz.medcert.adapters.web.view;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;

/** How the pages show a request's codes: the colour of a status, the registry a checklist item comes from. */
public final class RequestDisplay {
    private static final Map<DocumentCode, StateRegistry> REGISTRY_OF = Map.ofEntries(
            Map.entry(DocumentCode.DIPLOMA, StateRegistry.EDUCATION),
            Map.entry(DocumentCode.INTERNSHIP, StateRegistry.EDUCATION),
            Map.entry(DocumentCode.RESIDENCY, StateRegistry.EDUCATION),
            Map.entry(DocumentCode.DOCTOR_QUALIFICATION, StateRegistry.EDUCATION),
            Map.entry(DocumentCode.RETRAINING, StateRegistry.EDUCATION),
            Map.entry(DocumentCode.RECOGNITION, StateRegistry.EDUCATION),
            Map.entry(DocumentCode.PROFESSIONAL_DEVELOPMENT, StateRegistry.EDUCATION),
            Map.entry(DocumentCode.CERTIFICATION_COURSE, StateRegistry.EDUCATION),
            Map.entry(DocumentCode.CERTIFICATE_COPY, StateRegistry.CERTIFICATES),
            Map.entry(DocumentCode.NAME_CHANGE, StateRegistry.NAME_CHANGES),
            Map.entry(DocumentCode.ASSESSMENT_RESULT, StateRegistry.ASSESSMENTS),
            Map.entry(DocumentCode.EMPLOYMENT_RECORD, StateRegistry.EMPLOYMENT),
            Map.entry(DocumentCode.PROHIBITION_CHECK, StateRegistry.PROHIBITIONS),
            Map.entry(DocumentCode.IDENTITY_DOCUMENT, StateRegistry.IDENTITY));

    private RequestDisplay() {
    }

    /** The tag colour of a status (GOV.UK's tags): green decided in favour, red refused, yellow waiting on someone. */
    public static String tagClass(RequestStatus status) {
        return switch (status) {
            case ISSUED -> "tag tag--green";
            case REFUSED -> "tag tag--red";
            case REFUSAL_PROPOSED -> "tag tag--yellow";
            case ACCEPTED -> "tag tag--blue";
            default -> "tag tag--grey";
        };
    }

    /** The state registry a checklist item's data come from (P9, P24; R62–R69). */
    public static Optional<StateRegistry> registryOf(ChecklistItem item) {
        return Optional.ofNullable(REGISTRY_OF.get(item.document()));
    }

    /** When that registry answered for this request. */
    public static Optional<Instant> fetchedAt(RequestState state, Optional<StateRegistry> registry) {
        return registry.flatMap(r -> state.fetches().stream().filter(f -> f.registry() == r && f.done())
                .findFirst().flatMap(RegistryFetch::lastAttemptAt));
    }

    /** The rule IDs an item cites, joined. */
    public static String rules(List<kz.medcert.domain.rules.Rule> rules) {
        return String.join(", ", rules.stream().map(kz.medcert.domain.rules.Rule::id).toList());
    }

    /**
     * The rule IDs labelled as the service's own rules («Правило сервиса: R68»): beside the Order's basis («Правила,
     * пункт 9») a bare «Правила: R68» read as if R68 were a point of the Order's Rules.
     */
    public static String serviceRules(List<kz.medcert.domain.rules.Rule> rules, Messages messages) {
        return messages.t(rules.size() == 1 ? "serviceRule.one" : "serviceRule.many", rules(rules));
    }

    /** The registry a history entry of an answer or a failure names (its detail starts with the registry's code). */
    public static Optional<StateRegistry> registryOf(HistoryEntry entry) {
        if (!List.of("FETCHED", "FETCHED_LATE", "FETCH_FAILED", "REGISTRY_UNAVAILABLE").contains(entry.event())) {
            return Optional.empty();
        }
        String code = entry.detail().split("[^A-Z_]", 2)[0];
        return Arrays.stream(StateRegistry.values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
