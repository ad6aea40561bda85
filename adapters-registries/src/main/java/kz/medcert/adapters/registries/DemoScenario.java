package kz.medcert.adapters.registries;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * The application a demo person makes: what they declare in the application and information form, whether they give
 * consent, and the evaluation the rules are expected to reach when the registries' answers are added.
 *
 * @param title   what the scenario shows, in Kazakh, Russian and English (the demo sign-in page)
 * @param consent whether the person gives consent (R60, R61); false: they decline it
 * @param note    why this person is in the data set, for walk-throughs
 */
public record DemoScenario(LocalizedText title, Category category, SpecialtyCode declaredSpecialty,
                           Optional<SpecialtyCode> declaredSpecialization, boolean requestsQualificationLevel,
                           LocalDate applicationDate, boolean consent, DeclaredFacts declared,
                           ExpectedEvaluation expected, Optional<String> note) {

    public DemoScenario {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(declaredSpecialty, "declaredSpecialty");
        Objects.requireNonNull(declaredSpecialization, "declaredSpecialization");
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(note, "note");
    }

    /** The code the certificate would be issued in: the specialization when one is declared (R05). */
    public SpecialtyCode target() {
        return declaredSpecialization.orElse(declaredSpecialty);
    }

    /**
     * A dossier builder with the application's own fields only; the caller adds consent, what the registries
     * answered and then {@code declared().addTo(builder)}, in that order, as the service assembles a dossier.
     */
    public DossierBuilder dossierBuilder() {
        DossierBuilder builder = Dossier.builder(category, declaredSpecialty, applicationDate)
                .requestsQualificationLevel(requestsQualificationLevel);
        declaredSpecialization.ifPresent(builder::declaredSpecialization);
        return builder;
    }
}
