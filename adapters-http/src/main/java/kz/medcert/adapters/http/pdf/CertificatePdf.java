package kz.medcert.adapters.http.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import kz.medcert.domain.reference.PersonDates;

/**
 * Renders a specialist certificate for admission to clinical practice as a one-page A4 PDF: Kazakh (the state
 * language) first, then Russian, every field labelled in both, and a QR code of the public verification URL.
 *
 * <p>Pure rendering: no I/O beyond the bundled DejaVu Sans fonts (embedded as subsets, since PDF's standard fonts have
 * no Kazakh letters) and no clock; the same {@link CertificateDocument} always gives the same bytes. Thread-safe.
 */
public final class CertificatePdf {

    public static final String MEDIA_TYPE = "application/pdf";

    /** The document's title, as printed at the top of the page. */
    public static final BilingualText TITLE = BilingualText.of(
            "Клиникалық практикаға жіберу үшін маман сертификаты",
            "Сертификат специалиста для допуска к клинической практике");

    /** Creator in the PDF metadata. */
    public static final String CREATOR = "MedCert KZ";

    /** Dates are printed day first, as on Kazakhstan's official documents. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm (xxx)");
    /** The generation timestamp is printed in Almaty time (UTC+5, all of Kazakhstan since 2024-03-01). */
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private static final String RESOURCES = "/kz/medcert/adapters/http/pdf/";
    private static final byte[] REGULAR_FONT = resource("DejaVuSans.ttf");
    private static final byte[] BOLD_FONT = resource("DejaVuSans-Bold.ttf");

    // Geometry, in points (1/72 in), measured from the top-left corner of the page.
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 48;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = 54;
    private static final float BOTTOM = PAGE.getHeight() - 40;
    private static final float LABEL_WIDTH = 168;
    private static final float COLUMN_GAP = 14;
    private static final float VALUE_LEFT = LEFT + LABEL_WIDTH + COLUMN_GAP;
    private static final float VALUE_WIDTH = RIGHT - VALUE_LEFT;
    private static final float ROW_PADDING = 6.5f;
    private static final float QR_SIZE = millimetres(40);
    private static final float[] SCALES = {1f, 0.95f, 0.9f, 0.85f, 0.8f, 0.75f, 0.7f, 0.65f, 0.6f};

    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color ACCENT = new Color(0x1B, 0x3F, 0x6B);
    private static final Color LABEL = new Color(0x3C, 0x4A, 0x5C);
    private static final Color MUTED = new Color(0x6B, 0x72, 0x7C);
    private static final Color RULE = new Color(0xC9, 0xCF, 0xD6);

    private static final BilingualText COUNTRY = BilingualText.of("Қазақстан Республикасы", "Республика Казахстан");
    private static final BilingualText NUMBER = BilingualText.of("Сертификат нөмірі", "Номер сертификата");
    private static final BilingualText HOLDER = BilingualText.of("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество");
    private static final BilingualText SPECIALTY = BilingualText.of("Мамандығы", "Специальность");
    private static final BilingualText SPECIALIZATION = BilingualText.of("Мамандануы", "Специализация");
    private static final BilingualText QUALIFICATION =
            BilingualText.of("Біліктілік санаты", "Квалификационная категория");
    private static final BilingualText DEPARTMENT =
            BilingualText.of("Сертификатты берген орган", "Орган, выдавший сертификат");
    private static final BilingualText ISSUED_ON = BilingualText.of("Берілген күні", "Дата выдачи");
    private static final BilingualText ORGANISATION = BilingualText.of("Денсаулық сақтау ұйымы",
            "Организация здравоохранения");
    private static final BilingualText VALIDITY = BilingualText.of("Жарамдылық мерзімі", "Срок действия");
    private static final BilingualText INDEFINITE = BilingualText.of("Мерзімсіз", "Бессрочно");
    private static final BilingualText STATUS = BilingualText.of("Мәртебесі", "Статус");
    private static final BilingualText LEGAL_BASIS = BilingualText.of("Құқықтық негізі", "Правовое основание");
    private static final BilingualText VERIFY = BilingualText.of(
            "Сертификаттың түпнұсқалығын QR-код немесе оның астындағы сілтеме бойынша тексеруге болады.",
            "Подлинность сертификата можно проверить по QR-коду или по ссылке под ним.");
    private static final BilingualText GENERATED = BilingualText.of(
            "Құжат MedCert KZ жүйесінде қалыптастырылды", "Документ сформирован в системе MedCert KZ");

