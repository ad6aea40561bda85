package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;

/** R03: the service follows citizenship, not the form chosen; permanent residence only lifts the permit (R53). */
class ServiceCategoryPolicyTest {
    private static final SpecialtyCode THERAPY = SpecialtyCode.of("THERAPY");
    private static final LocalDate AD = LocalDate.of(2026, 11, 20);

    @Test
    void r03_citizenshipPicksTheService_andTheDeclaredCategoryStandsWithoutIt() {
        assertThat(ServiceCategoryPolicy.byCitizenship(Optional.of(CountryCode.KAZAKHSTAN))).contains(Category.DOMESTIC);
        assertThat(ServiceCategoryPolicy.byCitizenship(Optional.of(CountryCode.of("UZ")))).contains(Category.FOREIGN);
        assertThat(ServiceCategoryPolicy.byCitizenship(Optional.empty())).isEmpty();
        assertThat(ServiceCategoryPolicy.effective(Dossier.builder(Category.FOREIGN, THERAPY, AD).build()))
                .isEqualTo(Category.FOREIGN);
    }

    @Test
    void r03_aMismatch_isNamedForTheApplicant() {
        assertThat(ServiceCategoryPolicy.mismatch(Category.DOMESTIC, Optional.of(CountryCode.of("UZ"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("Uzbekistan", "FOREIGN", "non-residents",
                        "R03"));
        assertThat(ServiceCategoryPolicy.mismatchReason(Category.DOMESTIC, Optional.of(CountryCode.of("UZ"))))
                .hasValueSatisfying(reason -> assertThat(reason.in(Language.RU)).contains("Узбекистан", "«FOREIGN»"));
        assertThat(ServiceCategoryPolicy.mismatch(Category.FOREIGN, Optional.of(CountryCode.KAZAKHSTAN)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("DOMESTIC", "R03"));
        assertThat(ServiceCategoryPolicy.mismatch(Category.FOREIGN, Optional.of(CountryCode.of("RU")))).isEmpty();
        assertThat(ServiceCategoryPolicy.mismatch(Category.DOMESTIC, Optional.empty())).isEmpty();
    }

    @Test
    void r03_r53_aNonEaeuCitizenWithoutPermanentResidenceOnTheDomesticForm_isRoutedAsForeign_andNeedsAPermit() {
        Dossier dossier = Dossier.builder(Category.DOMESTIC, THERAPY, AD).citizenship(CountryCode.of("IN")).build();

        Evaluation evaluation = CertificationRules.standard().evaluate(dossier);

        assertThat(evaluation.route().route().isForeign()).isTrue();
        assertThat(evaluation.checklist()).extracting(ChecklistItem::document).contains(DocumentCode.LABOUR_PERMIT);
        assertThat(evaluation.reviewNotes()).extracting(ReviewNote::code).contains("CATEGORY_FOLLOWS_CITIZENSHIP");
    }

    @Test
    void r03_r53_aKazakhstaniCitizenOnTheForeignForm_isNoEaeuExemptForeigner_butDomestic() {
        Dossier dossier = Dossier.builder(Category.FOREIGN, THERAPY, AD).citizenship(CountryCode.KAZAKHSTAN).build();

        Evaluation evaluation = CertificationRules.standard().evaluate(dossier);

        assertThat(evaluation.route().route().isForeign()).isFalse();
        assertThat(evaluation.notRequired()).extracting(NotRequiredItem::document).contains(DocumentCode.LABOUR_PERMIT);
    }
}
