package kz.medcert.adapters.http.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes the sample certificate as PDF and PNG, to look at the layout:
 * {@code CertificateSample [png path, default /tmp/certificate-sample.png]} (the PDF goes beside it).
 */
public final class CertificateSample {
    private CertificateSample() {
    }

    public static void main(String[] args) throws IOException {
        Path png = Path.of(args.length > 0 ? args[0] : "/tmp/certificate-sample.png");
        CertificateDocument certificate = args.length > 1 && args[1].equals("verbose")
                ? Certificates.verbose() : Certificates.sample();
        byte[] bytes = new CertificatePdf().render(certificate);
        Path pdfPath = png.resolveSibling(png.getFileName().toString().replaceFirst("\\.png$", "") + ".pdf");
        Files.write(pdfPath, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.RGB);
            ImageIO.write(image, "png", png.toFile());
        }
        System.out.println("wrote " + png + " and " + pdfPath + " (" + bytes.length + " bytes)");
    }
}
