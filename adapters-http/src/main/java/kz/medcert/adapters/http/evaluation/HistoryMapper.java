package kz.medcert.adapters.http.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.medcert.adapters.http.Fields;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.dto.EvaluationRequest.AssessmentInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.CertificateInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.CertificationCourseInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.EmploymentInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.PostgraduateInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.ProfessionalDevelopmentInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.RetrainingInput;
import kz.medcert.adapters.http.dto.EvaluationRequest;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/** Maps the applicant's training, certificates, work and assessments of a request, checking every field. */
public final class HistoryMapper {
    /** Bounds that keep arithmetic on volumes cheap; far above any real certificate. */
    public static final BigDecimal MAX_CREDITS = BigDecimal.valueOf(1_000);
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(30_000);
    private static final int MAX_DECIMALS = 2;

    private HistoryMapper() {
    }

    /** The mapped records, ready to add to a dossier. */
    record History(List<PostgraduateTraining> postgraduate, List<Retraining> retraining,
                   List<CertificationCourse> courses, List<ProfessionalDevelopment> professionalDevelopment,
                   List<HeldCertificate> certificates, List<EmploymentPeriod> employment,
                   List<AssessmentResult> assessments) {

        void addTo(DossierBuilder b) {
            postgraduate.forEach(b::postgraduate);
            retraining.forEach(b::retraining);
            courses.forEach(b::certificationCourse);
            professionalDevelopment.forEach(b::professionalDevelopment);
            certificates.forEach(b::certificate);
            employment.forEach(b::employment);
            assessments.forEach(b::assessment);
        }
    }

    public static History map(Fields f, EvaluationRequest r) {
        return new History(
                f.each("postgraduate", r.postgraduate(), HistoryMapper::postgraduate),
                f.each("retraining", r.retraining(), HistoryMapper::retraining),
                f.each("certificationCourses", r.certificationCourses(), HistoryMapper::course),
                f.each("professionalDevelopment", r.professionalDevelopment(), HistoryMapper::professionalDevelopment),
                f.each("certificates", r.certificates(), HistoryMapper::certificate),
                f.each("employment", r.employment(), HistoryMapper::employment),
                f.each("assessments", r.assessments(), HistoryMapper::assessment));
    }

    private static PostgraduateTraining postgraduate(Fields f, String p, PostgraduateInput in) {
        PostgraduateType type = f.code(p + ".type", in.type(), PostgraduateType.class, true);
        SpecialtyCode specialty = f.specialty(p + ".specialty", in.specialty(), true);
        LocalDate completedOn = f.date(p + ".completedOn", in.completedOn(), true);
        if (type == null || specialty == null || completedOn == null) {
            return null;
        }
        return f.build(p, () -> new PostgraduateTraining(type, specialty, completedOn,
                DossierMapper.flag(in.inRegistry()))).orElse(null);
    }

    private static Retraining retraining(Fields f, String p, RetrainingInput in) {
        SpecialtyCode specialty = f.specialty(p + ".specialty", in.specialty(), true);
        boolean hours = f.has(p + ".hours", in.hours());
        LocalDate completedOn = f.date(p + ".completedOn", in.completedOn(), true);
        if (hours && in.hours() <= 0) {
            f.reject(p + ".hours", HttpText.HOURS_POSITIVE.message());
            return null;
        }
        if (specialty == null || !hours || completedOn == null) {
            return null;
        }
        return f.build(p, () -> new Retraining(specialty, in.hours(), completedOn,
                DossierMapper.flag(in.inRegistry()))).orElse(null);
    }

    private static CertificationCourse course(Fields f, String p, CertificationCourseInput in) {
        SpecialtyCode specialty = f.specialty(p + ".specialty", in.specialty(), true);
        BigDecimal credits = f.has(p + ".credits", in.credits()) ? amount(f, p + ".credits", in.credits(), MAX_CREDITS)
                : null;
        LocalDate completedOn = f.date(p + ".completedOn", in.completedOn(), true);
        if (specialty == null || credits == null || completedOn == null) {
            return null;
        }
        return f.build(p, () -> new CertificationCourse(specialty, credits, completedOn)).orElse(null);
    }

