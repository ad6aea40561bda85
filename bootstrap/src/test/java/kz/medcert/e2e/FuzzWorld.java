package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import kz.medcert.adapters.registries.DemoPersons;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;

/**
 * What the fuzzer aims at: the demo persons with the start bodies their scenarios declare, the requests that exist
 * (driven through real applicant journeys into every state, and those the fuzzer itself created), the certificate
 * numbers in the register, and a ledger of every write the service acknowledged, to be found in the database at the
 * end.
 */
final class FuzzWorld {
    /** Keys of the demo file's declared facts that the start form spells otherwise, and those it does not take. */
    private static final Map<String, String> RENAMED = Map.of("completed", "completedOn", "graduated",
            "graduationDate", "issued", "issuedOn", "hired", "from", "dismissed", "to", "issuedBy", "issuingBody");
    private static final Set<String> DROPPED = Set.of("cycle", "position");

    /** How far a journey is driven. */
    enum Stage { STARTED, CHALLENGED, DECLINED, CONSENTED, UPLOADED, ACCEPTED, ISSUED }

    /** A demo person and the start body of their scenario. */
    record Person(String id, String iin, Region region, boolean consents, ObjectNode startBody) {
        Actor actor() {
            return new Actor.Applicant(Iin.parse(iin));
        }
    }

    /** A stored request, its applicant and department, and its status as last seen. */
    static final class Tracked {
        final String id;
        final String iin;
        final Optional<Region> region;
        volatile String status;

        Tracked(String id, String iin, Optional<Region> region, String status) {
            this.id = id;
            this.iin = iin;
            this.region = region;
            this.status = status;
        }

        Actor owner() {
            return new Actor.Applicant(Iin.parse(iin));
        }

        Actor officer() {
            return new Actor.Officer("OFF-" + region.map(Region::name).orElse("X"),
                    Department.of(region.orElse(Region.ALMATY_CITY)));
        }
    }

    /** A certificate number the register holds, and its holder when known. */
    record Certificate(String number, Optional<String> holderIin) {
    }

    /** Writes the service acknowledged (2xx), by what must be found stored. */
    static final class Ledger {
        final Set<String> requests = ConcurrentHashMap.newKeySet();
        /** attachment id → request id and SHA-256 as answered. */
        final Map<String, String[]> attachments = new ConcurrentHashMap<>();
        final Set<String> submitted = ConcurrentHashMap.newKeySet();
        /** certificate number → request id. */
        final Map<String, String> issued = new ConcurrentHashMap<>();
    }

    private final RunningService service;
    final List<Person> persons;
    final List<Tracked> requests = Collections.synchronizedList(new ArrayList<>());
    final List<Certificate> certificates = Collections.synchronizedList(new ArrayList<>());
    final Ledger ledger = new Ledger();
    private final Map<String, Tracked> byId = new ConcurrentHashMap<>();

    FuzzWorld(RunningService service) {
        this.service = service;
        this.persons = loadPersons();
        List.of("MC-2022-00000001-4", "MC-2020-00000001-2", "MC-2023-00000001-8", "MC-2022-00000002-3",
                "MC-2022-00000003-8", "MC-2021-00000001-6").forEach(n -> certificates.add(new Certificate(n,
                Optional.empty())));
    }

    /**
     * The first consent of every person meets a registry that fails once (see the test's registry behaviour), so
     * those requests wait for it; then one request of a random person in every stage.
     */
    void setUp(Random random) {
        for (Person person : persons) {
            drive(person, person.consents() ? Stage.CONSENTED : Stage.DECLINED);
        }
        for (Stage stage : Stage.values()) {
            drive(FuzzValues.pick(random, persons), stage);
        }
    }

    /** One more journey, of a random person to a random stage. */
    void replenish(Random random) {
        Stage[] stages = Stage.values();
        drive(FuzzValues.pick(random, persons), stages[random.nextInt(stages.length)]);
    }

