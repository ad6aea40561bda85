package kz.medcert.domain.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The List of certification specialties and specializations as reference data (R02, R100), shipped in
 * {@value #RESOURCE}, which names the order it follows.
 */
public final class SpecialtyCatalogue {
    static final String RESOURCE = "specialties.tsv";
    private static final SpecialtyCatalogue STANDARD = load();

    private final Map<SpecialtyCode, Specialty> byCode;

    public SpecialtyCatalogue(Collection<Specialty> specialties) {
        this(specialties, List.of());
    }

    private SpecialtyCatalogue(Collection<Specialty> specialties, List<String> acts) {
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
        this.acts = List.copyOf(acts);
    }

    private final List<Specialty> ordered;
    private final List<String> acts;

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

    /** The acts the List comes from (empty for a catalogue built in code). */
    public List<String> acts() {
        return acts;
    }

    /**
     * The name of a code in kk/ru/en: the List's name of a specialty or specialization, else the name of the
     * education field of that code; a code known as neither can only be shown as written.
     */
    public LocalizedText nameOf(SpecialtyCode code) {
        return find(code).map(Specialty::name)
                .or(() -> EducationField.fromCode(code.value()).map(EducationField::localizedName))
                .orElseGet(() -> LocalizedText.same(code.value()));
    }

    /** Whether a code is known at all, as a certification specialty or as an education field. */
    public boolean isKnownCode(SpecialtyCode code) {
        return byCode.containsKey(code) || EducationField.fromCode(code.value()).isPresent();
    }

    private static SpecialtyCatalogue load() {
        ReferenceFile file = ReferenceFile.resource(SpecialtyCatalogue.class, RESOURCE);
        return new SpecialtyCatalogue(file.rows().stream().map(SpecialtyCatalogue::parse).toList(), file.acts());
    }

    private static Specialty parse(ReferenceFile.Row row) {
        if (row.size() != 8) {
            throw new IllegalStateException(row.problem("a specialty row has 8 columns").toString());
        }
        String[] c = row.cells().toArray(String[]::new);
        Optional<SpecialtyCode> parent = c[1].equals("-") ? Optional.empty() : Optional.of(SpecialtyCode.of(c[1]));
        return new Specialty(SpecialtyCode.of(c[0]), LocalizedText.of(c[5], c[6], c[7]),
                EducationLevel.valueOf(c[2]), Boolean.parseBoolean(c[3]), Boolean.parseBoolean(c[4]), parent);
    }
}
