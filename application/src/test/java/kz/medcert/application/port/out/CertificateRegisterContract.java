package kz.medcert.application.port.out;

import static kz.medcert.application.testing.RegisterFixtures.HOLDER;
import static kz.medcert.application.testing.RegisterFixtures.OTHER_HOLDER;
import static kz.medcert.application.testing.RegisterFixtures.bare;
import static kz.medcert.application.testing.RegisterFixtures.full;
import static kz.medcert.application.testing.RegisterFixtures.heldBy;
import static kz.medcert.application.testing.RegisterFixtures.number;
import static kz.medcert.application.testing.RegisterFixtures.revocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.port.out.CertificateRegister.BatchResult;
import kz.medcert.application.port.out.CertificateRegister.ExpiryCount;
import kz.medcert.application.port.out.CertificateRegister.ExpiryWindow;
import kz.medcert.application.testing.RegisterFixtures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.Confirmations;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Supersession;
import kz.medcert.domain.certificate.Supersessions;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.RegisterExcerpt;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CertificateRegister} promises: entries added once and changed only by a revocation, serials that
 * never repeat, the holder's entries in order, the bulk import, and the expiry report ("expiring and not yet
 * confirmed", R14, R79). Run against the in-memory fake (application) and the JDBI adapter on HSQLDB and PostgreSQL
 * (adapters-persistence): a fake that reads the report differently from the SQL fails here.
 */
