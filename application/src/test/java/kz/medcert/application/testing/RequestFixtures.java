package kz.medcert.application.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.fakes.FakeRegistries;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.dossier.LabourPermit;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.ApplicationDetails;
import kz.medcert.domain.request.PersonRecord;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;

/**
 * Applicants, declared forms, registry holdings and file contents for the application tests. The main story: a
 * domestic pediatrics graduate of 2025 whose internship, residency and assessment the registries hold, but not the
 * diploma, so the one required upload is the diploma (R21, R23).
 */
public final class RequestFixtures {

    /** Friday 20 November 2026, 10:00 in Almaty: within working hours (R77). */
    public static final String FRIDAY_MORNING = "2026-11-20T10:00+05:00";
    /** Friday 20 November 2026, 19:00 in Almaty: after working hours (R78). */
    public static final String FRIDAY_EVENING = "2026-11-20T19:00+05:00";

    public static final SpecialtyCode PEDIATRICS = SpecialtyCode.of("PEDIATRICS");
    public static final SpecialtyCode THERAPY = SpecialtyCode.of("THERAPY");

    public static final Iin GRADUATE_IIN = Iin.of(LocalDate.of(1999, 3, 14), Sex.FEMALE, 123);
    public static final Iin PEDIATRICIAN_IIN = Iin.of(LocalDate.of(1985, 7, 2), Sex.MALE, 456);
    public static final Iin FOREIGN_IIN = Iin.of(LocalDate.of(1990, 1, 20), Sex.MALE, 789);

    /** Each applicant acting on their own requests, as their bearer token names them. */
    public static final Actor.Applicant AS_GRADUATE = new Actor.Applicant(GRADUATE_IIN);
    public static final Actor.Applicant AS_PEDIATRICIAN = new Actor.Applicant(PEDIATRICIAN_IIN);
    public static final Actor.Applicant AS_FOREIGNER = new Actor.Applicant(FOREIGN_IIN);

    public static final LocalDate GRADUATED = LocalDate.of(2025, 6, 30);
    public static final LocalDate RESIDENCY_DONE = LocalDate.of(2026, 6, 30);
    public static final LocalDate ASSESSED = LocalDate.of(2026, 8, 15);

    private RequestFixtures() {
    }

    /** A graduate living in Almaty: the Almaty city department receives her requests (R71). */
    public static Applicant graduate() {
        return new Applicant(GRADUATE_IIN, PersonName.of("Сәрсенова", "Әйгерім", "Болатқызы"), Region.ALMATY_CITY);
    }

    /** A pediatrician of the Karaganda region. */
    public static Applicant pediatrician() {
        return new Applicant(PEDIATRICIAN_IIN, PersonName.of("Ахметов", "Ерлан"), Region.KARAGANDA);
    }

    /** A foreign specialist whose region is not known, with the postal address and phone of Appendix 5. */
    public static Applicant foreignSpecialist() {
        return new Applicant(FOREIGN_IIN, PersonName.of("Yilmaz", "Mehmet"), Optional.empty(),
                Contact.of("Almaty, Abay Ave 10, apt 5", "+90 532 123 45 67"));
    }

    /** The graduate as the state database of individuals holds her (R69, R71). */
    public static PersonRecord graduateRecord() {
        return new PersonRecord(GRADUATE_IIN, graduate().name(), CountryCode.KAZAKHSTAN, Optional.of(Region.ALMATY_CITY),
                false);
    }

    /** The pediatrician as the state database of individuals holds him. */
    public static PersonRecord pediatricianRecord() {
        return new PersonRecord(PEDIATRICIAN_IIN, pediatrician().name(), CountryCode.KAZAKHSTAN,
                Optional.of(Region.KARAGANDA), false);
    }

    /** The foreign specialist as the database holds him: a Turkish citizen without an address in Kazakhstan. */
    public static PersonRecord foreignRecord() {
        return new PersonRecord(FOREIGN_IIN, foreignSpecialist().name(), CountryCode.of("TR"), Optional.empty(),
                false);
    }

    /** What the graduate declares on the information form (A2-IF): diploma, internship, residency. */
    public static Dossier graduateForm() {
        return Dossier.builder(Category.DOMESTIC, PEDIATRICS, LocalDate.of(2026, 11, 20))
                .education(diploma())
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS, GRADUATED, false))
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, PEDIATRICS, RESIDENCY_DONE, false))
                .build();
    }

    public static EducationRecord diploma() {
        return EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS, GRADUATED);
    }

    /** The registries know the graduate's postgraduate training and assessment, not the diploma; no prohibition. */
    public static void graduateHoldings(FakeRegistries registries) {
        registries.of(GRADUATE_IIN)
                .person(graduateRecord())
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS, GRADUATED, true),
                        new PostgraduateTraining(PostgraduateType.RESIDENCY, PEDIATRICS, RESIDENCY_DONE, true))
                .assessments(new AssessmentResult(PEDIATRICS, ASSESSED, true))
                .prohibition(Prohibition.NONE);
    }

    /** A practising pediatrician confirming a certificate; the form declares nothing the registries hold. */
    public static Dossier pediatricianForm() {
        return Dossier.builder(Category.DOMESTIC, PEDIATRICS, LocalDate.of(2026, 11, 20))
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2008, 6, 30)))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS,
                        LocalDate.of(2009, 6, 30), false))
                .build();
    }

    /** The registries hold the pediatrician's certificate, valid until {@code lastValidDay}, and current job. */
    public static void pediatricianHoldings(FakeRegistries registries, LocalDate lastValidDay) {
        registries.of(PEDIATRICIAN_IIN)
                .person(pediatricianRecord())
                .certificates(HeldCertificate.valid(PEDIATRICS, lastValidDay.minusYears(5), lastValidDay, true))
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2009, 9, 1), true))
                .prohibition(Prohibition.NONE);
    }

    /** A Turkish therapist applying for the foreign specialist certificate (A6). */
    public static Dossier foreignForm() {
        CountryCode turkey = CountryCode.of("TR");
        return Dossier.builder(Category.FOREIGN, THERAPY, LocalDate.of(2026, 11, 20))
                .citizenship(turkey)
                .labourPermit(new LabourPermit("LP-2026-0042", LocalDate.of(2026, 6, 15), "City Hospital No. 1"))
                .education(new EducationRecord(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE,
                        LocalDate.of(2015, 6, 30), turkey, true, false, Optional.of("Ankara University"),
                        Optional.of(new Recognition("REC-2016-17", LocalDate.of(2016, 9, 1), Optional.empty(),
                                Optional.empty(), Optional.empty(), true))))
                .build();
    }

    /** What a form asks beyond the dossier: for a foreign specialist the organisation (Appendix 5). */
    public static ApplicationDetails detailsOf(Dossier form) {
        return form.category() == Category.FOREIGN ? new ApplicationDetails(Optional.empty(),
                Optional.of(new HealthcareOrganisation("City Hospital No. 1", "state",
                        "Almaty, Tole Bi St 93, +7 727 000 00 00", Optional.empty()))) : ApplicationDetails.NONE;
    }

    /** A request as the domain starts it (version 0), for repository tests. */
    public static CertificationRequest newRequest(Instant startedAt) {
        return CertificationRequest.start(new RequestId(UUID.randomUUID()), graduate(), graduateForm(), startedAt);
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