    /** Drives a new request of {@code person} as far as {@code stage} (or as far as its state allows). */
    Tracked drive(Person person, Stage stage) {
        Journey journey = new Journey(service, person.iin());
        JsonNode started = journey.start(person.startBody().toString());
        Tracked tracked = add(journey.id, person.iin(), started);
        RunningService applicant = service.asApplicant(person.iin());
        if (stage.compareTo(Stage.CHALLENGED) >= 0 && stage != Stage.DECLINED && person.consents()) {
            ok(applicant.postJson(journey.path("/consent"), ""), 202);
        }
        if (stage == Stage.DECLINED || stage.compareTo(Stage.CONSENTED) >= 0 && !person.consents()) {
            observe(tracked, ok(applicant.postJson(journey.path("/consent/refusal"), ""), 200));
        } else if (stage.compareTo(Stage.CONSENTED) >= 0) {
            observe(tracked, ok(applicant.postJson(journey.path("/consent/confirmation"), "{\"code\": \"123456\"}"),
                    200));
        }
        if (stage.compareTo(Stage.UPLOADED) >= 0 && "AWAITING_DOCUMENTS".equals(tracked.status)) {
            observe(tracked, journey.uploadMissing());
        }
        if (stage.compareTo(Stage.ACCEPTED) >= 0 && "AWAITING_DOCUMENTS".equals(tracked.status)) {
            HttpResponse<String> submitted = journey.submit();
            if (submitted.statusCode() == 200) {
                ledger.submitted.add(journey.id);
                observe(tracked, Journey.json(submitted));
            }
        }
        if (stage == Stage.ISSUED && "ACCEPTED".equals(tracked.status)) {
            HttpResponse<String> issued = service.as(tracked.officer()).postJson(journey.path("/decision/issue"), "");
            if (issued.statusCode() == 200) {
                observeIssued(tracked, Journey.json(issued));
            }
        }
        return tracked;
    }