public abstract class CertificateRegisterContract {
    private static final Instant AUDITED_AT = Instant.parse("2027-01-10T06:00:00Z");
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);

    /** The register under test, empty at the start of each test (the same instance throughout one test). */
    protected abstract CertificateRegister register();

    @Test
    void find_returnsAnEqualEntry_withEveryOptionalFieldFilled() {
        IssuedCertificate certificate = full(number(2026, 1), ISSUED)
                .revoked(revocation(LocalDate.of(2026, 12, 1), "OFFICER 7 ZHETISU"));
        register().add(certificate);

        assertThat(register().find(certificate.number())).contains(certificate);
    }

    @Test
    void find_returnsAnEqualEntry_withNoOptionalField() {
        IssuedCertificate certificate = bare(number(2014, 5), HOLDER);
        register().add(certificate);

        assertThat(register().find(certificate.number())).contains(certificate);
    }

    @Test
    void find_isEmpty_forANumberNotRegistered() {
        register().add(full(number(2026, 1), ISSUED));

        assertThat(register().find(number(2026, 2))).isEmpty();
    }

    @Test
    void add_refusesANumberTwice_andKeepsTheFirstEntry() {
        IssuedCertificate first = full(number(2026, 1), ISSUED);
        register().add(first);

        assertThatThrownBy(() -> register().add(bare(number(2026, 1), OTHER_HOLDER)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(first.number().value());

        assertThat(register().find(first.number())).contains(first);
    }

    @Test
    void update_recordsARevocation_andReturnsTheStoredEntry_R88() {
        IssuedCertificate certificate = full(number(2026, 1), ISSUED);
        register().add(certificate);
        IssuedCertificate revoked = certificate.revoked(revocation(LocalDate.of(2027, 1, 10), "OFFICER 7 ZHETISU"));

        IssuedCertificate stored = register().update(revoked, AUDITED_AT);

        assertThat(stored).isEqualTo(revoked);
        assertThat(register().find(certificate.number())).contains(revoked);
    }

    @Test
    void update_withTheStoredEntry_changesNothing() {
        IssuedCertificate certificate = full(number(2026, 1), ISSUED);
        register().add(certificate);

        assertThat(register().update(certificate, AUDITED_AT)).isEqualTo(certificate);
        assertThat(register().find(certificate.number())).contains(certificate);
    }

    @Test
    void update_refusesToChangeAnythingButTheRevocation() {
        IssuedCertificate certificate = full(number(2026, 1), ISSUED);
        register().add(certificate);
        IssuedCertificate otherSpecialty = new IssuedCertificate(certificate.number(), certificate.holder(),
                certificate.holderName(), SpecialtyCode.of("CARDIOLOGY"), certificate.qualificationLevel(),
                certificate.department(), certificate.issuedOn(), certificate.validUntil(), certificate.confirms(),
                certificate.revocation());

        assertThatThrownBy(() -> register().update(otherSpecialty, AUDITED_AT))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(register().find(certificate.number())).contains(certificate);
    }

    @Test
    void update_ofANumberNotRegistered_isRefused() {
        IssuedCertificate certificate = full(number(2026, 1), ISSUED);

        assertThatThrownBy(() -> register().update(certificate, AUDITED_AT)).isInstanceOf(IllegalStateException.class);

        assertThat(register().find(certificate.number())).isEmpty();
    }

    @Test
    void update_keepsTheFirstRevocation_andRefusesAnother() {
        IssuedCertificate certificate = full(number(2026, 1), ISSUED);
        register().add(certificate);
        IssuedCertificate first = register().update(certificate.revoked(revocation(LocalDate.of(2027, 1, 10),
                "OFFICER 7 ZHETISU")), AUDITED_AT);

        assertThatThrownBy(() -> register().update(certificate.revoked(revocation(LocalDate.of(2027, 2, 1),
                "OFFICER 9 ZHETISU")), AUDITED_AT)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(register().find(certificate.number())).contains(first);
    }

    @Test
    void update_ofTwoConcurrentRevocations_keepsExactlyOne() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 10; round++) {
                IssuedCertificate certificate = full(number(2026, round), ISSUED);
                register().add(certificate);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<IssuedCertificate>> writers = new ArrayList<>();
                for (String officer : List.of("OFFICER 1 ZHETISU", "OFFICER 2 ZHETISU")) {
                    IssuedCertificate revoked = certificate.revoked(revocation(ISSUED.plusDays(3), officer));
                    writers.add(threads.submit(() -> afterBarrier(together, () -> register().update(revoked,
                            AUDITED_AT))));
                }

                List<IssuedCertificate> winners = new ArrayList<>();
                List<Throwable> losers = new ArrayList<>();
                for (Future<IssuedCertificate> writer : writers) {
                    try {
                        winners.add(writer.get(30, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.ExecutionException e) {
                        losers.add(e.getCause());
                    }
                }
                assertThat(winners).hasSize(1);
                assertThat(losers).singleElement().isInstanceOf(ConcurrentUpdateException.class);
                assertThat(register().find(certificate.number())).contains(winners.get(0));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void nextSerial_startsAt1_andCountsEachYearApart() {
        assertThat(register().nextSerial(Year.of(2026))).isEqualTo(1);
        assertThat(register().nextSerial(Year.of(2026))).isEqualTo(2);
        assertThat(register().nextSerial(Year.of(2027))).isEqualTo(1);
        assertThat(register().nextSerial(Year.of(2026))).isEqualTo(3);
    }

    @Test
    void nextSerial_neverGivesTheSameSerialTwice_underConcurrency() throws Exception {
        int threads = 4;
        int draws = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier together = new CyclicBarrier(threads);
            List<Future<List<Long>>> drawers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                drawers.add(pool.submit(() -> afterBarrier(together, () -> {
                    List<Long> serials = new ArrayList<>();
                    for (int i = 0; i < draws; i++) {
                        serials.add(register().nextSerial(Year.of(2031)));
                    }
                    return serials;
                })));
            }

            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> drawer : drawers) {
                all.addAll(drawer.get(60, TimeUnit.SECONDS));
            }

            assertThat(all).doesNotHaveDuplicates().hasSize(threads * draws);
            assertThat(all).allMatch(serial -> serial >= 1 && serial <= threads * draws);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nextSerial_refusesToGoPastTheLastSerialOfTheNumberFormat() {
        register().nextSerial(Year.of(2030));
        register().addAll(List.of(full(number(2030, 99_999_999), LocalDate.of(2030, 1, 15))));

        assertThatThrownBy(() -> register().nextSerial(Year.of(2030))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2030");

        assertThat(register().nextSerial(Year.of(2029))).isEqualTo(1);
    }

    @Test
    void heldBy_listsOnlyThePersonsEntries_oldestFirst() {
        IssuedCertificate newer = full(number(2026, 2), ISSUED);
        IssuedCertificate older = full(number(2025, 3), ISSUED.minusYears(1));
        IssuedCertificate sameDay = full(number(2026, 1), ISSUED);
        register().add(newer);
        register().add(bare(number(2014, 9), OTHER_HOLDER));
        register().add(older);
        register().add(sameDay);

        // R14, R75: the register keeps all three; newer, added first, replaced each of the others as it came in (a
        // replacement once recorded is not rewritten when an entry dated between the two arrives later)
        assertThat(register().heldBy(HOLDER)).containsExactly(older.supersededBy(newer),
                sameDay.supersededBy(newer), newer);
        assertThat(register().heldBy(OTHER_HOLDER)).extracting(IssuedCertificate::number)
                .containsExactly(number(2014, 9));
    }

    @Test
    void latestHeld_isTheLastOfHeldBy_inThatSpecialty() {
        IssuedCertificate newer = full(number(2026, 2), ISSUED);
        IssuedCertificate sameDayLowerNumber = full(number(2026, 1), ISSUED);
        IssuedCertificate older = full(number(2025, 3), ISSUED.minusYears(1));
        IssuedCertificate otherSpecialty = bare(number(2014, 8), HOLDER); // THERAPY, issued 2014
        register().add(older);
        register().add(newer);
        register().add(sameDayLowerNumber);
        register().add(otherSpecialty);
        register().add(bare(number(2014, 9), OTHER_HOLDER));

        // R14: the certificate a new one in the same specialty confirms
        assertThat(register().latestHeld(HOLDER, newer.specialty())).contains(newer);
        assertThat(register().latestHeld(HOLDER, SpecialtyCode.of("THERAPY"))).contains(otherSpecialty);
        assertThat(register().latestHeld(OTHER_HOLDER, newer.specialty())).isEmpty();
        List<IssuedCertificate> held = register().heldBy(HOLDER).stream()
                .filter(c -> c.specialty().equals(newer.specialty())).toList();
        assertThat(register().latestHeld(HOLDER, newer.specialty())).contains(held.get(held.size() - 1));
    }

    @Test
    void excerptAndMarks_areTheDomainsRules_overTheHoldersWholeHistory_R14_R64_R75_R88() {
        // a history of confirmations (several a day), replacements across two specialties, revocations, another holder
        Random random = new Random(20261207);
        List<SpecialtyCode> specialties = List.of(SpecialtyCode.of("PEDIATRICS"), SpecialtyCode.of("THERAPY"),
                SpecialtyCode.of("CARDIOLOGY"));
        List<IssuedCertificate> expected = new ArrayList<>();
        for (int serial = 1; serial <= 30; serial++) {
            LocalDate issued = ISSUED.minusDays(random.nextInt(4) * 400L);
            IssuedCertificate c = full(number(issued.getYear(), serial), issued);
            IssuedCertificate entry = new IssuedCertificate(c.number(), c.holder(), c.holderName(),
                    specialties.get(random.nextInt(specialties.size())), c.qualificationLevel(), c.department(),
                    c.issuedOn(), c.validUntil(), c.confirms(), c.revocation());
            register().add(entry);
            expected.add(entry);
            expected.sort(IssuedCertificate.REGISTER_ORDER);
            for (IssuedCertificate marked : Supersessions.pending(expected)) {
                expected.replaceAll(e -> e.number().equals(marked.number()) ? marked : e);
            }
            if (random.nextInt(5) == 0) {
                IssuedCertificate revoked = register().find(entry.number()).orElseThrow()
                        .revoked(revocation(entry.issuedOn().plusDays(random.nextInt(200)), "OFFICER 7 ZHETISU"));
                register().update(revoked, AUDITED_AT);
                expected.replaceAll(e -> e.number().equals(revoked.number()) ? revoked : e);
            }
        }
        register().add(bare(number(2014, 9), OTHER_HOLDER));
        List<IssuedCertificate> history = register().heldBy(HOLDER);
        // R14, R75: each addition marked what it replaces by the domain's rule over the whole history, as read whole
        assertThat(history).containsExactlyElementsOf(expected);

        for (int k = 0; k < 20; k++) {
            Set<SpecialtyCode> concerned = Set.of(specialties.get(random.nextInt(specialties.size())));
            Set<RegisterExcerpt.CertificateDay> named = random.nextBoolean() ? Set.of()
                    : Set.of(new RegisterExcerpt.CertificateDay(specialties.get(random.nextInt(specialties.size())),
                    history.get(random.nextInt(history.size())).issuedOn()));
            RegisterExcerpt excerpt = new RegisterExcerpt(HOLDER, concerned, named,
                    ISSUED.minusDays(random.nextInt(4) * 300L));

            assertThat(register().excerpt(excerpt)).as("excerpt %s", excerpt)
                    .containsExactlyElementsOf(excerpt.selectFrom(history))
                    .hasSizeLessThan(history.size());
        }
    }

    private static <T> T afterBarrier(CyclicBarrier barrier, Callable<T> work) throws Exception {
        barrier.await(10, TimeUnit.SECONDS);
        return work.call();
    }

    // ---- addAll: the bulk import of an existing register (R75) ----------------------------------------------------

    @Test
    void addAll_addsEveryNewEntry_equalToWhatWasGiven() {
        IssuedCertificate full = full(number(2026, 1), ISSUED)
                .revoked(revocation(LocalDate.of(2026, 12, 1), "OFFICER 7 ZHETISU"));
        IssuedCertificate bare = bare(number(2014, 5), HOLDER);

        BatchResult result = register().addAll(List.of(full, bare));

        assertThat(result).isEqualTo(new BatchResult(2, 0, List.of()));
        assertThat(register().find(full.number())).contains(full);
        assertThat(register().find(bare.number())).contains(bare);
    }

    @Test
    void addAll_skipsEntriesRegisteredUnchanged_andNamesTheOnesThatDiffer_withoutWritingThem() {
        IssuedCertificate first = full(number(2026, 1), ISSUED);
        IssuedCertificate second = full(number(2026, 2), ISSUED);
        register().add(first);
        register().add(second);
        IssuedCertificate differentSecond = bare(number(2026, 2), OTHER_HOLDER);
        IssuedCertificate third = full(number(2026, 3), ISSUED);

        BatchResult result = register().addAll(List.of(first, differentSecond, third));

        // first is registered as replaced by second: still the same entry, so not written again
        assertThat(result).isEqualTo(new BatchResult(1, 1, List.of(second.number())));
        assertThat(register().find(first.number())).contains(first.supersededBy(second));
        assertThat(register().find(second.number())).contains(second.supersededBy(third));
        assertThat(register().find(third.number())).contains(third);
    }

    @Test
    void addAll_ofANumberTwiceInOneBatch_keepsTheFirst() {
        IssuedCertificate entry = full(number(2026, 1), ISSUED);
        IssuedCertificate clash = bare(number(2026, 1), OTHER_HOLDER);

        BatchResult result = register().addAll(List.of(entry, entry, clash));

        assertThat(result).isEqualTo(new BatchResult(1, 1, List.of(entry.number())));
        assertThat(register().find(entry.number())).contains(entry);
    }

    @Test
    void addAll_movesEachYearsSerialCounterPastTheImportedNumbers_neverBack() {
        register().nextSerial(Year.of(2026));
        register().nextSerial(Year.of(2026));
        register().addAll(List.of(full(number(2026, 500), ISSUED), full(number(2026, 499), ISSUED),
                bare(number(2014, 7), HOLDER)));
        register().addAll(List.of(full(number(2026, 3), ISSUED)));

        assertThat(register().nextSerial(Year.of(2026))).isEqualTo(501);
        assertThat(register().nextSerial(Year.of(2014))).isEqualTo(8);
    }

    @Test
    void addAll_ofNothing_changesNothing() {
        assertThat(register().addAll(List.of())).isEqualTo(new BatchResult(0, 0, List.of()));
    }

    // ---- The expiry report (R14, R79) -----------------------------------------------------------------------------

    private static final ExpiryWindow YEAR_2031 = new ExpiryWindow(LocalDate.of(2031, 1, 1),
            LocalDate.of(2031, 12, 31), Optional.empty());

    @Test
    void countExpiring_countsPerDepartmentAndSpecialty_theFixedTermEntriesEndingInTheWindow_notRevokedByThen() {
        IssuedCertificate firstDay = full(number(2026, 1), LocalDate.of(2026, 1, 1));     // full: valid 5 years
        IssuedCertificate lastDay = full(number(2026, 2), LocalDate.of(2026, 12, 31));
        IssuedCertificate elsewhere = inDepartment(full(number(2026, 3), LocalDate.of(2026, 6, 1)), Region.ATYRAU);
        register().addAll(eachOfAnotherHolder(List.of(firstDay, lastDay, elsewhere,
                full(number(2025, 1), LocalDate.of(2025, 12, 31)),                          // ends 2030-12-31
                full(number(2027, 1), LocalDate.of(2027, 1, 1)),                            // ends 2032-01-01
                full(number(2026, 4), LocalDate.of(2026, 3, 1)).revoked(revocation(LocalDate.of(2027, 1, 1),
                        "OFFICER 7 ZHETISU")),                                              // revoked before
                full(number(2026, 5), LocalDate.of(2026, 3, 1)).revoked(revocation(LocalDate.of(2031, 3, 2),
                        "OFFICER 7 ZHETISU")),                                              // revoked after
                bare(number(2014, 1), HOLDER))));                                           // indefinite (R13)

        assertThat(register().countExpiring(YEAR_2031)).containsExactly(
                new ExpiryCount(Department.of(Region.ATYRAU), firstDay.specialty(), 1, 0),
                new ExpiryCount(Department.of(Region.ZHETISU), firstDay.specialty(), 3, 0));
        assertThat(register().countExpiring(new ExpiryWindow(YEAR_2031.from(), YEAR_2031.to(),
                Optional.of(Department.of(Region.ATYRAU))))).extracting(ExpiryCount::expiring).containsExactly(1L);
    }

    @Test
    void anEntryThatALaterOneConfirms_isCountedAsConfirmed_andNotListed_R14() {
        IssuedCertificate early = full(number(2026, 1), LocalDate.of(2026, 2, 1));
        IssuedCertificate late = heldBy(full(number(2026, 2), LocalDate.of(2026, 1, 1)), OTHER_HOLDER);
        IssuedCertificate confirmation = confirming(early, number(2031, 1));
        register().addAll(List.of(early, late, confirmation));

        List<IssuedCertificate> listed = new ArrayList<>();
        register().forEachUnconfirmedExpiring(YEAR_2031, listed::add);

        assertThat(register().countExpiring(YEAR_2031)).containsExactly(
                new ExpiryCount(Department.of(Region.ZHETISU), early.specialty(), 2, 1));
        assertThat(listed).containsExactly(late);
    }

    @Test
    void forEachUnconfirmedExpiring_listsByLastDayThenNumber_allOfThem() {
        List<IssuedCertificate> entries = new ArrayList<>();
        for (int serial = 1; serial <= 30; serial++) {
            entries.add(full(number(2026, 31 - serial), LocalDate.of(2026, 1 + serial % 12, 1)));
        }
        register().addAll(eachOfAnotherHolder(entries));

        List<IssuedCertificate> listed = new ArrayList<>();
        register().forEachUnconfirmedExpiring(YEAR_2031, listed::add);

        assertThat(listed).hasSize(30).isSortedAccordingTo(Comparator
                .comparing((IssuedCertificate c) -> c.validUntil().orElseThrow())
                .thenComparing(c -> c.number().value()));
    }

    @Test
    void anEntryThatALaterOneInItsSpecialtyReplaces_isCountedAsConfirmed_andNotListed_R75() {
        IssuedCertificate expiring = full(number(2026, 1), LocalDate.of(2026, 2, 1));
        IssuedCertificate firstTimeAgain = unconfirming(full(number(2030, 1), LocalDate.of(2030, 5, 1)));
        register().addAll(List.of(expiring, firstTimeAgain));

        List<IssuedCertificate> listed = new ArrayList<>();
        register().forEachUnconfirmedExpiring(YEAR_2031, listed::add);

        assertThat(register().countExpiring(YEAR_2031)).containsExactly(
                new ExpiryCount(Department.of(Region.ZHETISU), expiring.specialty(), 1, 1));
        assertThat(listed).isEmpty();
    }

    /**
     * R14, R79: whatever the register holds, its report and its list of holders to remind are the domain's definition
     * ({@link IssuedCertificate#expiresWithin}, {@link Confirmations}) applied to the entries it gives back: a register
     * of random holders, confirmations, replacements and revocations, seeded so that a failure replays.
     */
    @Test
    void theExpiryReport_isTheDomainsDefinition_overWhatTheRegisterHolds_R14_R79() {
        Random random = new Random(20261207L);
        List<SpecialtyCode> specialties = List.of(SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY"),
                SpecialtyCode.of("PEDIATRICS"));
        List<Region> regions = List.of(Region.ZHETISU, Region.ATYRAU);
        Map<Integer, Long> serials = new HashMap<>();
        List<IssuedCertificate> entries = new ArrayList<>();
        List<Iin> holders = new ArrayList<>();
        for (int k = 1; k <= 40; k++) {
            Iin holder = RegisterFixtures.holder(k);
            holders.add(holder);
            List<IssuedCertificate> held = new ArrayList<>();
            LocalDate issuedOn = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(400));
            for (int n = random.nextInt(4); n >= 0; n--) {
                long serial = serials.merge(issuedOn.getYear(), 1L, Long::sum);
                IssuedCertificate c = inDepartment(heldBy(full(number(issuedOn.getYear(), serial), issuedOn), holder),
                        regions.get(random.nextInt(regions.size())));
                Optional<CertificateNumber> confirms = !held.isEmpty() && random.nextInt(10) < 4
                        ? Optional.of(held.get(random.nextInt(held.size())).number()) : Optional.empty();
                c = new IssuedCertificate(c.number(), c.holder(), c.holderName(),
                        specialties.get(random.nextInt(specialties.size())), c.qualificationLevel(), c.department(),
                        c.issuedOn(), c.validUntil(), confirms, Optional.empty());
                if (random.nextInt(7) == 0) {
                    c = c.revoked(revocation(issuedOn.plusDays(random.nextInt(6 * 365)), "OFFICER 7 ZHETISU"));
                }
                held.add(c);
                issuedOn = issuedOn.plusDays(1 + random.nextInt(500));
            }
            entries.addAll(held);
        }
        register().addAll(entries);
        List<IssuedCertificate> held = holders.stream().flatMap(h -> register().heldBy(h).stream()).toList();

        for (Optional<Department> department : List.of(Optional.<Department>empty(),
                Optional.of(Department.of(Region.ATYRAU)))) {
            ExpiryWindow window = new ExpiryWindow(YEAR_2031.from(), YEAR_2031.to(), department);
            List<IssuedCertificate> inReach = held.stream()
                    .filter(c -> department.map(c.department()::equals).orElse(true)).toList();
            Set<CertificateNumber> confirmed = Confirmations.confirmedAmong(held);
            List<IssuedCertificate> due = inReach.stream()
                    .filter(c -> c.expiresWithin(window.from(), window.to())).toList();
            List<IssuedCertificate> listed = new ArrayList<>();
            register().forEachUnconfirmedExpiring(window, listed::add);

            assertThat(due).hasSizeGreaterThan(5);
            assertThat(listed).containsExactlyElementsOf(due.stream().filter(c -> !confirmed.contains(c.number()))
                    .sorted(Confirmations.BY_LAST_DAY).toList());
            assertThat(register().countExpiring(window).stream().mapToLong(ExpiryCount::expiring).sum())
                    .isEqualTo(due.size());
            assertThat(register().countExpiring(window).stream().mapToLong(ExpiryCount::confirmed).sum())
                    .isEqualTo(due.stream().filter(c -> confirmed.contains(c.number())).count());
        }
    }

    // ---- One current certificate per specialty (R14, R75, R79) ---------------------------------------------------

    @Test
    void add_marksTheHoldersEarlierEntryInTheSpecialty_asReplacedFromTheNewOnesIssueDay_R14_R75() {
        IssuedCertificate earlier = unconfirming(full(number(2022, 1), LocalDate.of(2022, 3, 1)));
        IssuedCertificate otherSpecialty = bare(number(2014, 2), HOLDER);
        IssuedCertificate othersEntry = heldBy(unconfirming(full(number(2022, 3), LocalDate.of(2022, 3, 1))),
                OTHER_HOLDER);
        register().add(earlier);
        register().add(otherSpecialty);
        register().add(othersEntry);
        IssuedCertificate later = IssuedCertificate.issue(number(2026, 1), HOLDER, earlier.holderName(),
                earlier.specialty(), Optional.empty(), earlier.department(), ISSUED, Optional.of(earlier.number()));

        register().add(later);

        assertThat(register().find(earlier.number())).contains(earlier.supersededBy(later));
        assertThat(register().find(earlier.number()).orElseThrow().supersession())
                .contains(new Supersession(later.number(), ISSUED));
        assertThat(register().find(later.number())).contains(later);
        assertThat(register().find(otherSpecialty.number())).contains(otherSpecialty);
        assertThat(register().find(othersEntry.number())).contains(othersEntry);
    }

    @Test
    void add_neverMarksARevokedEntry_R88() {
        IssuedCertificate revoked = unconfirming(full(number(2022, 1), LocalDate.of(2022, 3, 1)))
                .revoked(revocation(LocalDate.of(2024, 1, 10), "OFFICER 7 ZHETISU"));
        register().add(revoked);

        register().add(unconfirming(full(number(2026, 1), ISSUED)));

        assertThat(register().find(revoked.number())).contains(revoked);
    }

    @Test
    void update_revokesAReplacedEntry_andKeepsItsSupersession_R88() {
        IssuedCertificate earlier = unconfirming(full(number(2022, 1), LocalDate.of(2022, 3, 1)));
        IssuedCertificate later = unconfirming(full(number(2026, 1), ISSUED));
        register().add(earlier);
        register().add(later);
        IssuedCertificate read = register().find(earlier.number()).orElseThrow();

        IssuedCertificate revoked = register().update(read.revoked(revocation(LocalDate.of(2027, 1, 10),
                "OFFICER 7 ZHETISU")), AUDITED_AT);
        // a revocation built on the entry as issued (read before it was replaced) is the same change
        IssuedCertificate again = register().update(earlier.revoked(revoked.revocation().orElseThrow()), AUDITED_AT);

        assertThat(revoked.supersession()).contains(new Supersession(later.number(), ISSUED));
        assertThat(revoked.revocation()).isPresent();
        assertThat(again).isEqualTo(revoked);
        assertThat(register().find(earlier.number())).contains(revoked);
    }

    @Test
    void addAll_marksWhatTheBatchReplaces_amongItselfAndTheStoredEntries_andARerunChangesNothing_R75() {
        IssuedCertificate stored = unconfirming(full(number(2016, 1), LocalDate.of(2016, 4, 1)));
        register().add(stored);
        IssuedCertificate second = unconfirming(full(number(2021, 1), LocalDate.of(2021, 4, 1)));
        IssuedCertificate third = IssuedCertificate.issue(number(2026, 1), HOLDER, second.holderName(),
                second.specialty(), Optional.empty(), second.department(), LocalDate.of(2026, 3, 30),
                Optional.of(second.number()));
        IssuedCertificate revoked = heldBy(unconfirming(full(number(2019, 1), LocalDate.of(2019, 1, 1))),
                OTHER_HOLDER).revoked(revocation(LocalDate.of(2020, 1, 1), "OFFICER 7 ZHETISU"));
        IssuedCertificate afterRevoked = heldBy(unconfirming(full(number(2023, 1), LocalDate.of(2023, 1, 1))),
                OTHER_HOLDER);

        BatchResult result = register().addAll(List.of(third, revoked, second, afterRevoked));
        BatchResult rerun = register().addAll(List.of(third, revoked, second, afterRevoked));

        assertThat(result).isEqualTo(new BatchResult(4, 0, List.of()));
        assertThat(rerun).isEqualTo(new BatchResult(0, 4, List.of()));
        assertThat(register().find(stored.number())).contains(stored.supersededBy(second));
        assertThat(register().find(second.number())).contains(second.supersededBy(third));
        assertThat(register().find(third.number())).contains(third);
        assertThat(register().find(revoked.number())).contains(revoked);
        assertThat(register().find(afterRevoked.number())).contains(afterRevoked);
    }

    private static IssuedCertificate unconfirming(IssuedCertificate c) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), Optional.empty(), c.revocation());
    }

    /** Each entry held by a holder of its own, so that none replaces another. */
    private static List<IssuedCertificate> eachOfAnotherHolder(List<IssuedCertificate> entries) {
        List<IssuedCertificate> spread = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            spread.add(heldBy(entries.get(k), RegisterFixtures.holder(k + 1)));
        }
        return spread;
    }

    private static IssuedCertificate inDepartment(IssuedCertificate c, Region region) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                Department.of(region), c.issuedOn(), c.validUntil(), c.confirms(), c.revocation());
    }

    private static IssuedCertificate confirming(IssuedCertificate confirmed, CertificateNumber number) {
        IssuedCertificate c = full(number, confirmed.validUntil().orElseThrow().minusDays(20));
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), Optional.of(confirmed.number()), c.revocation());
    }
}
