package kz.medcert.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * R14, R75, R79: one current certificate per specialty. A later certificate of the same holder in the same specialty
 * or specialization, or one that confirms it, replaces the earlier one from its issue day; the register keeps both; a
 * revoked certificate stays revoked (R88).
 */
class SupersessionTest {
    private static final Iin HOLDER = Iin.of(LocalDate.of(1985, 4, 12), Sex.FEMALE, 4137);
    private static final Iin OTHER = Iin.of(LocalDate.of(1990, 1, 2), Sex.MALE, 21);
    private static final SpecialtyCode PEDIATRICS = SpecialtyCode.of("PEDIATRICS");
    private static final SpecialtyCode CARDIOLOGY = SpecialtyCode.of("CARDIOLOGY");
    private static final SpecialtyCode INTERVENTIONAL = SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY");
    private static final Revocation COURT = new Revocation(LocalDate.of(2024, 5, 2), "GROUND_4_COURT_PROHIBITION",
            "court decision No. 2-1/2024", "OFFICER 7 ALMATY_CITY");

    private static IssuedCertificate entry(Iin holder, SpecialtyCode specialty, LocalDate issuedOn, long serial,
                                           Optional<CertificateNumber> confirms) {
        return IssuedCertificate.issue(CertificateNumbers.issue(Year.from(issuedOn), serial), holder,
                PersonName.of("Абенова", "Айгерим", "Болатқызы"), specialty, Optional.empty(),
                Department.of(Region.ALMATY_CITY), issuedOn, confirms);
    }

    private static IssuedCertificate entry(SpecialtyCode specialty, LocalDate issuedOn, long serial) {
        return entry(HOLDER, specialty, issuedOn, serial, Optional.empty());
    }