    /** Uploads a copy for every slot the request still misses, as its applicant (what a journey does). */
    void uploadMissing(Tracked tracked) {
        Journey journey = new Journey(service, tracked.iin);
        journey.id = tracked.id;
        HttpResponse<String> view = service.asApplicant(tracked.iin).get(journey.path(""));
        if (view.statusCode() != 200) {
            return;
        }
        for (JsonNode missing : Journey.json(view).path("missingUploads")) {
            String document = missing.path("document").asText();
            String subject = missing.path("subject").textValue();
            HttpResponse<String> attached = document.equals("NOTARIZED_TRANSLATION")
                    ? journey.attach(document, null, "translates", subject)
                    : journey.attach(document, subject, null, null);
            if (attached.statusCode() == 201) {
                JsonNode answer = Journey.json(attached);
                ledger.attachments.put(answer.path("attachment").path("id").asText(),
                        new String[] {tracked.id, answer.path("attachment").path("sha256").asText()});
                observe(tracked, answer);
            }
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private void observe(Tracked tracked, HttpResponse<String> response) {
        observe(tracked, Journey.json(response));
    }

    /** Keeps the status of a request answered in full (a request view, or one nested as {@code request}). */
    void observe(Tracked tracked, JsonNode answer) {
        JsonNode view = answer.has("request") ? answer.get("request") : answer;
        if (view.path("id").asText().equals(tracked.id) && view.path("status").isTextual()) {
            tracked.status = view.path("status").asText();
        }
    }

    void observeIssued(Tracked tracked, JsonNode answer) {
        String number = answer.path("certificateNumber").asText();
        ledger.issued.put(number, tracked.id);
        certificates.add(new Certificate(number, Optional.of(tracked.iin)));
        observe(tracked, answer);
    }

    /** A request the service answered 201 for. */
    Tracked add(String id, String iin, JsonNode view) {
        Optional<Region> region = Optional.ofNullable(view.path("applicant").path("region").textValue())
                .flatMap(FuzzWorld::region);
        Tracked tracked = new Tracked(id, iin, region, view.path("status").asText());
        ledger.requests.add(id);
        requests.add(tracked);
        byId.put(id, tracked);
        return tracked;
    }

    /**
     * A request drawn by status first, each status with its {@code weight} (which must be positive: every status
     * stays in reach, however many requests are in it), then any request in that status.
     */
    Tracked anyRequest(Random random, ToDoubleFunction<String> weight) {
        Map<String, List<Tracked>> byStatus = new TreeMap<>();
        synchronized (requests) {
            requests.forEach(r -> byStatus.computeIfAbsent(r.status, s -> new ArrayList<>()).add(r));
        }
        double total = byStatus.keySet().stream().mapToDouble(weight).sum();
        double draw = random.nextDouble() * total;
        for (Map.Entry<String, List<Tracked>> group : byStatus.entrySet()) {
            draw -= weight.applyAsDouble(group.getKey());
            if (draw <= 0) {
                return FuzzValues.pick(random, group.getValue());
            }
        }
        return FuzzValues.pick(random, requests);
    }

    Optional<Tracked> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Person> person(String iin) {
        return persons.stream().filter(p -> p.iin().equals(iin)).findFirst();
    }

    /** How many tracked requests are in each status. */
    Map<String, Integer> statuses() {
        Map<String, Integer> counts = new TreeMap<>();
        synchronized (requests) {
            requests.forEach(r -> counts.merge(r.status, 1, Integer::sum));
        }
        return counts;
    }

    private static Optional<Region> region(String code) {
        try {
            return Optional.of(Region.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The demo persons, each with the start body of their scenario (what they declare, as the form names it). */
    static List<Person> loadPersons() {
        try (InputStream in = DemoPersons.class.getResourceAsStream(DemoPersons.RESOURCE)) {
            List<Person> persons = new ArrayList<>();
            for (JsonNode p : Journey.JSON.readTree(in).path("persons")) {
                JsonNode scenario = p.path("scenario");
                ObjectNode body = Journey.JSON.createObjectNode();
                ObjectNode applicant = body.putObject("applicant").put("iin", p.path("iin").asText())
                        .put("surname", p.path("surname").asText()).put("givenName", p.path("givenName").asText())
                        .put("region", p.path("region").asText());
                if (p.hasNonNull("patronymic")) {
                    applicant.put("patronymic", p.path("patronymic").asText());
                }
                ObjectNode form = body.putObject("form").put("category", scenario.path("category").asText())
                        .put("declaredSpecialty", scenario.path("declaredSpecialty").asText());
                if (scenario.hasNonNull("declaredSpecialization")) {
                    form.put("declaredSpecialization", scenario.path("declaredSpecialization").asText());
                }
                if (scenario.hasNonNull("requestsQualificationLevel")) {
                    form.put("requestsQualificationLevel", scenario.path("requestsQualificationLevel").asBoolean());
                }
                if (scenario.hasNonNull("qualificationLevel")) {
                    form.put("qualificationLevel", scenario.path("qualificationLevel").asText());
                }
                if (scenario.path("category").asText().equals("FOREIGN")) {
                    form.put("citizenship", p.path("citizenship").asText());
                    // Appendix 5: the organisation, the postal address and the phone
                    form.set("organisation", scenario.path("organisation"));
                    applicant.put("postalAddress", p.path("postalAddress").asText()).put("phone",
                            p.path("phone").asText());
                }
                scenario.path("declared").fields().forEachRemaining(fact -> form.set(fact.getKey(),
                        declared(fact.getKey(), fact.getValue())));
                persons.add(new Person(p.path("id").asText(), p.path("iin").asText(),
                        Region.valueOf(p.path("region").asText()), scenario.path("consent").asBoolean(true), body));
            }
            return List.copyOf(persons);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode declared(String field, JsonNode value) {
        if (value.isArray()) {
            ArrayNode array = Journey.JSON.createArrayNode();
            value.forEach(element -> array.add(declared(field, element)));
            return array;
        }
        if (!value.isObject()) {
            return value;
        }
        ObjectNode object = Journey.JSON.createObjectNode();
        value.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            boolean employer = key.equals("employer") && !field.equals("labourPermit");
            if (!DROPPED.contains(key) && !employer) {
                object.set(RENAMED.getOrDefault(key, key), declared(key, entry.getValue()));
            }
        });
        return object;
    }
}
