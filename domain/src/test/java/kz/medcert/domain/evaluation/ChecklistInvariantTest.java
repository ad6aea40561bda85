package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checklist invariants over seeded random dossiers (JUnit only; replay a case with its seed): every document is
 * accounted for once (R21, section (j)), no slot is listed twice, "if any" items are never missing, and the
 * outcome is a refusal exactly when a requirement failed (R22, R86, R91).
 */
class ChecklistInvariantTest {
    private static final long BASE_SEED = 20_241_202L;
    private static final List<SpecialtyCode> SPECIALTIES = Stream.concat(
            SpecialtyCatalogue.standard().all().stream().map(Specialty::code),
            Stream.of(SpecialtyCode.of("GENERAL_MEDICINE"))).toList();
    private static final List<CountryCode> COUNTRIES = List.of(CountryCode.KAZAKHSTAN, CountryCode.KAZAKHSTAN,
            CountryCode.of("RU"), CountryCode.of("KG"), CountryCode.of("TR"), CountryCode.of("UZ"));

    static LongStream seeds() {
        return LongStream.range(0, 400).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "R21 R22 R86 checklist invariants, seed {0}")
    @MethodSource("seeds")
    void checklistInvariants(long seed) {
        // given
        Dossier dossier = randomDossier(new Random(seed));

        // when
        Evaluation[] holder = new Evaluation[1];
        assertThatCode(() -> holder[0] = DossierFixtures.evaluate(dossier)).as("seed " + seed).doesNotThrowAnyException();
        Evaluation evaluation = holder[0];

        // then: each document either listed or exempt, never both and never neither
        for (DocumentCode document : DocumentCode.values()) {
            boolean listed = evaluation.checklist().stream().anyMatch(i -> i.document() == document);
            boolean exempt = evaluation.notRequired().stream().anyMatch(n -> n.document() == document);
            assertThat(listed ^ exempt).as("seed %d: %s listed=%s exempt=%s", seed, document, listed, exempt)
                    .isTrue();
        }
        // no slot twice
        Set<String> slots = new HashSet<>();
        evaluation.checklist().forEach(i -> assertThat(slots.add(i.document() + "|" + i.subject().orElse("")))
                .as("seed %d: duplicate %s", seed, i).isTrue());
        // "if any" items are listed because the applicant has them
        assertThat(evaluation.checklist()).as("seed " + seed)
                .filteredOn(i -> i.obligation() == Obligation.IF_ANY)
                .allSatisfy(i -> assertThat(i.satisfaction()).isNotEqualTo(Satisfaction.NOT_SATISFIED));
        // an unmet mandatory item always refuses; an eligible outcome has none
        boolean unmet = evaluation.checklist().stream().anyMatch(ChecklistItem::isUnmet);
        if (unmet) {
            assertThat(evaluation.outcome().isEligible()).as("seed " + seed).isFalse();
        }
        evaluation.outcome().fold(e -> null, refusal -> {
            assertThat(refusal.motivation().kk()).as("seed " + seed).isNotBlank();
            refusal.failedRules().forEach(rule ->
                    assertThat(refusal.motivation().en()).as("seed " + seed).contains(rule.id()));
            return null;
        });
    }

    private static Dossier randomDossier(Random r) {
        LocalDate ad = LocalDate.of(2024, 12, 2).minusDays(r.nextInt(900));
        Category category = r.nextInt(3) == 0 ? Category.FOREIGN : Category.DOMESTIC;
        SpecialtyCode declared = pick(r, SPECIALTIES);
        DossierBuilder b = Dossier.builder(category, declared, ad)
                .citizenship(pick(r, COUNTRIES))
                .permanentResident(r.nextInt(5) == 0)
                .firstJobAfterGraduation(r.nextInt(4) == 0)
                .identityInRegistry(r.nextBoolean())
                .nameChangedAfterEducation(r.nextInt(4) == 0)
                .nameChangeInRegistry(r.nextBoolean())
                .requestsQualificationLevel(r.nextInt(5) == 0);
        if (r.nextInt(6) == 0) {
            b.declaredSpecialization(SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY"));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            EducationField field = pick(r, List.of(EducationField.values()));
            EducationLevel level = pick(r, List.copyOf(field.levels()));
            CountryCode country = r.nextInt(4) == 0 ? CountryCode.of("RU") : CountryCode.KAZAKHSTAN;
            EducationRecord e = new EducationRecord(level, field, day(r, 1990, ad), country, r.nextInt(8) == 0,
                    r.nextBoolean(), Optional.empty(), Optional.empty());
            b.education(r.nextBoolean() ? e.withRecognition(new Recognition("R" + i, day(r, 1995, ad),
                    Optional.empty(), Optional.empty(), Optional.empty(), r.nextBoolean())) : e);
        }
        List<SpecialtyCode> near = List.of(declared, pick(r, SPECIALTIES));
        for (int i = r.nextInt(3); i > 0; i--) {
            b.postgraduate(new PostgraduateTraining(pick(r, List.of(PostgraduateType.values())), pick(r, near),
                    day(r, 1995, ad), r.nextBoolean()));
        }
        if (r.nextInt(3) == 0) {
            b.retraining(new Retraining(pick(r, near), 100 + r.nextInt(900), day(r, 2000, ad), r.nextBoolean()));
        }
        if (r.nextInt(4) == 0) {
            b.certificationCourse(new CertificationCourse(pick(r, near), java.math.BigDecimal.ONE, day(r, 2015, ad)));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.professionalDevelopment(new ProfessionalDevelopment(pick(r, near),
                    StudyVolume.ofHours(30 + r.nextInt(200)), day(r, 2015, ad)));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            LocalDate from = day(r, 1998, ad);
            LocalDate to = day(r, from.getYear(), ad);
            b.employment(r.nextBoolean() ? EmploymentPeriod.current(pick(r, near), from, r.nextBoolean())
                    : EmploymentPeriod.ended(pick(r, near), from, to.isBefore(from) ? from : to, r.nextBoolean()));
        }
        if (r.nextInt(3) == 0) {
            LocalDate issued = day(r, 2005, ad);
            b.certificate(r.nextInt(5) == 0 ? HeldCertificate.indefinite(pick(r, near), issued, r.nextBoolean())
                    : HeldCertificate.valid(pick(r, near), issued, issued.plusYears(5), r.nextBoolean()));
        }
        if (r.nextBoolean()) {
            b.assessment(new AssessmentResult(pick(r, near), day(r, 2020, ad), r.nextInt(5) != 0));
        }
        if (r.nextInt(5) == 0) {
            b.foreignLanguageDocument(pick(r, List.of(DocumentCode.DIPLOMA, DocumentCode.RECOGNITION,
                    DocumentCode.EMPLOYMENT_RECORD)));
        }
        return b.build();
    }

    private static LocalDate day(Random r, int fromYear, LocalDate until) {
        LocalDate from = LocalDate.of(Math.min(fromYear, until.getYear()), 1, 1);
        long span = until.toEpochDay() - from.toEpochDay();
        return from.plusDays(span <= 0 ? 0 : (long) (r.nextDouble() * span));
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
