package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.ReferenceDataException;
import kz.medcert.domain.reference.ReferenceDataProblem;
import kz.medcert.domain.reference.ReferenceFile;
import kz.medcert.domain.reference.ReferenceFile.Row;

/**
 * Reads a working-calendar file (R77): the shipped ones and an administrator's. A {@link ReferenceFile} (tab-separated,
 * {@code #} comments, at least one {@code act} row) with these rows:
 *
 * <pre>
 * holiday   CODE  DAYS  RULE  FIRST  LAST  kk  ru  en   a public holiday: DAYS is MM-DD[,MM-DD…], or LUNAR when its
 *                                                     day is given for each year; RULE is MOVES (a day on a weekend
 *                                                     moves to the next working day) or STAYS; FIRST and LAST are the
 *                                                     years it is a holiday in, or - for open
 * year      YYYY                                      a year the calendar is authoritative for; the rows below it,
 *                                                     up to the next year row, belong to it
 * date      CODE  YYYY-MM-DD  ANNOUNCED|ESTIMATED  source   the day of a lunar holiday in the year
 * transfer  YYYY-MM-DD  YYYY-MM-DD  decree            a decree: the weekend day is worked, the weekday is off
 * </pre>
 *
 * Every problem in the file is reported, each with its line; what only the whole calendar can tell (an unknown
 * holiday, a year without its Kurban Ait, a gap between years) is checked when the calendar is built
 * ({@link WorkingCalendar#of}).
 */
public final class CalendarFile {
    static final String HOLIDAY = "holiday";
    static final String YEAR = "year";
    static final String DATE = "date";
    static final String TRANSFER = "transfer";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern YEAR_NUMBER = Pattern.compile("[12][0-9]{3}");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("[0-9]{2}-[0-9]{2}");

    private final String name;
    private final List<String> acts;
    private final List<ReferenceDataProblem> problems = new ArrayList<>();
    private final List<Holiday> holidays = new ArrayList<>();
    private final Map<String, Origin> holidayCodes = new HashMap<>();
    private final List<CalendarYear> years = new ArrayList<>();
    private final Map<Year, Origin> yearOrigins = new HashMap<>();
    private YearSection section;

    private CalendarFile(String name, List<String> acts) {
        this.name = name;
        this.acts = acts;
    }

    /** The calendar data of one file; a {@link ReferenceDataException} lists every problem, each with its line. */
    public static CalendarData parse(String name, List<String> lines) {
        ReferenceFile file = ReferenceFile.parse(name, lines);
        CalendarFile reader = new CalendarFile(name, file.acts());
        file.rows().forEach(reader::read);
        reader.closeSection();
        if (!reader.problems.isEmpty()) {
            throw new ReferenceDataException(reader.problems);
        }
        return new CalendarData(reader.holidays, reader.years, file.acts());
    }

    private void read(Row row) {
        switch (row.kind()) {
            case HOLIDAY -> {
                if (columns(row, 9, "holiday, code, days, MOVES|STAYS, first year, last year, kk, ru, en")) {
                    holiday(row);
                }
            }
            case YEAR -> {
                if (columns(row, 2, "year, YYYY")) {
                    year(row);
                }
            }
            case DATE -> {
                if (columns(row, 5, "date, holiday code, YYYY-MM-DD, ANNOUNCED|ESTIMATED, source")) {
                    date(row);
                }
            }
            case TRANSFER -> {
                if (columns(row, 4, "transfer, worked weekend day, weekday off, decree")) {
                    transfer(row);
                }
            }
            default -> problems.add(row.problem("unknown row `" + row.kind() + "`: a row is act, holiday, year, "
                    + "date or transfer" + (row.kind().contains(" ") ? ", with its columns separated by tabs" : "")));
        }
    }

    private boolean columns(Row row, int expected, String layout) {
        if (row.size() == expected) {
            return true;
        }
        problems.add(row.problem("a " + row.kind() + " row has " + expected + " tab-separated columns (" + layout
                + "), this one has " + row.size()));
        return false;
    }

