package kz.medcert.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The file types of an electronic copy (R19), told by their first bytes, not by name or declared type. */
class MediaTypeTest {

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    @Test
    void sniff_recognisesPdfByItsMagicBytes_R19() {
        // when / then
        assertThat(MediaType.sniff("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(MediaType.PDF);
    }

    @Test
    void sniff_recognisesPngByItsSignature_R19() {
        // when / then
        assertThat(MediaType.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D)))
                .contains(MediaType.PNG);
    }

    @Test
    void sniff_recognisesJpegByItsStartOfImageMarker_R19() {
        // when / then
        assertThat(MediaType.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).contains(MediaType.JPEG);
        assertThat(MediaType.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE1))).contains(MediaType.JPEG);
    }

    @Test
    void sniff_rejectsTextRenamedPdf_andOtherFormats_R19() {
        // when / then
        assertThat(MediaType.sniff("just text, named diploma.pdf".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaType.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaType.sniff(bytes('P', 'K', 3, 4))).isEmpty();
        assertThat(MediaType.sniff(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void sniff_rejectsEmptyOrTruncatedContent() {
        // when / then
        assertThat(MediaType.sniff(new byte[0])).isEmpty();
        assertThat(MediaType.sniff("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaType.sniff(bytes(0x89, 'P', 'N', 'G'))).isEmpty();
        assertThat(MediaType.sniff(bytes(0xFF, 0xD8))).isEmpty();
    }

    @Test
    void fromMime_matchesTheStandardNames_ignoringCaseAndSpace() {
        // when / then
        assertThat(MediaType.fromMime("application/pdf")).contains(MediaType.PDF);
        assertThat(MediaType.fromMime(" IMAGE/JPEG ")).contains(MediaType.JPEG);
        assertThat(MediaType.fromMime("image/png")).contains(MediaType.PNG);
        assertThat(MediaType.fromMime("text/plain")).isEmpty();
        assertThat(MediaType.PDF.mime()).isEqualTo("application/pdf");
    }
}
