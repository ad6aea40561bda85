package kz.medcert.domain.certificate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * R14, R75, R79: the certificate that replaced this one, and the day it did (its issue day). The register keeps both
 * entries; only the later one is current from that day.
 */
public record Supersession(CertificateNumber by, LocalDate on) {
    public Supersession {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(on, "on");
    }
}
