package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import kz.medcert.application.port.in.ConsentUseCase;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestView;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.ConsentStatus;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;

/** Consent by one-time code through the e-gov gateway (R60, R61); once given, the registries are asked at once. */
public final class ConsentService implements ConsentUseCase {
    private final CertificationRequestRepository repository;
    private final ConsentGateway gateway;
    private final FetchRegistriesService fetcher;
    private final RequestViews views;
    private final Clock clock;

    @Inject
    public ConsentService(CertificationRequestRepository repository, ConsentGateway gateway,
                          FetchRegistriesService fetcher, RequestViews views, Clock clock) {
        this.repository = repository;
        this.gateway = gateway;
        this.fetcher = fetcher;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public ConsentChallengeView requestConsent(Actor actor, RequestId id) {
        CertificationRequest request = awaitingConsent(actor, id, ServiceText.ACTION_REQUEST_CONSENT_CODE);
        ConsentGateway.ConsentChallenge challenge = gateway.requestCode(request.state().applicant().iin());
        store(request.consentRequested(challenge.reference(), challenge.channel(), clock.instant(),
                actor.auditLabel()));
        return new ConsentChallengeView(challenge.reference(), challenge.channel(), challenge.maskedPhone());
    }

    @Override
    public ConsentResult confirm(Actor actor, RequestId id, String code) {
        CertificationRequest request = awaitingConsent(actor, id, ServiceText.ACTION_CONFIRM_CONSENT);
        if (request.state().consent().status() != ConsentStatus.REQUESTED) {
            throw new RequestConflictException(ServiceText.NO_CONSENT_CODE_REQUESTED.message().with("request", id));
        }
        String reference = request.state().consent().reference().orElseThrow();
        if (!gateway.confirm(reference, code)) {
            return new ConsentResult.WrongCode();
        }
        CertificationRequest consented = store(request.consentGiven(clock.instant(), actor.auditLabel()));
        return new ConsentResult.Confirmed(views.view(fetchedOrAsStored(consented, actor.auditLabel())));
    }

    @Override
    public RequestView decline(Actor actor, RequestId id) {
        return views.view(store(awaitingConsent(actor, id, ServiceText.ACTION_DECLINE_CONSENT)
                .consentDeclined(clock.instant(), actor.auditLabel())));
    }

    // the consent is stored: if the request changed while the registries were asked (an upload, a retry worker),
    // the answers are dropped and the registries still due are asked again by the next retry round (R21, R70)
    private CertificationRequest fetchedOrAsStored(CertificationRequest consented, String by) {
        try {
            return fetcher.fetchDue(consented, by);
        } catch (ConcurrentUpdateException e) {
            return views.load(consented.id());
        }
    }

    private CertificationRequest awaitingConsent(Actor actor, RequestId id, ServiceText action) {
        CertificationRequest request = views.loadForChange(actor, id, action);
        if (request.status() != RequestStatus.AWAITING_CONSENT) {
            throw new RequestConflictException(ServiceText.CONSENT_ALREADY_ANSWERED.message().with("request", id)
                    .with("status", request.status().localizedName()));
        }
        return request;
    }

    private CertificationRequest store(CertificationRequest request) {
        try {
            return repository.update(request);
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException(ServiceText.REQUEST_CHANGED_RETRY.message().with("request",
                    request.id()));
        }
    }
}
