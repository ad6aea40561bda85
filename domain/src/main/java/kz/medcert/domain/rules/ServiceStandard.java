package kz.medcert.domain.rules;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.ReferenceFile;

/**
 * The public service's standard as the Order states it, what a person reads before applying: its name, and rows 1–7
 * and 10 of Appendix 2 (domestic specialists) and Appendix 6 (foreign specialists), each with its rule (R71–R83), in
 * kk, ru and en; and the acts the rules cite (R98–R109). Rows 8 and 9 are the documents and the grounds for refusal,
 * which the rules and {@link kz.medcert.domain.evaluation.Ground} carry. The texts are reference data in
 * {@code service-standard.tsv}; the figures they state are the constants below and the {@link RuleSet}'s, held to
 * one another by a test, so that a change to one cannot leave the other saying something else.
 */
public final class ServiceStandard {
    /** R72: the "electronic government" web portal is the only channel, at these addresses. */
    public static final List<String> CHANNELS = List.of("www.egov.kz", "www.elicense.kz");
    /** R76: the service is free of charge. */
    public static final int FEE_TENGE = 0;
    /** R77: the provider's lunch break, which is not "after hours" (R78, interpretation). */
    public static final LocalTime LUNCH_BREAK_START = LocalTime.of(13, 0);
    public static final LocalTime LUNCH_BREAK_END = LocalTime.of(14, 30);
    /** R80: the unified contact centre's telephone numbers. */
    public static final List<String> CONTACT_CENTRE = List.of("1414", "8-800-080-7777");
    /** R82: where the help services' telephone numbers are published; the Order writes it as an e-mail address. */
    public static final String HELP_SERVICES_CONTACT = "kmfk@dsm.gov.kz";

    private static final ReferenceFile FILE = ReferenceFile.resource(ServiceStandard.class, "service-standard.tsv");
    private static final Map<Category, LocalizedText> NAMES = names();
    private static final Map<Category, List<Item>> ITEMS = items();
    private static final List<LegalAct> LEGAL_ACTS = legalActs(FILE);

    private ServiceStandard() {
    }

    /**
     * One row, or one numbered item of a row, of the standard.
     *
     * @param number  the row's number in the appendix, with the item's after a dot ({@code 7.1}, {@code 10.5})
     * @param rule    the rule of rules.md that states it
     * @param title   the row's title
     * @param content what the row says
     */
    public record Item(String number, Rule rule, LocalizedText title, LocalizedText content) {
        public Item {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * An act the rules cite (rules.md section (g)).
     *
     * @param registrations its numbers in the state register of normative legal acts; none for a code, a law or a
     *                      treaty, or where the Order gives none (R102)
     */
    public record LegalAct(Rule rule, List<String> registrations, LocalizedText name) {
        public LegalAct {
            Objects.requireNonNull(rule, "rule");
            registrations = List.copyOf(registrations);
            Objects.requireNonNull(name, "name");
        }
    }

    /** The service's name: the certificate of a domestic specialist (Appendix 2) or of a foreign one (Appendix 6). */
    public static LocalizedText serviceName(Category category) {
        return NAMES.get(Objects.requireNonNull(category, "category"));
    }

    /** The rows of the standard for {@code category}, in the appendix's order. */
    public static List<Item> items(Category category) {
        return ITEMS.get(Objects.requireNonNull(category, "category"));
    }

    /** The acts the rules cite, R98–R109 in order. */
    public static List<LegalAct> legalActs() {
        return LEGAL_ACTS;
    }

    /** The acts the texts come from. */
    public static List<String> sources() {
        return FILE.acts();
    }

    private static Map<Category, LocalizedText> names() {
        Map<Category, LocalizedText> names = new EnumMap<>(Category.class);
        for (ReferenceFile.Row row : FILE.rows("service")) {
            requireCells(row, 5);
            names.put(Category.valueOf(row.cell(1)), texts(row, 2));
        }
        requireEvery(names, "service");
        return names;
    }

    private static Map<Category, List<Item>> items() {
        Map<Category, List<Item>> items = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            items.put(category, new ArrayList<>());
        }
        for (ReferenceFile.Row row : FILE.rows("row")) {
            requireCells(row, 10);
            Item item = new Item(row.cell(2), Rule.valueOf(row.cell(3)), texts(row, 4), texts(row, 7));
            List<Category> those = row.cell(1).equals("BOTH") ? List.of(Category.values())
                    : List.of(Category.valueOf(row.cell(1)));
            those.forEach(category -> items.get(category).add(item));
        }
        items.replaceAll((category, list) -> List.copyOf(list));
        items.values().removeIf(List::isEmpty);
        requireEvery(items, "row");
        return items;
    }

    private static List<LegalAct> legalActs(ReferenceFile file) {
        return file.rows("law").stream().map(row -> {
            requireCells(row, 6);
            List<String> registrations = row.cell(2).isEmpty() ? List.of()
                    : Arrays.stream(row.cell(2).split(",")).map(String::strip).toList();
            return new LegalAct(Rule.valueOf(row.cell(1)), registrations, texts(row, 3));
        }).toList();
    }

    private static LocalizedText texts(ReferenceFile.Row row, int first) {
        return new LocalizedText(row.cell(first), row.cell(first + 1), row.cell(first + 2));
    }

    private static void requireCells(ReferenceFile.Row row, int cells) {
        if (row.size() != cells) {
            throw new IllegalStateException(row.problem("a `" + row.kind() + "` row has " + cells + " cells, not "
                    + row.size()).toString());
        }
    }

    private static void requireEvery(Map<Category, ?> byCategory, String kind) {
        if (byCategory.size() != Category.values().length) {
            throw new IllegalStateException(FILE.name() + " lacks a `" + kind + "` for one of "
                    + Arrays.toString(Category.values()));
        }
    }
}
