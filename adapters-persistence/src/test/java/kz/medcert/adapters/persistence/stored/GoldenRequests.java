package kz.medcert.adapters.persistence.stored;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.calendar.ServiceDeadline;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.LabourPermit;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.ApplicationDetails;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.FallbackPolicy;
import kz.medcert.domain.request.FetchedFacts;
import kz.medcert.domain.request.MediaType;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.PersonRecord;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.request.Submission;

/**
 * The requests whose stored rows are checked in as golden files ({@code golden/v<format>/<name>.json}): one or more
 * in every status, domestic and foreign, with every optional part of a row filled somewhere. Each is a demo person's
 * scenario (adapters-registries {@code demo-persons.json}: who they are, what the registries hold, what they declare)
 * taken through the aggregate's own transitions as the services take it, at fixed ids and moments. Requests the
 * service would confirm automatically but an officer decides stand for a service run with automatic confirmation
 * off ({@code MEDCERT_AUTO_CONFIRMATION=false}).
 */
final class GoldenRequests {
    /** Friday 20 November 2026, the demo scenarios' application date. */
    static final LocalDate APPLIED = LocalDate.of(2026, 11, 20);
    /** 09:00 in Almaty on {@link #APPLIED}. */
    private static final Instant MORNING = Instant.parse("2026-11-20T04:00:00Z");
    /** 10:00 in Almaty on {@link #APPLIED}, when every golden request that is submitted was submitted. */
    private static final Instant SUBMITTED = Instant.parse("2026-11-20T05:00:00Z");
    private static final String RETRY_WORKER = new Actor.Automated("registry-retry").auditLabel();
    private static final CertificationRules RULES = CertificationRules.standard();

    /** One golden request: the file name it is stored under and its state. */
    record Golden(String name, RequestState state) {
    }

    private GoldenRequests() {
    }

    static List<Golden> all() {
        return List.of(
                new Golden("awaiting-consent", awaitingConsent().state()),
                new Golden("awaiting-registries-fetch-failed", awaitingRegistries().state()),
                new Golden("awaiting-documents-consent-declined", consentDeclinedWithUploads().state()),
                new Golden("accepted-eligible", acceptedEligible().state()),
                new Golden("accepted-eligible-review-note", acceptedWithReviewNote().state()),
                new Golden("accepted-refusal", acceptedRefusal().state()),
                new Golden("refusal-proposed-objected", refusalProposedAndObjected().state()),
                new Golden("refused", refused().state()),
                new Golden("issued-by-officer", issuedByOfficer().state()),
                new Golden("issued-by-officer-foreign", issuedByOfficerForeign().state()),
                new Golden("issued-automatically-foreign", issuedAutomaticallyForeign().state()),
                // new in format 3
                new Golden("accepted-foreign-identity-not-held", acceptedForeignIdentityNotHeld().state()),
                new Golden("issued-with-override-and-level", issuedWithOverrideAndLevel().state()),
                new Golden("refused-unreliable-upload", refusedOnAnUnreliableUpload().state()),
                // new in format 4
                new Golden("awaiting-documents-education-unavailable",
                        educationUnavailable("awaiting-documents-education-unavailable").state()),
                new Golden("accepted-education-answered-late", acceptedEducationAnsweredLate().state()),
                // new in format 5
                new Golden("refused-in-kazakh", refusedInKazakh().state()),
                // new in format 7: requests that carry their form's statements (R92, R93)
                new Golden("accepted-signed-a1-statements", acceptedEligible().state()),
                new Golden("issued-foreign-signed-a5-statement", issuedByOfficerForeign().state()));
    }

