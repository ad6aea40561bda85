package kz.medcert.adapters.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.reference.LocalizedText;

/**
 * What the layout of every page needs: the texts and formats of the page's language, its title, who is signed in,
 * the CSRF token the page's forms carry, the path the language switch returns to, and a one-time notice.
 */
public record Page(Messages messages, String title, Optional<Actor> actor, String csrfToken, String path,
                   Optional<String> notice, List<FieldProblem> errors, boolean demoMode) {

    /** A field the form sent back with what is wrong with it: the error summary links to the field by its id. */
    public record FieldProblem(String field, String message) {
    }

    public Page withErrors(List<FieldProblem> problems) {
        return new Page(messages, title, actor, csrfToken, path, notice, List.copyOf(problems), demoMode);
    }

    public Language language() {
        return messages.language();
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public String t(String key, Object... args) {
        return messages.t(key, args);
    }

    /** {@code amount} and the word {@code key} names, in its grammatical number (see {@link Messages#quantity}). */
    public String quantity(String key, BigDecimal amount) {
        return messages.quantity(key, amount);
    }

    /** The text of {@code key}, or {@code fallback} when the bundles have none (a code added after them). */
    public String tOr(String key, String fallback) {
        return messages.find(key).orElse(fallback);
    }

    public String name(LocalizedText text) {
        return messages.name(text);
    }

    public String date(LocalDate day) {
        return messages.date(day);
    }

    public String date(Optional<LocalDate> day) {
        return messages.date(day);
    }

    public String moment(Instant at) {
        return messages.moment(at);
    }

    /** The language switch's link: it sets the cookie and comes back here. */
    public String languageHref(Language language) {
        return "/language/" + language.code() + "?back=" + java.net.URLEncoder.encode(path,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The error for {@code field}, if the form came back with one. */
    public Optional<String> error(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldProblem::message).findFirst();
    }

    public boolean signedIn() {
        return actor.isPresent();
    }

    public boolean isApplicant() {
        return actor.filter(a -> a instanceof Actor.Applicant).isPresent();
    }

    public boolean isOfficer() {
        return actor.filter(a -> a instanceof Actor.Officer).isPresent();
    }

    public boolean isAdmin() {
        return actor.filter(a -> a instanceof Actor.Admin).isPresent();
    }

    /** Who is signed in, as the header shows it: the IIN's last digits for an applicant, never the whole IIN. */
    public String who() {
        return actor.map(a -> {
            if (a instanceof Actor.Applicant applicant) {
                return t("role.applicant") + " · " + applicant.iin().masked();
            }
            if (a instanceof Actor.Officer officer) {
                return t("role.officer") + " · " + officer.officerId() + " · "
                        + name(officer.department().region().localizedName());
            }
            if (a instanceof Actor.Admin admin) {
                return t("role.admin") + " · " + admin.adminId();
            }
            return a.auditLabel();
        }).orElse("");
    }
}
