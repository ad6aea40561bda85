package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.requests.FetchRegistriesUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.RegistryRetryQueue;
import kz.medcert.application.port.out.Requests;
import kz.medcert.application.service.RequestSettings;
import kz.medcert.application.service.RequestViews;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.StateRegistry;

/**
 * Asks the registries whose turn has come. A failure is recorded with its reason and a retry time (exponential
 * back-off): the request waits, is retried, and the applicant sees why (R21, R70). A registry that stays down is given
 * up on for the applicant after the configured time or attempts ({@link RequestSettings#fallback()}) and asked on in
 * the background, also after the submission until the decision, so that its answer is recorded when it comes.
 */
public final class FetchRegistriesService implements FetchRegistriesUseCase {
    /** Who retries in the background, as the requests' history names it. */
    public static final String RETRY_WORKER = new Actor.Automated("registry-retry").auditLabel();

    private final Requests repository;
    private final RegistryRetryQueue retries;
    private final RegistryCalls registries;
    private final RequestViews views;
    private final RequestSettings settings;
    private final Clock clock;

    @Inject
    public FetchRegistriesService(Requests repository, RegistryRetryQueue retries, RegistryCalls registries,
                                  RequestViews views, RequestSettings settings, Clock clock) {
        this.repository = repository;
        this.retries = retries;
        this.registries = registries;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public RequestView fetch(Actor actor, RequestId id) {
        CertificationRequest request = views.loadForChange(actor, id, ServiceText.ACTION_ASK_REGISTRIES);
        try {
            return views.view(fetchDue(request, actor.auditLabel()));
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException(ServiceText.REQUEST_CHANGED_WHILE_FETCHING.message().with("request",
                    id));
        }
    }

    @Override
    public int retryDue(int limit) {
        int retried = 0;
        for (RequestId id : retries.claimDue(limit)) {
            CertificationRequest request = views.load(id);
            if (request.registriesDue(clock.instant()).isEmpty()) {
                continue;
            }
            try {
                fetchDue(request, RETRY_WORKER);
                retried++;
            } catch (ConcurrentUpdateException e) {
                // another worker or the applicant got there first; the next round sees its result
            }
        }
        return retried;
    }

    /**
     * Asks each due registry once, all at once and each within the time limit, and stores the outcome; unchanged when
     * nothing is due.
     *
     * @param by on whose behalf the registries are asked (an audit label)
     */
    CertificationRequest fetchDue(CertificationRequest request, String by) {
        Instant now = clock.instant();
        List<StateRegistry> due = request.registriesDue(now);
        if (due.isEmpty()) {
            return request;
        }
        Map<StateRegistry, RegistryCalls.Answer> answers = registries.askAll(due,
                request.state().applicant().iin(), request.state().form().target());
        CertificationRequest next = request;
        for (StateRegistry registry : due) {
            next = record(next, registry, answers.get(registry), now, by);
        }
        return repository.save(next);
    }

    private CertificationRequest record(CertificationRequest request, StateRegistry registry,
                                        RegistryCalls.Answer answer, Instant now, String by) {
        if (answer instanceof RegistryCalls.Answer.Facts facts) {
            try {
                return request.registryAnswered(registry, facts.change(), now, by);
            } catch (RuntimeException e) {
                // data that do not make facts (e.g. a missing record) are an unreadable answer, never a refusal
                return failed(request, registry, RegistryCalls.UNREADABLE, now, by);
            }
        }
        return failed(request, registry, ((RegistryCalls.Answer.Failure) answer).reason(), now, by);
    }

    /**
     * R21, R70: the request waits with the reason shown and is asked again after a back-off; not later than the moment
     * the fallback gives the registry up, so that the applicant is not kept waiting past it.
     */
    private CertificationRequest failed(CertificationRequest request, StateRegistry registry, String reason,
                                        Instant now, String by) {
        RegistryFetch fetch = request.state().fetches().stream().filter(f -> f.registry() == registry).findFirst()
                .orElseThrow();
        Instant retryAt = now.plus(settings.retryDelayAfter(fetch.attempts() + 1));
        Instant givenUp = settings.fallback().deadline(request.state().consent().answeredAt().orElse(now));
        if (!fetch.unavailable() && givenUp.isAfter(now) && givenUp.isBefore(retryAt)) {
            retryAt = givenUp;
        }
        return request.registryFailed(registry, reason, now, retryAt, settings.fallback(), by);
    }
}
