package kz.medcert.application.testing;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.RuleSet;

/**
 * A deterministic stream of realistic register entries (R75) for tests and for the scale generator: holders with
 * valid IINs and Kazakh or Russian names, each with a chain of certificates in one specialty, where each confirmation
 * (R14) is issued shortly before the previous certificate expires and names it. Issue years run from 2005 to
 * {@code today}; some certificates issued before 2015-10-09 are indefinite (R13), many have expired without being
 * confirmed, and a few were revoked (R88, R89) with a reason that needs CSV quoting. Numbers are drawn per year from
 * 1, as the register draws them (MC-YYYY-NNNNNNNN-C). The same seed and day give the same entries.
 */
public final class RegisterEntries {
    private static final LocalDate FIRST_ISSUE = LocalDate.of(2005, 1, 10);
    private static final List<String> KAZAKH_SURNAMES = List.of("Ахмет", "Сейіт", "Жақсыбек", "Нұрлан", "Оспан",
            "Тоқтар", "Есенбай", "Қасым", "Серік", "Бекмұхамбет", "Әбдірахман", "Жұмабай", "Исабек", "Мұқан", "Төлеу");
    private static final List<String> RUSSIAN_SURNAMES = List.of("Иванов", "Смирнов", "Ким", "Петров", "Волков",
            "Кузнецов", "Попов", "Соколов", "Лебедев", "Морозов", "Цой", "Шевченко", "Новиков", "Фёдоров", "Павлов");
    private static final List<String> KAZAKH_MEN = List.of("Асхат", "Ерлан", "Нұрсұлтан", "Дәурен", "Бауыржан",
            "Ермек", "Айдос", "Серік", "Талғат", "Қайрат");
    private static final List<String> KAZAKH_WOMEN = List.of("Айгерім", "Гүлнар", "Әсел", "Жанар", "Мөлдір",
            "Ләззат", "Дана", "Сәуле", "Ақмарал", "Динара");
    private static final List<String> RUSSIAN_MEN = List.of("Александр", "Сергей", "Дмитрий", "Андрей", "Виктор",
            "Олег", "Игорь", "Николай", "Павел", "Юрий");
    private static final List<String> RUSSIAN_WOMEN = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
            "Светлана", "Анна", "Мария", "Юлия", "Людмила");
    /** The fathers' names of {@link #RUSSIAN_MEN} as patronymics take them, before -ич or -на. */
    private static final List<String> RUSSIAN_PATRONYMIC_STEMS = List.of("Александров", "Сергеев", "Дмитриев",
            "Андреев", "Викторов", "Олегов", "Игорев", "Николаев", "Павлов", "Юрьев");
    /** Roughly the regions' shares of the population, in tenths of a percent. */
    private static final Map<Region, Integer> REGION_WEIGHTS = Map.ofEntries(
            Map.entry(Region.ABAI, 31), Map.entry(Region.AKMOLA, 40), Map.entry(Region.AKTOBE, 48),
            Map.entry(Region.ALMATY_REGION, 75), Map.entry(Region.ATYRAU, 35), Map.entry(Region.EAST_KAZAKHSTAN, 37),
            Map.entry(Region.KARAGANDA, 57), Map.entry(Region.KOSTANAY, 43), Map.entry(Region.KYZYLORDA, 43),
            Map.entry(Region.MANGYSTAU, 39), Map.entry(Region.NORTH_KAZAKHSTAN, 27), Map.entry(Region.PAVLODAR, 38),
            Map.entry(Region.TURKISTAN, 106), Map.entry(Region.ULYTAU, 11), Map.entry(Region.WEST_KAZAKHSTAN, 35),
            Map.entry(Region.ZHAMBYL, 61), Map.entry(Region.ZHETISU, 35), Map.entry(Region.ASTANA, 75),
            Map.entry(Region.ALMATY_CITY, 113), Map.entry(Region.SHYMKENT, 61));

    private final Random random;
    private final LocalDate today;
    private final List<SpecialtyCode> specialties;
    private final Region[] regions;
    private final Map<Year, Long> serials = new HashMap<>();
    private final Deque<IssuedCertificate> pending = new ArrayDeque<>();

    public RegisterEntries(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        this.specialties = SpecialtyCatalogue.standard().all().stream().map(Specialty::code).toList();
        this.regions = REGION_WEIGHTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> java.util.stream.Stream.generate(e::getKey).limit(e.getValue()))
                .toArray(Region[]::new);
    }

    /** The next entry; holder after holder, each holder's certificates oldest first. */
    public IssuedCertificate next() {
        while (pending.isEmpty()) {
            holderWithChain();
        }
        return pending.removeFirst();
    }

    private void holderWithChain() {
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        LocalDate birth = between(LocalDate.of(1955, 1, 1), today.minusYears(24));
        Iin iin = iin(birth, sex);
        PersonName name = name(sex);
        SpecialtyCode specialty = specialties.get(random.nextInt(specialties.size()));
        Department department = Department.of(regions[random.nextInt(regions.length)]);
        LocalDate qualified = birth.plusYears(23);
        LocalDate issuedOn = between(qualified.isAfter(FIRST_ISSUE) ? qualified : FIRST_ISSUE, today);
        Optional<CertificateNumber> confirms = Optional.empty();
        Optional<QualificationLevel> level = level();
        while (!issuedOn.isAfter(today)) {
            // R13: a quarter of those issued before 2015-10-09 are indefinite
            boolean indefinite = issuedOn.isBefore(RuleSet.INDEFINITE_ISSUED_BEFORE) && random.nextInt(4) == 0;
            Optional<LocalDate> validUntil = indefinite ? Optional.empty()
                    : Optional.of(issuedOn.plus(RuleSet.CERTIFICATE_VALIDITY)); // R14, R79
            IssuedCertificate certificate = new IssuedCertificate(number(issuedOn), iin, name, specialty, level,
                    department, issuedOn, validUntil, confirms, Optional.empty());
            if (random.nextInt(250) == 0) {
                pending.add(certificate.revoked(revocation(issuedOn, validUntil.orElse(today))));
                return;
            }
            pending.add(certificate);
            if (random.nextInt(10) < 3) {
                return; // left the profession, or has not confirmed (yet): expires
            }
            confirms = Optional.of(certificate.number());
            issuedOn = validUntil.map(until -> until.minusDays(random.nextInt(120)))
                    .orElseGet(() -> between(RuleSet.INDEFINITE_ISSUED_BEFORE, today.plusYears(3)));
            if (random.nextInt(5) == 0) {
                level = level();
            }
        }
    }

    private Iin iin(LocalDate birth, Sex sex) {
        while (true) {
            try {
                return Iin.of(birth, sex, random.nextInt(10_000));
            } catch (IllegalArgumentException noCheckDigit) {
                // about one serial in eleven admits no check digit: draw another
            }
        }
    }

    private PersonName name(Sex sex) {
        boolean female = sex == Sex.FEMALE;
        if (random.nextInt(10) < 6) {
            String surname = KAZAKH_SURNAMES.get(random.nextInt(KAZAKH_SURNAMES.size()));
            String father = KAZAKH_MEN.get(random.nextInt(KAZAKH_MEN.size()));
            String given = (female ? KAZAKH_WOMEN : KAZAKH_MEN).get(random.nextInt(KAZAKH_MEN.size()));
            String patronymic = random.nextInt(10) == 0 ? null : father + (female ? "қызы" : "ұлы");
            return PersonName.of(surname + (female ? "ова" : "ов"), given, patronymic);
        }
        String surname = RUSSIAN_SURNAMES.get(random.nextInt(RUSSIAN_SURNAMES.size()));
        String given = (female ? RUSSIAN_WOMEN : RUSSIAN_MEN).get(random.nextInt(RUSSIAN_MEN.size()));
        String patronymic = RUSSIAN_PATRONYMIC_STEMS.get(random.nextInt(RUSSIAN_PATRONYMIC_STEMS.size()))
                + (female ? "на" : "ич");
        boolean endsInConsonant = surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин");
        return PersonName.of(female && endsInConsonant ? surname + "а" : surname, given, patronymic);
    }

    private Optional<QualificationLevel> level() {
        int draw = random.nextInt(20);
        if (draw < 7) {
            return Optional.empty();
        }
        return Optional.of(draw < 12 ? QualificationLevel.SECOND : draw < 17 ? QualificationLevel.FIRST
                : QualificationLevel.HIGHEST);
    }

    private Revocation revocation(LocalDate issuedOn, LocalDate until) {
        LocalDate on = between(issuedOn, until.isAfter(today) ? today : until);
        boolean prohibition = random.nextBoolean();
        String ground = prohibition ? "GROUND_4_COURT_PROHIBITION" : "GROUND_5_SPECIAL_RIGHT_DEPRIVED";
        String reason = "Приговор суда № 1-" + (100 + random.nextInt(900)) + "/" + on.getYear()
                + ", вступил в силу; \"" + (prohibition ? "запрет деятельности" : "лишение права") + "\"";
        return new Revocation(on, ground, reason, "OFFICER " + (1 + random.nextInt(40)) + " "
                + regions[random.nextInt(regions.length)].name());
    }

    private CertificateNumber number(LocalDate issuedOn) {
        Year year = Year.from(issuedOn);
        return CertificateNumbers.issue(year, serials.merge(year, 1L, Long::sum));
    }

    private LocalDate between(LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return days <= 0 ? first : first.plusDays((long) (random.nextDouble() * (days + 1)));
    }
}
