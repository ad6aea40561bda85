package kz.medcert.domain.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.DossierFixtures;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.LabourPermit;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * The dossiers the evaluation benchmarks measure: one realistic application per route, plus a refusal with many
 * findings. Built here with the domain builders (not with the rule tests' fixtures) so that the benchmarked workload
 * only changes when this file does. {@code BenchmarkDossiersTest} checks that each still takes its route and outcome.
 */
public final class BenchmarkDossiers {
    public static final LocalDate AD = DossierFixtures.AD;
    public static final Instant SUBMITTED_AT = DossierFixtures.SUBMITTED_AT;
    static final SpecialtyCode PEDIATRICS = DossierFixtures.PEDIATRICS;
    static final SpecialtyCode THERAPY = DossierFixtures.THERAPY;
    static final CountryCode TURKEY = DossierFixtures.TURKEY;

    /** A benchmarked case: the dossier, the route it must take and whether it must be eligible. */
    public enum Case {
        FIRST_TIME(Route.FIRST_TIME, true),
        CONFIRMATION(Route.CONFIRMATION, true),
        FOREIGN_FIRST_TIME(Route.FOREIGN_FIRST_TIME, true),
        FOREIGN_CONFIRMATION(Route.FOREIGN_CONFIRMATION, true),
        /** A domestic confirmation refused on three grounds at once (R86, R88, R90), with an R85 review note. */
        REFUSAL_MANY_FINDINGS(Route.CONFIRMATION, false);

        private final Route route;
        private final boolean eligible;

        Case(Route route, boolean eligible) {
            this.route = route;
            this.eligible = eligible;
        }

        public Route route() {
            return route;
        }

        public boolean eligible() {
            return eligible;
        }

        public Dossier dossier() {
            return switch (this) {
                case FIRST_TIME -> firstTime();
                case CONFIRMATION -> confirmation();
                case FOREIGN_FIRST_TIME -> foreignFirstTime();
                case FOREIGN_CONFIRMATION -> foreignConfirmation();
                case REFUSAL_MANY_FINDINGS -> refusalWithManyFindings();
            };
        }
    }

    private BenchmarkDossiers() {
    }

    /**
     * A new pediatrics graduate: degree, internship and residency from the registry, assessment passed, never
     * certified nor employed.
     */
    public static Dossier firstTime() {
        return Dossier.builder(Category.DOMESTIC, PEDIATRICS, AD)
                .submittedAt(SUBMITTED_AT)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2023, 6, 30)).inRegistry(true))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS,
                        LocalDate.of(2023, 6, 30), true))
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, PEDIATRICS,
                        LocalDate.of(2024, 6, 30), true))
                .assessment(new AssessmentResult(PEDIATRICS, LocalDate.of(2024, 8, 15), true))
                .build();
    }

    /**
     * A pediatrician of 13 years confirming a certificate about to expire: an older certificate, two employers,
     * professional development in hours and in credits over the last five years.
     */
    public static Dossier confirmation() {
        return DossierFixtures.pediatricianWithoutHistory(AD)
                .submittedAt(SUBMITTED_AT)
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2015, 3, 1), LocalDate.of(2020, 3, 1),
                        true))
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1),
                        true))
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), LocalDate.of(2017, 12, 31),
                        true))
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2018, 1, 15), true))
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofCredits(2), LocalDate.of(2021, 3, 15)))
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofHours(30), LocalDate.of(2022, 10, 5)))
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofHours(90), LocalDate.of(2024, 2, 10)))
                .build();
    }

    /**
     * A Turkish internist applying for the first time: recognised degree, residency abroad, employment, PD and a
     * passed assessment, identity in the registry, labour permit held.
     */
    public static Dossier foreignFirstTime() {
        return Dossier.builder(Category.FOREIGN, THERAPY, AD)
                .submittedAt(SUBMITTED_AT)
                .citizenship(TURKEY)
                .identityInRegistry(true)
                .labourPermit(new LabourPermit("LP-2024-0042", LocalDate.of(2024, 6, 15), "City Hospital No. 1"))
                .education(new EducationRecord(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE,
                        LocalDate.of(2015, 6, 30), TURKEY, true, false, Optional.of("Ankara University"),
                        Optional.of(new Recognition("REC-2016-17", LocalDate.of(2016, 9, 1), Optional.empty(),
                                Optional.empty(), Optional.empty(), true))))
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, THERAPY,
                        LocalDate.of(2018, 6, 30), false))
                .employment(EmploymentPeriod.current(THERAPY, LocalDate.of(2016, 9, 1), false))
                .professionalDevelopment(pd(THERAPY, StudyVolume.ofCredits(8), LocalDate.of(2023, 5, 20)))
                .assessment(new AssessmentResult(THERAPY, LocalDate.of(2024, 10, 1), true))
                .foreignLanguageDocument(DocumentCode.DIPLOMA)
                .build();
    }

    /** The same internist already holding a THERAPY certificate (registry). */
    public static Dossier foreignConfirmation() {
        return foreignFirstTime().toBuilder()
                .certificate(HeldCertificate.valid(THERAPY, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1),
                        true))
                .build();
    }

    /**
     * The confirming pediatrician with everything wrong at once: no consent (ground 6), a court prohibition (ground
     * 4), too little professional development (ground 2), and facts dated after the application date, which do not
     * count and are named in a review note (R85).
     */
    public static Dossier refusalWithManyFindings() {
        return DossierFixtures.pediatricianWithoutHistory(AD)
                .submittedAt(SUBMITTED_AT)
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1),
                        true))
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2011, 8, 1), true))
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofCredits(1), LocalDate.of(2023, 1, 1)))
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofCredits(4), AD.plusDays(2)))
                .assessment(new AssessmentResult(PEDIATRICS, AD.plusDays(3), true))
                .consentGiven(false)
                .prohibition(Prohibition.ACTIVITY_PROHIBITED)
                .build();
    }

    private static ProfessionalDevelopment pd(SpecialtyCode specialty, StudyVolume volume, LocalDate completedOn) {
        return new ProfessionalDevelopment(specialty, volume, completedOn);
    }
}