    private static ProfessionalDevelopment professionalDevelopment(Fields f, String p,
                                                                   ProfessionalDevelopmentInput in) {
        SpecialtyCode specialty = f.specialty(p + ".specialty", in.specialty(), true);
        LocalDate completedOn = f.date(p + ".completedOn", in.completedOn(), true);
        StudyVolume volume = null;
        if ((in.credits() == null) == (in.hours() == null)) {
            f.reject(p, HttpText.CREDITS_OR_HOURS.message());
        } else if (in.credits() != null) {
            BigDecimal credits = amount(f, p + ".credits", in.credits(), MAX_CREDITS);
            volume = credits == null ? null : StudyVolume.ofCredits(credits);
        } else {
            BigDecimal hours = amount(f, p + ".hours", in.hours(), MAX_HOURS);
            volume = hours == null ? null : StudyVolume.ofHours(hours);
        }
        if (specialty == null || completedOn == null || volume == null) {
            return null;
        }
        StudyVolume checked = volume;
        return f.build(p, () -> new ProfessionalDevelopment(specialty, checked, completedOn)).orElse(null);
    }

    private static HeldCertificate certificate(Fields f, String p, CertificateInput in) {
        SpecialtyCode specialty = f.specialty(p + ".specialty", in.specialty(), true);
        LocalDate issuedOn = f.date(p + ".issuedOn", in.issuedOn(), true);
        boolean indefinite = DossierMapper.flag(in.indefinite());
        LocalDate validUntil = f.date(p + ".validUntil", in.validUntil(), false);
        if (indefinite && in.validUntil() != null) {
            f.reject(p + ".validUntil", HttpText.VALID_UNTIL_NULL_IF_INDEFINITE.message());
        } else if (!indefinite && in.validUntil() == null) {
            f.reject(p + ".validUntil", HttpText.VALID_UNTIL_REQUIRED.message());
        }
        QualificationLevel level = f.code(p + ".qualificationLevel", in.qualificationLevel(),
                QualificationLevel.class, false);
        if (specialty == null || issuedOn == null || indefinite == (validUntil != null)
                || in.qualificationLevel() != null && level == null) {
            return null;
        }
        return f.build(p, () -> new HeldCertificate(specialty, issuedOn, Optional.ofNullable(validUntil), indefinite,
                DossierMapper.flag(in.inRegistry()), Optional.ofNullable(level))).orElse(null);
    }

    private static EmploymentPeriod employment(Fields f, String p, EmploymentInput in) {
        SpecialtyCode specialty = f.specialty(p + ".specialty", in.specialty(), true);
        LocalDate from = f.date(p + ".from", in.from(), true);
        LocalDate to = f.date(p + ".to", in.to(), false);
        if (specialty == null || from == null || in.to() != null && to == null) {
            return null;
        }
        return f.build(p, () -> new EmploymentPeriod(specialty, from, Optional.ofNullable(to),
                DossierMapper.flag(in.inRegistry()))).orElse(null);
    }

    private static AssessmentResult assessment(Fields f, String p, AssessmentInput in) {
        SpecialtyCode specialty = f.specialty(p + ".specialty", in.specialty(), true);
        LocalDate date = f.date(p + ".date", in.date(), true);
        boolean passed = f.has(p + ".passed", in.passed());
        if (specialty == null || date == null || !passed) {
            return null;
        }
        return f.build(p, () -> new AssessmentResult(specialty, date, in.passed())).orElse(null);
    }

    /** A non-negative volume with at most two decimals, within a sane bound. */
    private static BigDecimal amount(Fields f, String path, BigDecimal value, BigDecimal max) {
        if (value.signum() < 0) {
            f.reject(path, HttpText.NOT_NEGATIVE.message());
        } else if (value.compareTo(max) > 0) {
            f.reject(path, HttpText.NOT_ABOVE.message().with("max", max));
        } else if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            f.reject(path, HttpText.AT_MOST_DECIMALS.message().with("max", MAX_DECIMALS));
        } else {
            return value;
        }
        return null;
    }
}
