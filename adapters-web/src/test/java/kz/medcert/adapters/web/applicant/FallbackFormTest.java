package kz.medcert.adapters.web.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import kz.medcert.adapters.web.Page.FieldProblem;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;

/**
 * The fallback amendment (R21, R70) replaces only the sections of the registries that stay down, keeps the rest of
 * the declared form, and names each problem at its field in the page's language.
 */
class FallbackFormTest {
    private static final SpecialtyCode THERAPY = SpecialtyCode.of("THERAPY");
    private static final Dossier DECLARED = Dossier.builder(Category.DOMESTIC, THERAPY, LocalDate.of(2026, 11, 20))
            .professionalDevelopment(new ProfessionalDevelopment(THERAPY, StudyVolume.ofCredits(4),
                    LocalDate.of(2025, 2, 10)))
            .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE,
                    LocalDate.of(2020, 6, 30)))
            .build();
    private final Messages en = Messages.of(Language.EN);

    private static FallbackForm typed(Map<String, String> values) {
        return FallbackForm.read(name -> values.getOrDefault(name, ""));
    }

    @Test
    void theEducationRegistrysSections_replaceWhatWasDeclared_andTheRestOfTheFormIsKept_R21_R70() {
        Map<String, String> values = new HashMap<>(Map.of("eduLevel0", "HIGHER", "eduField0", "GENERAL_MEDICINE",
                "eduDate0", "30.06.2023", "pgType0", "RESIDENCY", "pgSpecialty0", "THERAPY", "pgDate0", "30.06.2026"));
        values.put("certSpecialty0", "THERAPY"); // not shown while the certificates registry answers: not read

        FallbackForm.Checked checked = typed(values).check(DECLARED, Set.of(StateRegistry.EDUCATION),
                SpecialtyCatalogue.standard(), en);

        assertThat(checked).isInstanceOfSatisfying(FallbackForm.Amended.class, amended -> {
            Dossier form = amended.form();
            assertThat(form.education()).singleElement().satisfies(e -> {
                assertThat(e.graduationDate()).isEqualTo(LocalDate.of(2023, 6, 30));
                assertThat(e.inRegistry()).isFalse();
            });
            assertThat(form.postgraduate()).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo(PostgraduateType.RESIDENCY);
                assertThat(p.specialty()).isEqualTo(THERAPY);
            });
            assertThat(form.certificates()).isEmpty();
            assertThat(form.professionalDevelopment()).isEqualTo(DECLARED.professionalDevelopment());
            assertThat(form.declaredSpecialty()).isEqualTo(THERAPY);
        });
    }

    @Test
    void aCertificateWithoutAnEndOfValidity_isDeclaredWithoutATerm_andAnEmploymentWithoutAnEnd_asCurrent() {
        FallbackForm form = typed(Map.of("certSpecialty0", "THERAPY", "certIssued0", "01.03.2019",
                "empSpecialty0", "THERAPY", "empFrom0", "01.09.2020"));

        FallbackForm.Checked checked = form.check(DECLARED, Set.of(StateRegistry.CERTIFICATES,
                StateRegistry.EMPLOYMENT), SpecialtyCatalogue.standard(), en);

        assertThat(checked).isInstanceOfSatisfying(FallbackForm.Amended.class, amended -> {
            assertThat(amended.form().certificates()).singleElement()
                    .satisfies(c -> assertThat(c.validUntil()).isEmpty());
            assertThat(amended.form().employment().periods()).singleElement()
                    .satisfies(p -> assertThat(p.to()).isEmpty());
            assertThat(amended.form().education()).isEqualTo(DECLARED.education());
        });
    }

    @Test
    void eachProblemIsNamedAtItsField_withItsRow_inThePagesLanguage() {
        FallbackForm form = typed(Map.of("eduLevel0", "HIGHER", "eduDate0", "31.02.2023", "pgType1", "INTERNSHIP",
                "pgSpecialty1", "NO_SUCH_SPECIALTY", "pgDate1", "30.06.2024", "certSpecialty0", "THERAPY",
                "certIssued0", "01.03.2024", "certUntil0", "01.03.2020"));

        FallbackForm.Checked checked = form.check(DECLARED, Set.of(StateRegistry.EDUCATION,
                StateRegistry.CERTIFICATES), SpecialtyCatalogue.standard(), Messages.of(Language.RU));

        assertThat(checked).isInstanceOfSatisfying(FallbackForm.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(FieldProblem::field)
                        .containsExactly("eduField0", "eduDate0", "pgSpecialty1", "certUntil0"));
        assertThat(((FallbackForm.Invalid) checked).problems().get(1).message())
                .isEqualTo("Укажите дату окончания для диплома 1 в формате дд.мм.гггг");
        assertThat(((FallbackForm.Invalid) checked).problems().get(2).message()).contains("обучения 2");
    }

    @Test
    void theFormOpensWithWhatWasDeclared() {
        FallbackForm form = FallbackForm.of(DECLARED);

        assertThat(form.value("eduLevel0")).isEqualTo("HIGHER");
        assertThat(form.value("eduDate0")).isEqualTo("30.06.2020");
        assertThat(form.value("eduLevel1")).isEmpty();
    }
}
