package kz.medcert.domain.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.LabourPermit;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Object mother for rule tests: each method returns a dossier that is ELIGIBLE as it stands; vary it with
 * {@code toBuilder()} or start from the {@code ...Builder()} variants. Public methods are shared with other test
 * classes: keep their names and meanings stable.
 */
public final class DossierFixtures {

    /** The application date of every fixture (a Monday; the rule set is in force). */
    public static final LocalDate AD = LocalDate.of(2024, 12, 2);
    /** 2024-12-02 10:00 in Almaty (UTC+5). */
    public static final Instant SUBMITTED_AT = Instant.parse("2024-12-02T05:00:00Z");

    public static final SpecialtyCode PEDIATRICS = SpecialtyCode.of("PEDIATRICS");
    public static final SpecialtyCode THERAPY = SpecialtyCode.of("THERAPY");
    public static final SpecialtyCode CARDIOLOGY = SpecialtyCode.of("CARDIOLOGY");
    public static final SpecialtyCode INTERVENTIONAL_CARDIOLOGY = SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY");
    public static final SpecialtyCode NURSING = SpecialtyCode.NURSING;

    /** A citizen of a state outside the EAEU, so a labour permit is needed (R53). */
    public static final CountryCode TURKEY = CountryCode.of("TR");

    private DossierFixtures() {
    }

    public static CertificationRules rules() {
        return CertificationRules.standard();
    }

    public static Evaluation evaluate(Dossier dossier) {
        return CertificationRules.standard().evaluate(dossier);
    }

    // ---------------------------------------------------------------- domestic confirmation (the contract example)

    /**
     * The evaluation-contract example: a domestic pediatrician (HIGHER PEDIATRICS 2010-06-30, internship
     * 2011-06-30) working in PEDIATRICS since 2011-08-01 (registry), holding a certificate issued 2020-03-01 valid
     * until 2025-03-01 (registry), with PD of 2 credits (2021-03-15) and 90 h (2024-02-10): CONFIRMATION, ELIGIBLE.
     */
    public static Dossier pediatricianConfirming() {
        return pediatricianConfirmingBuilder().build();
    }

