package kz.medcert.domain.evaluation;

import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.domain.certificate.Standing;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.rules.Rule;

/** The existing certificate on confirmation (R14, R34, R58, R64) and certification courses (R29). */
final class CertificateRequirements {

    private CertificateRequirements() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        certificateCopy(facts, decision, out);
        certificationCourse(facts, decision.route(), out);
    }

    /**
     * R14, R64: the service is asked for the certificate; when it holds it with matching data and it is valid, no
     * copy is needed. R34: a copy of every expired certificate (interpretation: 8-E calls it invalid). R58: a
     * foreign specialist's expired certificate only when the service does not hold it.
     */
    private static void certificateCopy(Facts facts, RouteDecision decision, Checklist out) {
        Route route = decision.route();
        if (route.isFirstTime() || decision.certificate().isEmpty()) {
            out.notRequired(DocumentCode.CERTIFICATE_COPY, Exemptions.NO_CERTIFICATE_TO_CONFIRM,
                    route.isForeign() ? Rule.R58 : Rule.R34);
            return;
        }
        HeldCertificate certificate = decision.certificate().get();
        boolean expired = decision.standing().map(s -> !s.isValid()).orElse(false);
        Source source;
        Rule[] rules;
        if (route.isForeign()) {
            source = certificate.inRegistry() ? Source.REGISTRY : Source.APPLICANT;
            rules = expired ? new Rule[] {Rule.R58, Rule.R64} : new Rule[] {Rule.R14, Rule.R64};
        } else if (expired) {
            source = Source.APPLICANT;
            rules = new Rule[] {Rule.R34};
        } else {
            source = certificate.inRegistry() ? Source.REGISTRY : Source.APPLICANT;
            rules = certificate.inRegistry() ? new Rule[] {Rule.R14, Rule.R64} : new Rule[] {Rule.R14, Rule.R34};
        }
        Optional<LocalDate> lastValidDay = decision.standing().flatMap(Standing::lastValidDay);
        out.require(ChecklistItem.of(DocumentCode.CERTIFICATE_COPY, Obligation.MANDATORY, source,
                        Satisfaction.SATISFIED, Basis.item(route, route.isForeign() ? 4 : 7), rules)
                .about(ChecklistSubjects.certificateKey(certificate.specialty(), certificate.issuedOn(), lastValidDay),
                        ChecklistSubjects.certificate(facts.name(certificate.specialty()), certificate.issuedOn(),
                                lastValidDay)));
    }

    // R29: a certification course is submitted if the applicant has one (domestic lists only)
    private static void certificationCourse(Facts facts, Route route, Checklist out) {
        boolean has = facts.dossier.certificationCourses().stream()
                .anyMatch(c -> facts.countsTowardsTarget(c.specialty()));
        if (out.items().stream().anyMatch(i -> i.document() == DocumentCode.CERTIFICATION_COURSE)) {
            return; // R44 already lists the course as one of its mandatory alternatives: one slot, not two
        }
        if (route.isForeign() || !has) {
            out.notRequired(DocumentCode.CERTIFICATION_COURSE, Exemptions.NO_CERTIFICATION_COURSE,
                    Rule.R29);
            return;
        }
        out.require(ChecklistItem.of(DocumentCode.CERTIFICATION_COURSE, Obligation.IF_ANY, Source.APPLICANT,
                Satisfaction.SATISFIED, Basis.item(route, route.isFirstTime() ? 7 : 4), Rule.R29));
    }
}
