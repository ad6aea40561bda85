package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of an evaluation a person reads (the motivation, each finding, review note, subject and exemption) names
 * specialties, education, documents and grounds by their names in its language, never by a code of the API
 * ({@code PEDIATRICS}, {@code MEDICAL_CARE}, {@code GROUND_2_REQUIREMENTS_NOT_MET}), and its Kazakh and Russian texts
 * are Kazakh and Russian; a day is written as a person reads it ({@code 08.12.2026}), never in ISO form. Over
 * seeded random dossiers; {@code -Dmedcert.seed=N} replays a run.
 */
class PersonTextsPropertyTest {
    private static final long SEED = Long.getLong("medcert.seed", new SecureRandom().nextLong());
    private static final int CASES = 400;
    private static final Pattern CODES = codes();

    /** Every code of the API's vocabulary that a text might be tempted to show, as a whole word. */
    private static Pattern codes() {
        List<String> codes = new ArrayList<>();
        SpecialtyCatalogue.standard().all().stream().map(Specialty::code).map(Object::toString).forEach(codes::add);
        Stream.of(EducationField.values(), EducationLevel.values(), DocumentCode.values(), Ground.values(),
                        Route.values(), PostgraduateType.values(), Flag.values())
                .flatMap(Arrays::stream).map(Enum::name).forEach(codes::add);
        codes.remove(EducationLevel.TVET.name()); // an English acronym too: "Medical care (feldsher at TVET level)"
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(" + String.join("|", codes) + ")(?![\\p{L}\\p{N}_])");
    }

    static Stream<Arguments> dossiers() {
        Random master = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            long caseSeed = master.nextLong();
            return Arguments.of(i, caseSeed, DossierFixtures.randomDossier(new Random(caseSeed)));
        });
    }

    @ParameterizedTest(name = "R91 case {0}: the texts name things, never their codes")
    @MethodSource("dossiers")
    void textsNameSpecialtiesDocumentsAndGrounds_neverByTheirCodes(int caseNo, long caseSeed, Dossier dossier) {
        String why = "seed=" + SEED + " case=" + caseNo + " caseSeed=" + caseSeed + "\n" + dossier;
        Evaluation evaluation = CertificationRules.standard().evaluate(dossier);

        List<LocalizedText> texts = new ArrayList<>();
        texts.add(evaluation.outcome().motivation());
        evaluation.outcome().fold(e -> List.<Finding>of(), Outcome.Refusal::findings)
                .forEach(f -> texts.add(f.explanation()));
        evaluation.reviewNotes().forEach(n -> texts.add(n.text()));
        evaluation.checklist().forEach(item -> item.subjectText().ifPresent(texts::add));
        evaluation.notRequired().forEach(item -> texts.add(item.reasonText()));
        evaluation.checklist().forEach(item -> assertThat(item.subjectText().isPresent())
                .as(why + "\n" + item).isEqualTo(item.subject().isPresent()));

        for (LocalizedText text : texts) {
            for (String language : List.of(text.kk(), text.ru(), text.en())) {
                assertThat(CODES.matcher(language).results().map(r -> r.group()).toList())
                        .as(why + "\n" + language).isEmpty();
                assertThat(language).as(why + "\n a day is written as a person reads it, 08.12.2026")
                        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            }
            assertThat(text.kk()).as(why).isNotEqualTo(text.en()).containsPattern("\\p{IsCyrillic}");
            assertThat(text.ru()).as(why).isNotEqualTo(text.en()).containsPattern("\\p{IsCyrillic}");
        }
    }
}