    public static DossierBuilder pediatricianConfirmingBuilder() {
        return Dossier.builder(Category.DOMESTIC, PEDIATRICS, AD)
                .submittedAt(SUBMITTED_AT)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2010, 6, 30)))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS,
                        LocalDate.of(2011, 6, 30), true))
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1),
                        true))
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2011, 8, 1), true))
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofCredits(2), LocalDate.of(2021, 3, 15)))
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofHours(90), LocalDate.of(2024, 2, 10)));
    }

    /**
     * The same pediatrician with no certificate, employment or PD yet: the base on which a test places exactly the
     * certificate, employment and PD it is about (education and internship as in the contract example).
     */
    public static DossierBuilder pediatricianWithoutHistory(LocalDate applicationDate) {
        return Dossier.builder(Category.DOMESTIC, PEDIATRICS, applicationDate)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2010, 6, 30)))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS,
                        LocalDate.of(2011, 6, 30), true));
    }

    // ---------------------------------------------------------------- domestic first time

    /**
     * A domestic first-time graduate: HIGHER PEDIATRICS 2023-06-30 with internship 2023-06-30 and residency in
     * PEDIATRICS 2024-06-30 (all in the registry), assessment passed 2024-08-15, never certified, never employed:
     * FIRST_TIME, no PD needed (R27 reading A), ELIGIBLE.
     */
    public static Dossier domesticFirstTimeGraduate() {
        return domesticFirstTimeGraduateBuilder().build();
    }

    public static DossierBuilder domesticFirstTimeGraduateBuilder() {
        return Dossier.builder(Category.DOMESTIC, PEDIATRICS, AD)
                .submittedAt(SUBMITTED_AT)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2023, 6, 30)).inRegistry(true))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS,
                        LocalDate.of(2023, 6, 30), true))
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, PEDIATRICS,
                        LocalDate.of(2024, 6, 30), true))
                .assessment(new AssessmentResult(PEDIATRICS, LocalDate.of(2024, 8, 15), true));
    }

    // ---------------------------------------------------------------- foreign first time

    /**
     * A foreign first-time specialist: Turkish citizen, HIGHER GENERAL_MEDICINE 2015-06-30 in Turkey with a
     * recognition from the registry, residency in THERAPY abroad, working in THERAPY since 2016-09-01, PD of
     * 8 credits within 5 years, assessment in THERAPY passed 2024-10-01, identity in the registry, labour permit
     * held: FOREIGN_FIRST_TIME, ELIGIBLE.
     */
    public static Dossier foreignFirstTimeSpecialist() {
        return foreignFirstTimeSpecialistBuilder().build();
    }

    public static DossierBuilder foreignFirstTimeSpecialistBuilder() {
        return foreignSpecialistWithoutHistoryBuilder(AD)
                .submittedAt(SUBMITTED_AT)
                .employment(EmploymentPeriod.current(THERAPY, LocalDate.of(2016, 9, 1), false))
                .professionalDevelopment(pd(THERAPY, StudyVolume.ofCredits(8), LocalDate.of(2023, 5, 20)))
                .assessment(new AssessmentResult(THERAPY, LocalDate.of(2024, 10, 1), true));
    }

    /**
     * The foreign specialist of {@link #foreignFirstTimeSpecialist()} (citizenship, identity, labour permit,
     * recognised Turkish degree, residency in THERAPY) without employment, PD, assessment or certificate.
     */
    public static DossierBuilder foreignSpecialistWithoutHistoryBuilder(LocalDate applicationDate) {
        return Dossier.builder(Category.FOREIGN, THERAPY, applicationDate)
                .citizenship(TURKEY)
                .identityInRegistry(true)
                .labourPermit(new LabourPermit("LP-2024-0042", LocalDate.of(2024, 6, 15), "City Hospital No. 1"))
                .education(new EducationRecord(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE,
                        LocalDate.of(2015, 6, 30), TURKEY, true, false, Optional.of("Ankara University"),
                        Optional.of(new Recognition("REC-2016-17", LocalDate.of(2016, 9, 1), Optional.empty(),
                                Optional.empty(), Optional.empty(), true))))
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, THERAPY,
                        LocalDate.of(2018, 6, 30), false));
    }

    /**
     * The foreign first-time specialist also holding a valid THERAPY certificate (registry): FOREIGN_CONFIRMATION,
     * ELIGIBLE.
     */
    public static Dossier foreignConfirmingSpecialist() {
        return foreignConfirmingSpecialistBuilder().build();
    }

    public static DossierBuilder foreignConfirmingSpecialistBuilder() {
        return foreignFirstTimeSpecialistBuilder()
                .certificate(HeldCertificate.valid(THERAPY, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1),
                        true));
    }

    // ---------------------------------------------------------------- cardiologist (specialization cases)

    /**
     * A domestic cardiologist: HIGHER GENERAL_MEDICINE 2005-06-30, internship THERAPY 2006-06-30, residency
     * CARDIOLOGY 2008-06-30 (registry), working in CARDIOLOGY since 2008-09-01 (registry), certificate in
     * CARDIOLOGY 2021-01-15..2026-01-15 (registry), 5 credits of CARDIOLOGY PD in 2023, assessment in CARDIOLOGY
     * passed 2024-11-01: declared CARDIOLOGY it is CONFIRMATION and ELIGIBLE; add
     * {@code declaredSpecialization(INTERVENTIONAL_CARDIOLOGY)} for a new specialization.
     */
    public static DossierBuilder cardiologistBuilder() {
        return cardiologistWithoutCertificateBuilder()
                .certificate(HeldCertificate.valid(CARDIOLOGY, LocalDate.of(2021, 1, 15), LocalDate.of(2026, 1, 15),
                        true));
    }

    /** {@link #cardiologistBuilder()} without any certificate. */
    public static DossierBuilder cardiologistWithoutCertificateBuilder() {
        return Dossier.builder(Category.DOMESTIC, CARDIOLOGY, AD)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE,
                        LocalDate.of(2005, 6, 30)))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, THERAPY,
                        LocalDate.of(2006, 6, 30), true))
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, CARDIOLOGY,
                        LocalDate.of(2008, 6, 30), true))
                .employment(EmploymentPeriod.current(CARDIOLOGY, LocalDate.of(2008, 9, 1), true))
                .professionalDevelopment(pdCredits(CARDIOLOGY, 5, LocalDate.of(2023, 4, 20)))
                .assessment(new AssessmentResult(CARDIOLOGY, LocalDate.of(2024, 11, 1), true));
    }

    // ---------------------------------------------------------------- small builders

    public static ProfessionalDevelopment pd(SpecialtyCode specialty, StudyVolume volume, LocalDate completedOn) {
        return new ProfessionalDevelopment(specialty, volume, completedOn);
    }

    public static ProfessionalDevelopment pdCredits(SpecialtyCode specialty, long credits, LocalDate completedOn) {
        return pd(specialty, StudyVolume.ofCredits(credits), completedOn);
    }

    public static ProfessionalDevelopment pdHours(SpecialtyCode specialty, long hours, LocalDate completedOn) {
        return pd(specialty, StudyVolume.ofHours(hours), completedOn);
    }

    public static AssessmentResult passedAssessment(SpecialtyCode specialty, LocalDate on) {
        return new AssessmentResult(specialty, on, true);
    }

    // ---------------------------------------------------------------- random dossiers (property tests)

    private static final List<SpecialtyCode> RANDOM_SPECIALTIES = List.of(PEDIATRICS, THERAPY, CARDIOLOGY,
            INTERVENTIONAL_CARDIOLOGY, NURSING, SpecialtyCode.MEDICAL_CARE, SpecialtyCode.MIDWIFERY,
            SpecialtyCode.LABORATORY_DIAGNOSTICS, SpecialtyCode.of("DENTISTRY"), SpecialtyCode.of("RADIOLOGY"),
            SpecialtyCode.of("PUBLIC_HEALTH"), SpecialtyCode.of("GENERAL_SURGERY"), SpecialtyCode.of("PHARMACY"),
            SpecialtyCode.of("NOT_A_SPECIALTY"));
    private static final List<CountryCode> RANDOM_COUNTRIES = List.of(CountryCode.KAZAKHSTAN, TURKEY,
            CountryCode.of("RU"), CountryCode.of("KG"), CountryCode.of("DE"));

    /**
     * A dossier drawn at random around every threshold the rules know (dates from 1985 to a month after the
     * application date, volumes around 4 and 8 credits, every enum value); it need not be coherent.
     */
    public static Dossier randomDossier(Random random) {
        return random.nextBoolean() ? randomVariation(random) : randomFromScratch(random);
    }

    /** One of the eligible fixtures with a few random changes: a new date, or one more fact of any kind. */
    private static Dossier randomVariation(Random random) {
        List<DossierBuilder> bases = List.of(pediatricianConfirmingBuilder(), domesticFirstTimeGraduateBuilder(),
                foreignFirstTimeSpecialistBuilder(), foreignConfirmingSpecialistBuilder(), cardiologistBuilder(),
                cardiologistBuilder().declaredSpecialization(INTERVENTIONAL_CARDIOLOGY));
        DossierBuilder b = pick(random, bases);
        LocalDate ad = AD;
        if (random.nextInt(3) == 0) {
            ad = AD.plusDays(random.nextInt(3 * 365) - 365);
            b.applicationDate(ad).submittedAt(null);
        }
        Dossier noise = randomFromScratch(random);
        for (int changes = random.nextInt(3); changes > 0; changes--) {
            switch (random.nextInt(8)) {
                case 0 -> b.professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofHours(119 + random.nextInt(3)),
                        date(random, ad)));
                case 1 -> noise.professionalDevelopment().forEach(b::professionalDevelopment);
                case 2 -> noise.certificates().forEach(b::certificate);
                case 3 -> noise.employment().periods().forEach(b::employment);
                case 4 -> noise.assessments().forEach(b::assessment);
                case 5 -> b.prohibition(noise.prohibition()).consentGiven(noise.consentGiven());
                case 6 -> b.requestsQualificationLevel(true);
                default -> noise.education().forEach(b::education);
            }
        }
        return b.build();
    }

    private static Dossier randomFromScratch(Random random) {
        LocalDate ad = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(5 * 365));
        DossierBuilder b = Dossier.builder(random.nextBoolean() ? Category.DOMESTIC : Category.FOREIGN,
                pick(random, RANDOM_SPECIALTIES), ad);
        if (random.nextInt(5) == 0) {
            b.declaredSpecialty(CARDIOLOGY).declaredSpecialization(random.nextBoolean() ? INTERVENTIONAL_CARDIOLOGY
                    : pick(random, RANDOM_SPECIALTIES));
        }
        if (random.nextBoolean()) {
            b.submittedAt(ad.atTime(random.nextInt(24), random.nextInt(60)).toInstant(ZoneOffset.ofHours(5)));
        }
        if (random.nextBoolean()) {
            b.citizenship(pick(random, RANDOM_COUNTRIES));
        }
        b.requestsQualificationLevel(random.nextInt(4) == 0).permanentResident(random.nextInt(4) == 0)
                .consentGiven(random.nextInt(10) != 0)
                .prohibition(random.nextBoolean() ? Prohibition.NONE
                        : Prohibition.values()[random.nextInt(Prohibition.values().length)])
                .nameChangedAfterEducation(random.nextInt(4) == 0).nameChangeInRegistry(random.nextBoolean())
                .firstJobAfterGraduation(random.nextBoolean()).identityInRegistry(random.nextBoolean());
        if (random.nextBoolean()) {
            b.labourPermit(new LabourPermit("LP-" + random.nextInt(1000), date(random, ad), "Hospital"));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            EducationLevel level = pick(random, List.of(EducationLevel.values()));
            EducationField field = pick(random, List.of(EducationField.values()));
            CountryCode country = random.nextInt(4) == 0 ? pick(random, RANDOM_COUNTRIES) : CountryCode.KAZAKHSTAN;
            Optional<Recognition> recognition = random.nextBoolean() ? Optional.empty() : Optional.of(
                    new Recognition("R-" + i, date(random, ad), Optional.empty(), Optional.empty(), Optional.empty(),
                            random.nextBoolean()));
            b.education(new EducationRecord(level, field, date(random, ad), country, random.nextInt(8) == 0,
                    random.nextBoolean(), Optional.empty(), recognition));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            b.postgraduate(new PostgraduateTraining(pick(random, List.of(PostgraduateType.values())),
                    pick(random, RANDOM_SPECIALTIES), date(random, ad), random.nextBoolean()));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.retraining(new Retraining(pick(random, RANDOM_SPECIALTIES), 1 + random.nextInt(1000), date(random, ad),
                    random.nextBoolean()));
        }
        if (random.nextInt(4) == 0) {
            b.certificationCourse(new CertificationCourse(pick(random, RANDOM_SPECIALTIES),
                    BigDecimal.valueOf(random.nextInt(2000), 2), date(random, ad)));
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            StudyVolume volume = random.nextBoolean() ? StudyVolume.ofHours(random.nextInt(300))
                    : random.nextBoolean() ? StudyVolume.ofHours(119 + random.nextInt(3) + 120 * random.nextInt(2))
                    : StudyVolume.ofCredits(BigDecimal.valueOf(random.nextInt(1000), 2));
            b.professionalDevelopment(pd(pick(random, RANDOM_SPECIALTIES), volume, date(random, ad)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate issued = date(random, ad);
            b.certificate(random.nextInt(4) == 0 ? HeldCertificate.indefinite(pick(random, RANDOM_SPECIALTIES),
                    issued.minusYears(random.nextInt(15)), random.nextBoolean())
                    : HeldCertificate.valid(pick(random, RANDOM_SPECIALTIES), issued, random.nextBoolean()
                    ? issued.plusYears(5) : issued.plusDays(random.nextInt(6 * 365)), random.nextBoolean()));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate from = date(random, ad);
            b.employment(random.nextBoolean() ? EmploymentPeriod.current(pick(random, RANDOM_SPECIALTIES), from,
                    random.nextBoolean()) : EmploymentPeriod.ended(pick(random, RANDOM_SPECIALTIES), from,
                    from.plusDays(random.nextInt(10 * 365)), random.nextBoolean()));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.assessment(new AssessmentResult(pick(random, RANDOM_SPECIALTIES), date(random, ad),
                    random.nextBoolean()));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.foreignLanguageDocument(pick(random, List.of(DocumentCode.values())));
        }
        return b.build();
    }

    /** A day from 1985 up to 30 days after {@code ad}: mostly the last decade, often a 3- or 5-year boundary. */
    private static LocalDate date(Random random, LocalDate ad) {
        switch (random.nextInt(8)) {
            case 0:
                return ad.plusDays(1 + random.nextInt(30)); // after AD: unreliable data (R85)
            case 1:
                LocalDate old = LocalDate.of(1985, 1, 1).plusDays(random.nextInt(40 * 365));
                return old.isAfter(ad) ? ad : old;
            case 2:
                return ad.minusYears(3 + 2 * random.nextInt(2)).plusDays(random.nextInt(3) - 1);
            case 3:
                return ad.minusYears(8).plusDays(random.nextInt(3) - 1); // validUntil + 3 y around AD
            default:
                return ad.minusDays(random.nextInt(10 * 365));
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // ---------------------------------------------------------------- evaluation look-ups

    public static Optional<ChecklistItem> item(Evaluation evaluation, DocumentCode document) {
        return evaluation.checklist().stream().filter(i -> i.document() == document).findFirst();
    }

    public static Optional<NotRequiredItem> notRequired(Evaluation evaluation, DocumentCode document) {
        return evaluation.notRequired().stream().filter(i -> i.document() == document).findFirst();
    }

    public static Outcome.Refusal refusal(Evaluation evaluation) {
        if (!(evaluation.outcome() instanceof Outcome.Refusal refusal)) {
            throw new AssertionError("expected a refusal but was " + evaluation.outcome());
        }
        return refusal;
    }
}