    private void holiday(Row row) {
        int before = problems.size();
        String code = code(row, row.cell(1));
        List<MonthDay> days = row.cell(2).equals("LUNAR") ? List.of() : monthDays(row, row.cell(2));
        boolean moves = switch (row.cell(3)) {
            case "MOVES" -> true;
            case "STAYS" -> false;
            default -> {
                problems.add(row.problem("the weekend rule is MOVES or STAYS, not `" + row.cell(3) + "`"));
                yield false;
            }
        };
        Optional<Year> first = optionalYear(row, row.cell(4));
        Optional<Year> last = optionalYear(row, row.cell(5));
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            problems.add(row.problem("the last year " + last.get() + " is before the first " + first.get()));
        }
        for (int i = 6; i <= 8; i++) {
            if (row.cell(i).isEmpty()) {
                problems.add(row.problem("the holiday's name in kk, ru and en is required"));
                break;
            }
        }
        Origin origin = new Origin(name, row.line());
        Origin earlier = holidayCodes.putIfAbsent(code, origin);
        if (earlier != null) {
            problems.add(row.problem("holiday " + code + " is given twice (also at line " + earlier.line() + ")"));
        }
        if (problems.size() == before) {
            holidays.add(new Holiday(code, LocalizedText.of(row.cell(6), row.cell(7), row.cell(8)), days, moves,
                    first, last, origin));
        }
    }

    private void year(Row row) {
        closeSection();
        if (!YEAR_NUMBER.matcher(row.cell(1)).matches()) {
            problems.add(row.problem("`" + row.cell(1) + "` is not a year (YYYY)"));
            section = new YearSection(null, row);
            return;
        }
        Year year = Year.of(Integer.parseInt(row.cell(1)));
        Origin earlier = yearOrigins.putIfAbsent(year, new Origin(name, row.line()));
        if (earlier != null) {
            problems.add(row.problem("year " + year + " is given twice (also at line " + earlier.line() + ")"));
        }
        section = new YearSection(year, row);
    }

    private void date(Row row) {
        int before = problems.size();
        String code = code(row, row.cell(1));
        Optional<LocalDate> date = date(row, row.cell(2));
        boolean estimated = switch (row.cell(3)) {
            case "ANNOUNCED" -> false;
            case "ESTIMATED" -> true;
            default -> {
                problems.add(row.problem("the status of a date is ANNOUNCED or ESTIMATED, not `" + row.cell(3) + "`"));
                yield false;
            }
        };
        requireSource(row, row.cell(4), "the source of the date (who announced it, or how it was estimated)");
        Optional<YearSection> year = sectionFor(row);
        if (year.isEmpty() || date.isEmpty() || problems.size() > before) {
            return;
        }
        year.get().inYear(row, date.get()).ifPresent(problems::add);
        if (!year.get().holidayCodes.add(code)) {
            problems.add(row.problem("the day of " + code + " in " + year.get().year + " is given twice"));
        }
        year.get().dates.add(new HolidayDate(code, date.get(), estimated, row.cell(4), new Origin(name, row.line())));
    }

    private void transfer(Row row) {
        int before = problems.size();
        Optional<LocalDate> worked = date(row, row.cell(1));
        Optional<LocalDate> off = date(row, row.cell(2));
        requireSource(row, row.cell(3), "the decree that transfers the day (its name, date and number)");
        worked.filter(d -> !Weekends.isWeekend(d)).ifPresent(d -> problems.add(row.problem(
                "the worked day " + d + " is a " + d.getDayOfWeek() + ", not a Saturday or Sunday")));
        off.filter(Weekends::isWeekend).ifPresent(d -> problems.add(row.problem(
                "the day off " + d + " is a " + d.getDayOfWeek() + ", not a weekday")));
        Optional<YearSection> year = sectionFor(row);
        if (year.isEmpty() || worked.isEmpty() || off.isEmpty() || problems.size() > before) {
            return;
        }
        year.get().inYear(row, worked.get()).ifPresent(problems::add);
        year.get().inYear(row, off.get()).ifPresent(problems::add);
        for (LocalDate day : List.of(worked.get(), off.get())) {
            if (!year.get().transferredDays.add(day)) {
                problems.add(row.problem(day + " is already in another transfer of " + year.get().year));
            }
        }
        year.get().transfers.add(new DayTransfer(worked.get(), off.get(), row.cell(3), new Origin(name, row.line())));
    }

    private Optional<YearSection> sectionFor(Row row) {
        if (section == null) {
            problems.add(row.problem("a " + row.kind() + " row belongs to a year: put a `year<TAB>YYYY` row before "
                    + "it"));
            return Optional.empty();
        }
        return section.year == null ? Optional.empty() : Optional.of(section);
    }

    private void closeSection() {
        if (section != null && section.year != null) {
            years.add(new CalendarYear(section.year, section.dates, section.transfers, acts,
                    new Origin(name, section.row.line())));
        }
        section = null;
    }

    private String code(Row row, String value) {
        if (!CODE.matcher(value).matches()) {
            problems.add(row.problem("`" + value + "` is not a holiday code (capital letters, digits and _, e.g. "
                    + "KURBAN_AIT)"));
        }
        return value;
    }

    private List<MonthDay> monthDays(Row row, String value) {
        List<MonthDay> days = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String day = part.strip();
            Optional<MonthDay> parsed = MONTH_DAY.matcher(day).matches() ? monthDay(day) : Optional.empty();
            if (parsed.isEmpty()) {
                problems.add(row.problem("`" + day + "` is not a day of the year (MM-DD; 02-29 is not allowed, it is "
                        + "missing in most years); a lunar holiday's days are LUNAR"));
            } else if (days.contains(parsed.get())) {
                problems.add(row.problem(day + " is listed twice"));
            } else {
                days.add(parsed.get());
            }
        }
        return days;
    }

    private static Optional<MonthDay> monthDay(String value) {
        try {
            MonthDay day = MonthDay.parse("--" + value);
            return day.equals(MonthDay.of(2, 29)) ? Optional.empty() : Optional.of(day);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Year> optionalYear(Row row, String value) {
        if (value.equals("-")) {
            return Optional.empty();
        }
        if (!YEAR_NUMBER.matcher(value).matches()) {
            problems.add(row.problem("`" + value + "` is not a year (YYYY, or - for none)"));
            return Optional.empty();
        }
        return Optional.of(Year.of(Integer.parseInt(value)));
    }

    private Optional<LocalDate> date(Row row, String value) {
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value));
            }
        } catch (DateTimeParseException e) {
            // falls through: a well-formed date of a day that does not exist, e.g. 2027-02-30
        }
        problems.add(row.problem("`" + value + "` is not a day that exists (YYYY-MM-DD)"));
        return Optional.empty();
    }

    private void requireSource(Row row, String value, String what) {
        if (value.isEmpty()) {
            problems.add(row.problem(what + " is required"));
        }
    }

    /** The rows of one year while they are read. */
    private static final class YearSection {
        private final Year year;
        private final Row row;
        private final List<HolidayDate> dates = new ArrayList<>();
        private final List<DayTransfer> transfers = new ArrayList<>();
        private final Set<String> holidayCodes = new HashSet<>();
        private final Set<LocalDate> transferredDays = new HashSet<>();

        private YearSection(Year year, Row row) {
            this.year = year;
            this.row = row;
        }

        private Optional<ReferenceDataProblem> inYear(Row at, LocalDate day) {
            return day.getYear() == year.getValue() ? Optional.empty()
                    : Optional.of(at.problem(day + " is not in " + year + ", the year this row belongs to (line "
                            + row.line() + ")"));
        }
    }
}
