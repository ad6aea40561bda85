package kz.medcert.adapters.http.pdf;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Certificates to render in tests. */
final class Certificates {
    static final String NUMBER = "MC-2026-00000123-7";
    static final String HOLDER = "Әбдірахманова Ләззат Серікқызы";
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 20);
    static final LocalDate VALID_UNTIL = LocalDate.of(2031, 11, 19);
    static final String LEGAL_BASIS = "Order ҚР ДСМ-274/2020 as amended by Order No. 23 of 20 June 2024";
    static final URI URL = URI.create("https://medcert.gov.kz/verify/MC-2026-00000123-7");
    static final Instant GENERATED_AT = Instant.parse("2026-11-25T09:30:00Z");

    private Certificates() {
    }

    /** An obstetrician-gynaecologist from Almaty with every optional field filled. */
    static CertificateDocument sample() {
        return new CertificateDocument(NUMBER, HOLDER,
                BilingualText.of("Акушерлік және гинекология", "Акушерство и гинекология"),
                List.of(BilingualText.of("Ұрық медицинасы", "Фетальная медицина")),
                Optional.of(BilingualText.of("Жоғары санат", "Высшая категория")),
                BilingualText.of("Алматы қаласы бойынша аумақтық департаменті",
                        "Территориальный департамент по городу Алматы"),
                ISSUED_ON, Optional.of(VALID_UNTIL),
                BilingualText.of("Жарамды", "Действителен"),
                LEGAL_BASIS, URL, GENERATED_AT);
    }

    static CertificateDocument withHolder(String holder) {
        CertificateDocument c = sample();
        return new CertificateDocument(c.certificateNumber(), holder, c.specialty(), c.specializations(),
                c.qualificationLevel(), c.issuingDepartment(), c.issuedOn(), c.validUntil(), c.status(),
                c.legalBasis(), c.verificationUrl(), c.generatedAt());
    }

    /** Issued before 2015-10-09 without an end date (R13), no specialization, no qualification level. */
    static CertificateDocument indefinite() {
        CertificateDocument c = sample();
        return new CertificateDocument("KZ-2014-0042", "Серікбаев Нұрлан", c.specialty(), List.of(),
                Optional.empty(), c.issuingDepartment(), LocalDate.of(2014, 5, 12), Optional.empty(), c.status(),
                c.legalBasis(), URI.create("https://medcert.gov.kz/verify/KZ-2014-0042"), c.generatedAt());
    }

    /** Every variable text far longer than any real one. */
    static CertificateDocument verbose() {
        CertificateDocument c = sample();
        String kkDepartment = "Қазақстан Республикасы Денсаулық сақтау министрлігінің Медициналық және "
                + "фармацевтикалық бақылау комитетінің Алматы қаласы бойынша аумақтық департаменті "
                + "республикалық мемлекеттік мекемесі";
        String ruDepartment = "Республиканское государственное учреждение «Департамент Комитета медицинского и "
                + "фармацевтического контроля Министерства здравоохранения Республики Казахстан по городу Алматы»";
        return new CertificateDocument(c.certificateNumber(),
                "Әбдірахманова-Құрманғалиева Ләззат-Гауһар Серікқызы Жаңабайұлы Өмірзаққызы",
                c.specialty(),
                List.of(BilingualText.of("Ұрық медицинасы", "Фетальная медицина"),
                        BilingualText.of("Репродуктология", "Репродуктология"),
                        BilingualText.of("Ультрадыбыстық диагностика акушерлік және гинекологияда",
                                "Ультразвуковая диагностика в акушерстве и гинекологии"),
                        BilingualText.of("Балалар мен жасөспірімдер гинекологиясы",
                                "Гинекология детей и подростков")),
                c.qualificationLevel(), BilingualText.of(kkDepartment, ruDepartment), c.issuedOn(),
                c.validUntil(), BilingualText.of("Жарамды, мерзімі ұзартылды", "Действителен, срок продлён"),
                c.legalBasis() + "; " + c.legalBasis(),
                URI.create("https://medcert.gov.kz/public/certificates/verify?number=MC-2026-00000123-7"
                        + "&lang=kk&source=qr-code-printed-on-paper"),
                c.generatedAt());
    }
}
