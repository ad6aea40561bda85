package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The applicant's labour activity as of the application date: breaks, continuity and experience (R12, R40, R45,
 * R97).
 */
public record EmploymentHistory(List<EmploymentPeriod> periods) {

    public EmploymentHistory {
        periods = List.copyOf(periods);
    }

    public List<EmploymentPeriod> in(Predicate<EmploymentPeriod> filter) {
        return periods.stream().filter(filter).toList();
    }

    /**
     * R12: the day the current break in the selected activity began counting from — the last dismissal — or empty
     * when the applicant works in it on {@code asOf} or never worked in it.
     */
    public Optional<LocalDate> lastDismissal(Predicate<EmploymentPeriod> filter, LocalDate asOf) {
        List<EmploymentPeriod> selected = in(filter).stream().filter(p -> !p.from().isAfter(asOf)).toList();
        if (selected.isEmpty() || selected.stream().anyMatch(p -> p.ongoingOn(asOf))) {
            return Optional.empty();
        }
        return selected.stream().map(p -> p.lastDayAsOf(asOf)).max(Comparator.naturalOrder());
    }

    public boolean worksOn(Predicate<EmploymentPeriod> filter, LocalDate day) {
        return in(filter).stream().anyMatch(p -> p.ongoingOn(day));
    }

    /**
     * R40, R45: the activity that began with the latest row {@code start} selects whose start is before
     * {@code startedBefore}, followed through every row up to {@code asOf}: the days in between on which no row was
     * running, including those from the last dismissal up to {@code asOf}. Empty when no selected row started before
     * {@code startedBefore} (and on or before {@code asOf}). The latest such start is taken because an earlier stint
     * can only add gaps. Judging the gaps (how long may still be "continuous") is the rules' business.
     */
    public Optional<List<EmploymentGap>> gapsSince(Predicate<EmploymentPeriod> start, LocalDate startedBefore,
                                                   LocalDate asOf) {
        Optional<LocalDate> began = in(start).stream().map(EmploymentPeriod::from)
                .filter(from -> from.isBefore(startedBefore) && !from.isAfter(asOf))
                .max(Comparator.naturalOrder());
        if (began.isEmpty()) {
            return Optional.empty();
        }
        List<EmploymentGap> gaps = new ArrayList<>();
        LocalDate lastWorked = null;
        for (DayRange range : merge(p -> true, asOf)) {
            if (range.to().isBefore(began.get())) {
                continue;
            }
            if (lastWorked != null) {
                gaps.add(new EmploymentGap(lastWorked.plusDays(1), range.from().minusDays(1)));
            }
            lastWorked = range.to();
        }
        if (lastWorked.isBefore(asOf)) {
            gaps.add(new EmploymentGap(lastWorked.plusDays(1), asOf));
        }
        return Optional.of(List.copyOf(gaps));
    }

    /** R97: experience in the selected activity up to {@code asOf}, overlapping periods counted once. */
    public Experience experience(Predicate<EmploymentPeriod> filter, LocalDate asOf) {
        long years = 0;
        long months = 0;
        long days = 0;
        for (DayRange range : merge(filter, asOf)) {
            Period p = Period.between(range.from(), range.to().plusDays(1));
            years += p.getYears();
            months += p.getMonths();
            days += p.getDays();
        }
        return Experience.normalised(years, months, days);
    }

    /** The selected periods clipped to {@code asOf}, sorted and merged where they overlap or touch. */
    private List<DayRange> merge(Predicate<EmploymentPeriod> filter, LocalDate asOf) {
        List<DayRange> ranges = in(filter).stream()
                .filter(p -> !p.from().isAfter(asOf))
                .map(p -> new DayRange(p.from(), p.lastDayAsOf(asOf)))
                .sorted(Comparator.comparing(DayRange::from))
                .toList();
        List<DayRange> merged = new ArrayList<>();
        for (DayRange r : ranges) {
            int last = merged.size() - 1;
            if (last >= 0 && !r.from().isAfter(merged.get(last).to().plusDays(1))) {
                DayRange prev = merged.get(last);
                merged.set(last, new DayRange(prev.from(), r.to().isAfter(prev.to()) ? r.to() : prev.to()));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    private record DayRange(LocalDate from, LocalDate to) {
    }
}
