package kz.medcert.domain.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The canonical text of a request that the applicant signs with EDS (R17): identity, declared specialty, the declared
 * form, the form's statements and every upload's digest. Changing any of them changes the digest, so a signature
 * cannot be reused.
 */
final class SigningContent {

    private SigningContent() {
    }

    static String of(RequestState s) {
        String attachments = s.attachments().stream()
                .map(a -> a.document() + " subject=" + a.subject().orElse("-") + " translates="
                        + a.translates().map(Enum::name).orElse("-") + " foreignLanguage=" + a.foreignLanguage()
                        + " sha256=" + a.sha256())
                .sorted()
                .collect(Collectors.joining("\n"));
        return "MedCert KZ request for a specialist certificate\n"
                + "request=" + s.id() + "\n"
                + "iin=" + s.applicant().iin().value() + "\n"
                // R75: the name the certificate will carry, as the state database of individuals holds it
                + "name=" + s.identity().name().fullName() + "\n"
                + "category=" + s.form().category() + "\n"
                + "specialty=" + s.form().target() + "\n"
                + "qualificationLevelRequested=" + s.form().requestsQualificationLevel() + "\n"
                + "form=" + s.form() + "\n"
                + details(s)
                + statements(s)
                + "attachments:\n" + attachments + "\n";
    }

    /**
     * What the application form asks beyond the dossier, one line each and only where given, so that the content of
     * a request without them reads exactly as it always did (its digest, once signed, is recomputed unchanged).
     */
    private static String details(RequestState s) {
        StringBuilder lines = new StringBuilder();
        s.details().qualificationLevel().ifPresent(level -> lines.append("qualificationLevel=").append(level)
                .append('\n'));
        s.details().organisation().ifPresent(o -> lines.append("organisation=").append(o.name()).append(" | ")
                .append(o.ownership()).append(" | ").append(o.address()).append(o.branches().map(b -> " | " + b)
                        .orElse("")).append('\n'));
        s.applicant().contact().postalAddress().ifPresent(a -> lines.append("postalAddress=").append(a).append('\n'));
        s.applicant().contact().phone().ifPresent(p -> lines.append("phone=").append(p).append('\n'));
        return lines.toString();
    }

    /**
     * R92, R93: each of the form's statements the applicant makes by signing, one line each, the same whichever
     * language the applicant reads: its code, then its words in the state language (the Order's, authoritative) and
     * in Russian, both of which the law gives force, so the signature covers the words the applicant declared in
     * either. A request stored before the statements were signed carries none and reads as it always did.
     */
    private static String statements(RequestState s) {
        return s.statements().stream()
                .map(st -> "statement=" + st + " | kk=" + st.text().kk() + " | ru=" + st.text().ru() + "\n")
                .collect(Collectors.joining());
    }

    /** Lowercase hex SHA-256 of the content in UTF-8. */
    static String digest(String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
