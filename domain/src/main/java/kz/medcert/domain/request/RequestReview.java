package kz.medcert.domain.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.evaluation.ReviewNote;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.rules.Rule;

/**
 * What the request, beyond the dossier the rules evaluate, gives an officer to look at: a typed identity that differs
 * from the state database of individuals, a foreign specialist the database does not know, and a state registry
 * answer that contradicts the service's own register, a registry that did not answer and a late answer that differs
 * from the declaration ({@link RegistryFallback}). Each is a review note, so the request goes to an officer and is
 * never confirmed automatically (R74). Also says what stops a submission outright.
 */
public final class RequestReview {

    private RequestReview() {
    }

    /**
     * The notes for this request on {@code applicationDate}; {@code register} is what the service's register holds for
     * the applicant.
     */
    public static List<ReviewNote> notes(RequestState s, List<IssuedCertificate> register, LocalDate applicationDate) {
        List<ReviewNote> notes = new ArrayList<>();
        ApplicantIdentity identity = ApplicantIdentity.of(s);
        s.fetched().person().ifPresent(person -> {
            if (!sameName(person.name(), s.applicant().name())) {
                // R69, R75: the certificate carries the registered name; the typed one is the applicant's statement
                notes.add(new ReviewNote("NAME_DIFFERS_FROM_REGISTRY", List.of(Rule.R69, Rule.R75), LocalizedText.of(
                        "Өтініште көрсетілген аты-жөні (" + s.applicant().name().fullName() + ") жеке тұлғалар "
                                + "дерекқорындағыдан (" + person.name().fullName() + ") өзгеше; сертификат "
                                + "дерекқордағы атқа беріледі",
                        "ФИО в заявлении (" + s.applicant().name().fullName() + ") отличается от ФИО в базе данных "
                                + "физических лиц (" + person.name().fullName() + "); сертификат выдаётся на ФИО из "
                                + "базы",
                        "The name typed in the application (" + s.applicant().name().fullName() + ") differs from the "
                                + "state database of individuals (" + person.name().fullName() + "); the certificate "
                                + "is issued in the registered name")));
            }
            s.applicant().region().filter(typed -> person.residence().filter(typed::equals).isEmpty())
                    .filter(typed -> person.residence().isPresent())
                    .ifPresent(typed -> notes.add(new ReviewNote("REGION_DIFFERS_FROM_REGISTRY", List.of(Rule.R71),
                            LocalizedText.of(
                                    "Өтініште көрсетілген өңір (" + typed.localizedName().kk() + ") тіркелген "
                                            + "тұрғылықты жерден (" + person.residence().orElseThrow()
                                            .localizedName().kk() + ") өзгеше: ескерілмеді",
                                    "Указанный регион (" + typed.localizedName().ru() + ") отличается от "
                                            + "зарегистрированного места жительства (" + person.residence()
                                            .orElseThrow().localizedName().ru() + "): не учтён",
                                    "The region typed (" + typed.localizedName().en() + ") differs from the "
                                            + "registered place of residence (" + person.residence().orElseThrow()
                                            .localizedName().en() + "): it was ignored"))));
            s.form().citizenship().filter(declared -> !declared.equals(person.citizenship()))
                    .ifPresent(declared -> notes.add(citizenshipDiffers(declared.localizedName(),
                            person.citizenship().localizedName())));
        });
        if (identityNotFound(s) && identity.category() == Category.FOREIGN) {
            // R47, R69: the identity document is then a mandatory upload, and an officer checks it
            notes.add(new ReviewNote("IDENTITY_NOT_IN_REGISTRY", List.of(Rule.R47, Rule.R69), LocalizedText.of(
                    "Жеке тұлғалар дерекқорында ЖСН бойынша дерек жоқ: жеке басын куәландыратын құжатты маман тексереді",
                    "В базе данных физических лиц нет записи по ИИН: документ, удостоверяющий личность, проверяет "
                            + "специалист",
                    "The state database of individuals holds no record for the IIN: an officer checks the identity "
                            + "document")));
        }
        contradictions(s, register, notes);
        revocations(s, register, applicationDate, notes);
        // R21, R70: registries that did not answer, and late answers that differ from the declaration
        notes.addAll(RegistryFallback.notes(s));
        return List.copyOf(notes);
    }