    /** The one-page PDF of {@code certificate}. */
    public byte[] render(CertificateDocument certificate) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            Fonts fonts = new Fonts(
                    PDType0Font.load(pdf, new ByteArrayInputStream(REGULAR_FONT), true),
                    PDType0Font.load(pdf, new ByteArrayInputStream(BOLD_FONT), true));
            Sheet sheet = new Sheet(fonts, certificate);
            float scale = sheet.fittingScale();
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                sheet.draw(new Canvas(stream), scale);
            }
            describe(pdf, certificate);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render certificate " + certificate.certificateNumber(), e);
        }
    }

    /** A download file name for the certificate, e.g. {@code certificate-MC-2026-00000123-7.pdf}. */
    public static String fileName(CertificateDocument certificate) {
        return "certificate-" + certificate.certificateNumber().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    /** The title in the PDF metadata (shown by viewers in place of the file name). */
    public static String metadataTitle(CertificateDocument certificate) {
        return "Маман сертификаты / Сертификат специалиста № " + certificate.certificateNumber();
    }

    private static void describe(PDDocument pdf, CertificateDocument certificate) {
        GregorianCalendar created = GregorianCalendar.from(certificate.generatedAt().atZone(ZONE));
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(metadataTitle(certificate));
        info.setSubject(TITLE.kk() + " / " + TITLE.ru());
        info.setAuthor(certificate.issuingDepartment().kk() + " / " + certificate.issuingDepartment().ru());
        info.setKeywords(certificate.certificateNumber());
        info.setCreator(CREATOR);
        info.setProducer(CREATOR + " (Apache PDFBox)");
        info.setCreationDate(created);
        info.setModificationDate(created);
        pdf.getDocumentCatalog().setLanguage("kk-KZ");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
        // A fixed file identifier derived from the content: PDFBox would otherwise hash the clock into it.
        byte[] id = Arrays.copyOf(sha256(fingerprint(certificate)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static String fingerprint(CertificateDocument certificate) {
        return String.join("\u001f", certificate.toString(), CREATOR);
    }

    /** The page's content, laid out top to bottom; drawn once to measure (no canvas) and once for real. */
    private static final class Sheet {
        private final Fonts fonts;
        private final CertificateDocument certificate;

        Sheet(Fonts fonts, CertificateDocument certificate) {
            this.fonts = fonts;
            this.certificate = certificate;
        }

        /** The largest text scale at which the fields end above the verification block. */
        float fittingScale() throws IOException {
            for (float scale : SCALES) {
                if (body(Canvas.MEASURE, scale) <= footer(Canvas.MEASURE, scale) - 14 * scale) {
                    return scale;
                }
            }
            throw new IllegalArgumentException(
                    "certificate " + certificate.certificateNumber() + " does not fit on one page");
        }

        void draw(Canvas canvas, float scale) throws IOException {
            frame(canvas);
            body(canvas, scale);
            footer(canvas, scale);
        }

        private static void frame(Canvas canvas) throws IOException {
            canvas.rectangle(20, 20, PAGE.getWidth() - 40, PAGE.getHeight() - 40, ACCENT, 1.6f);
            canvas.rectangle(25, 25, PAGE.getWidth() - 50, PAGE.getHeight() - 50, ACCENT, 0.5f);
        }

        /** Header, number and fields; returns the y below the last field. */
        private float body(Canvas canvas, float scale) throws IOException {
            float y = TOP;
            y = canvas.centered(List.of(fonts.regular().line(COUNTRY.kk() + "  ·  " + COUNTRY.ru(), 8.5f * scale,
                    MUTED)), y);
            y += 10 * scale;
            y = canvas.centered(List.of(fonts.bold().fitted(TITLE.kk(), 15 * scale, 11 * scale, WIDTH, ACCENT)), y);
            y += 3 * scale;
            y = canvas.centered(List.of(fonts.bold().fitted(TITLE.ru(), 13 * scale, 10 * scale, WIDTH, ACCENT)), y);
            y += 9 * scale;
            canvas.hairline(LEFT + WIDTH / 4, RIGHT - WIDTH / 4, y, ACCENT, 0.8f);
            y += 9 * scale;
            y = canvas.centered(List.of(fonts.regular().line(NUMBER.kk() + " / " + NUMBER.ru(), 8.5f * scale,
                    LABEL)), y);
            y += 2 * scale;
            y = canvas.centered(List.of(fonts.bold().line("№ " + certificate.certificateNumber(), 18 * scale,
                    INK)), y);
            y += 14 * scale;

            canvas.hairline(LEFT, RIGHT, y, RULE, 0.6f);
            for (Row row : rows(scale)) {
                y = row(canvas, row, y, scale);
                canvas.hairline(LEFT, RIGHT, y, RULE, 0.6f);
            }
            return y;
        }

        private record Row(BilingualText label, List<Paragraph> value) {
        }

        private List<Row> rows(float scale) {
            float size = 10.5f * scale;
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(HOLDER, List.of(fonts.bold().paragraph(certificate.holderFullName(), 13 * scale, INK))));
            rows.add(new Row(SPECIALTY, bilingual(certificate.specialty(), fonts.regular(), size)));
            if (!certificate.specializations().isEmpty()) {
                rows.add(new Row(SPECIALIZATION, bilingual(joined(certificate.specializations()), fonts.regular(),
                        size)));
            }
            certificate.qualificationLevel().ifPresent(level ->
                    rows.add(new Row(QUALIFICATION, bilingual(level, fonts.regular(), size))));
            // Appendix 5: a foreign specialist is admitted to work in the organisation named in the application
            certificate.organisation().ifPresent(organisation -> rows.add(new Row(ORGANISATION,
                    List.of(fonts.regular().paragraph(organisation, size, INK)))));
            rows.add(new Row(DEPARTMENT, bilingual(certificate.issuingDepartment(), fonts.regular(), size)));
            rows.add(new Row(ISSUED_ON, List.of(fonts.regular().paragraph(format(certificate.issuedOn()), size, INK))));
            BilingualText validity = certificate.validUntil()
                    .map(until -> BilingualText.of(format(until) + " дейін", "до " + format(until)))
                    .orElse(INDEFINITE);
            rows.add(new Row(VALIDITY, bilingual(validity, fonts.regular(), size)));
            rows.add(new Row(STATUS, bilingual(certificate.status(), fonts.bold(), size)));
            rows.add(new Row(LEGAL_BASIS, List.of(fonts.regular().paragraph(certificate.legalBasis(), 9 * scale,
                    INK))));
            return rows;
        }

        private static BilingualText joined(List<BilingualText> texts) {
            return BilingualText.of(join(texts, BilingualText::kk), join(texts, BilingualText::ru));
        }

        private static String join(List<BilingualText> texts, Function<BilingualText, String> language) {
            return texts.stream().map(language).collect(Collectors.joining("; "));
        }

        /** Kazakh above Russian; once if they read the same. */
        private static List<Paragraph> bilingual(BilingualText text, Face face, float size) {
            if (text.sameInBothLanguages()) {
                return List.of(face.paragraph(text.kk(), size, INK));
            }
            return List.of(face.paragraph(text.kk(), size, INK), face.paragraph(text.ru(), size, LABEL));
        }

        private float row(Canvas canvas, Row row, float top, float scale) throws IOException {
            List<Paragraph> label = List.of(
                    fonts.bold().paragraph(row.label().kk(), 8.5f * scale, LABEL),
                    fonts.regular().paragraph(row.label().ru(), 8.5f * scale, MUTED));
            List<Line> labelLines = wrap(label, LABEL_WIDTH);
            List<Line> valueLines = wrap(row.value(), VALUE_WIDTH);
            float ascent = Math.max(labelLines.get(0).size(), valueLines.get(0).size());
            float baseline = top + ROW_PADDING * scale + ascent * 0.93f;
            float labelBottom = canvas.lines(labelLines, LEFT, baseline, 1.5f * scale);
            float valueBottom = canvas.lines(valueLines, VALUE_LEFT, baseline, 2.5f * scale);
            return Math.max(labelBottom, valueBottom) + ROW_PADDING * scale;
        }

        /**
         * The verification block at the foot of the page: the QR code in the right-hand corner with the URL under it,
         * the explanation to its left, and the generation line at the very bottom. Returns the block's top.
         */
        private float footer(Canvas canvas, float scale) throws IOException {
            String generatedAt = TIMESTAMP.format(ZonedDateTime.ofInstant(certificate.generatedAt(), ZONE));
            Line generated = fonts.regular().fitted(GENERATED.kk() + " / " + GENERATED.ru() + ": " + generatedAt,
                    7 * scale, 5.5f, WIDTH, MUTED);
            float generatedBaseline = BOTTOM - 2;
            canvas.line(generated, LEFT, generatedBaseline);

            // The URL under the QR code, centred on it as far as the right margin allows; wrapped only if even
            // the smallest size does not fit the page's width.
            String url = certificate.verificationUrl().toASCIIString();
            Line urlLine = fonts.regular().fitted(url, 8 * scale, 5.5f, WIDTH, ACCENT);
            List<Line> urlLines = urlLine.width() <= WIDTH ? List.of(urlLine)
                    : wrap(List.of(new Paragraph(urlLine.face(), urlLine.text(), urlLine.size(), ACCENT)), WIDTH);
            float leading = urlLine.size() * Canvas.LEADING;
            float urlBaseline = generatedBaseline - generated.size() * 1.3f - 8 * scale
                    - (urlLines.size() - 1) * leading;
            float qrCentre = RIGHT - QR_SIZE / 2;
            for (int i = 0; i < urlLines.size(); i++) {
                Line line = urlLines.get(i);
                float x = Math.max(LEFT, Math.min(qrCentre - line.width() / 2, RIGHT - line.width()));
                canvas.line(line, x, urlBaseline + i * leading);
            }

            float qrBottom = urlBaseline - urlLine.size() - 3;
            float qrTop = qrBottom - QR_SIZE;
            canvas.qrCode(QrCode.encode(url), RIGHT - QR_SIZE, qrTop, QR_SIZE);

            float noteWidth = WIDTH - QR_SIZE - 24;
            List<Line> note = wrap(List.of(
                    fonts.bold().paragraph(VERIFY.kk(), 9 * scale, LABEL),
                    fonts.regular().paragraph(VERIFY.ru(), 9 * scale, MUTED)), noteWidth);
            float noteHeight = Canvas.MEASURE.lines(note, LEFT, note.get(0).size() * 0.93f, 4 * scale);
            float noteTop = qrTop + (QR_SIZE - noteHeight) / 2;
            canvas.lines(note, LEFT, noteTop + note.get(0).size() * 0.93f, 4 * scale);
            return Math.min(qrTop, noteTop);
        }
    }

    static String format(LocalDate date) {
        return PersonDates.format(date);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Text: faces, paragraphs, wrapping.

    private record Fonts(Face regular, Face bold) {
        Fonts(PDFont regular, PDFont bold) {
            this(new Face(regular), new Face(bold));
        }
    }

    /** A font with the helpers the layout needs. */
    private record Face(PDFont font) {

        float width(String text, float size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** {@code text} with every whitespace run made one space and characters the font lacks replaced by '?'. */
        String printable(String text) {
            String flat = text.strip().replaceAll("\\s+", " ");
            StringBuilder out = new StringBuilder(flat.length());
            flat.codePoints().forEach(codePoint -> {
                String character = new String(Character.toChars(codePoint));
                try {
                    font.encode(character);
                    out.append(character);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        Paragraph paragraph(String text, float size, Color color) {
            return new Paragraph(this, printable(text), size, color);
        }

        Line line(String text, float size, Color color) {
            String printable = printable(text);
            return new Line(this, printable, size, color, width(printable, size));
        }

        /** One line at the largest size from {@code max} down to {@code min} at which it fits in {@code width}. */
        Line fitted(String text, float max, float min, float width, Color color) {
            String printable = printable(text);
            float size = max;
            while (size > min && width(printable, size) > width) {
                size = Math.max(min, size - 0.25f);
            }
            return new Line(this, printable, size, color, width(printable, size));
        }
    }

    private record Paragraph(Face face, String text, float size, Color color) {
    }

    private record Line(Face face, String text, float size, Color color, float width) {
    }

    /** Greedy word wrap; a word wider than the column (a long URL, say) is broken between characters. */
    private static List<Line> wrap(List<Paragraph> paragraphs, float width) {
        List<Line> lines = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            Face face = paragraph.face();
            float size = paragraph.size();
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.text().split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (face.width(candidate, size) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(line(paragraph, current.toString()));
                    current.setLength(0);
                }
                String rest = word;
                while (face.width(rest, size) > width) {
                    int cut = rest.offsetByCodePoints(0, 1);
                    while (cut < rest.length()
                            && face.width(rest.substring(0, rest.offsetByCodePoints(cut, 1)), size) <= width) {
                        cut = rest.offsetByCodePoints(cut, 1);
                    }
                    lines.add(line(paragraph, rest.substring(0, cut)));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            if (current.length() > 0 || lines.isEmpty()) {
                lines.add(line(paragraph, current.toString()));
            }
        }
        return lines;
    }

    private static Line line(Paragraph paragraph, String text) {
        return new Line(paragraph.face(), text, paragraph.size(), paragraph.color(),
                paragraph.face().width(text, paragraph.size()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Drawing, in top-down coordinates; a canvas without a stream only measures.

    private static final class Canvas {
        static final Canvas MEASURE = new Canvas(null);
        private static final float LEADING = 1.28f;

        private final PDPageContentStream stream;

        Canvas(PDPageContentStream stream) {
            this.stream = stream;
        }

        private static float pdfY(float y) {
            return PAGE.getHeight() - y;
        }

        /** Draws {@code lines} from the first baseline down; a new paragraph (size or face change) adds {@code gap}. */
        float lines(List<Line> lines, float x, float firstBaseline, float gap) throws IOException {
            float baseline = firstBaseline;
            Line previous = null;
            for (Line line : lines) {
                if (previous != null) {
                    baseline += line.size() * LEADING;
                    if (previous.size() != line.size() || previous.face() != line.face()
                            || !previous.color().equals(line.color())) {
                        baseline += gap;
                    }
                }
                line(line, x, baseline);
                previous = line;
            }
            return baseline + (previous == null ? 0 : previous.size() * 0.3f);
        }

        /** Draws centred single lines from {@code top}; returns the y below them. */
        float centered(List<Line> lines, float top) throws IOException {
            float y = top;
            for (Line line : lines) {
                float baseline = y + line.size() * 0.93f;
                line(line, LEFT + (WIDTH - line.width()) / 2, baseline);
                y = baseline + line.size() * 0.3f;
            }
            return y;
        }

        void line(Line line, float x, float baseline) throws IOException {
            if (stream == null || line.text().isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(line.face().font(), line.size());
            stream.setNonStrokingColor(line.color());
            stream.newLineAtOffset(x, pdfY(baseline));
            stream.showText(line.text());
            stream.endText();
        }

        void hairline(float x1, float x2, float y, Color color, float width) throws IOException {
            if (stream == null) {
                return;
            }
            stream.setStrokingColor(color);
            stream.setLineWidth(width);
            stream.moveTo(x1, pdfY(y));
            stream.lineTo(x2, pdfY(y));
            stream.stroke();
        }

        void rectangle(float x, float top, float width, float height, Color color, float lineWidth)
                throws IOException {
            if (stream == null) {
                return;
            }
            stream.setStrokingColor(color);
            stream.setLineWidth(lineWidth);
            stream.addRect(x, pdfY(top + height), width, height);
            stream.stroke();
        }

        /** The QR code as vector modules: one path, filled once, so no seams show between modules. */
        void qrCode(QrCode code, float x, float top, float size) throws IOException {
            if (stream == null) {
                return;
            }
            float module = size / code.size();
            stream.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < code.size(); row++) {
                int column = 0;
                while (column < code.size()) {
                    if (!code.dark(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < code.size() && code.dark(column, row)) {
                        column++;
                    }
                    stream.addRect(x + start * module, pdfY(top + (row + 1) * module), (column - start) * module,
                            module);
                }
            }
            stream.fill();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static float millimetres(double mm) {
        return (float) (mm / 25.4 * 72);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
