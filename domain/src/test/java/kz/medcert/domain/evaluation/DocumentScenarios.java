package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.AD;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;

/**
 * Builders and look-ups for the document-rule tests (diplomas, postgraduate training, retraining, TVET paths,
 * foreign specialists). Complements {@link DossierFixtures}; every scenario is dated against {@link DossierFixtures#AD}.
 */
final class DocumentScenarios {
    static final SpecialtyCode PEDIATRICS = DossierFixtures.PEDIATRICS;
    static final SpecialtyCode THERAPY = DossierFixtures.THERAPY;
    static final SpecialtyCode CARDIOLOGY = DossierFixtures.CARDIOLOGY;
    static final SpecialtyCode DENTISTRY = SpecialtyCode.of("DENTISTRY");
    static final SpecialtyCode PUBLIC_HEALTH = SpecialtyCode.of("PUBLIC_HEALTH");
    static final SpecialtyCode RADIOLOGY = SpecialtyCode.of("RADIOLOGY");
    static final SpecialtyCode NURSING = SpecialtyCode.NURSING;
    static final SpecialtyCode MEDICAL_CARE = SpecialtyCode.MEDICAL_CARE;
    static final SpecialtyCode MIDWIFERY = SpecialtyCode.MIDWIFERY;
    static final SpecialtyCode LABORATORY_DIAGNOSTICS = SpecialtyCode.LABORATORY_DIAGNOSTICS;
    static final CountryCode RUSSIA = CountryCode.of("RU");
    static final CountryCode KYRGYZSTAN = CountryCode.of("KG");
    static final CountryCode UZBEKISTAN = CountryCode.of("UZ");

    private DocumentScenarios() {
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** 30 June of a graduation year. */
    static LocalDate june(int year) {
        return LocalDate.of(year, 6, 30);
    }

    /**
     * A domestic first-time physician with a Kazakhstani higher degree, working in the declared specialty since
     * 2015-01-01 (registry, so no long break) and with a passed assessment in it: nothing else stated.
     */
    static DossierBuilder domesticPhysician(SpecialtyCode declared, EducationField field, LocalDate graduated) {
        return Dossier.builder(Category.DOMESTIC, declared, AD)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, field, graduated))
                .employment(EmploymentPeriod.current(declared, date(2015, 1, 1), true))
                .assessment(new AssessmentResult(declared, date(2024, 1, 10), true));
    }

    /**
     * A domestic first-time TVET specialist: one secondary diploma, working in the declared specialty since
     * 2015-01-01 (registry) and with a passed assessment in it.
     */
    static DossierBuilder domesticTvet(SpecialtyCode declared, EducationField field, LocalDate graduated) {
        return Dossier.builder(Category.DOMESTIC, declared, AD)
                .education(EducationRecord.domestic(EducationLevel.TVET, field, graduated))
                .employment(EmploymentPeriod.current(declared, date(2015, 1, 1), true))
                .assessment(new AssessmentResult(declared, date(2024, 1, 10), true));
    }

    /** A domestic applicant without employment: for the continuity and "working specialist" tests. */
    static DossierBuilder domesticWithoutWork(SpecialtyCode declared, EducationRecord education) {
        return Dossier.builder(Category.DOMESTIC, declared, AD)
                .education(education)
                .assessment(new AssessmentResult(declared, date(2024, 1, 10), true));
    }

    static EducationRecord higher(EducationField field, LocalDate graduated) {
        return EducationRecord.domestic(EducationLevel.HIGHER, field, graduated);
    }

    static EducationRecord tvet(EducationField field, LocalDate graduated) {
        return EducationRecord.domestic(EducationLevel.TVET, field, graduated);
    }

    static EducationRecord abroad(EducationLevel level, EducationField field, LocalDate graduated, CountryCode country) {
        return new EducationRecord(level, field, graduated, country, false, false, Optional.empty(),
                Optional.empty());
    }

    static Recognition recognition(boolean inRegistry) {
        return new Recognition("REC-1", date(2020, 1, 15), Optional.empty(), Optional.empty(), Optional.empty(),
                inRegistry);
    }

    static PostgraduateTraining internship(SpecialtyCode specialty, LocalDate completed) {
        return new PostgraduateTraining(PostgraduateType.INTERNSHIP, specialty, completed, false);
    }

    static PostgraduateTraining residency(SpecialtyCode specialty, LocalDate completed) {
        return new PostgraduateTraining(PostgraduateType.RESIDENCY, specialty, completed, false);
    }

    static PostgraduateTraining ordinatura(SpecialtyCode specialty, LocalDate completed) {
        return new PostgraduateTraining(PostgraduateType.CLINICAL_ORDINATURA, specialty, completed, false);
    }

    static Retraining retraining(SpecialtyCode specialty, LocalDate completed) {
        return new Retraining(specialty, 864, completed, false);
    }

    static EmploymentPeriod workingSince(SpecialtyCode specialty, LocalDate from) {
        return EmploymentPeriod.current(specialty, from, true);
    }

    static EmploymentPeriod worked(SpecialtyCode specialty, LocalDate from, LocalDate to) {
        return EmploymentPeriod.ended(specialty, from, to, true);
    }

    static Evaluation evaluate(DossierBuilder builder) {
        return DossierFixtures.evaluate(builder.build());
    }

    // ---------------------------------------------------------------- look-ups

    static List<ChecklistItem> items(Evaluation evaluation, DocumentCode document) {
        return evaluation.checklist().stream().filter(i -> i.document() == document).toList();
    }

    static ChecklistItem only(Evaluation evaluation, DocumentCode document) {
        List<ChecklistItem> found = items(evaluation, document);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one " + document + " item but found " + found);
        }
        return found.get(0);
    }

    static boolean required(Evaluation evaluation, DocumentCode document) {
        return !items(evaluation, document).isEmpty();
    }

    static Optional<NotRequiredItem> exempt(Evaluation evaluation, DocumentCode document) {
        return DossierFixtures.notRequired(evaluation, document);
    }

    /** The failed rules of a refusal, or none when eligible. */
    static List<Rule> failedRules(Evaluation evaluation) {
        return evaluation.outcome().fold(e -> List.<Rule>of(), Outcome.Refusal::failedRules);
    }

    static List<Ground> grounds(Evaluation evaluation) {
        return evaluation.outcome().fold(e -> List.<Ground>of(), Outcome.Refusal::grounds);
    }
}