    // Row 8 part B: a certificate revoked on a court decision cannot be confirmed; the officer sees why it was not
    private static void revocations(RequestState s, List<IssuedCertificate> register, LocalDate applicationDate,
                                    List<ReviewNote> notes) {
        CertificateRecords.revoked(register, applicationDate).stream()
                .filter(entry -> entry.specialty().equals(s.form().target()))
                // a later certificate in the specialty, not revoked, is the current one: the old revocation is history
                .filter(entry -> register.stream().noneMatch(other -> other.specialty().equals(entry.specialty())
                        && other.issuedOn().isAfter(entry.issuedOn())
                        && !CertificateRecords.revokedBy(other, applicationDate)))
                .forEach(entry -> {
                    String revokedOn = PersonDates.format(entry.revocation().orElseThrow().revokedOn());
                    notes.add(new ReviewNote("CERTIFICATE_REVOKED", List.of(Rule.R06, Rule.R88), LocalizedText.of(
                            entry.number().value() + " сертификаты " + revokedOn
                                    + " сот шешімі бойынша кері қайтарылған: оны растауға болмайды",
                            "Сертификат " + entry.number().value() + " отозван " + revokedOn + " по решению суда: "
                                    + "подтвердить его нельзя",
                            "Certificate " + entry.number().value() + " was revoked on " + revokedOn
                                    + " on a court decision: it cannot be confirmed")));
                });
    }

    /**
     * Why the request cannot be submitted at all, if anything: a domestic applicant the state database of individuals
     * does not know (R69, R71: identity, citizenship and residence cannot be established).
     */
    public static Optional<Message> submissionBlocker(RequestState s) {
        if (identityNotFound(s) && ApplicantIdentity.of(s).category() == Category.DOMESTIC) {
            return Optional.of(DomainText.SUBMISSION_IDENTITY_UNKNOWN.message().with("iin", s.applicant().iin()));
        }
        return Optional.empty();
    }

    /** The identity registry answered and holds nobody under the IIN. */
    static boolean identityNotFound(RequestState s) {
        return s.fetches().stream().anyMatch(f -> f.registry() == StateRegistry.IDENTITY && f.done())
                && !s.fetched().identityOnRecord().orElse(false);
    }

    // R14, R64: the service's register is authoritative for certificates it holds; a registry that says otherwise
    // is shown to the officer
    private static void contradictions(RequestState s, List<IssuedCertificate> register, List<ReviewNote> notes) {
        for (HeldCertificate answered : s.fetched().certificates()) {
            register.stream().filter(entry -> CertificateRecords.same(entry, answered))
                    .filter(entry -> !CertificateRecords.agree(entry, answered))
                    .forEach(entry -> notes.add(new ReviewNote("REGISTRY_CONTRADICTS_REGISTER",
                            List.of(Rule.R14, Rule.R64), LocalizedText.of(
                            "Сертификаттар тізіліміндегі " + entry.number().value() + " сертификатының деректері "
                                    + "мемлекеттік жүйенің жауабымен сәйкес келмейді; тізілім деректері қолданылды",
                            "Данные сертификата " + entry.number().value() + " в реестре расходятся с ответом "
                                    + "государственной системы; применены данные реестра",
                            "The register's certificate " + entry.number().value() + " differs from the state "
                                    + "system's answer; the register's data apply"))));
        }
    }

    // An omitted patronymic is no contradiction; letters are compared without regard to case
    static boolean sameName(PersonName registered, PersonName typed) {
        return same(registered.surname(), typed.surname()) && same(registered.givenName(), typed.givenName())
                && typed.patronymic().map(p -> registered.patronymic().map(r -> same(r, p)).orElse(false))
                .orElse(true);
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).replace('ё', 'е').equals(b.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    }

    // R03, R53: the registry's citizenship picks the service; the declared one is named beside it
    private static ReviewNote citizenshipDiffers(LocalizedText declared, LocalizedText registered) {
        return new ReviewNote("CITIZENSHIP_DIFFERS_FROM_REGISTRY", List.of(Rule.R03, Rule.R53), LocalizedText.of(
                "Көрсетілген азаматтық (" + declared.kk() + ") дерекқордағыдан (" + registered.kk()
                        + ") өзгеше: дерекқордағысы қолданылды",
                "Указанное гражданство (" + declared.ru() + ") отличается от гражданства в базе ("
                        + registered.ru() + "): применено гражданство из базы",
                "The citizenship declared (" + declared.en() + ") differs from the registry's ("
                        + registered.en() + "): the registry's applies"));
    }
}
