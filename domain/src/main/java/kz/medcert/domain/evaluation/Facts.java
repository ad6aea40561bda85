package kz.medcert.domain.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.RuleSet;

/**
 * Derived facts every rule shares: the dossier as it stood on the application date (R85), the target specialty, what
 * counts towards it, the PD window.
 */
final class Facts {
    /** The facts that count: those dated after the application date are left out (R85, {@link #leftOut}). */
    final Dossier dossier;
    /** R85: what was left out for being dated after the application date, for the officer's review note. */
    final List<LocalizedText> leftOut;
    final RuleSet ruleSet;
    final LocalDate applicationDate;
    final SpecialtyCode target;
    final Optional<Specialty> targetSpecialty;
    private final Optional<SpecialtyCode> parent;
    private final SpecialtyCatalogue catalogue;
    // asked for by most rules: worked out once per evaluation (issue 16)
    private final List<EducationRecord> medicalEducation;
    private final DateWindow pdWindow;

    Facts(Dossier declared, SpecialtyCatalogue catalogue, RuleSet ruleSet) {
        AsOfApplicationDate asOf = AsOfApplicationDate.of(declared);
        this.dossier = asOf.dossier();
        this.leftOut = asOf.leftOut();
        this.ruleSet = ruleSet;
        this.applicationDate = dossier.applicationDate();
        this.target = dossier.target();
        this.targetSpecialty = catalogue.find(target);
        this.parent = targetSpecialty.flatMap(Specialty::parent);
        this.catalogue = catalogue;
        this.medicalEducation = dossier.education().stream().filter(e -> e.field().isMedical()).toList();
        this.pdWindow = new DateWindow(applicationDate.minus(RuleSet.PD_WINDOW), applicationDate);
    }

    /** The name of a specialty or education field code in kk/ru/en, as texts name it (never the code). */
    LocalizedText name(SpecialtyCode code) {
        return catalogue.nameOf(code);
    }

    /** The name of the declared specialty (or specialization). */
    LocalizedText targetName() {
        return name(target);
    }

    /** R03: the service follows citizenship where known, else the declared category. */
    boolean foreign() {
        return ServiceCategoryPolicy.effective(dossier) == Category.FOREIGN;
    }

    /**
     * Training, work, PD and assessment "in the declared specialty": the same code, or for a declared
     * specialization also its parent specialty (interpretation: a specialization is practised within it).
     */
    boolean countsTowardsTarget(SpecialtyCode code) {
        return code.equals(target) || parent.map(code::equals).orElse(false);
    }

    boolean worksInTarget(EmploymentPeriod period) {
        return countsTowardsTarget(period.specialty());
    }

    /** Whether the declared specialty is a physician's specialty (higher medical education). */
    boolean targetIsForPhysicians() {
        return targetSpecialty.map(Specialty::forPhysicians).orElse(false);
    }

    boolean targetIsClinical() {
        return targetSpecialty.map(Specialty::clinical).orElse(false);
    }

    /** R26, R32: PD counts when it ended within [AD − 5 years, AD]. */
    DateWindow pdWindow() {
        return pdWindow;
    }

    Stream<ProfessionalDevelopment> pdInTargetWithinWindow() {
        DateWindow window = pdWindow();
        return dossier.professionalDevelopment().stream()
                .filter(pd -> countsTowardsTarget(pd.specialty()))
                .filter(pd -> window.contains(pd.completedOn()));
    }

    StudyVolume pdVolumeInTargetWithinWindow() {
        return pdInTargetWithinWindow().map(ProfessionalDevelopment::volume).reduce(StudyVolume.ZERO,
                StudyVolume::plus);
    }

    Optional<LocalDate> lastPdCompletionInTarget() {
        return dossier.professionalDevelopment().stream()
                .filter(pd -> countsTowardsTarget(pd.specialty()))
                .map(ProfessionalDevelopment::completedOn)
                .filter(d -> !d.isAfter(applicationDate))
                .max(Comparator.naturalOrder());
    }

    /** R05, R27: the certificates the applicant held on the application date (R85: later ones are left out). */
    List<HeldCertificate> certificatesHeldOnApplicationDate() {
        return dossier.certificates().stream().filter(c -> !c.issuedOn().isAfter(applicationDate)).toList();
    }

    List<EducationRecord> medicalEducation() {
        return medicalEducation;
    }

    /**
     * R27 ("graduation" is the latest completion of medical education, residency included) and R12 (a break of
     * someone who never worked counts from graduation).
     */
    Optional<LocalDate> latestMedicalCompletion() {
        Stream<LocalDate> degrees = medicalEducation().stream().map(EducationRecord::graduationDate);
        // internship, residency and ordinatura complete medical education; a master's or doctorate does not
        Stream<LocalDate> postgraduate = dossier.postgraduate().stream()
                .filter(p -> p.type().givesClinicalSpecialty()).map(p -> p.completedOn());
        return Stream.concat(degrees, postgraduate)
                .filter(d -> !d.isAfter(applicationDate))
                .max(Comparator.naturalOrder());
    }

    /** R16, R25, R48: any medical education obtained abroad. */
    boolean educatedAbroad() {
        return medicalEducation().stream().anyMatch(EducationRecord::obtainedAbroad);
    }

    /** The education records a Kazakh-specific rule looks at: for a foreign specialist, those obtained in KZ (R50). */
    List<EducationRecord> educationBoundByKazakhRules() {
        return medicalEducation().stream().filter(e -> !e.obtainedAbroad()).toList();
    }
}
