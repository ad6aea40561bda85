package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.OfficerQueueUseCase;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.calendar.ServiceDeadlinePolicy;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.Submission;

/** The queue of accepted requests of the officer's department (R71), most urgent first (R73, R78). */
public final class OfficerQueueService implements OfficerQueueUseCase {
    private final CertificationRequestRepository repository;
    private final ServiceDeadlinePolicy deadlines;
    private final Clock clock;

    @Inject
    public OfficerQueueService(CertificationRequestRepository repository, CertificationRules rules, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.deadlines = Objects.requireNonNull(rules, "rules").deadlines();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<QueueEntry> queue(Actor actor) {
        Optional<Department> department;
        if (actor instanceof Actor.Officer officer) {
            department = Optional.of(officer.department());
        } else if (actor instanceof Actor.Admin) {
            department = Optional.empty();
        } else {
            throw new AccessDeniedException("only officers and administrators see the queue");
        }
        LocalDate today = KazakhstanTime.localDateTime(clock.instant()).toLocalDate();
        return repository.listAwaitingDecision(department).stream()
                // the port filters already; checked again so that no other department's request ever shows
                .filter(r -> department.isEmpty() || RequestAccess.department(r.state()).equals(department))
                .filter(r -> r.state().submission().isPresent())
                .map(r -> entry(r, today))
                .sorted(Comparator.comparing(QueueEntry::decisionDue).thenComparing(QueueEntry::submittedAt)
                        .thenComparing(e -> e.request().id().value()))
                .toList();
    }

    private QueueEntry entry(CertificationRequest request, LocalDate today) {
        Submission submission = request.state().submission().orElseThrow();
        LocalDate due = submission.decisionDue();
        return new QueueEntry(request.state(), submission.submittedAt(), due, deadlines.workingDaysLeft(today, due),
                deadlines.isOverdue(today, due));
    }
}
