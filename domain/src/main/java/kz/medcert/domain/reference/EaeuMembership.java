package kz.medcert.domain.reference;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Member states of the Eurasian Economic Union with the date each joined (Treaty of 29 May 2014, R108), kept as dated
 * reference data in {@value #RESOURCE}, which names the treaties: their citizens need no permit to attract foreign
 * labour (R53).
 */
public final class EaeuMembership {
    static final String RESOURCE = "eaeu-members.tsv";
    private static final ReferenceFile FILE = ReferenceFile.resource(EaeuMembership.class, RESOURCE);
    private static final Map<CountryCode, LocalDate> JOINED = load(FILE);

    private EaeuMembership() {
    }

    public static boolean isMemberOn(CountryCode country, LocalDate day) {
        return joinedOn(country).map(joined -> !day.isBefore(joined)).orElse(false);
    }

    public static Optional<LocalDate> joinedOn(CountryCode country) {
        return Optional.ofNullable(JOINED.get(country));
    }

    /** The treaties the membership dates come from. */
    public static List<String> acts() {
        return FILE.acts();
    }

    private static Map<CountryCode, LocalDate> load(ReferenceFile file) {
        Map<CountryCode, LocalDate> joined = new HashMap<>();
        for (ReferenceFile.Row row : file.rows()) {
            if (!row.kind().equals("member") || row.size() != 3
                    || joined.put(CountryCode.of(row.cell(1)), LocalDate.parse(row.cell(2))) != null) {
                throw new IllegalStateException(row.problem("expected `member<TAB>country<TAB>YYYY-MM-DD`, each "
                        + "country once").toString());
            }
        }
        return Map.copyOf(joined);
    }
}
