package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EmploymentPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rules.md section (j): for a typical dossier of each route, which documents are required (a MANDATORY item),
 * conditional (an IF_ANY item) or not required (no item, listed under "not required" with its rule).
 */
class ChecklistRouteMatrixTest {

    enum Expect { REQUIRED, CONDITIONAL, NOT_REQUIRED }

    /** A typical dossier per route, with the usual "if any" documents present where the route lists them. */
    static Dossier typical(Route route) {
        return switch (route) {
            case FIRST_TIME -> DossierFixtures.domesticFirstTimeGraduateBuilder()
                    .employment(EmploymentPeriod.current(PEDIATRICS, date(2024, 9, 1), true))
                    .certificationCourse(new CertificationCourse(PEDIATRICS, BigDecimal.ONE, date(2024, 7, 1)))
                    .nameChangedAfterEducation(true)
                    .build();
            case CONFIRMATION -> DossierFixtures.pediatricianConfirmingBuilder()
                    .certificationCourse(new CertificationCourse(PEDIATRICS, BigDecimal.ONE, date(2022, 7, 1)))
                    .build();
            case FOREIGN_FIRST_TIME -> DossierFixtures.foreignFirstTimeSpecialist();
            case FOREIGN_CONFIRMATION -> DossierFixtures.foreignConfirmingSpecialist();
        };
    }

    /** Section (j), columns DOM first-time, DOM confirmation, FOR first-time, FOR confirmation, for these dossiers. */
    static Map<DocumentCode, Expect> matrix(Route route) {
        Map<DocumentCode, Expect> m = new EnumMap<>(DocumentCode.class);
        Arrays.stream(DocumentCode.values()).forEach(d -> m.put(d, Expect.NOT_REQUIRED));
        for (DocumentCode d : List.of(DocumentCode.APPLICATION, DocumentCode.INFORMATION_FORM,
                DocumentCode.PROHIBITION_CHECK)) {
            m.put(d, Expect.REQUIRED); // R17, R18, R68 on every route
        }
        switch (route) {
            case FIRST_TIME -> {
                m.put(DocumentCode.DIPLOMA, Expect.REQUIRED);              // R23/R62: fetched, 2023 graduate
                m.put(DocumentCode.INTERNSHIP, Expect.REQUIRED);           // R37: pediatrics after 1998
                m.put(DocumentCode.RESIDENCY, Expect.REQUIRED);            // R38: first degree after 2013
                m.put(DocumentCode.ASSESSMENT_RESULT, Expect.REQUIRED);    // R30
                m.put(DocumentCode.CERTIFICATION_COURSE, Expect.CONDITIONAL); // R29 if any
                m.put(DocumentCode.EMPLOYMENT_RECORD, Expect.CONDITIONAL);    // R31 if any
                m.put(DocumentCode.NAME_CHANGE, Expect.CONDITIONAL);          // R54 optional upload
            }
            case CONFIRMATION -> {
                m.put(DocumentCode.INTERNSHIP, Expect.REQUIRED);           // R37 applies on both DOM routes
                m.put(DocumentCode.PROFESSIONAL_DEVELOPMENT, Expect.REQUIRED); // R32: 4 credits in 5 years
                m.put(DocumentCode.EMPLOYMENT_RECORD, Expect.REQUIRED);    // R31: no "if any" on confirmation
                m.put(DocumentCode.CERTIFICATE_COPY, Expect.REQUIRED);     // R14/R64: fetched
                m.put(DocumentCode.CERTIFICATION_COURSE, Expect.CONDITIONAL); // R29 if any
            }
            case FOREIGN_FIRST_TIME -> {
                m.put(DocumentCode.IDENTITY_DOCUMENT, Expect.REQUIRED);    // R47/R69
                m.put(DocumentCode.RECOGNITION, Expect.REQUIRED);          // R48: educated abroad
                m.put(DocumentCode.ASSESSMENT_RESULT, Expect.REQUIRED);    // R55
                m.put(DocumentCode.EMPLOYMENT_RECORD, Expect.REQUIRED);    // R52: not a first job
                m.put(DocumentCode.LABOUR_PERMIT, Expect.REQUIRED);        // R53: Turkish citizen
                m.put(DocumentCode.RESIDENCY, Expect.CONDITIONAL);         // R50 if any
            }
            case FOREIGN_CONFIRMATION -> {
                m.put(DocumentCode.IDENTITY_DOCUMENT, Expect.REQUIRED);    // R47/R69
                m.put(DocumentCode.PROFESSIONAL_DEVELOPMENT, Expect.REQUIRED); // R57
                m.put(DocumentCode.CERTIFICATE_COPY, Expect.REQUIRED);     // R14/R64: fetched
                m.put(DocumentCode.LABOUR_PERMIT, Expect.CONDITIONAL);     // R53 interpretation on confirmation
            }
        }
        return m;
    }

    static Stream<Arguments> cells() {
        return Arrays.stream(Route.values()).flatMap(route -> matrix(route).entrySet().stream()
                .map(e -> Arguments.of(route, e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "section (j) {0}: {1} is {2}")
    @MethodSource("cells")
    void sectionJ_documentStatusByRoute(Route route, DocumentCode document, Expect expected) {
        // given
        Dossier dossier = typical(route);

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);
        List<ChecklistItem> listed = items(evaluation, document);

        // then
        assertThat(evaluation.route().route()).isEqualTo(route);
        switch (expected) {
            case REQUIRED -> assertThat(listed).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.obligation()).isEqualTo(Obligation.MANDATORY));
            case CONDITIONAL -> assertThat(listed).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.obligation()).isEqualTo(Obligation.IF_ANY));
            case NOT_REQUIRED -> {
                assertThat(listed).isEmpty();
                assertThat(DossierFixtures.notRequired(evaluation, document)).as("exemption with its rule")
                        .hasValueSatisfying(n -> assertThat(n.rules()).isNotEmpty());
            }
        }
    }

    @ParameterizedTest(name = "section (j) {0}: the typical dossier is eligible and every document is accounted for")
    @EnumSource(Route.class)
    void sectionJ_typicalDossierIsEligible_andEachDocumentIsListedExactlyOnce(Route route) {
        // when
        Evaluation evaluation = DossierFixtures.evaluate(typical(route));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
        for (DocumentCode document : DocumentCode.values()) {
            boolean listed = !items(evaluation, document).isEmpty();
            boolean exempt = DossierFixtures.notRequired(evaluation, document).isPresent();
            assertThat(listed ^ exempt).as(route + " " + document).isTrue();
        }
    }
}