    @Test
    void r14_aConfirmation_supersedesTheConfirmedCertificate_fromItsIssueDay() {
        IssuedCertificate earlier = entry(PEDIATRICS, LocalDate.of(2022, 3, 1), 1);
        IssuedCertificate confirmation = entry(HOLDER, PEDIATRICS, LocalDate.of(2026, 12, 8), 5,
                Optional.of(earlier.number()));

        IssuedCertificate superseded = earlier.supersededBy(confirmation);

        assertThat(superseded.supersession()).contains(new Supersession(confirmation.number(),
                LocalDate.of(2026, 12, 8)));
        assertThat(superseded.statusOn(LocalDate.of(2026, 12, 7))).isEqualTo(CertificateStatus.VALID);
        assertThat(superseded.statusOn(LocalDate.of(2026, 12, 8))).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(superseded.supersessionOn(LocalDate.of(2026, 12, 7))).isEmpty();
        assertThat(superseded.supersessionOn(LocalDate.of(2026, 12, 8))).isPresent();
        // long after its own last day, it still says what replaced it
        assertThat(superseded.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(confirmation.statusOn(LocalDate.of(2026, 12, 8))).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void r75_aNewCertificateInTheSameSpecialty_supersedesTheEarlierOne_evenWithoutNamingIt() {
        IssuedCertificate earlier = entry(PEDIATRICS, LocalDate.of(2019, 6, 1), 1);
        IssuedCertificate later = entry(PEDIATRICS, LocalDate.of(2026, 11, 20), 2);

        assertThat(later.supersedes(earlier)).isTrue();
        assertThat(earlier.supersedes(later)).as("never backwards").isFalse();
        assertThat(earlier.statusOn(LocalDate.of(2026, 11, 19))).as("expired before it was replaced")
                .isEqualTo(CertificateStatus.EXPIRED);
        assertThat(earlier.supersededBy(later).statusOn(LocalDate.of(2026, 11, 20)))
                .isEqualTo(CertificateStatus.SUPERSEDED);
    }

    @Test
    void r75_aSpecializationAndItsSpecialty_areDifferentCertificates_andAnotherHoldersNeverCounts() {
        IssuedCertificate cardiology = entry(CARDIOLOGY, LocalDate.of(2022, 6, 1), 1);
        IssuedCertificate interventional = entry(INTERVENTIONAL, LocalDate.of(2023, 6, 1), 2);
        IssuedCertificate othersCardiology = entry(OTHER, CARDIOLOGY, LocalDate.of(2024, 6, 1), 3, Optional.empty());

        assertThat(interventional.supersedes(cardiology)).isFalse();
        assertThat(othersCardiology.supersedes(cardiology)).isFalse();
        assertThatThrownBy(() -> cardiology.supersededBy(interventional)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Supersessions.pending(List.of(cardiology, interventional, othersCardiology))).isEmpty();
    }

    @Test
    void r14_aConfirmationNamingACertificateOfAnotherSpecialty_supersedesIt() {
        IssuedCertificate old = entry(CARDIOLOGY, LocalDate.of(2018, 6, 1), 1);
        IssuedCertificate renamed = entry(HOLDER, INTERVENTIONAL, LocalDate.of(2023, 6, 1), 2,
                Optional.of(old.number()));

        assertThat(renamed.supersedes(old)).isTrue();
    }

    @Test
    void r88_aRevokedCertificateStaysRevoked_andIsNeverMarkedSuperseded() {
        IssuedCertificate revoked = entry(PEDIATRICS, LocalDate.of(2022, 3, 1), 1).revoked(COURT);
        IssuedCertificate later = entry(PEDIATRICS, LocalDate.of(2026, 11, 20), 2);

        assertThat(later.supersedes(revoked)).isFalse();
        assertThat(Supersessions.pending(List.of(revoked, later))).isEmpty();
        assertThat(revoked.statusOn(LocalDate.of(2026, 11, 20))).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void r88_revokedAfterItWasSuperseded_isRevoked() {
        IssuedCertificate earlier = entry(PEDIATRICS, LocalDate.of(2022, 3, 1), 1);
        IssuedCertificate later = entry(PEDIATRICS, LocalDate.of(2023, 3, 1), 2);
        IssuedCertificate both = earlier.supersededBy(later).revoked(COURT);

        assertThat(both.statusOn(LocalDate.of(2024, 5, 1))).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(both.statusOn(LocalDate.of(2024, 5, 2))).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void anEntryIsReplacedOnce_byTheEarliestLaterOne_andOnTheSameDayTheLaterNumberIsTheLaterEntry() {
        IssuedCertificate first = entry(PEDIATRICS, LocalDate.of(2020, 1, 10), 7);
        IssuedCertificate second = entry(PEDIATRICS, LocalDate.of(2020, 1, 10), 8);
        IssuedCertificate third = entry(PEDIATRICS, LocalDate.of(2024, 2, 1), 1);

        List<IssuedCertificate> pending = Supersessions.pending(List.of(third, first, second));

        assertThat(pending).extracting(IssuedCertificate::number).containsExactly(first.number(), second.number());
        assertThat(pending.get(0).supersession().orElseThrow().by()).isEqualTo(second.number());
        assertThat(pending.get(1).supersession().orElseThrow().by()).isEqualTo(third.number());
        assertThat(third.supersedes(first.supersededBy(second))).as("already replaced").isFalse();
        assertThat(Supersessions.pending(List.of(pending.get(0), pending.get(1), third))).isEmpty();
    }

    @Test
    void aSupersessionNeverPrecedesTheIssueDay_norNamesTheCertificateItself() {
        IssuedCertificate c = entry(PEDIATRICS, LocalDate.of(2022, 3, 1), 1);

        assertThatThrownBy(() -> new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(),
                c.qualificationLevel(), c.department(), c.issuedOn(), c.validUntil(), c.confirms(), c.revocation(),
                Optional.of(new Supersession(CertificateNumbers.issue(Year.of(2022), 2), LocalDate.of(2022, 2, 28)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(),
                c.qualificationLevel(), c.department(), c.issuedOn(), c.validUntil(), c.confirms(), c.revocation(),
                Optional.of(new Supersession(c.number(), LocalDate.of(2023, 1, 1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Property (seeded): whatever a holder's register holds, after the pending supersessions are applied each
     * specialty has at most one entry that is neither superseded nor revoked: its latest entry, unless that one is
     * revoked or a later certificate (of another specialty) confirms it; no revoked entry is marked; applying again
     * changes nothing; the result does not depend on the input order.
     */
    @RepeatedTest(200)
    void property_atMostOneCurrentEntryPerSpecialty(RepetitionInfo repetition) {
        long seed = 0x5EED_0000L + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        List<SpecialtyCode> specialties = List.of(PEDIATRICS, CARDIOLOGY, INTERVENTIONAL);
        List<IssuedCertificate> register = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            LocalDate issued = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000));
            Optional<CertificateNumber> confirms = register.isEmpty() || random.nextInt(3) > 0 ? Optional.empty()
                    : Optional.of(register.get(random.nextInt(register.size())).number());
            IssuedCertificate c = entry(random.nextInt(6) == 0 ? OTHER : HOLDER,
                    specialties.get(random.nextInt(specialties.size())), issued, i + 1, confirms);
            register.add(random.nextInt(6) == 0 ? c.revoked(COURT) : c);
        }
        List<IssuedCertificate> shuffled = new ArrayList<>(register);
        Collections.shuffle(shuffled, random);

        List<IssuedCertificate> pending = Supersessions.pending(register);
        List<IssuedCertificate> applied = new ArrayList<>(register);
        pending.forEach(p -> applied.replaceAll(e -> e.number().equals(p.number()) ? p : e));

        String context = "seed " + seed + ": " + register;
        assertThat(Supersessions.pending(shuffled)).as(context).isEqualTo(pending);
        assertThat(Supersessions.pending(applied)).as(context).isEmpty();
        assertThat(pending).as(context).allSatisfy(p -> assertThat(p.revocation()).isEmpty());
        for (Iin holder : List.of(HOLDER, OTHER)) {
            for (SpecialtyCode specialty : specialties) {
                List<IssuedCertificate> current = applied.stream().filter(e -> e.holder().equals(holder))
                        .filter(e -> e.specialty().equals(specialty))
                        .filter(e -> e.revocation().isEmpty() && e.supersession().isEmpty()).toList();
                assertThat(current).as(context).hasSizeLessThanOrEqualTo(1);
                Optional<IssuedCertificate> latest = applied.stream()
                        .filter(e -> e.holder().equals(holder) && e.specialty().equals(specialty))
                        .max(IssuedCertificate.REGISTER_ORDER);
                boolean confirmedLater = latest.filter(l -> applied.stream().anyMatch(e -> e.confirms()
                        .filter(l.number()::equals).isPresent() && e.holder().equals(holder)
                        && IssuedCertificate.REGISTER_ORDER.compare(l, e) < 0)).isPresent();
                boolean latestCurrent = latest.filter(l -> l.revocation().isEmpty()).isPresent() && !confirmedLater;
                assertThat(current).as(context).isEqualTo(latestCurrent ? List.of(latest.get()) : List.of());
            }
        }
    }
}
