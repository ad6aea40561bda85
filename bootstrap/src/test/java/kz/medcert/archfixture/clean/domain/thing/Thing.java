package kz.medcert.archfixture.clean.domain.thing;

import kz.medcert.archfixture.clean.domain.calendar.Deadline;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Aggregate using another domain feature (one direction only), primitives and arrays. */
public record Thing(ThingId id, LocalDate registeredOn, int[] scores, List<ThingId> related) {
    public Thing {
        scores = scores.clone();
        related = List.copyOf(related);
    }

    public Deadline reviewDeadline() {
        return Deadline.after(registeredOn, Period.ofYears(5));
    }

    public ThingId[] relatedIds() {
        return related.toArray(new ThingId[0]);
    }
}
