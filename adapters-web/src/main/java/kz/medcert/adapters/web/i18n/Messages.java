package kz.medcert.adapters.web.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.reference.Specialty;

/**
 * The front's texts in one language, from {@code messages_<lang>.properties} (UTF-8) beside this class, with the
 * formats the pages use: dates as dd.MM.yyyy, moments in Almaty time. A key missing from a bundle is a programming
 * error ({@code MessagesTest} checks that the three bundles have the same keys), shown as {@code ??key??} rather than
 * failing the page.
 */
public final class Messages {
    public static final String BUNDLE = "kz.medcert.adapters.web.i18n.messages";
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");
    private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Messages(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The text of {@code key}, its {@code {0}}, {@code {1}}… replaced by the arguments (no other syntax). */
    public String t(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * {@code amount} with the word {@code key} names, in the form this language gives a noun after that number:
     * {@code key.one}, {@code .few}, {@code .many} or {@code .other} (a fraction). Russian says 1 кредит, 2 кредита,
     * 5 кредитов, 21 кредит, 1,5 кредита; English 1 credit, 2 credits; Kazakh keeps the singular after a numeral.
     */
    public String quantity(String key, BigDecimal amount) {
        String number = amount.stripTrailingZeros().toPlainString();
        return t(key + "." + pluralForm(amount), number);
    }

    private String pluralForm(BigDecimal amount) {
        BigDecimal whole = amount.stripTrailingZeros();
        if (whole.scale() > 0) {
            return "other";
        }
        long n = whole.abs().longValue();
        if (language != Language.RU) {
            return n == 1 ? "one" : "other";
        }
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return "one";
        }
        return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
    }

    /** Whether the bundle has the key (for texts that exist for some codes only). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key} when the bundle has it. */
    public Optional<String> find(String key) {
        return has(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    public Set<String> keys() {
        return bundle.keySet();
    }

    /** A text the domain or a use case worded (a reason, a finding, a note), in this language. */
    public String text(Message message) {
        return message.in(language.domain());
    }

    /**
     * Why {@code refused} was refused, in this language when the refusal is worded ({@link Explained}); otherwise its
     * own (English) message.
     */
    public String reason(RuntimeException refused) {
        return text(Explained.explanationOf(refused));
    }

    /** A domain name (specialty, document, ground, department) in this language. */
    public String name(LocalizedText text) {
        return language.of(text);
    }

    /** The specialties in the order of their names in this language, as the pages' pickers list them. */
    public List<Specialty> byName(Collection<Specialty> specialties) {
        return specialties.stream().sorted(Comparator.comparing(s -> name(s.name()))).toList();
    }

    public String date(LocalDate day) {
        return day == null ? "" : PersonDates.format(day);
    }

    public String date(Optional<LocalDate> day) {
        return day.map(this::date).orElse("");
    }

    /** A moment as the day and time in Almaty, where the service is provided. */
    public String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(ALMATY));
    }
}
