package kz.medcert.domain.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.ReviewNote;
import kz.medcert.domain.evaluation.Satisfaction;
import kz.medcert.domain.evaluation.Source;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;

/**
 * R21, R70: what a request offers in place of a state registry that stays down ({@link FallbackPolicy}). The
 * documents of the checklist items that registry serves become the applicant's uploads, each saying whose place it
 * takes; the applicant declares the facts in the form (amended before submission), so that the rules count them; the
 * officer is told which registries did not answer ({@code REGISTRY_UNAVAILABLE}: never confirmed automatically). A
 * registry that answers later still wins: before submission the rules use its data as usual, and its answer is compared
 * with what the applicant declared, by the keys the dossier merges on ({@code REGISTRY_DIFFERS_FROM_DECLARED}), also
 * after submission. The prohibitions registry cannot be replaced by an upload: its absence reads as "no data" (R68's
 * review note), and a prohibition it reports later forbids the issue (R88, R89).
 */
public final class RegistryFallback {
    /** The officer's note: which registries did not answer, and what stands in for them. */
    public static final String UNAVAILABLE_NOTE = "REGISTRY_UNAVAILABLE";
    /** The officer's note: a registry answered after it was unavailable, and differs from the declaration. */
    public static final String DIFFERS_NOTE = "REGISTRY_DIFFERS_FROM_DECLARED";
    /** The officer's note: the prohibitions registry reported a court decision after the submission. */
    public static final String LATE_PROHIBITION_NOTE = "PROHIBITION_REPORTED_AFTER_SUBMISSION";

    private RegistryFallback() {
    }

    /**
     * The registries the request's evaluation goes without: those unavailable now before submission, and after it
     * those that were unavailable when the applicant submitted (the evaluation stored then).
     */
    public static Set<StateRegistry> unavailable(RequestState s) {
        Predicate<RegistryFetch> without = s.submission().<Predicate<RegistryFetch>>map(sub ->
                f -> f.unavailableAt(sub.submittedAt())).orElse(RegistryFetch::unavailable);
        Set<StateRegistry> registries = EnumSet.noneOf(StateRegistry.class);
        s.fetches().stream().filter(without).map(RegistryFetch::registry).forEach(registries::add);
        return registries;
    }

    /**
     * Whether the registry supplies what the item asks for, so that its upload stands in for it. The prohibitions
     * registry supplies nothing an upload could replace (R68).
     */
    public static boolean serves(StateRegistry registry, ChecklistItem item) {
        DocumentCode document = item.document();
        return switch (registry) {
            // R62, R63: diplomas of the years the registry holds (or none declared: it might hold one), and the
            // postgraduate training it returns with them; R23: a diploma before 2012 is an upload whatever it holds
            case EDUCATION -> document == DocumentCode.DIPLOMA
                    ? cites(item, Rule.R62, Rule.R63) || item.satisfaction() == Satisfaction.NOT_SATISFIED
                    : document == DocumentCode.INTERNSHIP || document == DocumentCode.RESIDENCY;
            // R14, R58, R64: the certificate to confirm; R34: a copy of an expired one is due whatever it holds
            case CERTIFICATES -> document == DocumentCode.CERTIFICATE_COPY && cites(item, Rule.R14, Rule.R58);
            case NAME_CHANGES -> document == DocumentCode.NAME_CHANGE; // R54, R65
            case ASSESSMENTS -> document == DocumentCode.ASSESSMENT_RESULT; // R66
            case EMPLOYMENT -> document == DocumentCode.EMPLOYMENT_RECORD && cites(item, Rule.R67); // R31, R67
            case IDENTITY -> document == DocumentCode.IDENTITY_DOCUMENT; // R47, R69
            case PROHIBITIONS -> false; // R68: "no data", checked by the officer
        };
    }

    /** The unavailable registry whose place the applicant's upload for {@code item} takes, if any. */
    public static Optional<StateRegistry> standsInFor(ChecklistItem item, Set<StateRegistry> unavailable) {
        if (item.source() != Source.APPLICANT) {
            return Optional.empty();
        }
        return unavailable.stream().filter(registry -> serves(registry, item)).findFirst();
    }

