package kz.medcert.adapters.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachResult;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.evaluation.Satisfaction;
import kz.medcert.domain.request.ApplicantIdentity;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every text of the front exists in Kazakh, Russian and English, and every key the pages name is in the bundles. */
class MessagesTest {
    /** {@code t("key")} in templates and page classes, with a literal key. */
    private static final Pattern USED_KEY = Pattern.compile("\\bt\\((?:request, )?\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    void specialtiesAreListedByTheirNameInThePagesLanguage() {
        Specialty a = specialty("THERAPY", LocalizedText.of("Бірінші", "Второй", "Third"));
        Specialty b = specialty("SURGERY", LocalizedText.of("Екінші", "Первый", "First"));

        assertThat(Messages.of(Language.RU).byName(List.of(b, a))).containsExactly(a, b);
        assertThat(Messages.of(Language.EN).byName(List.of(a, b))).containsExactly(b, a);
    }

    private static Specialty specialty(String code, LocalizedText name) {
        return new Specialty(SpecialtyCode.of(code), name, EducationLevel.HIGHER, true, false, Optional.empty());
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() {
        Set<String> kk = new TreeSet<>(Messages.of(Language.KK).keys());
        Set<String> ru = new TreeSet<>(Messages.of(Language.RU).keys());
        Set<String> en = new TreeSet<>(Messages.of(Language.EN).keys());

        assertThat(kk).as("kk has what en has").containsAll(en);
        assertThat(ru).as("ru has what en has").containsAll(en);
        assertThat(en).as("en has what kk has").containsAll(kk);
        assertThat(en).as("en has what ru has").containsAll(ru);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noTextIsBlank_andNoneIsLeftInAnotherLanguagesLetters(Language language) {
        Messages messages = Messages.of(language);
        for (String key : messages.keys()) {
            String text = messages.t(key);
            assertThat(text).as(language + " " + key).isNotBlank();
            if (language == Language.EN) {
                assertThat(text).as("English text of " + key).doesNotContainPattern("[а-яА-ЯәіңғүұқөһӘІҢҒҮҰҚӨҺ]{4,}"
                        + "(?<!ДСМ)");
            }
        }
    }

    @Test
    void everyKeyThePagesNameIsInTheBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/jte"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher matcher = USED_KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).as("keys named by the pages").isNotEmpty();
        assertThat(Messages.of(Language.EN).keys()).containsAll(used);
    }

    /** The pages name these values by a key made of a prefix and the value's name: every value has its text. */
    @Test
    void everyValueThePagesNameByItsCodeHasItsText() {
        Map<String, Class<? extends Enum<?>>> named = Map.ofEntries(Map.entry("status.", RequestStatus.class),
                Map.entry("category.", Category.class), Map.entry("certificateStatus.", CertificateStatus.class),
                Map.entry("fetch.", RegistryFetch.FetchStatus.class), Map.entry("satisfaction.", Satisfaction.class),
                Map.entry("registry.", StateRegistry.class),
                Map.entry("checklistSource.", kz.medcert.domain.evaluation.Source.class),
                Map.entry("officer.source.", ApplicantIdentity.Source.class),
                Map.entry("postgraduate.", PostgraduateType.class), Map.entry("prohibition.", Prohibition.class),
                Map.entry("applicant.upload.overLimit.", AttachResult.OverLimit.Limit.class),
                Map.entry("applicant.sign.reason.", SignatureReason.class));
        Set<String> keys = Messages.of(Language.EN).keys();
        named.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(keys).as(type.getSimpleName() + "." + value.name()).contains(prefix + value.name());
            }
        });
    }

    @Test
    void aQuantityTakesTheNounInTheNumberItsLanguageGivesIt() {
        Messages ru = Messages.of(Language.RU);
        assertThat(Stream.of("1", "2", "4", "5", "11", "12", "14", "21", "22", "25", "111", "1.5", "3.00")
                .map(n -> ru.quantity("applicant.check.credits", new java.math.BigDecimal(n))))
                .containsExactly("1 кредит", "2 кредита", "4 кредита", "5 кредитов", "11 кредитов", "12 кредитов",
                        "14 кредитов", "21 кредит", "22 кредита", "25 кредитов", "111 кредитов", "1.5 кредита",
                        "3 кредита");
        assertThat(Messages.of(Language.EN).quantity("applicant.check.credits", java.math.BigDecimal.ONE))
                .isEqualTo("1 credit");
        assertThat(Messages.of(Language.EN).quantity("applicant.check.credits", new java.math.BigDecimal("2.5")))
                .isEqualTo("2.5 credits");
        assertThat(Messages.of(Language.KK).quantity("applicant.check.credits", new java.math.BigDecimal("5")))
                .isEqualTo("5 кредит");
    }

    @Test
    void datesAreDayMonthYear_andMomentsAreInAlmatyTime() {
        Messages messages = Messages.of(Language.KK);

        assertThat(messages.date(LocalDate.of(2026, 3, 1))).isEqualTo("01.03.2026");
        assertThat(messages.moment(Instant.parse("2026-11-20T05:00:00Z"))).isEqualTo("20.11.2026 10:00");
    }

    @Test
    void argumentsReplaceTheirPlaceholders_andAMissingKeyShowsItself() {
        Messages messages = Messages.of(Language.EN);

        assertThat(messages.t("no.such.key")).isEqualTo("??no.such.key??");
        assertThat(messages.find("no.such.key")).isEmpty();
    }

    @Test
    void theLanguageIsTheFirstOfTheBrowsersTheFrontSpeaks() {
        assertThat(Language.fromAcceptLanguage("de-DE,de;q=0.9,ru;q=0.8,en;q=0.7")).contains(Language.RU);
        assertThat(Language.fromAcceptLanguage("en-GB,en;q=0.9")).contains(Language.EN);
        assertThat(Language.fromAcceptLanguage("kk-KZ")).contains(Language.KK);
        assertThat(Language.fromAcceptLanguage("fr, de")).isEmpty();
        assertThat(Language.fromAcceptLanguage("ru;q=0, en")).contains(Language.EN);
        assertThat(Language.fromAcceptLanguage(";;;=")).isEmpty();
        assertThat(Language.fromAcceptLanguage(null)).isEmpty();
    }
}
