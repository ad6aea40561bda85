package kz.medcert.adapters.registries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.medcert.domain.person.Iin;

/**
 * The demo persons the stub registries answer about, read from {@code demo-persons.json} and checked in full at
 * load: a bad value stops the load with a message naming the person and the field. Immutable; thread-safe.
 */
public final class DemoPersons {
    /** The bundled file, beside this class on the classpath. */
    public static final String RESOURCE = "demo-persons.json";
    private static final Set<String> ROOT_FIELDS = Set.of("notes", "persons");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<DemoPerson> persons;
    private final Map<Iin, DemoPerson> byIin;
    private final List<String> notes;

    private DemoPersons(List<DemoPerson> persons, List<String> notes) {
        this.persons = List.copyOf(persons);
        this.byIin = Map.copyOf(persons.stream().collect(Collectors.toMap(DemoPerson::iin, p -> p)));
        this.notes = List.copyOf(notes);
    }

    /** The bundled demo persons. */
    public static DemoPersons load() {
        try (InputStream in = DemoPersons.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing demo data " + RESOURCE + " beside " + DemoPersons.class);
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads demo persons in the layout of the bundled file; {@code source} names the file in error messages. */
    public static DemoPersons read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(source + ": not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("persons").isArray()) {
            throw new IllegalStateException(source + ": expected an object with a \"persons\" array");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ROOT_FIELDS.contains(name)) {
                throw new IllegalStateException(source + ": unknown top-level field \"" + name + "\"");
            }
        }
        List<String> notes = new ArrayList<>();
        root.path("notes").forEach(note -> notes.add(note.asText()));
        List<DemoPerson> persons = new ArrayList<>();
        for (int i = 0; i < root.get("persons").size(); i++) {
            persons.add(person(root.get("persons").get(i), i, source));
        }
        checkUnique(persons, source);
        return new DemoPersons(persons, notes);
    }

    public List<DemoPerson> all() {
        return persons;
    }

    public Optional<DemoPerson> find(Iin iin) {
        return Optional.ofNullable(byIin.get(iin));
    }

    /** The person with the given demo label, e.g. "P01". */
    public Optional<DemoPerson> byId(String id) {
        return persons.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Notes of the file for readers of the demo data (what is invented, the demo OTP code, GROUND_3). */
    public List<String> notes() {
        return notes;
    }

    private static DemoPerson person(JsonNode node, int index, String source) {
        String label = "person " + node.path("id").asText("without id") + " (#" + (index + 1) + ")";
        try {
            return DemoPersonTranslation.person(MAPPER.treeToValue(node, DemoPersonsFile.Person.class));
        } catch (JsonMappingException e) {
            throw new IllegalStateException(source + ": " + label + ": field " + path(e) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(source + ": " + label + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": " + label + ": " + e.getMessage(), e);
        }
    }

    /** Jackson's path as the file's field path, e.g. "registries.education[0].graduated". */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.length() == 0 ? "(root)" : path.toString();
    }

    private static void checkUnique(List<DemoPerson> persons, String source) {
        Map<String, String> ids = new HashMap<>();
        Map<Iin, String> iins = new LinkedHashMap<>();
        for (DemoPerson p : persons) {
            if (ids.put(p.id(), p.id()) != null) {
                throw new IllegalStateException(source + ": person " + p.id() + ": field id: used twice");
            }
            String other = iins.put(p.iin(), p.id());
            if (other != null) {
                throw new IllegalStateException(source + ": person " + p.id() + ": field iin: the same IIN as person "
                        + other);
            }
        }
    }
}