    /**
     * R21, R70: the evaluation with the items the unavailable registries serve turned into the applicant's uploads. A
     * certificate the service's own register holds stays the register's (R14, R64): it needs no copy.
     */
    static Evaluation applyTo(Evaluation evaluation, Set<StateRegistry> unavailable) {
        if (unavailable.isEmpty()) {
            return evaluation;
        }
        List<ChecklistItem> items = new ArrayList<>();
        for (ChecklistItem item : evaluation.checklist()) {
            boolean served = unavailable.stream().anyMatch(registry -> serves(registry, item));
            boolean register = item.source() == Source.REGISTRY && item.document() == DocumentCode.CERTIFICATE_COPY;
            items.add(served && !register ? uploaded(item) : item);
        }
        return evaluation.withChecklist(items);
    }

    private static ChecklistItem uploaded(ChecklistItem item) {
        List<Rule> rules = new ArrayList<>(item.rules());
        for (Rule rule : List.of(Rule.R21, Rule.R70)) {
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        return new ChecklistItem(item.document(), item.obligation(), Source.APPLICANT, item.satisfaction(), rules,
                item.basis(), item.subject(), item.subjectText(), item.minimumCredits(), item.window());
    }

    /**
     * The notes of an evaluation before submission: the registries unavailable now, and each registry that answered
     * after it was unavailable and differs from what the applicant declared (the identity registry's own notes,
     * {@link RequestReview}, say how its answer differs).
     */
    static List<ReviewNote> notes(RequestState s) {
        List<ReviewNote> notes = new ArrayList<>();
        unavailableNote(unavailable(s)).ifPresent(notes::add);
        differencesNote(s, f -> f.answeredLate() && f.registry() != StateRegistry.IDENTITY).ifPresent(notes::add);
        return notes;
    }

    /**
     * What the registries that answered after the submission raise for the officer: their differences from the
     * declaration (the identity too), and a prohibition on record (R68, R88, R89). The evaluation stored at the
     * submission stays as it was; these notes come beside it.
     */
    static List<ReviewNote> notesAfterSubmission(RequestState s) {
        Instant submittedAt = s.submission().map(Submission::submittedAt).orElse(null);
        if (submittedAt == null) {
            return List.of();
        }
        Predicate<RegistryFetch> afterSubmission = f -> f.answeredLate()
                && f.lastAttemptAt().filter(at -> at.isAfter(submittedAt)).isPresent();
        List<ReviewNote> notes = new ArrayList<>();
        differencesNote(s, afterSubmission).ifPresent(notes::add);
        boolean prohibitionsLate = s.fetches().stream().filter(afterSubmission)
                .anyMatch(f -> f.registry() == StateRegistry.PROHIBITIONS);
        if (prohibitionsLate) {
            lateProhibition(s).ifPresent(p -> notes.add(new ReviewNote(LATE_PROHIBITION_NOTE,
                    List.of(Rule.R68, groundOf(p).rule()), DomainText.FALLBACK_LATE_PROHIBITION.message()
                    .with("ground", groundOf(p).localizedName()).localized())));
        }
        return notes;
    }

    /**
     * R68, R88, R89: a court decision the prohibitions registry reported after the submission, which the evaluation
     * stored then could not see; grounds 4 and 5 leave no discretion.
     */
    static Optional<Prohibition> lateProhibition(RequestState s) {
        return s.fetched().prohibition()
                .filter(p -> p == Prohibition.ACTIVITY_PROHIBITED || p == Prohibition.SPECIAL_RIGHT_DEPRIVED);
    }

    /** The ground of refusal a court decision the prohibitions registry reports is (R88, R89). */
    static Ground groundOf(Prohibition prohibition) {
        return prohibition == Prohibition.ACTIVITY_PROHIBITED ? Ground.GROUND_4_COURT_PROHIBITION
                : Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED;
    }

    private static Optional<ReviewNote> unavailableNote(Set<StateRegistry> unavailable) {
        if (unavailable.isEmpty()) {
            return Optional.empty();
        }
        List<LocalizedText> names = unavailable.stream().map(StateRegistry::localizedName).toList();
        boolean prohibitions = unavailable.contains(StateRegistry.PROHIBITIONS);
        List<Rule> rules = new ArrayList<>(List.of(Rule.R21, Rule.R70));
        if (prohibitions) {
            rules.add(Rule.R68);
        }
        LocalizedText text = DomainText.FALLBACK_UNAVAILABLE.message().with("registries", names).localized();
        if (prohibitions) {
            text = LocalizedText.join(". ", List.of(text,
                    DomainText.FALLBACK_PROHIBITIONS_NOT_REPLACED.message().localized()));
        }
        return Optional.of(new ReviewNote(UNAVAILABLE_NOTE, rules, text));
    }

    private static Optional<ReviewNote> differencesNote(RequestState s, Predicate<RegistryFetch> which) {
        List<LocalizedText> parts = new ArrayList<>();
        List<Rule> rules = new ArrayList<>(List.of(Rule.R21, Rule.R70));
        for (RegistryFetch fetch : s.fetches()) {
            if (!which.test(fetch)) {
                continue;
            }
            Difference difference = difference(s, fetch.registry());
            if (difference.none()) {
                continue;
            }
            fetch.registry().rules().stream().filter(r -> !rules.contains(r)).forEach(rules::add);
            parts.add(DomainText.FALLBACK_ANSWERED_LATE.message().with("registry", fetch.registry().localizedName())
                    .with("onRecord", LocalizedText.join("; ", difference.onRecordOnly()))
                    .with("declared", LocalizedText.join("; ", difference.declaredOnly())).localized());
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewNote(DIFFERS_NOTE, rules, LocalizedText.join(". ", parts)));
    }

    /** What the registry returned and the applicant did not declare, and the reverse, each record in words. */
    record Difference(List<LocalizedText> onRecordOnly, List<LocalizedText> declaredOnly) {
        boolean none() {
            return onRecordOnly.isEmpty() && declaredOnly.isEmpty();
        }
    }

    /**
     * The registry's answer against the declaration, record by record, each described by the keys the dossier merges
     * on ({@link DossierAssembly}); an assessment also by its result and a certificate also by its validity, since a
     * record with the same key may still say the opposite (R14, R66).
     */
    static Difference difference(RequestState s, StateRegistry registry) {
        FetchedFacts f = s.fetched();
        var form = s.form();
        return switch (registry) {
            case EDUCATION -> compare(
                    concat(describe(f.education(), RegistryFallback::education),
                            describe(f.postgraduate(), RegistryFallback::postgraduate)),
                    concat(describe(form.education(), RegistryFallback::education),
                            describe(form.postgraduate(), RegistryFallback::postgraduate)));
            case CERTIFICATES -> compare(describe(f.certificates(), RegistryFallback::certificate),
                    describe(form.certificates(), RegistryFallback::certificate));
            case EMPLOYMENT -> compare(describe(f.employment(), RegistryFallback::employment),
                    describe(form.employment().periods(), RegistryFallback::employment));
            case ASSESSMENTS -> compare(describe(f.assessments(), RegistryFallback::assessment),
                    describe(form.assessments(), RegistryFallback::assessment));
            case NAME_CHANGES -> compare(f.nameChangeOnRecord().filter(Boolean::booleanValue)
                            .map(on -> List.of(nameChange())).orElse(List.of()),
                    form.nameChangedAfterEducation() ? List.of(nameChange()) : List.of());
            case IDENTITY -> identity(s);
            case PROHIBITIONS -> new Difference(List.of(), List.of()); // nothing is declared about prohibitions
        };
    }

    private static Difference identity(RequestState s) {
        Optional<PersonRecord> person = s.fetched().person();
        if (person.isEmpty()) {
            return new Difference(List.of(DomainText.FALLBACK_NO_PERSON.message()
                    .with("iin", s.applicant().iin().value()).localized()),
                    List.of(name(s.applicant().name().fullName())));
        }
        PersonRecord p = person.get();
        List<LocalizedText> onRecord = new ArrayList<>();
        List<LocalizedText> declared = new ArrayList<>();
        if (!RequestReview.sameName(p.name(), s.applicant().name())) {
            onRecord.add(name(p.name().fullName()));
            declared.add(name(s.applicant().name().fullName()));
        }
        s.applicant().region().filter(typed -> p.residence().isPresent() && !p.residence().get().equals(typed))
                .ifPresent(typed -> {
                    onRecord.add(region(p.residence().orElseThrow().localizedName()));
                    declared.add(region(typed.localizedName()));
                });
        s.form().citizenship().filter(c -> !c.equals(p.citizenship())).ifPresent(c -> {
            onRecord.add(citizenship(p.citizenship().localizedName()));
            declared.add(citizenship(c.localizedName()));
        });
        return new Difference(onRecord, declared);
    }

    private static LocalizedText name(String fullName) {
        return DomainText.FALLBACK_NAME.message().with("name", fullName).localized();
    }

    private static LocalizedText region(LocalizedText region) {
        return DomainText.FALLBACK_REGION.message().with("region", region).localized();
    }

    private static LocalizedText citizenship(LocalizedText country) {
        return DomainText.FALLBACK_CITIZENSHIP.message().with("country", country).localized();
    }

    private static Described nameChange() {
        return new Described("change of name", DomainText.FALLBACK_NAME_CHANGE.message().localized());
    }

    /** A record as the comparison keys it (the fields the dossier merges on) and in words for the officer. */
    private record Described(String key, LocalizedText text) {
    }

    private static Difference compare(List<Described> onRecord, List<Described> declared) {
        Set<String> fetched = onRecord.stream().map(Described::key).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> stated = declared.stream().map(Described::key).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Difference(only(onRecord, stated), only(declared, fetched));
    }

    // each record once, in order, that the other side does not hold
    private static List<LocalizedText> only(List<Described> records, Set<String> otherSide) {
        Set<String> seen = new LinkedHashSet<>();
        return records.stream().filter(r -> !otherSide.contains(r.key()) && seen.add(r.key()))
                .map(Described::text).toList();
    }

    private static <T> List<Described> describe(List<T> records, Function<T, Described> description) {
        return records.stream().map(description).toList();
    }

    private static List<Described> concat(List<Described> a, List<Described> b) {
        List<Described> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static LocalizedText specialty(SpecialtyCode code) {
        return SpecialtyCatalogue.standard().nameOf(code);
    }

    private static Described education(EducationRecord e) {
        return new Described(e.level() + " " + e.field() + " " + e.graduationDate(), DomainText.FALLBACK_EDUCATION
                .message().with("level", e.level().localizedName()).with("field", e.field().localizedName())
                .with("graduated", e.graduationDate()).localized());
    }

    private static Described postgraduate(PostgraduateTraining p) {
        return new Described(p.type() + " " + p.specialty().value() + " " + p.completedOn(),
                DomainText.FALLBACK_POSTGRADUATE.message().with("type", p.type().localizedName())
                        .with("specialty", specialty(p.specialty())).with("completed", p.completedOn()).localized());
    }

    private static Described certificate(HeldCertificate c) {
        String key = c.specialty().value() + " issued " + c.issuedOn() + (c.indefinite() ? " indefinite"
                : c.validUntil().map(d -> " valid until " + d).orElse(""));
        Message text = c.indefinite() ? DomainText.FALLBACK_CERTIFICATE_INDEFINITE.message()
                : c.validUntil().map(d -> DomainText.FALLBACK_CERTIFICATE_UNTIL.message().with("until", d))
                .orElseGet(DomainText.FALLBACK_CERTIFICATE::message);
        return new Described(key, text.with("specialty", specialty(c.specialty())).with("issued", c.issuedOn())
                .localized());
    }

    private static Described employment(EmploymentPeriod p) {
        return new Described(p.specialty().value() + " from " + p.from(), DomainText.FALLBACK_EMPLOYMENT.message()
                .with("specialty", specialty(p.specialty())).with("from", p.from()).localized());
    }

    private static Described assessment(AssessmentResult a) {
        return new Described(a.specialty().value() + " " + a.date() + (a.passed() ? " passed" : " not passed"),
                (a.passed() ? DomainText.FALLBACK_ASSESSMENT_PASSED : DomainText.FALLBACK_ASSESSMENT_FAILED).message()
                        .with("specialty", specialty(a.specialty())).with("date", a.date()).localized());
    }

    private static boolean cites(ChecklistItem item, Rule... rules) {
        for (Rule rule : rules) {
            if (item.rules().contains(rule)) {
                return true;
            }
        }
        return false;
    }
}
