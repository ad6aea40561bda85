package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import kz.medcert.domain.dossier.Dossier;
import org.junit.jupiter.api.Test;

/**
 * R85: {@link AsOfApplicationDate#of} keeps a dossier with nothing dated after the application as it is instead of
 * rebuilding it; over seeded random dossiers (some with facts after the application date, some without) the answer is
 * the rebuilt one's, and the check of what is dated after it agrees with what the rebuilding leaves out.
 */
class AsOfApplicationDateShortcutTest {
    private static final long SEED = 20261208L;
    private static final int CASES = 3000;

    @Test
    void theShortcutAnswersAsTheRebuildingDoes() {
        Random master = new Random(SEED);
        int kept = 0;
        int rebuilt = 0;
        for (int i = 0; i < CASES; i++) {
            long caseSeed = master.nextLong();
            Dossier dossier = DossierFixtures.randomDossier(new Random(caseSeed));
            AsOfApplicationDate full = AsOfApplicationDate.rebuilt(dossier);
            String why = "seed " + SEED + ", case " + i + " (case seed " + caseSeed + "): " + dossier;
            assertThat(AsOfApplicationDate.of(dossier)).as(why).isEqualTo(full);
            boolean after = AsOfApplicationDate.anythingAfterApplication(dossier);
            assertThat(after).as(why).isEqualTo(!full.leftOut().isEmpty() || !full.dossier().equals(dossier));
            if (after) {
                rebuilt++;
            } else {
                kept++;
            }
        }
        assertThat(kept).as("dossiers kept as they are").isGreaterThan(CASES / 10);
        assertThat(rebuilt).as("dossiers rebuilt").isGreaterThan(CASES / 10);
    }
}
