package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.medcert.adapters.persistence.JdbiCertificationRequestRepository;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.CertificateIssuing;
import kz.medcert.application.port.out.DecisionQueue;
import kz.medcert.application.port.out.IdempotentStarts;
import kz.medcert.application.port.out.RegistryRetryQueue;
import kz.medcert.application.port.out.RequestAttachments;
import kz.medcert.application.port.out.Requests;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 2: the ports of the request store are bound to one adapter instance, so that they share its state
 * (the instance id its retry claims and settling holds are made under): a request a write left settling is held for
 * this very instance, whichever port wrote it and whichever claims it.
 */
class RequestStoreWiringTest {

    @Test
    void everyPortOfTheRequestStore_isTheOneAdapterInstance() throws Exception {
        AppConfig config = AppConfig.fromEnvironment(Map.of("MEDCERT_DATA_DIR",
                Files.createTempDirectory("medcert-request-store").toString(), "MEDCERT_PORT", "0",
                "MEDCERT_DEMO", "true"));
        try (MedCertService service = MedCertService.start(config, Clock.systemUTC())) {
            Injector injector = service.injector();
            JdbiCertificationRequestRepository store = injector.getInstance(JdbiCertificationRequestRepository.class);

            List<Object> ports = List.of(injector.getInstance(Requests.class),
                    injector.getInstance(IdempotentStarts.class), injector.getInstance(CertificateIssuing.class),
                    injector.getInstance(RequestAttachments.class), injector.getInstance(ApplicantRequests.class),
                    injector.getInstance(DecisionQueue.class), injector.getInstance(RegistryRetryQueue.class));

            assertThat(ports).allSatisfy(port -> assertThat(port).isSameAs(store));
        }
    }
}
