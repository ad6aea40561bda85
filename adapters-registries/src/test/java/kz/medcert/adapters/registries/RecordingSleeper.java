package kz.medcert.adapters.registries;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the latencies a stub registry would wait, without waiting. */
final class RecordingSleeper implements Sleeper {
    private final List<Duration> slept = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        slept.add(duration);
    }

    List<Duration> slept() {
        return List.copyOf(slept);
    }
}
