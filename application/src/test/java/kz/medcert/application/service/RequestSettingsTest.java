package kz.medcert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Operating limits: the attachment size and the registry retry back-off (R21, R70). */
class RequestSettingsTest {
    private final RequestSettings settings = new RequestSettings(1024, Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void retryDelay_startsAtTheFirstDelay() {
        // when / then
        assertThat(settings.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryDelayAfter(0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryDelay_doublesWithEachFailure() {
        // when / then
        assertThat(settings.retryDelayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retryDelayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.retryDelayAfter(4)).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void retryDelay_isCappedAtTheMaximum_evenAfterVeryManyFailures() {
        // when / then
        assertThat(settings.retryDelayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retryDelayAfter(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retryDelayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void defaults_takeTenMegabytes_andRetryFromThirtySecondsUpToAnHour() {
        // when / then
        assertThat(RequestSettings.DEFAULTS.maxAttachmentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(RequestSettings.DEFAULTS.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RequestSettings.DEFAULTS.retryDelayAfter(100)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void rejectsANonPositiveAttachmentLimit() {
        // when / then
        assertThatThrownBy(() -> new RequestSettings(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
