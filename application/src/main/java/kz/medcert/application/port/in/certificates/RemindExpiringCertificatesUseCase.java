package kz.medcert.application.port.in.certificates;

import java.time.LocalDate;

/** The daily reminder to holders whose fixed-term certificate ends soon and that nothing confirms yet. */
public interface RemindExpiringCertificatesUseCase {

    /** Stores a reminder for each such certificate not reminded of before; returns how many were stored. */
    int remind(LocalDate today);
}
