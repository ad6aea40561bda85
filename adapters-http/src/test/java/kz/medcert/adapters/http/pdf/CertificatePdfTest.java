package kz.medcert.adapters.http.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificatePdfTest {
    private static final int DPI = 200;

    private final CertificatePdf renderer = new CertificatePdf();

    @Test
    void printsEveryFieldInKazakhThenRussianWithKazakhLettersIntact() throws IOException {
        String text = text(renderer.render(Certificates.sample()));

        assertThat(text).contains(
                "Клиникалық практикаға жіберу үшін маман сертификаты",
                "Сертификат специалиста для допуска к клинической практике",
                "№ MC-2026-00000123-7",
                "Әбдірахманова Ләззат Серікқызы",
                "Акушерлік және гинекология", "Акушерство и гинекология",
                "Ұрық медицинасы", "Фетальная медицина",
                "Жоғары санат", "Высшая категория",
                "Алматы қаласы бойынша аумақтық департаменті", "Территориальный департамент по городу Алматы",
                "20.11.2026",
                "19.11.2031 дейін", "до 19.11.2031",
                "Жарамды", "Действителен",
                "Order ҚР ДСМ-274/2020 as amended by Order No. 23 of 20 June 2024",
                "https://medcert.gov.kz/verify/MC-2026-00000123-7",
                "25.11.2026 14:30 (+05:00)");
        // Labels in both languages, Kazakh first.
        assertThat(text).contains("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество", "Мамандығы",
                "Специальность", "Мамандануы", "Специализация", "Біліктілік санаты", "Квалификационная категория",
                "Сертификатты берген орган", "Орган, выдавший сертификат", "Берілген күні", "Дата выдачи",
                "Жарамдылық мерзімі", "Срок действия", "Мәртебесі", "Статус", "Құқықтық негізі",
                "Правовое основание");
        assertThat(text.indexOf("Клиникалық практикаға")).isLessThan(text.indexOf("Сертификат специалиста"));
        assertThat(text.indexOf("Акушерлік және")).isLessThan(text.indexOf("Акушерство и"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Әбдірахманова Ләззат Серікқызы",
        "Ғабдуллина Гауһар Өмірзаққызы",
        "Құрманғалиев Үкілі Жаңабайұлы",
        "ӘҒҚҢӨҰҮҺІ әғқңөұүһі",
    })
    void keepsEveryKazakhSpecificLetterOfTheHoldersName(String holder) throws IOException {
        byte[] pdf = renderer.render(Certificates.withHolder(holder));

        assertThat(text(pdf)).contains(holder);
    }

    @Test
    void embedsTheFontsItUses() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(Certificates.sample()))) {
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void qrCodeDecodesToTheVerificationUrl() throws Exception {
        Result result = decodeQr(renderer.render(Certificates.sample()));

        assertThat(result.getText()).isEqualTo(Certificates.URL.toString());
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
    }

    @Test
    void qrCodeIsAboutFortyMillimetresWide() throws IOException {
        BufferedImage page = page(renderer.render(Certificates.sample()));
        int modules = QrCode.encode(Certificates.URL.toString()).size();

        // Only the QR code is pure black: the bounding box of its dark modules, quiet zone excluded.
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFF) < 8) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        double symbolMillimetres = 40.0 * (modules - 2 * QrCode.QUIET_ZONE) / modules;
        assertThat(millimetres(maxX - minX + 1)).isCloseTo(symbolMillimetres, within(1.0));
        assertThat(millimetres(maxY - minY + 1)).isCloseTo(symbolMillimetres, within(1.0));
        // In the lower right corner of the page.
        assertThat(minX).isGreaterThan(page.getWidth() / 2);
        assertThat(minY).isGreaterThan(page.getHeight() * 2 / 3);
    }

    @Test
    void isOneA4PageWithMetadataFromTheInput() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(Certificates.sample()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getHeight());

            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle())
                    .isEqualTo("Маман сертификаты / Сертификат специалиста № MC-2026-00000123-7");
            assertThat(info.getSubject()).isEqualTo("Клиникалық практикаға жіберу үшін маман сертификаты / "
                    + "Сертификат специалиста для допуска к клинической практике");
            assertThat(info.getCreator()).isEqualTo("MedCert KZ");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Certificates.GENERATED_AT);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(Certificates.GENERATED_AT);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("kk-KZ");
        }
    }

    @Test
    void sameInputGivesTheSameBytes() {
        byte[] first = renderer.render(Certificates.sample());
        byte[] second = new CertificatePdf().render(Certificates.sample());

        assertThat(second).isEqualTo(first);
        assertThat(renderer.render(Certificates.withHolder("Серікбаев Нұрлан"))).isNotEqualTo(first);
    }

    @Test
    void indefiniteCertificateWithoutOptionalFields() throws Exception {
        byte[] pdf = renderer.render(Certificates.indefinite());
        String text = text(pdf);

        assertThat(text).contains("№ KZ-2014-0042", "Серікбаев Нұрлан", "12.05.2014", "Мерзімсіз", "Бессрочно");
        assertThat(text).doesNotContain("Мамандануы", "Специализация", "Біліктілік санаты", "дейін");
        assertThat(decodeQr(pdf).getText()).isEqualTo("https://medcert.gov.kz/verify/KZ-2014-0042");
    }

    @Test
    void longTextsWrapAndStillFitOnOnePage() throws Exception {
        CertificateDocument verbose = Certificates.verbose();
        byte[] bytes = renderer.render(verbose);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        String text = text(bytes);
        assertThat(text).contains(verbose.holderFullName(), verbose.issuingDepartment().kk(),
                verbose.issuingDepartment().ru(), "Гинекология детей и подростков");
        assertThat(decodeQr(bytes).getText()).isEqualTo(verbose.verificationUrl().toString());
    }

    @Test
    void refusesContentThatCannotFitOnOnePage() {
        CertificateDocument absurd = Certificates.withHolder("Әбдірахманова ".repeat(400));

        assertThatThrownBy(() -> renderer.render(absurd))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit on one page");
    }

    @Test
    void charactersTheFontLacksArePrintedAsQuestionMarks() throws IOException {
        String text = text(renderer.render(Certificates.withHolder("Ли Мин\u4E2D\u6587 Ким")));

        assertThat(text).contains("Ли Мин?? Ким");
    }

    @Test
    void rejectsIncompleteOrInconsistentInput() {
        CertificateDocument c = Certificates.sample();
        assertThatThrownBy(() -> Certificates.withHolder("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holderFullName");
        assertThatThrownBy(() -> new CertificateDocument(c.certificateNumber(), c.holderFullName(), c.specialty(),
                c.specializations(), c.qualificationLevel(), c.issuingDepartment(), LocalDate.of(2026, 1, 2),
                Optional.of(LocalDate.of(2026, 1, 1)), c.status(), c.legalBasis(), c.verificationUrl(),
                c.generatedAt()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> new CertificateDocument(c.certificateNumber(), c.holderFullName(), c.specialty(),
                List.of(), c.qualificationLevel(), c.issuingDepartment(), c.issuedOn(), c.validUntil(), c.status(),
                c.legalBasis(), URI.create("/verify/MC-1"), c.generatedAt()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> BilingualText.of("Жарамды", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ru");
    }

    @Test
    void fileNameCarriesTheNumber() {
        assertThat(CertificatePdf.fileName(Certificates.sample())).isEqualTo("certificate-MC-2026-00000123-7.pdf");
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * The page's text in drawing order (a wrapped value stays together, not interleaved with its label), every
     * whitespace run (line breaks of wrapped text included) made one space.
     */
    private static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static BufferedImage page(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFRenderer(pdf).renderImageWithDPI(0, DPI, ImageType.RGB);
        }
    }

    private static Result decodeQr(byte[] bytes) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page(bytes))));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on the rendered page", e);
        }
    }

    private static double millimetres(int pixels) {
        return pixels * 25.4 / DPI;
    }
}
