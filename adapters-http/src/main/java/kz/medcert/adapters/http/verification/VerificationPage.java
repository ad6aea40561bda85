package kz.medcert.adapters.http.verification;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.medcert.application.port.in.verification.PublicCertificateView;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.PersonDates;

/**
 * The public verification page in Kazakh (the state language) and Russian: a form for the number and, once one is
 * given, the answer. Every text that comes from outside this class is HTML-escaped where it is written, so a name or
 * a typed number cannot inject markup. Pure: the same input gives the same page.
 */
public final class VerificationPage {
    public static final String CONTENT_TYPE = "text/html; charset=utf-8";
    /** Inline styles only, no script, no other origin; the form submits only to this site. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final int ECHO_LIMIT = 60;

    private VerificationPage() {
    }

    public static String form() {
        return page("", "");
    }

    public static String found(PublicCertificateView v) {
        StringBuilder rows = new StringBuilder()
                .append(row(VerificationTexts.NUMBER, escape(v.number().value())))
                .append(row(VerificationTexts.HOLDER, escape(v.holder())))
                .append(row(VerificationTexts.SPECIALTY, bilingual(v.specialtyName())))
                .append(row(VerificationTexts.LEVEL, v.qualificationLevel()
                        .map(level -> bilingual(level.localizedName())).orElse("—")))
                .append(row(VerificationTexts.ISSUER, bilingual(v.issuer().localizedName())))
                .append(row(VerificationTexts.ISSUED_ON, date(v.issuedOn())))
                .append(row(VerificationTexts.VALID_UNTIL, v.validUntil().map(VerificationPage::date)
                        .orElse(bilingual(VerificationTexts.INDEFINITE))));
        v.revokedOn().ifPresent(on -> rows.append(row(VerificationTexts.REVOKED_ON, date(on))));
        // R88, R89: the ground as the Order words it, never its code
        v.revocationGround().flatMap(VerificationPage::groundSentence)
                .ifPresent(sentence -> rows.append(row(VerificationTexts.GROUND, bilingual(sentence))));
        v.confirms().ifPresent(n -> rows.append(row(VerificationTexts.CONFIRMS, escape(n.value()))));
        // R14, R75: the certificate that replaced this one, as a link to its own answer
        v.supersededBy().ifPresent(n -> rows.append(row(VerificationTexts.SUPERSEDED_BY, "<a href=\"/verify/"
                + escape(n.value()) + "\">" + escape(n.value()) + "</a>")));
        v.supersededOn().ifPresent(on -> rows.append(row(VerificationTexts.SUPERSEDED_ON, date(on))));
        String body = badge(v.status()) + "\n<p class=\"checked\">" + bilingual(VerificationTexts.CHECKED_ON) + ": "
                + date(v.checkedOn()) + "</p>\n<dl>\n" + rows + "</dl>\n";
        return page(v.number().value(), body);
    }

    public static String malformed(String typed, boolean mistyped) {
        LocalizedText why = mistyped ? VerificationTexts.MISTYPED : VerificationTexts.NOT_A_NUMBER;
        return page(typed, alert(LocalizedText.join(": ", List.of(VerificationTexts.INVALID_NUMBER, why))));
    }

    public static String notFound(String typed) {
        return page(typed, alert(VerificationTexts.NOT_FOUND));
    }

    public static String tooManyRequests(long retryAfterSeconds) {
        return page("", alert(VerificationTexts.tooMany(retryAfterSeconds)));
    }

    private static String page(String typed, String body) {
        String value = typed.strip();
        value = value.length() > ECHO_LIMIT ? value.substring(0, ECHO_LIMIT) : value;
        return "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<title>" + escape(VerificationTexts.TITLE.kk()) + " · " + escape(VerificationTexts.TITLE.ru())
                + "</title>\n<style>" + VerificationTexts.STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + "<h1>" + bilingual(VerificationTexts.TITLE) + "</h1>\n"
                + "<form method=\"get\" action=\"/verify\">\n<label for=\"number\">"
                + bilingual(VerificationTexts.NUMBER)
                + "</label>\n<input id=\"number\" name=\"number\" value=\"" + escape(value) + "\" "
                + "placeholder=\"MC-2026-00000123-4\" maxlength=\"40\" autocomplete=\"off\" spellcheck=\"false\" "
                + "required>\n<button type=\"submit\">" + bilingual(VerificationTexts.CHECK) + "</button>\n</form>\n"
                + (body.isEmpty() ? "" : "<section class=\"result\">\n" + body + "</section>\n")
                + "<p class=\"note\">" + bilingual(VerificationTexts.PRIVACY) + "</p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    private static String badge(CertificateStatus status) {
        String css = "badge badge-" + status.name().toLowerCase(Locale.ROOT);
        return "<p class=\"" + css + "\" data-status=\"" + status.name() + "\">"
                + bilingual(VerificationTexts.status(status)) + "</p>";
    }

    private static Optional<LocalizedText> groundSentence(String code) {
        return Arrays.stream(Ground.values()).filter(ground -> ground.name().equals(code)).findFirst()
                .map(Ground::description);
    }

    private static String alert(LocalizedText text) {
        return "<p class=\"alert\" role=\"alert\">" + bilingual(text) + "</p>\n";
    }

    private static String row(LocalizedText label, String valueHtml) {
        return "<dt>" + bilingual(label) + "</dt><dd>" + valueHtml + "</dd>\n";
    }

    /** Kazakh, then Russian (once when both read the same), each escaped. */
    private static String bilingual(LocalizedText text) {
        String kk = "<span lang=\"kk\">" + escape(text.kk()) + "</span>";
        return text.kk().equals(text.ru()) ? kk : kk + " / <span lang=\"ru\">" + escape(text.ru()) + "</span>";
    }

    private static String date(LocalDate day) {
        return "<time datetime=\"" + day + "\">" + PersonDates.format(day) + "</time>";
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
