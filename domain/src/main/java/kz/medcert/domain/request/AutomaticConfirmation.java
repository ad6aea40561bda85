package kz.medcert.domain.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.certificate.Standing;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.ReviewNote;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * R14, R74: whether the service may confirm a certificate without an officer. Only on a confirmation route, only
 * when every registry answered, the certificates registry holds the certificate in the declared specialty, what the
 * applicant declared about it matches the registry (domestic: validity and specialty; foreign: also the
 * qualification level), the rules find it eligible and raise nothing for an officer to look at. Anything else goes
 * to the officer, with the reason recorded.
 */
public final class AutomaticConfirmation {

    private AutomaticConfirmation() {
    }

    /** The verdict: confirm the registry's certificate, or leave the request to an officer and say why. */
    public sealed interface Verdict {
        record Confirm(HeldCertificate confirmed) implements Verdict {
            public Confirm {
                Objects.requireNonNull(confirmed, "confirmed");
            }
        }

        record ToOfficer(String reason) implements Verdict {
            public ToOfficer {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    public static Verdict assess(RequestState s, Evaluation evaluation) {
        if (!evaluation.route().route().isConfirmation()) {
            return new Verdict.ToOfficer("route " + evaluation.route().route() + " is not a confirmation route");
        }
        if (!evaluation.route().standing().map(Standing::isValid).orElse(false)) {
            // Row 8 part B, closing paragraph: the service check confirms "a valid certificate"; an expired one's
            // copy is read by an officer
            return new Verdict.ToOfficer("the certificate confirmed is not in force on the application date: its "
                    + "copy is checked by an officer (R14, R34)");
        }
        if (!evaluation.outcome().isEligible()) {
            return new Verdict.ToOfficer("the rules found grounds for refusal");
        }
        if (!evaluation.reviewNotes().isEmpty()) {
            return new Verdict.ToOfficer("review notes for the officer: "
                    + evaluation.reviewNotes().stream().map(ReviewNote::code).toList());
        }
        if (!s.fetches().stream().allMatch(RegistryFetch::done)) {
            return new Verdict.ToOfficer("not every registry answered");
        }
        SpecialtyCode target = s.form().target();
        // the certificate confirmed is one the service knows: the registry's record, or the service's own register
        // entry, which is authoritative for what it holds (R14, R64); a merely declared one is read by an officer
        Optional<HeldCertificate> confirmed = evaluation.route().certificate().filter(HeldCertificate::inRegistry);
        if (confirmed.isEmpty()) {
            return new Verdict.ToOfficer("the certificates registry holds no certificate in " + target.value()
                    + " (R14: the copy is checked by an officer)");
        }
        List<HeldCertificate> registered = java.util.stream.Stream.concat(confirmed.stream(),
                s.fetched().certificates().stream().filter(c -> c.specialty().equals(target))).toList();
        boolean foreign = s.identity().category() == Category.FOREIGN;
        List<HeldCertificate> mismatched = s.form().certificates().stream()
                .filter(c -> c.specialty().equals(target))
                .filter(declared -> registered.stream().noneMatch(r -> matches(declared, r, foreign)))
                .toList();
        if (!mismatched.isEmpty()) {
            return new Verdict.ToOfficer("the declared certificate differs from the registry's (R14 compares "
                    + (foreign ? "validity, specialty and qualification level" : "validity and specialty") + ")");
        }
        Optional<QualificationLevel> applied = s.details().qualificationLevel();
        if (applied.isPresent() && !applied.equals(confirmed.get().qualificationLevel())) {
            // R15: awarding a level the registry does not show the holder at is an officer's decision
            return new Verdict.ToOfficer("the qualification level applied for (" + applied.get() + ") is not the one "
                    + "the registry holds: awarding it is an officer's decision (R15)");
        }
        return new Verdict.Confirm(confirmed.get());
    }

    // R14: domestic compares validity period and specialty; foreign also the qualification level
    private static boolean matches(HeldCertificate declared, HeldCertificate registered, boolean foreign) {
        boolean same = declared.specialty().equals(registered.specialty())
                && declared.validUntil().equals(registered.validUntil())
                && declared.indefinite() == registered.indefinite();
        return same && (!foreign || declared.qualificationLevel().equals(registered.qualificationLevel()));
    }
}
