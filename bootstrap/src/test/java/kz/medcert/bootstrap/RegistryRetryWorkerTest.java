package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.port.in.requests.FetchRegistriesUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/** What /health/ready asks of the registry retry worker: started, not stopped, not ended by a failure. */
class RegistryRetryWorkerTest {

    @Test
    void runningOnceStarted_untilClosed() throws InterruptedException {
        CountDownLatch rounds = new CountDownLatch(2);
        try (RegistryRetryWorker worker = new RegistryRetryWorker(retrying(rounds::countDown))) {
            assertThat(worker.isRunning()).isFalse();

            worker.start(Duration.ofMillis(100));

            assertThat(rounds.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.isRunning()).isTrue();
            worker.close();
            assertThat(worker.isRunning()).isFalse();
        }
    }

    @Test
    void aFailedRound_isRetriedNextRound_butAnErrorThatEscapesStopsIt() throws InterruptedException {
        CountDownLatch failed = new CountDownLatch(2);
        try (RegistryRetryWorker worker = new RegistryRetryWorker(retrying(() -> {
            failed.countDown();
            throw new IllegalStateException("database gone");
        }))) {
            worker.start(Duration.ofMillis(100));
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.isRunning()).isTrue();
        }
        CountDownLatch dead = new CountDownLatch(1);
        try (RegistryRetryWorker worker = new RegistryRetryWorker(retrying(() -> {
            dead.countDown();
            throw new OutOfMemoryError("simulated");
        }))) {
            worker.start(Duration.ofMillis(100));
            assertThat(dead.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 100 && worker.isRunning(); i++) {
                Thread.sleep(20);
            }
            assertThat(worker.isRunning()).isFalse();
        }
    }

    private static FetchRegistriesUseCase retrying(Runnable round) {
        return new FetchRegistriesUseCase() {
            @Override
            public RequestView fetch(Actor actor, RequestId id) {
                throw new UnsupportedOperationException("the worker only retries");
            }

            @Override
            public int retryDue(int limit) {
                round.run();
                return 0;
            }
        };
    }
}
