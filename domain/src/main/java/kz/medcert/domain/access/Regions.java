package kz.medcert.domain.access;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.ReferenceFile;

/**
 * The names of the regions and of their territorial departments (R71), read from {@value #RESOURCE}; the file and
 * the {@link Region} codes must agree exactly, or the class fails to load.
 */
public final class Regions {
    static final String RESOURCE = "regions.tsv";
    private static final ReferenceFile FILE = ReferenceFile.resource(Regions.class, RESOURCE);
    private static final Map<Region, Entry> ENTRIES = load(FILE);

    private Regions() {
    }

    /**
     * A region's names and its department's.
     *
     * @param region     the region
     * @param name       the region's name in kk/ru/en
     * @param department the name of its territorial department of the Committee for Medical and Pharmaceutical
     *                   Control, in kk/ru/en
     */
    public record Entry(Region region, LocalizedText name, LocalizedText department) {
    }

    /** Every region, in the order of the file. */
    public static List<Entry> all() {
        return List.copyOf(ENTRIES.values());
    }

    /** The acts the regions and departments come from. */
    public static List<String> acts() {
        return FILE.acts();
    }

    static Entry entry(Region region) {
        return ENTRIES.get(region);
    }

    private static Map<Region, Entry> load(ReferenceFile file) {
        Map<Region, Entry> entries = new EnumMap<>(Region.class);
        for (ReferenceFile.Row row : file.rows()) {
            if (!row.kind().equals("region") || row.size() != 8) {
                throw new IllegalStateException(row.problem("a region row is: region, code, the region's name in "
                        + "kk, ru, en, its department's name in kk, ru, en").toString());
            }
            Region region = Arrays.stream(Region.values()).filter(r -> r.name().equals(row.cell(1))).findFirst()
                    .orElseThrow(() -> new IllegalStateException(row.problem("unknown region code " + row.cell(1)
                            + ": a new region needs a Region constant too").toString()));
            Entry entry = new Entry(region, LocalizedText.of(row.cell(2), row.cell(3), row.cell(4)),
                    LocalizedText.of(row.cell(5), row.cell(6), row.cell(7)));
            if (entries.put(region, entry) != null) {
                throw new IllegalStateException(row.problem("region " + region + " is given twice").toString());
            }
        }
        if (entries.size() != Region.values().length) {
            throw new IllegalStateException(file.name() + ": every region needs a row; missing "
                    + Arrays.stream(Region.values()).filter(r -> !entries.containsKey(r)).toList());
        }
        return entries;
    }
}
