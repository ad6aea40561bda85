package kz.medcert.adapters.http.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as a square of modules, quiet zone included: error correction level M (about 15 % of the symbol may be
 * damaged), a 4-module quiet zone as ISO/IEC 18004 asks.
 */
final class QrCode {
    static final int QUIET_ZONE = 4;

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    /** Encodes ASCII text (a URL in its ASCII form) in byte mode, without an ECI header. */
    static QrCode encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7E || text.charAt(i) < 0x20) {
                throw new IllegalArgumentException("QR text must be printable ASCII: " + text);
            }
        }
        try {
            // Width and height 0: one matrix cell per module, so the PDF draws the modules itself as vectors.
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE));
            return new QrCode(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }

    /** Modules per side, quiet zone included. */
    int size() {
        return matrix.getWidth();
    }

    boolean dark(int column, int row) {
        return matrix.get(column, row);
    }
}
