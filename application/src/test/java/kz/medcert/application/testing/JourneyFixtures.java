package kz.medcert.application.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import kz.medcert.application.port.out.RequestAttachments;
import kz.medcert.application.port.out.Requests;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.request.PersonRecord;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.FallbackPolicy;
import kz.medcert.domain.request.MediaType;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.request.Submission;

/**
 * Requests at each stage of the applicant's journey, built through the aggregate's own transitions, for the contracts
 * of the out-ports (port.out) and the adapters' own tests: a domestic pediatrician, started on 2 December 2024 at a
 * moment with nanoseconds, whose registries answer after one failure and report a court prohibition.
 */
public final class JourneyFixtures {
    public static final Instant STARTED = Instant.parse("2024-12-02T04:00:00.123456789Z");
    private static final SpecialtyCode PEDIATRICS = SpecialtyCode.of("PEDIATRICS");
    private static final LocalDate APPLIED = LocalDate.of(2024, 12, 2);

    private JourneyFixtures() {
    }

    /** A new request awaiting consent (version 0, not stored). */
    public static CertificationRequest started() {
        return startedAt(STARTED);
    }

    /** A new request of the person with {@code iin}, awaiting consent (not stored). */
    public static CertificationRequest startedBy(Iin iin) {
        return CertificationRequest.start(new RequestId(UUID.randomUUID()), new Applicant(iin,
                PersonName.of("Сәрсенбаева", "Айгүл", "Нұрланқызы"), Region.ALMATY_CITY), form(), STARTED);
    }

    public static CertificationRequest startedAt(Instant at) {
        Applicant applicant = new Applicant(Iin.of(LocalDate.of(1985, 4, 17), Sex.FEMALE, 1234),
                PersonName.of("Сәрсенбаева", "Айгүл", "Нұрланқызы"), Region.ALMATY_CITY);
        return CertificationRequest.start(new RequestId(UUID.randomUUID()), applicant, form(), at);
    }

    /** Consent given: every registry is pending. */
    public static CertificationRequest awaitingRegistries(CertificationRequest started) {
        Instant at = started.state().startedAt();
        return started.consentRequested("OTP-77120", "SMS", at.plusSeconds(10)).consentGiven(at.plusSeconds(70));
    }

