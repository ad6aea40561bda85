package kz.medcert.domain.evaluation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.ReferenceFile;
import kz.medcert.domain.rules.Rule;

/**
 * The six grounds for refusal (A2-R9, A6-R9; R85–R90), with their stable API codes. The outcome decides by them; their
 * names and sentences in kk/ru/en are reference data in {@code refusal-grounds.tsv}, which names the order.
 */
public enum Ground {
    GROUND_1_UNRELIABLE_DATA(1, Rule.R85),
    GROUND_2_REQUIREMENTS_NOT_MET(2, Rule.R86),
    GROUND_3_NEGATIVE_AUTHORITY_RESPONSE(3, Rule.R87),
    GROUND_4_COURT_PROHIBITION(4, Rule.R88),
    GROUND_5_SPECIAL_RIGHT_DEPRIVED(5, Rule.R89),
    GROUND_6_NO_CONSENT(6, Rule.R90);

    private final int number;
    private final Rule rule;

    Ground(int number, Rule rule) {
        this.number = number;
        this.rule = rule;
    }

    /** The ground's number in the refusal list of A2-R9 / A6-R9. */
    public int number() {
        return number;
    }

    public Rule rule() {
        return rule;
    }

    /** A short name of the ground in kk/ru/en, e.g. "Requirements not met". */
    public LocalizedText localizedName() {
        return Texts.OF.get(this).name();
    }

    /** The ground as the order words it, the sentence a refusal states, in kk/ru/en. */
    public LocalizedText description() {
        return Texts.OF.get(this).sentence();
    }

    /** The acts the names and sentences come from. */
    public static List<String> acts() {
        return Texts.FILE.acts();
    }

    /** The names and sentences, read once; the file and the constants must agree exactly. */
    private static final class Texts {
        private static final ReferenceFile FILE = ReferenceFile.resource(Ground.class, "refusal-grounds.tsv");
        private static final Map<Ground, Texts> OF = load();

        private final LocalizedText name;
        private final LocalizedText sentence;

        private Texts(LocalizedText name, LocalizedText sentence) {
            this.name = name;
            this.sentence = sentence;
        }

        LocalizedText name() {
            return name;
        }

        LocalizedText sentence() {
            return sentence;
        }

        private static Map<Ground, Texts> load() {
            Map<Ground, Texts> texts = new EnumMap<>(Ground.class);
            for (ReferenceFile.Row row : FILE.rows()) {
                Ground ground = row.size() != 8 || !row.kind().equals("ground") ? null : Arrays.stream(values())
                        .filter(g -> g.name().equals(row.cell(1))).findFirst().orElse(null);
                if (ground == null
                        || texts.put(ground, new Texts(LocalizedText.of(row.cell(2), row.cell(3), row.cell(4)),
                                LocalizedText.of(row.cell(5), row.cell(6), row.cell(7)))) != null) {
                    throw new IllegalStateException(row.problem("a ground row is: ground, a code of the Ground enum "
                            + "(each once), its name in kk, ru, en, its sentence in kk, ru, en").toString());
                }
            }
            if (texts.size() != values().length) {
                throw new IllegalStateException(FILE.name() + ": every ground needs a row");
            }
            return texts;
        }
    }
}
