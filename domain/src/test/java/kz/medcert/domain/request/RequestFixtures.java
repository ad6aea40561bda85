package kz.medcert.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Requests at each step of the journey, for the aggregate's tests: a domestic pediatrics graduate (or a foreign
 * therapist) with a declared information form; times are minutes after {@link #T0}.
 */
final class RequestFixtures {
    static final Instant T0 = Instant.parse("2026-11-20T05:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final SpecialtyCode PEDIATRICS = SpecialtyCode.of("PEDIATRICS");
    static final SpecialtyCode THERAPY = SpecialtyCode.of("THERAPY");
    static final Applicant APPLICANT = new Applicant(Iin.of(LocalDate.of(1999, 3, 14), Sex.FEMALE, 123),
            PersonName.of("Сәрсенова", "Әйгерім", "Болатқызы"), Optional.of(Region.ALMATY_CITY),
            Contact.of("Алматы, Абай даңғылы 10, 5 пәтер", "+7 700 400 00 01"));
    static final HealthcareOrganisation CLINIC = new HealthcareOrganisation("City Hospital No. 1", "state",
            "Almaty, Tole Bi St 93", Optional.empty());
    static final EducationRecord DECLARED_DIPLOMA = EducationRecord.domestic(EducationLevel.HIGHER,
            EducationField.PEDIATRICS, LocalDate.of(2025, 6, 30));
    static final PostgraduateTraining DECLARED_INTERNSHIP = new PostgraduateTraining(PostgraduateType.INTERNSHIP,
            PEDIATRICS, LocalDate.of(2025, 6, 30), false);

    private static int files;

    private RequestFixtures() {
    }

    static Instant minutes(long minutes) {
        return T0.plusSeconds(60 * minutes);
    }

    static DossierBuilder domesticFormBuilder() {
        return Dossier.builder(Category.DOMESTIC, PEDIATRICS, TODAY)
                .education(DECLARED_DIPLOMA)
                .postgraduate(DECLARED_INTERNSHIP);
    }

    static Dossier foreignForm() {
        return Dossier.builder(Category.FOREIGN, THERAPY, TODAY).citizenship(CountryCode.of("TR")).build();
    }

    static CertificationRequest started() {
        return started(domesticFormBuilder().build());
    }

    /** A foreign specialist's application names the organisation (Appendix 5); a domestic one has no details. */
    static CertificationRequest started(Dossier form) {
        ApplicationDetails details = form.category() == Category.FOREIGN
                ? new ApplicationDetails(Optional.empty(), Optional.of(CLINIC)) : ApplicationDetails.NONE;
        return CertificationRequest.start(new RequestId(UUID.randomUUID()), APPLICANT, form, details, T0,
                HistoryEntry.SYSTEM);
    }

    static CertificationRequest awaitingRegistries() {
        return awaitingRegistries(domesticFormBuilder().build());
    }

    static CertificationRequest awaitingRegistries(Dossier form) {
        return started(form).consentRequested("REF-1", "OTP", minutes(1)).consentGiven(minutes(2));
    }

    /** Consent given and every registry answered as {@link #answered} answers them, at minute 3. */
    static CertificationRequest awaitingDocuments(UnaryOperator<FetchedFacts> answer) {
        return answered(awaitingRegistries(), answer, minutes(3));
    }

    /**
     * Every registry due answered at {@code at}: with {@code answer} (the first one) or nothing (the others); the state
     * database of individuals holds the applicant, as it holds every citizen (R69, R71), unless {@code answer} says not.
     */
    static CertificationRequest answered(CertificationRequest request, UnaryOperator<FetchedFacts> answer, Instant at) {
        boolean first = true;
        for (StateRegistry registry : request.registriesDue(at)) {
            UnaryOperator<FetchedFacts> given = first ? answer : UnaryOperator.identity();
            request = request.registryAnswered(registry, holdsTheApplicant(registry, given), at);
            first = false;
        }
        return request;
    }

    /** {@code reply}, after the identity registry's "on record" for the applicant when {@code registry} is it. */
    static UnaryOperator<FetchedFacts> holdsTheApplicant(StateRegistry registry, UnaryOperator<FetchedFacts> reply) {
        return registry == StateRegistry.IDENTITY ? facts -> reply.apply(facts.withIdentity(true)) : reply;
    }

    static CertificationRequest awaitingDocuments() {
        return awaitingDocuments(UnaryOperator.identity());
    }

    /** A PDF copy of {@code document} with a digest of its own. */
    static Attachment pdf(DocumentCode document) {
        return attachment(document, Optional.empty(), false, Optional.empty());
    }

    static Attachment pdfAbout(DocumentCode document, String subject) {
        return attachment(document, Optional.of(subject), false, Optional.empty());
    }

    static Attachment foreignLanguagePdf(DocumentCode document) {
        return attachment(document, Optional.empty(), true, Optional.empty());
    }

    static Attachment translationOf(DocumentCode document) {
        return attachment(DocumentCode.NOTARIZED_TRANSLATION, Optional.empty(), false, Optional.of(document));
    }

    private static synchronized Attachment attachment(DocumentCode document, Optional<String> subject,
                                                      boolean foreignLanguage, Optional<DocumentCode> translates) {
        files++;
        String sha256 = HexFormat.of().toHexDigits((long) files).repeat(4);
        return new Attachment(UUID.randomUUID(), document, subject, document.name().toLowerCase() + files + ".pdf",
                MediaType.PDF, 1000 + files, sha256, foreignLanguage, translates, minutes(10 + files));
    }
}
