package kz.medcert.application.service.decisions;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase;
import kz.medcert.application.port.out.DecisionQueue;
import kz.medcert.application.port.out.DecisionQueue.AwaitingDecision;
import kz.medcert.application.service.DecisionSettings;
import kz.medcert.application.service.RequestAccess;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.calendar.ServiceDeadlinePolicy;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.HearingTerm;
import kz.medcert.domain.request.Submission;

/**
 * The queue of requests awaiting a decision in the officer's department (R71), most urgent first (R73, R78), a page
 * at a time: the repository sorts and pages, so that only the page's requests are read.
 */
public final class OfficerQueueService implements OfficerQueueUseCase {
    private final DecisionQueue repository;
    private final ServiceDeadlinePolicy deadlines;
    private final HearingTerm hearing;
    private final Clock clock;

    @Inject
    public OfficerQueueService(DecisionQueue repository, CertificationRules rules,
                               DecisionSettings settings, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.deadlines = Objects.requireNonNull(rules, "rules").deadlines();
        this.hearing = Objects.requireNonNull(settings, "settings").hearingTerm();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public QueuePage queue(Actor actor, QueueFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page starts at 0 or later and shows 1 to " + MAX_PAGE
                    + " requests, not offset " + offset + " and limit " + limit);
        }
        Optional<Department> department;
        if (actor instanceof Actor.Officer officer) {
            department = Optional.of(officer.department());
        } else if (actor instanceof Actor.Admin) {
            department = Optional.empty();
        } else {
            throw new AccessDeniedException(ServiceText.ONLY_STAFF_SEE_QUEUE.message());
        }
        LocalDate today = KazakhstanTime.date(clock.instant());
        AwaitingDecision awaiting = repository.awaitingDecision(department, filter.status(), filter.specialty(), today,
                offset, limit);
        List<QueueEntry> entries = awaiting.page().stream()
                // the port filters already; checked again so that no other department's request ever shows
                .filter(r -> department.isEmpty() || RequestAccess.department(r.state()).equals(department))
                .filter(r -> r.state().submission().isPresent())
                .map(r -> entry(r, today))
                .toList();
        return new QueuePage(entries, awaiting.total(), awaiting.overdue(), offset, limit);
    }

    private QueueEntry entry(CertificationRequest request, LocalDate today) {
        Submission submission = request.state().submission().orElseThrow();
        LocalDate due = submission.decisionDue();
        // R91: the last day a refusal can be proposed and still be decided within the term; and for one proposed,
        // the first day it can be decided finally
        Optional<LocalDate> finalFrom = request.state().decision()
                .filter(Decision.RefusalProposed.class::isInstance).map(Decision.RefusalProposed.class::cast)
                .map(proposed -> deadlines.calendar().nextWorkingDayAfter(proposed.hearing().objectionsUntil()));
        return new QueueEntry(request.state(), submission.submittedAt(), due, deadlines.workingDaysLeft(today, due),
                deadlines.isOverdue(today, due), hearing.latestNoticeDay(due, deadlines.calendar()), finalFrom);
    }
}
