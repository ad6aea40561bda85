package kz.medcert.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;

/** R14, R75, R79: "expiring and not confirmed", the expiry report's one definition. */
class ConfirmationsTest {
    private static final Iin HOLDER = Iin.of(LocalDate.of(1985, 4, 12), Sex.FEMALE, 4137);
    private static final Iin OTHER = Iin.of(LocalDate.of(1990, 1, 2), Sex.MALE, 21);
    private static final SpecialtyCode PEDIATRICS = SpecialtyCode.of("PEDIATRICS");
    private static final SpecialtyCode CARDIOLOGY = SpecialtyCode.of("CARDIOLOGY");
    private static final LocalDate FROM = LocalDate.of(2031, 1, 1);
    private static final LocalDate TO = LocalDate.of(2031, 12, 31);

    private static IssuedCertificate entry(Iin holder, SpecialtyCode specialty, LocalDate issuedOn, long serial,
                                           Optional<CertificateNumber> confirms) {
        return IssuedCertificate.issue(CertificateNumbers.issue(Year.from(issuedOn), serial), holder,
                PersonName.of("Абенова", "Айгерим"), specialty, Optional.empty(), Department.of(Region.ALMATY_CITY),
                issuedOn, confirms);
    }

    private static IssuedCertificate entry(Iin holder, LocalDate issuedOn, long serial) {
        return entry(holder, PEDIATRICS, issuedOn, serial, Optional.empty());
    }

    private static Revocation revokedOn(LocalDate day) {
        return new Revocation(day, "GROUND_4_COURT_PROHIBITION", "court decision No. 2-1/2026", "OFFICER 7 ALMATY_CITY");
    }

    @Test
    void r14_r79_anEntryFallsDue_whenItsLastDayLiesInThePeriod_bothEndsIncluded() {
        // valid 5 years from the issue day, up to its fifth anniversary
        IssuedCertificate firstDay = entry(HOLDER, LocalDate.of(2026, 1, 1), 1);
        IssuedCertificate lastDay = entry(OTHER, LocalDate.of(2026, 12, 31), 2);
        IssuedCertificate after = entry(OTHER, LocalDate.of(2027, 1, 1), 3);

        assertThat(firstDay.validUntil()).contains(FROM);
        assertThat(firstDay.expiresWithin(FROM, TO)).isTrue();
        assertThat(lastDay.validUntil()).contains(TO);
        assertThat(lastDay.expiresWithin(FROM, TO)).isTrue();
        assertThat(after.expiresWithin(FROM, TO)).isFalse();
    }

    @Test
    void r13_anIndefiniteCertificate_neverFallsDue() {
        IssuedCertificate indefinite = new IssuedCertificate(CertificateNumbers.issue(Year.of(2015), 1), HOLDER,
                PersonName.of("Абенова", "Айгерим"), PEDIATRICS, Optional.empty(), Department.of(Region.ALMATY_CITY),
                LocalDate.of(2015, 3, 1), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(indefinite.expiresWithin(LocalDate.MIN, LocalDate.MAX)).isFalse();
    }

    @Test
    void r88_anEntryRevokedByItsLastDay_isNotDue_butOneRevokedAfterItHadExpired_is() {
        IssuedCertificate entry = entry(HOLDER, LocalDate.of(2026, 6, 1), 1);
        LocalDate last = entry.validUntil().orElseThrow();

        assertThat(entry.revoked(revokedOn(last)).expiresWithin(FROM, TO)).isFalse();
        assertThat(entry.revoked(revokedOn(last.plusDays(1))).expiresWithin(FROM, TO)).isTrue();
    }

    @Test
    void r14_r75_anEntryIsConfirmed_whenAnotherNamesIt_orALaterOneReplacedIt() {
        IssuedCertificate named = entry(HOLDER, LocalDate.of(2026, 3, 1), 1);
        IssuedCertificate confirmation = entry(HOLDER, CARDIOLOGY, LocalDate.of(2031, 2, 1), 9,
                Optional.of(named.number()));
        IssuedCertificate replaced = entry(OTHER, LocalDate.of(2026, 4, 1), 2);
        IssuedCertificate successor = entry(OTHER, LocalDate.of(2031, 3, 1), 10);
        IssuedCertificate waiting = entry(OTHER, CARDIOLOGY, LocalDate.of(2026, 5, 1), 3, Optional.empty());

        List<IssuedCertificate> register = List.of(named, confirmation, replaced.supersededBy(successor), successor,
                waiting);

        assertThat(Confirmations.confirmedAmong(register)).containsExactlyInAnyOrder(named.number(),
                replaced.number());
        assertThat(Confirmations.dueAndUnconfirmed(register, FROM, TO)).containsExactly(waiting);
    }

    @Test
    void r14_r79_theHoldersToRemind_comeByLastDay_thenNumber() {
        IssuedCertificate late = entry(HOLDER, LocalDate.of(2026, 9, 1), 1);
        IssuedCertificate earlyHigh = entry(OTHER, LocalDate.of(2026, 2, 1), 7);
        IssuedCertificate earlyLow = entry(OTHER, CARDIOLOGY, LocalDate.of(2026, 2, 1), 3, Optional.empty());

        assertThat(Confirmations.dueAndUnconfirmed(List.of(late, earlyHigh, earlyLow), FROM, TO))
                .containsExactly(earlyLow, earlyHigh, late);
    }
}
