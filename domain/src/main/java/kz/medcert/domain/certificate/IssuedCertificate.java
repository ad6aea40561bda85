package kz.medcert.domain.certificate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.RuleSet;

/**
 * An entry of the national register of specialist certificates (R75): who holds it, in what, issued by which
 * territorial department, valid until when, whether it was revoked, and whether a later one replaced it. A
 * confirmation issues a new certificate that names the one it confirms; nothing is overwritten.
 *
 * @param number       in this register's format ({@link CertificateNumbers}), it names the year of issue (R75)
 * @param validUntil   last day of validity; empty for an indefinite certificate, which only an issue date before
 *                     2015-10-09 admits (R13)
 * @param confirms     the certificate this one confirms (R14), if any
 * @param supersession the later certificate that replaced this one, and from when (see {@link #supersedes})
 * @param organisation a foreign specialist's certificate names the healthcare organisation it admits them to work
 *                     in (Appendix 5: "for work … in the healthcare organization"); empty for every other
 */
public record IssuedCertificate(CertificateNumber number, Iin holder, PersonName holderName, SpecialtyCode specialty,
                                Optional<QualificationLevel> qualificationLevel, Department department,
                                LocalDate issuedOn, Optional<LocalDate> validUntil,
                                Optional<CertificateNumber> confirms, Optional<Revocation> revocation,
                                Optional<Supersession> supersession, Optional<String> organisation) {
    /** Longest organisation name kept, as the application form takes it. */
    public static final int MAX_ORGANISATION_LENGTH = 500;

    /**
     * The order in which the register lists a holder's entries, oldest first: by issue day, then number (serials of
     * one year grow, so of two entries issued on one day the later drawn number is the later entry).
     */
    public static final Comparator<IssuedCertificate> REGISTER_ORDER = Comparator
            .comparing(IssuedCertificate::issuedOn).thenComparing(c -> c.number().value());

    public IssuedCertificate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(qualificationLevel, "qualificationLevel");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        requireRegisterRules(number, issuedOn, validUntil);
        Objects.requireNonNull(confirms, "confirms");
        Objects.requireNonNull(revocation, "revocation");
        Objects.requireNonNull(supersession, "supersession");
        Objects.requireNonNull(organisation, "organisation");
        organisation = organisation.map(String::strip).filter(o -> !o.isEmpty());
        if (organisation.map(String::length).orElse(0) > MAX_ORGANISATION_LENGTH) {
            throw new IllegalArgumentException("the organisation's name is longer than " + MAX_ORGANISATION_LENGTH
                    + " characters");
        }
        validUntil.ifPresent(until -> {
            if (until.isBefore(issuedOn)) {
                throw new IllegalArgumentException("validUntil " + until + " is before issuedOn " + issuedOn);
            }
        });
        supersession.ifPresent(s -> {
            if (s.by().equals(number) || s.on().isBefore(issuedOn)) {
                throw new IllegalArgumentException("certificate " + number + " issued on " + issuedOn
                        + " cannot be superseded by " + s.by() + " on " + s.on());
            }
        });
    }

    /** An entry that names no organisation (every certificate but a foreign specialist's). */
    public IssuedCertificate(CertificateNumber number, Iin holder, PersonName holderName, SpecialtyCode specialty,
                             Optional<QualificationLevel> qualificationLevel, Department department,
                             LocalDate issuedOn, Optional<LocalDate> validUntil,
                             Optional<CertificateNumber> confirms, Optional<Revocation> revocation,
                             Optional<Supersession> supersession) {
        this(number, holder, holderName, specialty, qualificationLevel, department, issuedOn, validUntil, confirms,
                revocation, supersession, Optional.empty());
    }

    /** An entry that no later one has replaced (yet). */
    public IssuedCertificate(CertificateNumber number, Iin holder, PersonName holderName, SpecialtyCode specialty,
                             Optional<QualificationLevel> qualificationLevel, Department department,
                             LocalDate issuedOn, Optional<LocalDate> validUntil,
                             Optional<CertificateNumber> confirms, Optional<Revocation> revocation) {
        this(number, holder, holderName, specialty, qualificationLevel, department, issuedOn, validUntil, confirms,
                revocation, Optional.empty());
    }

    /** R13: indefinite only if issued before 2015-10-09; R75: a number of this register names the year of issue. */
    private static void requireRegisterRules(CertificateNumber number, LocalDate issuedOn,
                                             Optional<LocalDate> validUntil) {
        if (validUntil.isEmpty() && !CertificateValidityPolicy.mayBeIndefinite(issuedOn)) {
            throw new IllegalArgumentException("certificate " + number + " issued on " + issuedOn + " cannot be "
                    + "indefinite: only one issued before " + RuleSet.INDEFINITE_ISSUED_BEFORE + " is (R13)");
        }
        CertificateNumbers.issueYearProblem(number, issuedOn).ifPresent(problem -> {
            throw new IllegalArgumentException("certificate number " + number + ": " + problem + " (R75)");
        });
    }

    /** R14, R79: a new certificate valid for 5 years from {@code issuedOn}. */
    public static IssuedCertificate issue(CertificateNumber number, Iin holder, PersonName holderName,
                                          SpecialtyCode specialty, Optional<QualificationLevel> level,
                                          Department department, LocalDate issuedOn,
                                          Optional<CertificateNumber> confirms) {
        return issue(number, holder, holderName, specialty, level, department, issuedOn, confirms, Optional.empty());
    }

    /** As {@link #issue}, for a foreign specialist naming the healthcare {@code organisation} (Appendix 5). */
    public static IssuedCertificate issue(CertificateNumber number, Iin holder, PersonName holderName,
                                          SpecialtyCode specialty, Optional<QualificationLevel> level,
                                          Department department, LocalDate issuedOn,
                                          Optional<CertificateNumber> confirms, Optional<String> organisation) {
        return new IssuedCertificate(number, holder, holderName, specialty, level, department, issuedOn,
                Optional.of(CertificateValidityPolicy.validUntilForIssueOn(issuedOn)), confirms, Optional.empty(),
                Optional.empty(), organisation);
    }

    /**
     * Status on {@code day}, the first that holds of: revoked from the revocation day (R88; whatever was issued
     * since); not yet valid before the issue day (R78: a result issued on the next working day counts from that
     * day); superseded from the issue day of the certificate that replaced it (R14, R75, R79), even once its own
     * validity would have ended, so that the answer names what replaced it; expired after the last day of validity
     * (R14, R79); else valid.
     */
    public CertificateStatus statusOn(LocalDate day) {
        if (revocation.map(r -> !day.isBefore(r.revokedOn())).orElse(false)) {
            return CertificateStatus.REVOKED;
        }
        if (day.isBefore(issuedOn)) {
            return CertificateStatus.NOT_YET_VALID;
        }
        if (supersessionOn(day).isPresent()) {
            return CertificateStatus.SUPERSEDED;
        }
        return validUntil.filter(day::isAfter).isPresent() ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    /**
     * R14, R79: whether this entry falls due for confirmation between {@code from} and {@code to} (both included): it
     * is fixed-term, its last day of validity lies in that period, and it was not revoked by then (a revocation after
     * its last day does not take it out: it had expired first). Whether it is confirmed yet is {@link Confirmations}'.
     */
    public boolean expiresWithin(LocalDate from, LocalDate to) {
        return validUntil.filter(last -> !last.isBefore(from) && !last.isAfter(to)).isPresent()
                && revocation.filter(r -> !r.revokedOn().isAfter(validUntil.orElseThrow())).isEmpty();
    }

    /** The supersession in effect on {@code day}: recorded, and its day has come. */
    public Optional<Supersession> supersessionOn(LocalDate day) {
        return supersession.filter(s -> !day.isBefore(s.on()));
    }

    /**
     * R14, R75, R79, one current certificate per specialty: whether this entry, once registered, replaces
     * {@code earlier}. It does when both are the same person's, this one comes later in {@link #REGISTER_ORDER}, and
     * it is in the same specialty or specialization (the same code of the List: a specialization does not replace its
     * specialty, nor the reverse) or names {@code earlier} as the certificate it confirms; and {@code earlier} is
     * neither revoked (a revoked certificate stays revoked, R88) nor already replaced by another.
     */
    public boolean supersedes(IssuedCertificate earlier) {
        return holder.equals(earlier.holder) && REGISTER_ORDER.compare(earlier, this) < 0
                && (specialty.equals(earlier.specialty) || confirms.filter(earlier.number::equals).isPresent())
                && earlier.revocation.isEmpty() && earlier.supersession.isEmpty();
    }

    /** This entry, replaced by {@code later} from its issue day; refused unless {@code later} supersedes it. */
    public IssuedCertificate supersededBy(IssuedCertificate later) {
        if (!later.supersedes(this)) {
            throw new IllegalArgumentException("certificate " + later.number() + " does not supersede " + number);
        }
        return new IssuedCertificate(number, holder, holderName, specialty, qualificationLevel, department, issuedOn,
                validUntil, confirms, revocation, Optional.of(new Supersession(later.number(), later.issuedOn())),
                organisation);
    }

    public boolean isIndefinite() {
        return validUntil.isEmpty();
    }

    /**
     * Standing on {@code day} for the route rules (R11, R13): an indefinite certificate needs to know whether PD was
     * completed within the last five years and when the last PD ended.
     */
    public Standing standingOn(LocalDate day, Optional<LocalDate> lastPdCompletion, boolean pdCompletedInWindow) {
        return validUntil.map(until -> CertificateValidityPolicy.standingOfFixed(until, day))
                .orElseGet(() -> CertificateValidityPolicy.standingOfIndefinite(issuedOn, lastPdCompletion,
                        pdCompletedInWindow, day));
    }

    public IssuedCertificate revoked(Revocation value) {
        if (revocation.isPresent()) {
            throw new IllegalStateException("certificate " + number + " is already revoked");
        }
        return new IssuedCertificate(number, holder, holderName, specialty, qualificationLevel, department, issuedOn,
                validUntil, confirms, Optional.of(value), supersession, organisation);
    }
}