    /** Every registry answered, the state database of individuals with the applicant as she declared herself. */
    public static CertificationRequest awaitingDocuments(CertificationRequest waiting) {
        Instant at = waiting.state().startedAt().plusSeconds(120);
        CertificationRequest r = waiting.registryFailed(StateRegistry.EDUCATION, "timeout after 5 s", at,
                at.plus(Duration.ofMinutes(5)));
        r = r.registryAnswered(StateRegistry.EDUCATION, f -> f.withEducation(List.of(diploma()), List.of(internship())),
                at.plusSeconds(300));
        r = r.registryAnswered(StateRegistry.CERTIFICATES, f -> f.withCertificates(List.of(certificate())),
                at.plusSeconds(301));
        r = r.registryAnswered(StateRegistry.NAME_CHANGES, f -> f.withNameChange(false), at.plusSeconds(302));
        r = r.registryAnswered(StateRegistry.ASSESSMENTS, f -> f.withAssessments(List.of()), at.plusSeconds(303));
        r = r.registryAnswered(StateRegistry.EMPLOYMENT, f -> f.withEmployment(List.of(job())), at.plusSeconds(304));
        Iin iin = waiting.state().applicant().iin();
        r = r.registryAnswered(StateRegistry.IDENTITY, f -> f.withPerson(Optional.of(new PersonRecord(iin,
                PersonName.of("Сәрсенбаева", "Айгүл", "Нұрланқызы"), CountryCode.KAZAKHSTAN,
                waiting.state().applicant().region(), false))), at.plusSeconds(304));
        return r.registryAnswered(StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.NONE),
                at.plusSeconds(305));
    }

    /**
     * Every registry answered but the education registry, which failed until it was given up on for the applicant
     * (R21, R70): the request goes on without it.
     */
    public static CertificationRequest awaitingDocumentsWithoutEducation(CertificationRequest waiting) {
        Instant at = waiting.state().startedAt().plusSeconds(120);
        Iin iin = waiting.state().applicant().iin();
        CertificationRequest r = waiting.registryAnswered(StateRegistry.CERTIFICATES,
                f -> f.withCertificates(List.of(certificate())), at);
        r = r.registryAnswered(StateRegistry.NAME_CHANGES, f -> f.withNameChange(false), at);
        r = r.registryAnswered(StateRegistry.ASSESSMENTS, f -> f.withAssessments(List.of()), at);
        r = r.registryAnswered(StateRegistry.EMPLOYMENT, f -> f.withEmployment(List.of(job())), at);
        r = r.registryAnswered(StateRegistry.IDENTITY, f -> f.withPerson(Optional.of(new PersonRecord(iin,
                PersonName.of("Сәрсенбаева", "Айгүл", "Нұрланқызы"), CountryCode.KAZAKHSTAN,
                waiting.state().applicant().region(), false))), at);
        r = r.registryAnswered(StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.NONE), at);
        return r.registryFailed(StateRegistry.EDUCATION, "answered with an error", at.plusSeconds(1),
                at.plus(Duration.ofHours(1)), new FallbackPolicy(Duration.ofMinutes(30), 1), "SYSTEM registry-retry");
    }

    /** The same request, of an applicant who declared {@code region} (whose department then has it, R71). */
    public static CertificationRequest inRegion(CertificationRequest r, Region region) {
        Applicant applicant = r.state().applicant();
        return ofApplicant(r, new Applicant(applicant.iin(), applicant.name(), region));
    }

    /** The same request, everything in it kept, of {@code applicant} instead. */
    public static CertificationRequest ofApplicant(CertificationRequest r, Applicant applicant) {
        RequestState s = r.state();
        return CertificationRequest.restore(new RequestState(s.id(), applicant, s.startedAt(), s.form(), s.consent(),
                s.fetches(), s.fetched(), s.attachments(), s.submission(), s.status(), s.history(), s.version(),
                s.decision(), s.details(), s.statements()));
    }

    /**
     * A request of an applicant in {@code region}, stored in {@code requests} at each step up to its submission
     * ({@link #submitted(CertificationRequest, LocalDate)}, the decision due on {@code decisionDue}), as a service
     * stores it: it awaits a decision.
     */
    public static CertificationRequest acceptedIn(Requests requests, Region region, LocalDate decisionDue) {
        CertificationRequest stored = requests.add(inRegion(started(), region));
        return requests.save(submitted(requests.save(awaitingDocuments(
                requests.save(awaitingRegistries(stored)))), decisionDue));
    }

    /** Documents attached, signed and registered, with an evaluation that refuses (3.5 credits of PD, R32). */
    public static CertificationRequest submitted(CertificationRequest documents) {
        return submitted(documents, LocalDate.of(2024, 12, 9));
    }

    /** As {@link #submitted(CertificationRequest)}, with the decision due on {@code decisionDue}. */
    public static CertificationRequest submitted(CertificationRequest documents, LocalDate decisionDue) {
        Instant at = documents.state().startedAt().plus(Duration.ofHours(1));
        byte[] pdf = pdf(2048, 7);
        CertificationRequest r = documents.attached(attachment(UUID.randomUUID(), pdf, at));
        r = r.attached(new Attachment(UUID.randomUUID(), DocumentCode.NOTARIZED_TRANSLATION, Optional.of("diploma"),
                "перевод диплома.pdf", MediaType.PDF, 4096, sha256(pdf(4096, 8)), false,
                Optional.of(DocumentCode.DIPLOMA), at.plusSeconds(1)));
        Instant submittedAt = at.plusSeconds(60);
        Evaluation evaluation = CertificationRules.standard().evaluate(r.dossierOn(APPLIED, Optional.of(submittedAt)));
        return r.submitted(new Submission(submittedAt, APPLIED, decisionDue, r.contentDigest(),
                "MIIBsignature==", evaluation));
    }

    /**
     * The upload of {@code content} under {@code id} (as {@link #attachment}) listed on {@code request} and its bytes
     * stored with it, in the one write of {@link RequestAttachments#attach}: what the store's contracts do to have an
     * attachment stored.
     */
    public static CertificationRequest attachUpload(RequestAttachments attachments, CertificationRequest request,
                                                    UUID id, byte[] content) {
        return attachments.attach(request.attached(attachment(id, content, Instant.now())), id, content);
    }

    /** The metadata of an upload of {@code content} as a PDF diploma. */
    public static Attachment attachment(UUID id, byte[] content, Instant at) {
        return new Attachment(id, DocumentCode.DIPLOMA, Optional.empty(), "diploma.pdf", MediaType.PDF,
                content.length, sha256(content), true, Optional.empty(), at);
    }

    /** A PDF-looking byte array of {@code size} bytes holding every byte value. */
    public static byte[] pdf(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, content, 0, magic.length);
        for (int i = 0; i < 256 && magic.length + i < size; i++) {
            content[magic.length + i] = (byte) i;
        }
        return content;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Dossier form() {
        return Dossier.builder(Category.DOMESTIC, PEDIATRICS, APPLIED)
                .education(diploma())
                .postgraduate(internship())
                .certificate(certificate())
                .employment(job())
                .professionalDevelopment(new ProfessionalDevelopment(PEDIATRICS, StudyVolume.ofCredits(2),
                        LocalDate.of(2021, 3, 15)))
                .professionalDevelopment(new ProfessionalDevelopment(PEDIATRICS,
                        StudyVolume.ofHours(new BigDecimal("45.50")), LocalDate.of(2024, 2, 10)))
                .build();
    }

    private static EducationRecord diploma() {
        return EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS, LocalDate.of(2010, 6, 30));
    }

    private static PostgraduateTraining internship() {
        return new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS, LocalDate.of(2011, 6, 30), true);
    }

    private static HeldCertificate certificate() {
        return HeldCertificate.valid(PEDIATRICS, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1), true);
    }

    private static EmploymentPeriod job() {
        return EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2011, 8, 1), true);
    }
}
