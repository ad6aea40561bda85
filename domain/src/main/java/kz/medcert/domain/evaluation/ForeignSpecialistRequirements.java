package kz.medcert.domain.evaluation;

import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.EaeuMembership;
import kz.medcert.domain.rules.Rule;

/** Identity, labour permit and change of name (R47, R53, R54, R65, R69). */
final class ForeignSpecialistRequirements {

    private ForeignSpecialistRequirements() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        Route route = decision.route();
        identity(facts, route, out);
        labourPermit(facts, route, out);
        nameChange(facts, route, out);
    }

    // R47, R69: a foreign specialist's identity document, unless the information system holds the identity
    private static void identity(Facts facts, Route route, Checklist out) {
        if (!route.isForeign()) {
            out.notRequired(DocumentCode.IDENTITY_DOCUMENT, Exemptions.IDENTIFIED_THROUGH_EGOV, Rule.R47);
        } else if (facts.dossier.identityInRegistry()) {
            out.require(ChecklistItem.of(DocumentCode.IDENTITY_DOCUMENT, Obligation.MANDATORY, Source.REGISTRY,
                    Satisfaction.SATISFIED, Basis.item(route, 2), Rule.R47, Rule.R69));
        } else {
            out.require(ChecklistItem.of(DocumentCode.IDENTITY_DOCUMENT, Obligation.MANDATORY, Source.APPLICANT,
                    Satisfaction.NOT_STATED, Basis.item(route, 2), Rule.R47));
        }
    }

    /**
     * R53: a permit to attract foreign labour unless permanently resident or a citizen of an EAEU member state on
     * the application date; on confirmation it is recorded if any (interpretation: required only when the employer
     * changed or the permit lapsed, which a dossier cannot tell).
     */
    private static void labourPermit(Facts facts, Route route, Checklist out) {
        if (!route.isForeign()) {
            out.notRequired(DocumentCode.LABOUR_PERMIT, Exemptions.DOMESTIC_APPLICANT, Rule.R53);
            return;
        }
        boolean eaeu = facts.dossier.citizenship()
                .map(c -> EaeuMembership.isMemberOn(c, facts.applicationDate)).orElse(false);
        if (facts.dossier.permanentResident() || eaeu) {
            out.notRequired(DocumentCode.LABOUR_PERMIT,
                    facts.dossier.permanentResident() ? Exemptions.PERMANENT_RESIDENT : Exemptions.EAEU_CITIZEN,
                    Rule.R53, Rule.R108);
            return;
        }
        boolean held = facts.dossier.labourPermit().isPresent();
        if (route == Route.FOREIGN_CONFIRMATION) {
            out.require(ChecklistItem.of(DocumentCode.LABOUR_PERMIT, Obligation.IF_ANY, Source.APPLICANT,
                    held ? Satisfaction.SATISFIED : Satisfaction.NOT_STATED, "Appendix 6, information form item 2",
                    Rule.R53));
            return;
        }
        out.require(ChecklistItem.of(DocumentCode.LABOUR_PERMIT, Obligation.MANDATORY, Source.APPLICANT,
                        Satisfaction.of(held), Basis.item(route, 7), Rule.R53),
                () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.missing(DocumentCode.LABOUR_PERMIT),
                        Rule.R53));
    }

    /**
     * R65: a change of name after the education documents is fetched; R54: if the service does not hold it, a
     * foreign specialist uploads it on first-time, a domestic applicant may (interpretation: optional upload).
     */
    private static void nameChange(Facts facts, Route route, Checklist out) {
        if (!facts.dossier.nameChangedAfterEducation()) {
            out.notRequired(DocumentCode.NAME_CHANGE, Exemptions.NO_NAME_CHANGE, Rule.R54);
            return;
        }
        if (route == Route.FOREIGN_CONFIRMATION) {
            out.notRequired(DocumentCode.NAME_CHANGE, Exemptions.NOT_ON_FOREIGN_CONFIRMATION_LIST, Rule.R56);
            return;
        }
        if (facts.dossier.nameChangeInRegistry()) {
            out.require(ChecklistItem.of(DocumentCode.NAME_CHANGE, Obligation.MANDATORY, Source.REGISTRY,
                    Satisfaction.SATISFIED, Basis.dataFetched(route) + ", bullet 4", Rule.R65));
            return;
        }
        out.require(ChecklistItem.of(DocumentCode.NAME_CHANGE,
                route.isForeign() ? Obligation.MANDATORY : Obligation.IF_ANY, Source.APPLICANT,
                Satisfaction.NOT_STATED, route.isForeign() ? Basis.item(route, 8) : Basis.dataFetched(route)
                        + ", bullet 4", Rule.R54, Rule.R65));
    }
}