    /**
     * P02-like (format 4): a residency graduate whose education registry did not answer three times and was given up
     * on for him (R21, R70); he amended the form to declare his diploma and residency and uploaded the diploma in its
     * place; the registry is still asked (next at 11:00).
     */
    static CertificationRequest educationUnavailable(String name) {
        Applicant applicant = applicant("990203317687", "Сейтқали", "Нұрлан", "Ерланұлы", Region.ASTANA);
        SpecialtyCode therapy = specialty("THERAPY");
        Dossier form = Dossier.builder(Category.DOMESTIC, therapy, APPLIED).build();
        String by = label(applicant);
        CertificationRequest r = consented(name, applicant, form);
        FallbackPolicy threeAttempts = new FallbackPolicy(Duration.ofHours(2), 3);
        Instant at = MORNING.plusSeconds(71);
        r = r.registryFailed(StateRegistry.EDUCATION, "answered with an error", at, at.plusSeconds(30),
                threeAttempts, by);
        for (StateRegistry registry : r.registriesDue(at)) {
            if (registry != StateRegistry.EDUCATION) {
                r = r.registryAnswered(registry, registry == StateRegistry.ASSESSMENTS
                        ? f -> f.withAssessments(List.of(new AssessmentResult(therapy, LocalDate.of(2024, 8, 20),
                        true))) : f -> nothingOnRecord(registry, f), at, by);
            }
        }
        r = r.registryFailed(StateRegistry.EDUCATION, "answered with an error", at.plusSeconds(30),
                at.plusSeconds(90), threeAttempts, RETRY_WORKER);
        r = r.registryFailed(StateRegistry.EDUCATION, "did not answer within 5 s", at.plusSeconds(90),
                Instant.parse("2026-11-20T06:00:00Z"), threeAttempts, RETRY_WORKER);
        Dossier declared = form.toBuilder()
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE,
                        LocalDate.of(2022, 6, 30)))
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, therapy, LocalDate.of(2024, 6, 30),
                        false))
                .build();
        r = r.formAmended(declared, ApplicationDetails.NONE, MORNING.plusSeconds(900), by);
        return r.attached(upload(name + "/1", DocumentCode.DIPLOMA, "диплом.pdf", MediaType.PDF,
                MORNING.plusSeconds(1000)), by);
    }

    /**
     * P02-like (format 4): the same, residency uploaded too and submitted; the education registry answered after the
     * submission, with a graduation day other than the one declared: recorded beside the declaration (R21, R70).
     */
    static CertificationRequest acceptedEducationAnsweredLate() {
        String name = "accepted-education-answered-late";
        CertificationRequest r = educationUnavailable(name);
        String by = label(r.state().applicant());
        r = r.attached(upload(name + "/2", DocumentCode.RESIDENCY, "резидентура.pdf", MediaType.PDF,
                MORNING.plusSeconds(1100)), by);
        CertificationRequest accepted = submit(r);
        return accepted.registryAnswered(StateRegistry.EDUCATION, education(registryDiploma(
                        EducationField.GENERAL_MEDICINE, LocalDate.of(2022, 7, 1), "Астана медицина университеті"),
                training(PostgraduateType.RESIDENCY, specialty("THERAPY"), LocalDate.of(2024, 6, 30))),
                Instant.parse("2026-11-20T06:00:01Z"), RETRY_WORKER);
    }

    /**
     * Format 5: a therapist who reads the service in Kazakh (the language chosen on the application) is refused on
     * ground 2; the officer writes the motivation in Kazakh and English, and the Russian is the rules' draft, marked
     * as generated (R91). Her evaluation names its subjects and exemptions in kk/ru/en.
     */
    static CertificationRequest refusedInKazakh() {
        Applicant applicant = applicant(Iin.of(LocalDate.of(1986, 3, 14), Sex.FEMALE, 4417).value(), "Омарова",
                "Сәуле", "Қайратқызы", Region.KARAGANDA);
        SpecialtyCode therapy = specialty("THERAPY");
        Dossier form = Dossier.builder(Category.DOMESTIC, therapy, APPLIED)
                .professionalDevelopment(pd(therapy, StudyVolume.ofCredits(2), LocalDate.of(2024, 2, 1)))
                .build();
        String name = "refused-in-kazakh";
        String by = label(applicant);
        CertificationRequest started = CertificationRequest.start(new RequestId(id(name)), applicant, form,
                ApplicationDetails.NONE.inLanguage(Optional.of(Language.KK)), MORNING, by);
        CertificationRequest r = fetchedAll(consented(name, started, by), by, Map.of(
                StateRegistry.EDUCATION, education(registryDiploma(EducationField.GENERAL_MEDICINE,
                                LocalDate.of(2009, 6, 30), "Қарағанды мемлекеттік медицина университеті"),
                        training(PostgraduateType.INTERNSHIP, therapy, LocalDate.of(2010, 6, 30))),
                StateRegistry.CERTIFICATES, certificates(registryCertificate(therapy, LocalDate.of(2021, 12, 1),
                        QualificationLevel.SECOND)),
                StateRegistry.EMPLOYMENT, employment(EmploymentPeriod.current(therapy, LocalDate.of(2010, 9, 1),
                        true)),
                StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.NONE)));
        CertificationRequest accepted = submit(r.attached(upload(name + "/1", DocumentCode.PROFESSIONAL_DEVELOPMENT,
                "bilikti-arttyru.pdf", MediaType.PDF, MORNING.plusSeconds(1800)), by));
        List<Ground> grounds = List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        String officer = officer("21", Region.KARAGANDA);
        Evaluation evaluation = accepted.state().submission().orElseThrow().evaluation();
        RefusalReasons reasons = RefusalReasons.completed(evaluation, grounds,
                RefusalReasons.rulesFound(evaluation, grounds), Motivation.of(
                        "Соңғы 5 жылда біліктілікті арттырудың 4 кредитінің 2-і ғана расталды (R32).", null,
                        "Only 2 of the 4 credits of professional development in 5 years are confirmed (R32)."),
                List.of());
        return accepted.refusalProposed(reasons, LocalDate.of(2026, 11, 25), officer,
                        Instant.parse("2026-11-23T06:30:00Z"))
                .refused(reasons, LocalDate.of(2026, 11, 26), officer, Instant.parse("2026-11-26T04:30:00Z"));
    }

    /**
     * P20-like (format 3): a Tajik dentist the state database of individuals does not hold: the application names
     * the healthcare organisation, the postal address and phone (Appendix 5); the declared region decides the
     * department and the history says so (R71); the identity document is an upload (R47, R69).
     */
    static CertificationRequest acceptedForeignIdentityNotHeld() {
        Applicant applicant = new Applicant(Iin.parse("930303300172"), PersonName.of("Рахимов", "Фаррух", "Саидович"),
                Optional.of(Region.SHYMKENT), Contact.of("Шымкент, ул. Байтурсынова 12, кв. 4", "+992 93 555 12 34"));
        SpecialtyCode dentistry = specialty("DENTISTRY");
        CountryCode tajikistan = CountryCode.of("TJ");
        Dossier form = Dossier.builder(Category.FOREIGN, dentistry, APPLIED)
                .citizenship(tajikistan)
                .labourPermit(new LabourPermit("SHY-2026-000931", LocalDate.of(2026, 9, 15),
                        "ТОО «Дентал Плюс»"))
                .education(new EducationRecord(EducationLevel.HIGHER, EducationField.DENTISTRY,
                        LocalDate.of(2016, 6, 30), tajikistan, false, false,
                        Optional.of("Таджикский государственный медицинский университет"),
                        Optional.of(new Recognition("РК-ПР-2026-01544", LocalDate.of(2026, 8, 3),
                                Optional.of("ЕНИЦ МНВО РК"), Optional.empty(), Optional.empty(), false))))
                .build();
        ApplicationDetails details = new ApplicationDetails(Optional.empty(), Optional.of(new HealthcareOrganisation(
                "ТОО «Дентал Плюс»", "частная", "Шымкент, пр. Тауке хана 45, +7 725 200 00 00",
                Optional.of("филиал: Туркестан, ул. Есим хана 3"))));
        String by = label(applicant);
        String name = "accepted-foreign-identity-not-held";
        CertificationRequest r = consented(name, CertificationRequest.start(new RequestId(id(name)), applicant, form,
                details, MORNING, by), by);
        r = fetchedAll(r, by, Map.of(StateRegistry.IDENTITY, f -> f.withPerson(Optional.empty())));
        Instant at = MORNING.plusSeconds(1200);
        r = r.attached(upload(name + "/1", DocumentCode.IDENTITY_DOCUMENT, "паспорт.pdf", MediaType.PDF, at), by);
        r = r.attached(upload(name + "/2", DocumentCode.DIPLOMA, "диплом.pdf", MediaType.PDF, at.plusSeconds(30)), by);
        return submit(r);
    }

    /**
     * P06-like (format 3): an obstetrician whose name the state database of individuals holds otherwise than she
     * typed it (a review note), applying to confirm the FIRST level (R15); the officer issues on a refusal for want of
     * an assessment result, with a written override in Kazakh and Russian (R74, R91).
     */
    static CertificationRequest issuedWithOverrideAndLevel() {
        Applicant applicant = applicant("880115403256", "Ахметова", "Гүлнар", "Сәкенқызы", Region.AKTOBE);
        SpecialtyCode obstetrics = specialty("OBSTETRICS_GYNECOLOGY");
        Dossier form = Dossier.builder(Category.DOMESTIC, obstetrics, APPLIED)
                .requestsQualificationLevel(true)
                .professionalDevelopment(pd(obstetrics, StudyVolume.ofCredits(5), LocalDate.of(2024, 10, 1)))
                .build();
        ApplicationDetails details = new ApplicationDetails(Optional.of(QualificationLevel.FIRST), Optional.empty());
        String by = label(applicant);
        String name = "issued-with-override-and-level";
        CertificationRequest r = consented(name, CertificationRequest.start(new RequestId(id(name)), applicant, form,
                details, MORNING, by), by);
        r = fetchedAll(r, by, Map.of(
                StateRegistry.EDUCATION, education(registryDiploma(EducationField.GENERAL_MEDICINE,
                                LocalDate.of(2011, 6, 30), "Марат Оспанов атындағы Батыс Қазақстан медицина университеті"),
                        training(PostgraduateType.INTERNSHIP, obstetrics, LocalDate.of(2012, 6, 30))),
                StateRegistry.CERTIFICATES, certificates(registryCertificate(obstetrics, LocalDate.of(2022, 9, 1),
                        QualificationLevel.FIRST)),
                StateRegistry.EMPLOYMENT, employment(EmploymentPeriod.current(obstetrics, LocalDate.of(2012, 8, 1),
                        true)),
                StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.NONE),
                StateRegistry.IDENTITY, f -> f.withPerson(Optional.of(new PersonRecord(applicant.iin(),
                        PersonName.of("Ахметова", "Гульнар", "Сакеновна"), CountryCode.KAZAKHSTAN,
                        Optional.of(Region.AKTOBE), false)))));
        CertificationRequest accepted = submit(r.attached(upload(name + "/1", DocumentCode.PROFESSIONAL_DEVELOPMENT,
                "pk-2024.pdf", MediaType.PDF, MORNING.plusSeconds(1800)), by));
        return accepted.issued(number(2026, 4151), LocalDate.of(2026, 11, 24), Optional.of(Motivation.of(
                        "Бағалау нәтижесі қабылдау кезінде ұсынылды және тексерілді.",
                        "Результат оценки представлен на приёме и проверен.", null)), officer("4", Region.AKTOBE),
                Instant.parse("2026-11-24T05:10:00Z"));
    }

    /**
     * P11-like (format 3): a neurologist whose uploaded PD certificate the officer found altered: ground 1 names the
     * upload (R85), heard and refused.
     */
    static CertificationRequest refusedOnAnUnreliableUpload() {
        Applicant applicant = applicant("811022401781", "Бекова", "Жанар", "Маратқызы", Region.ZHAMBYL);
        SpecialtyCode neurology = specialty("NEUROLOGY");
        Dossier form = Dossier.builder(Category.DOMESTIC, neurology, APPLIED)
                .professionalDevelopment(pd(neurology, StudyVolume.ofCredits(4), LocalDate.of(2025, 11, 3)))
                .build();
        String by = label(applicant);
        String name = "refused-unreliable-upload";
        CertificationRequest r = fetchedAll(consented(name, applicant, form), by, Map.of(
                StateRegistry.EDUCATION, education(registryDiploma(EducationField.GENERAL_MEDICINE,
                                LocalDate.of(2004, 6, 30), "Қазақ ұлттық медицина университеті"),
                        training(PostgraduateType.INTERNSHIP, neurology, LocalDate.of(2005, 6, 30))),
                StateRegistry.CERTIFICATES, certificates(registryCertificate(neurology, LocalDate.of(2021, 12, 10),
                        QualificationLevel.FIRST)),
                StateRegistry.EMPLOYMENT, employment(EmploymentPeriod.current(neurology, LocalDate.of(2005, 8, 1),
                        true)),
                StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.NONE)));
        Attachment altered = upload(name + "/1", DocumentCode.PROFESSIONAL_DEVELOPMENT, "pk-2025.pdf", MediaType.PDF,
                MORNING.plusSeconds(1800));
        CertificationRequest accepted = submit(r.attached(altered, by));
        List<Ground> grounds = List.of(Ground.GROUND_1_UNRELIABLE_DATA);
        String officer = officer("2", Region.ZHAMBYL);
        Evaluation evaluation = accepted.state().submission().orElseThrow().evaluation();
        RefusalReasons reasons = new RefusalReasons(grounds, RefusalReasons.rulesFound(evaluation, grounds),
                "Организация образования не выдавала удостоверение № 17-4410 (R85).", List.of(altered.id()));
        return accepted.refusalProposed(reasons, LocalDate.of(2026, 11, 25), officer,
                        Instant.parse("2026-11-23T06:00:00Z"))
                .refused(reasons, LocalDate.of(2026, 11, 26), officer, Instant.parse("2026-11-26T04:00:00Z"));
    }

    /** P02: a residency graduate asked for consent by OTP who has not answered yet. */
    static CertificationRequest awaitingConsent() {
        Applicant applicant = applicant("990203317687", "Сейтқали", "Нұрлан", "Ерланұлы", Region.ASTANA);
        Dossier form = Dossier.builder(Category.DOMESTIC, specialty("THERAPY"), APPLIED).build();
        return start("awaiting-consent", applicant, form)
                .consentRequested("OTP-7F3A21", "SMS", MORNING.plusSeconds(5), label(applicant));
    }

    /**
     * P03: an indefinite certificate of 2010; consent given, most registries answered, the education registry failed
     * twice and waits for its retry (R21, R70); the prohibition registry has not been asked yet. (A third course of
     * 1.25 credits and moments to the nanosecond are not in the demo scenario: they show that stored numbers and
     * instants keep their precision.)
     */
    static CertificationRequest awaitingRegistries() {
        Applicant applicant = applicant("660921421657", "Ким", "Елена", "Викторовна", Region.KARAGANDA);
        SpecialtyCode therapy = specialty("THERAPY");
        Dossier form = Dossier.builder(Category.DOMESTIC, therapy, APPLIED)
                .nameChangedAfterEducation(true)
                .professionalDevelopment(pd(therapy, StudyVolume.ofHours(60), LocalDate.of(2022, 5, 10)))
                .professionalDevelopment(pd(therapy, StudyVolume.ofCredits(2), LocalDate.of(2024, 10, 1)))
                .professionalDevelopment(pd(therapy, StudyVolume.ofCredits(new BigDecimal("1.25")),
                        LocalDate.of(2025, 3, 3)))
                .build();
        CertificationRequest r = consented("awaiting-registries", applicant, form);
        Instant at = MORNING.plusSeconds(75).plusNanos(123_456_789);
        String by = label(applicant);
        r = r.registryFailed(StateRegistry.EDUCATION, "no answer within PT5S", at, at.plusSeconds(30), by);
        r = r.registryAnswered(StateRegistry.CERTIFICATES, certificates(new HeldCertificate(therapy,
                LocalDate.of(2010, 5, 14), Optional.empty(), true, true, Optional.of(QualificationLevel.HIGHEST))),
                at.plusSeconds(1), by);
        r = r.registryAnswered(StateRegistry.NAME_CHANGES, f -> f.withNameChange(true), at.plusSeconds(2), by);
        r = r.registryAnswered(StateRegistry.ASSESSMENTS, f -> f.withAssessments(List.of()), at.plusSeconds(3), by);
        r = r.registryAnswered(StateRegistry.EMPLOYMENT,
                employment(EmploymentPeriod.current(therapy, LocalDate.of(1991, 8, 15), true)), at.plusSeconds(4), by);
        return r.registryFailed(StateRegistry.EDUCATION, "HTTP 503 from the education registry", at.plusSeconds(31),
                at.plusSeconds(91), RETRY_WORKER);
    }

    /**
     * P10: declined consent (R90), so nothing is fetched, and uploads of what she declared: a diploma, her
     * certificate (JPEG) and a professional development certificate (PNG).
     */
    static CertificationRequest consentDeclinedWithUploads() {
        Applicant applicant = applicant("810606449449", "Бекова", "Салтанат", "Нұржанқызы", Region.KOSTANAY);
        SpecialtyCode pediatrics = specialty("PEDIATRICS");
        Dossier form = Dossier.builder(Category.DOMESTIC, pediatrics, APPLIED)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2004, 6, 30)))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, pediatrics,
                        LocalDate.of(2005, 6, 30), false))
                .certificate(HeldCertificate.valid(pediatrics, LocalDate.of(2022, 5, 1), LocalDate.of(2027, 5, 1),
                        false))
                .employment(EmploymentPeriod.current(pediatrics, LocalDate.of(2005, 9, 1), false))
                .professionalDevelopment(pd(pediatrics, StudyVolume.ofCredits(4), LocalDate.of(2024, 11, 11)))
                .build();
        String by = label(applicant);
        CertificationRequest r = start("awaiting-documents", applicant, form)
                .consentRequested("OTP-19C0D4", "SMS", MORNING.plusSeconds(5), by)
                .consentDeclined(MORNING.plusSeconds(300), by);
        Instant at = MORNING.plusSeconds(600);
        r = r.attached(upload("awaiting-documents/1", DocumentCode.DIPLOMA, "диплом 2004.pdf", MediaType.PDF, at),
                by);
        r = r.attached(new Attachment(id("awaiting-documents/2"), DocumentCode.CERTIFICATE_COPY,
                Optional.of("PEDIATRICS"), "certificate.jpg", MediaType.JPEG, 48_213, sha256("awaiting-documents/2"),
                false, Optional.empty(), at.plusSeconds(40)), by);
        return r.attached(upload("awaiting-documents/3", DocumentCode.PROFESSIONAL_DEVELOPMENT, "пк-2024.png",
                MediaType.PNG, at.plusSeconds(95)), by);
    }

    /** P01: the README's pediatrician confirming a valid certificate: eligible, waiting for the officer. */
    static CertificationRequest acceptedEligible() {
        Applicant applicant = applicant("850412413718", "Абенова", "Айгерим", "Болатқызы", Region.ALMATY_CITY);
        SpecialtyCode pediatrics = specialty("PEDIATRICS");
        Dossier form = Dossier.builder(Category.DOMESTIC, pediatrics, APPLIED)
                .professionalDevelopment(pd(pediatrics, StudyVolume.ofCredits(2), LocalDate.of(2023, 3, 15)))
                .professionalDevelopment(pd(pediatrics, StudyVolume.ofHours(90), LocalDate.of(2025, 2, 10)))
                .build();
        String by = label(applicant);
        CertificationRequest r = fetchedAll(consented("accepted-eligible", applicant, form), by, Map.of(
                StateRegistry.EDUCATION, education(
                        registryDiploma(EducationField.PEDIATRICS, LocalDate.of(2008, 6, 30),
                                "Асфендияров атындағы Қазақ ұлттық медицина университеті"),
                        training(PostgraduateType.INTERNSHIP, pediatrics, LocalDate.of(2009, 6, 30))),
                StateRegistry.CERTIFICATES, certificates(registryCertificate(pediatrics, LocalDate.of(2022, 3, 1),
                        QualificationLevel.FIRST)),
                StateRegistry.EMPLOYMENT, employment(EmploymentPeriod.current(pediatrics, LocalDate.of(2009, 8, 1),
                        true)),
                StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.NONE)));
        return submit(r.attached(upload("accepted-eligible/1", DocumentCode.PROFESSIONAL_DEVELOPMENT,
                "ПК 2023 и 2025.pdf", MediaType.PDF, MORNING.plusSeconds(1800)), by));
    }

    /**
     * P12: an infectious diseases physician of whom the prohibition service holds no data: eligible, with a review
     * note for the officer (R68); the certificate registry gives no qualification level.
     */
    static CertificationRequest acceptedWithReviewNote() {
        Applicant applicant = applicant("840827357381", "Смағұлов", "Бекзат", "Әлібекұлы", Region.KYZYLORDA);
        SpecialtyCode infectious = specialty("INFECTIOUS_DISEASES");
        Dossier form = Dossier.builder(Category.DOMESTIC, infectious, APPLIED)
                .professionalDevelopment(pd(infectious, StudyVolume.ofHours(150), LocalDate.of(2025, 5, 20)))
                .build();
        String by = label(applicant);
        CertificationRequest r = fetchedAll(consented("accepted-eligible-review-note", applicant, form), by, Map.of(
                StateRegistry.EDUCATION, education(
                        registryDiploma(EducationField.GENERAL_MEDICINE, LocalDate.of(2008, 6, 30),
                                "Қазақ ұлттық медицина университеті"),
                        training(PostgraduateType.INTERNSHIP, infectious, LocalDate.of(2009, 6, 30))),
                StateRegistry.CERTIFICATES, certificates(HeldCertificate.valid(infectious, LocalDate.of(2023, 1, 15),
                        LocalDate.of(2028, 1, 15), true)),
                StateRegistry.EMPLOYMENT, employment(EmploymentPeriod.current(infectious, LocalDate.of(2009, 9, 1),
                        true)),
                StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.NO_DATA)));
        return submit(r.attached(upload("accepted-eligible-review-note/1", DocumentCode.PROFESSIONAL_DEVELOPMENT,
                "infektsionist-pk.pdf", MediaType.PDF, MORNING.plusSeconds(1800)), by));
    }

    /**
     * P04: a neurologist whose certificate lapsed over 3 years ago after a long break, treated as first-time (R07,
     * R12): two flags, and a refusal on ground 2.
     */
    static CertificationRequest acceptedRefusal() {
        Applicant applicant = applicant("820130325628", "Жұмабаев", "Ерлан", "Серікұлы", Region.PAVLODAR);
        SpecialtyCode neurology = specialty("NEUROLOGY");
        Dossier form = Dossier.builder(Category.DOMESTIC, neurology, APPLIED)
                .professionalDevelopment(pd(neurology, StudyVolume.ofCredits(4), LocalDate.of(2025, 4, 1)))
                .build();
        String by = label(applicant);
        CertificationRequest r = fetchedAll(consented("accepted-refusal", applicant, form), by, Map.of(
                StateRegistry.EDUCATION, education(
                        registryDiploma(EducationField.GENERAL_MEDICINE, LocalDate.of(2005, 6, 30),
                                "Семей мемлекеттік медицина академиясы"),
                        training(PostgraduateType.INTERNSHIP, neurology, LocalDate.of(2006, 6, 30)),
                        training(PostgraduateType.CLINICAL_ORDINATURA, neurology, LocalDate.of(2008, 6, 30))),
                StateRegistry.CERTIFICATES, certificates(registryCertificate(neurology, LocalDate.of(2016, 6, 1),
                        QualificationLevel.SECOND)),
                StateRegistry.EMPLOYMENT, employment(EmploymentPeriod.ended(neurology, LocalDate.of(2008, 9, 1),
                        LocalDate.of(2021, 5, 31), true)),
                StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.NONE)));
        return submit(r.attached(upload("accepted-refusal/1", DocumentCode.PROFESSIONAL_DEVELOPMENT,
                "pk-neurology-2025.pdf", MediaType.PDF, MORNING.plusSeconds(1800)), by));
    }

    /**
     * P08: a surgeon whose activity a court prohibited (R68, R88): the officer proposes a refusal and the applicant
     * objects within the hearing window.
     */
    static CertificationRequest refusalProposedAndObjected() {
        Applicant applicant = applicant("750525341502", "Тоқтаров", "Асхат", "Бауыржанұлы", Region.ATYRAU);
        SpecialtyCode surgery = specialty("GENERAL_SURGERY");
        Dossier form = Dossier.builder(Category.DOMESTIC, surgery, APPLIED)
                .professionalDevelopment(pd(surgery, StudyVolume.ofCredits(4), LocalDate.of(2024, 4, 20)))
                .build();
        String by = label(applicant);
        CertificationRequest r = fetchedAll(consented("refusal-proposed", applicant, form), by, Map.of(
                StateRegistry.EDUCATION, education(
                        registryDiploma(EducationField.GENERAL_MEDICINE, LocalDate.of(1998, 6, 30),
                                "Западно-Казахстанская государственная медицинская академия"),
                        training(PostgraduateType.INTERNSHIP, surgery, LocalDate.of(1999, 6, 30))),
                StateRegistry.CERTIFICATES, certificates(registryCertificate(surgery, LocalDate.of(2023, 2, 1),
                        QualificationLevel.HIGHEST)),
                StateRegistry.EMPLOYMENT, employment(EmploymentPeriod.current(surgery, LocalDate.of(1999, 8, 1),
                        true)),
                StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.ACTIVITY_PROHIBITED)));
        CertificationRequest accepted = submit(r.attached(upload("refusal-proposed/1",
                DocumentCode.PROFESSIONAL_DEVELOPMENT, "pk-surgery.pdf", MediaType.PDF, MORNING.plusSeconds(1800)),
                by));
        List<Ground> grounds = List.of(Ground.GROUND_4_COURT_PROHIBITION);
        return accepted
                .refusalProposed(reasons(accepted, grounds, "Вступившее в законную силу решение суда запрещает "
                                + "медицинскую деятельность (R88); сот шешімі медициналық қызметке тыйым салады."),
                        LocalDate.of(2026, 11, 25), officer("7", Region.ATYRAU), Instant.parse("2026-11-23T05:30:00Z"))
                .objected("Решение суда обжаловано в апелляционном порядке, копия жалобы направлена почтой.",
                        LocalDate.of(2026, 11, 24), by, Instant.parse("2026-11-24T09:12:45.120Z"));
    }

    /**
     * P09: an anaesthetist deprived of a special right by a verdict (R89): a proposed refusal, no objection within
     * the window, and the final refusal with its motivation reworded.
     */
    static CertificationRequest refused() {
        Applicant applicant = applicant("801214345470", "Нұрғалиев", "Тимур", "Ержанович", Region.MANGYSTAU);
        SpecialtyCode anaesthesiology = specialty("ANESTHESIOLOGY_REANIMATOLOGY");
        Dossier form = Dossier.builder(Category.DOMESTIC, anaesthesiology, APPLIED)
                .professionalDevelopment(pd(anaesthesiology, StudyVolume.ofCredits(5), LocalDate.of(2023, 9, 15)))
                .build();
        String by = label(applicant);
        CertificationRequest r = fetchedAll(consented("refused", applicant, form), by, Map.of(
                StateRegistry.EDUCATION, education(
                        registryDiploma(EducationField.GENERAL_MEDICINE, LocalDate.of(2004, 6, 30),
                                "Западно-Казахстанская государственная медицинская академия"),
                        training(PostgraduateType.INTERNSHIP, anaesthesiology, LocalDate.of(2005, 6, 30))),
                StateRegistry.CERTIFICATES, certificates(registryCertificate(anaesthesiology,
                        LocalDate.of(2022, 11, 1), QualificationLevel.FIRST)),
                StateRegistry.EMPLOYMENT, employment(EmploymentPeriod.current(anaesthesiology,
                        LocalDate.of(2005, 8, 1), true)),
                StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.SPECIAL_RIGHT_DEPRIVED)));
        CertificationRequest accepted = submit(r.attached(upload("refused/1", DocumentCode.PROFESSIONAL_DEVELOPMENT,
                "pk.pdf", MediaType.PDF, MORNING.plusSeconds(1800)), by));
        List<Ground> grounds = List.of(Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED);
        String officer = officer("12", Region.MANGYSTAU);
        return accepted
                .refusalProposed(reasons(accepted, grounds, "Приговор суда о лишении специального права вступил "
                        + "в законную силу (R89)."), LocalDate.of(2026, 11, 25), officer,
                        Instant.parse("2026-11-23T04:10:00Z"))
                .refused(reasons(accepted, grounds, "Возражений не поступило. Приговор суда о лишении специального "
                                + "права вступил в законную силу (R89); арнайы құқықтан айыру туралы үкім."),
                        LocalDate.of(2026, 11, 26), officer, Instant.parse("2026-11-26T03:35:00Z"));
    }

    /**
     * P26: an interventional cardiologist confirming a specialization and asking for a qualification level (R05, R15),
     * with a certification course; issued by an officer.
     */
    static CertificationRequest issuedByOfficer() {
        Applicant applicant = applicant("780418312969", "Шевченко", "Виктор", "Николаевич", Region.PAVLODAR);
        SpecialtyCode cardiology = specialty("CARDIOLOGY");
        SpecialtyCode interventional = specialty("INTERVENTIONAL_CARDIOLOGY");
        Dossier form = Dossier.builder(Category.DOMESTIC, cardiology, APPLIED)
                .declaredSpecialization(interventional)
                .requestsQualificationLevel(true)
                .professionalDevelopment(pd(cardiology, StudyVolume.ofCredits(2), LocalDate.of(2022, 11, 25)))
                .professionalDevelopment(pd(interventional, StudyVolume.ofHours(90), LocalDate.of(2025, 9, 19)))
                .certificationCourse(new CertificationCourse(interventional, new BigDecimal("30"),
                        LocalDate.of(2012, 11, 30)))
                .build();
        String by = label(applicant);
        CertificationRequest r = fetchedAll(consented("issued-by-officer", applicant, form), by, Map.of(
                StateRegistry.EDUCATION, education(
                        registryDiploma(EducationField.GENERAL_MEDICINE, LocalDate.of(2001, 6, 29),
                                "Семипалатинская государственная медицинская академия"),
                        training(PostgraduateType.INTERNSHIP, specialty("THERAPY"), LocalDate.of(2002, 6, 30)),
                        training(PostgraduateType.CLINICAL_ORDINATURA, cardiology, LocalDate.of(2004, 6, 30))),
                StateRegistry.CERTIFICATES, certificates(
                        registryCertificate(cardiology, LocalDate.of(2022, 6, 1), QualificationLevel.HIGHEST),
                        registryCertificate(interventional, LocalDate.of(2022, 6, 1), QualificationLevel.FIRST)),
                StateRegistry.ASSESSMENTS, f -> f.withAssessments(List.of(new AssessmentResult(interventional,
                        LocalDate.of(2026, 10, 8), true))),
                StateRegistry.EMPLOYMENT, employment(
                        EmploymentPeriod.ended(cardiology, LocalDate.of(2004, 8, 1), LocalDate.of(2012, 12, 31), true),
                        EmploymentPeriod.current(interventional, LocalDate.of(2013, 1, 9), true)),
                StateRegistry.PROHIBITIONS, f -> f.withProhibition(Prohibition.NONE)));
        Instant at = MORNING.plusSeconds(2400);
        r = r.attached(upload("issued-by-officer/1", DocumentCode.PROFESSIONAL_DEVELOPMENT, "pk-cardiology.pdf",
                MediaType.PDF, at), by);
        r = r.attached(upload("issued-by-officer/2", DocumentCode.CERTIFICATION_COURSE,
                "сертификационный курс 2012.pdf", MediaType.PDF, at.plusSeconds(45)), by);
        return issue(submit(r), number(2026, 4140), LocalDate.of(2026, 11, 23), officer("5", Region.PAVLODAR),
                Instant.parse("2026-11-23T10:05:00Z"));
    }

    /**
     * P19: a citizen of Uzbekistan, first-time, with a labour permit (R53), recognition (R48) and a work record in
     * Uzbek with its notarized translation (R20); issued by an officer.
     */
    static CertificationRequest issuedByOfficerForeign() {
        Applicant applicant = applicant("920505385175", "Каримов", "Шерзод", "Алишерович", Region.ALMATY_CITY);
        SpecialtyCode therapy = specialty("THERAPY");
        CountryCode uzbekistan = CountryCode.of("UZ");
        Dossier form = Dossier.builder(Category.FOREIGN, therapy, APPLIED)
                .citizenship(uzbekistan)
                .labourPermit(new LabourPermit("ALM-2026-004512", LocalDate.of(2026, 10, 1),
                        "ГКП на ПХВ «Городская поликлиника №5» г. Алматы"))
                .education(new EducationRecord(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE,
                        LocalDate.of(2015, 6, 30), uzbekistan, false, false,
                        Optional.of("Ташкентская медицинская академия"),
                        Optional.of(new Recognition("РК-ПР-2026-00871", LocalDate.of(2026, 7, 1),
                                Optional.of("ЕНИЦ МНВО РК"), Optional.of("№ 230"), Optional.empty(), false))))
                .postgraduate(new PostgraduateTraining(PostgraduateType.CLINICAL_ORDINATURA, therapy,
                        LocalDate.of(2018, 6, 30), false))
                .employment(EmploymentPeriod.ended(therapy, LocalDate.of(2018, 9, 1), LocalDate.of(2026, 8, 31),
                        false))
                .foreignLanguageDocument(DocumentCode.EMPLOYMENT_RECORD)
                .build();
        String by = label(applicant);
        CertificationRequest r = fetchedAll(consented("issued-by-officer-foreign", applicant, form), by, Map.of(
                StateRegistry.ASSESSMENTS, f -> f.withAssessments(List.of(new AssessmentResult(therapy,
                        LocalDate.of(2026, 9, 18), true))),
                StateRegistry.IDENTITY, f -> f.withIdentity(true)));
        Instant at = MORNING.plusSeconds(1200);
        String p = "issued-by-officer-foreign/";
        r = r.attached(upload(p + 1, DocumentCode.DIPLOMA, "diplom.pdf", MediaType.PDF, at), by);
        r = r.attached(upload(p + 2, DocumentCode.RECOGNITION, "признание.pdf", MediaType.PDF, at.plusSeconds(30)),
                by);
        r = r.attached(upload(p + 3, DocumentCode.RESIDENCY, "ordinatura.jpg", MediaType.JPEG, at.plusSeconds(60)),
                by);
        r = r.attached(new Attachment(id(p + 4), DocumentCode.EMPLOYMENT_RECORD, Optional.empty(),
                "mehnat daftarchasi.pdf", MediaType.PDF, 731_904, sha256(p + 4), true, Optional.empty(),
                at.plusSeconds(90)), by);
        r = r.attached(new Attachment(id(p + 5), DocumentCode.NOTARIZED_TRANSLATION, Optional.of("EMPLOYMENT_RECORD"),
                "перевод трудовой книжки.pdf", MediaType.PDF, 402_118, sha256(p + 5), false,
                Optional.of(DocumentCode.EMPLOYMENT_RECORD), at.plusSeconds(120)), by);
        r = r.attached(upload(p + 6, DocumentCode.LABOUR_PERMIT, "разрешение.pdf", MediaType.PDF,
                at.plusSeconds(150)), by);
        return issue(submit(r), number(2026, 4127), LocalDate.of(2026, 11, 24), officer("3", Region.ALMATY_CITY),
                Instant.parse("2026-11-24T06:40:00Z"));
    }

    /**
     * P22: a citizen of Kyrgyzstan confirming a pediatrics certificate the registry holds; the service confirms it
     * itself on submission (R14, R74).
     */
    static CertificationRequest issuedAutomaticallyForeign() {
        Applicant applicant = applicant("901010497084", "Асанова", "Айпери", "Тилековна", Region.ALMATY_REGION);
        SpecialtyCode pediatrics = specialty("PEDIATRICS");
        CountryCode kyrgyzstan = CountryCode.of("KG");
        Dossier form = Dossier.builder(Category.FOREIGN, pediatrics, APPLIED)
                .citizenship(kyrgyzstan)
                .education(new EducationRecord(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2014, 6, 30), kyrgyzstan, false, false,
                        Optional.of("Кыргызская государственная медицинская академия им. И.К. Ахунбаева"),
                        Optional.empty()))
                .employment(EmploymentPeriod.current(pediatrics, LocalDate.of(2023, 4, 1), false))
                .professionalDevelopment(pd(pediatrics, StudyVolume.ofCredits(2), LocalDate.of(2024, 3, 1)))
                .professionalDevelopment(pd(pediatrics, StudyVolume.ofCredits(2), LocalDate.of(2026, 2, 1)))
                .build();
        String by = label(applicant);
        CertificationRequest r = fetchedAll(consented("issued-automatically-foreign", applicant, form), by, Map.of(
                StateRegistry.CERTIFICATES, certificates(registryCertificate(pediatrics, LocalDate.of(2023, 3, 15),
                        QualificationLevel.FIRST))));
        Instant at = MORNING.plusSeconds(1500);
        r = r.attached(upload("issued-automatically-foreign/1", DocumentCode.DIPLOMA, "diploma-kgma.pdf",
                MediaType.PDF, at), by);
        r = r.attached(upload("issued-automatically-foreign/2", DocumentCode.PROFESSIONAL_DEVELOPMENT,
                "pk-2024-2026.pdf", MediaType.PDF, at.plusSeconds(20)), by);
        CertificationRequest accepted = submit(r);
        Submission submission = accepted.state().submission().orElseThrow();
        return accepted.confirmedAutomatically(number(2026, 4133), submission.registeredOn(),
                submission.submittedAt());
    }

    /** A foreign specialist's application names an organisation (Appendix 5), as every one does today. */
    private static CertificationRequest start(String name, Applicant applicant, Dossier form) {
        ApplicationDetails details = form.category() == Category.FOREIGN
                ? new ApplicationDetails(Optional.empty(), Optional.of(new HealthcareOrganisation(
                "ГКП на ПХВ «Городская поликлиника №5»", "государственная", "Алматы", Optional.empty())))
                : ApplicationDetails.NONE;
        Applicant declared = form.category() == Category.FOREIGN ? new Applicant(applicant.iin(), applicant.name(),
                applicant.region(), Contact.of("Алматы", "+7 700 400 00 00")) : applicant;
        return CertificationRequest.start(new RequestId(id(name)), declared, form, details, MORNING,
                label(applicant));
    }

    /** The officer issues; where the rules found grounds, with a written override (R74, R91). */
    private static CertificationRequest issue(CertificationRequest accepted, CertificateNumber number,
                                              LocalDate issuedOn, String officer, Instant at) {
        boolean refused = !accepted.state().submission().orElseThrow().evaluation().outcome().isEligible();
        return accepted.issued(number, issuedOn, refused ? Optional.of(Motivation.of(null,
                "Документы проверены на приёме.", null)) : Optional.empty(), officer, at);
    }

    /** Started, asked for consent by OTP and consented a minute later: every registry is pending. */
    private static CertificationRequest consented(String name, Applicant applicant, Dossier form) {
        return consented(name, start(name, applicant, form), label(applicant));
    }

    /** {@code started}, asked for consent by OTP and consented a minute later by {@code by}. */
    private static CertificationRequest consented(String name, CertificationRequest started, String by) {
        return started.consentRequested("OTP-" + id(name).toString().substring(0, 6).toUpperCase(), "SMS",
                        MORNING.plusSeconds(5), by)
                .consentGiven(MORNING.plusSeconds(70), by);
    }

    /**
     * Every registry asked answers, in the order asked, one second apart: with its entry of {@code answers}, or with
     * nothing on record (no records, no name change, no prohibition, identity known) when it has none.
     */
    private static CertificationRequest fetchedAll(CertificationRequest r, String by,
                                                   Map<StateRegistry, UnaryOperator<FetchedFacts>> answers) {
        Instant at = MORNING.plusSeconds(71);
        for (StateRegistry registry : r.registriesDue(at)) {
            r = r.registryAnswered(registry, answers.getOrDefault(registry, f -> nothingOnRecord(registry, f)), at,
                    by);
            at = at.plusSeconds(1);
        }
        return r;
    }

    private static FetchedFacts nothingOnRecord(StateRegistry registry, FetchedFacts f) {
        return switch (registry) {
            case EDUCATION -> f.withEducation(List.of(), List.of());
            case CERTIFICATES -> f.withCertificates(List.of());
            case NAME_CHANGES -> f.withNameChange(false);
            case ASSESSMENTS -> f.withAssessments(List.of());
            case EMPLOYMENT -> f.withEmployment(List.of());
            case PROHIBITIONS -> f.withProhibition(Prohibition.NONE);
            case IDENTITY -> f.withIdentity(true);
        };
    }

    /**
     * Signed and registered at 10:00 in Almaty with the evaluation the rules give then, as SubmitRequestService builds
     * it (R17, R22, R73, R78).
     */
    private static CertificationRequest submit(CertificationRequest r) {
        Evaluation evaluation = r.evaluate(RULES, APPLIED, Optional.of(SUBMITTED), List.of());
        ServiceDeadline deadline = evaluation.deadline().orElseThrow();
        Applicant applicant = r.state().applicant();
        return r.submitted(new Submission(SUBMITTED, deadline.registeredOn(), deadline.decisionDue(),
                r.contentDigest(), "DEMO-EDS:" + applicant.iin().value() + ":" + r.contentDigest(), evaluation),
                label(applicant));
    }

    private static RefusalReasons reasons(CertificationRequest accepted, List<Ground> grounds, String motivation) {
        Evaluation evaluation = accepted.state().submission().orElseThrow().evaluation();
        return new RefusalReasons(grounds, RefusalReasons.rulesFound(evaluation, grounds), motivation);
    }

    private static UnaryOperator<FetchedFacts> education(EducationRecord diploma, PostgraduateTraining... training) {
        return f -> f.withEducation(List.of(diploma), List.of(training));
    }

    private static UnaryOperator<FetchedFacts> certificates(HeldCertificate... certificates) {
        return f -> f.withCertificates(List.of(certificates));
    }

    private static UnaryOperator<FetchedFacts> employment(EmploymentPeriod... periods) {
        return f -> f.withEmployment(List.of(periods));
    }

    private static EducationRecord registryDiploma(EducationField field, LocalDate graduated, String institution) {
        return new EducationRecord(EducationLevel.HIGHER, field, graduated, CountryCode.KAZAKHSTAN, false, true,
                Optional.of(institution), Optional.empty());
    }

    private static PostgraduateTraining training(PostgraduateType type, SpecialtyCode specialty, LocalDate done) {
        return new PostgraduateTraining(type, specialty, done, true);
    }

    /** A five-year certificate as the certificates registry returns it (R64). */
    private static HeldCertificate registryCertificate(SpecialtyCode specialty, LocalDate issuedOn,
                                                       QualificationLevel level) {
        return new HeldCertificate(specialty, issuedOn, Optional.of(issuedOn.plusYears(5)), false, true,
                Optional.of(level));
    }

    private static ProfessionalDevelopment pd(SpecialtyCode specialty, StudyVolume volume, LocalDate completedOn) {
        return new ProfessionalDevelopment(specialty, volume, completedOn);
    }

    /** An upload in Kazakh or Russian, of no particular subject. */
    private static Attachment upload(String name, DocumentCode document, String fileName, MediaType mediaType,
                                     Instant at) {
        return new Attachment(id(name), document, Optional.empty(), fileName, mediaType, 20_000L + name.length() * 997L,
                sha256(name), false, Optional.empty(), at);
    }

    private static String sha256(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("golden upload " + name).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Applicant applicant(String iin, String surname, String givenName, String patronymic,
                                       Region region) {
        return new Applicant(Iin.parse(iin), PersonName.of(surname, givenName, patronymic), region);
    }

    private static String label(Applicant applicant) {
        return new Actor.Applicant(applicant.iin()).auditLabel();
    }

    private static String officer(String id, Region region) {
        return new Actor.Officer(id, Department.of(region)).auditLabel();
    }

    private static SpecialtyCode specialty(String code) {
        return SpecialtyCode.of(code);
    }

    private static CertificateNumber number(int year, long serial) {
        return CertificateNumbers.issue(Year.of(year), serial);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("medcert golden " + name).getBytes(StandardCharsets.UTF_8));
    }
}
