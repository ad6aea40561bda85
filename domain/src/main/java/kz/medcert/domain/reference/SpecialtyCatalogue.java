package kz.medcert.domain.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The List of certification specialties and specializations as reference data (R02, R100). */
public final class SpecialtyCatalogue {
    private static final String RESOURCE = "specialties.tsv";
    private static final SpecialtyCatalogue STANDARD = load();

    private final Map<SpecialtyCode, Specialty> byCode;

    public SpecialtyCatalogue(Collection<Specialty> specialties) {
        Map<SpecialtyCode, Specialty> map = new LinkedHashMap<>();
        for (Specialty s : specialties) {
            if (map.put(s.code(), s) != null) {
                throw new IllegalArgumentException("duplicate specialty code " + s.code());
            }
        }
        for (Specialty s : map.values()) {
            s.parent().ifPresent(p -> {
                if (!map.containsKey(p)) {
                    throw new IllegalArgumentException("specialization " + s.code() + " has unknown parent " + p);
                }
            });
        }
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    private final List<Specialty> ordered;

    /** The catalogue shipped with the rules module. */
    public static SpecialtyCatalogue standard() {
        return STANDARD;
    }

    public Optional<Specialty> find(SpecialtyCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Specialty> all() {
        return ordered;
    }

    /** Whether a code is known at all, as a certification specialty or as an education field. */
    public boolean isKnownCode(SpecialtyCode code) {
        return byCode.containsKey(code) || EducationField.fromCode(code.value()).isPresent();
    }

    private static SpecialtyCatalogue load() {
        try (InputStream in = SpecialtyCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + RESOURCE);
            }
            List<Specialty> specialties = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    specialties.add(parse(line));
                }
            }
            return new SpecialtyCatalogue(specialties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Specialty parse(String line) {
        String[] c = line.split("\t");
        if (c.length != 8) {
            throw new IllegalStateException("malformed specialty row: " + line);
        }
        Optional<SpecialtyCode> parent = c[1].equals("-") ? Optional.empty() : Optional.of(SpecialtyCode.of(c[1]));
        return new Specialty(SpecialtyCode.of(c[0]), LocalizedText.of(c[5], c[6], c[7]),
                EducationLevel.valueOf(c[2]), Boolean.parseBoolean(c[3]), Boolean.parseBoolean(c[4]), parent);
    }
}
