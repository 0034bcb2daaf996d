package org.govforms.server.store;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets Idempotency-Keys once they are older than the retention (48 hours unless configured; never under 24). */
@Component
class IdempotencyKeyJanitor {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyJanitor.class);
    private static final Duration MINIMUM = Duration.ofHours(24);

    private final RecordStore store;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeyJanitor(RecordStore store, Clock clock,
                          @Value("${govforms.idempotency-key-retention:PT48H}") Duration retention) {
        this.store = store;
        this.clock = clock;
        this.retention = retention.compareTo(MINIMUM) < 0 ? MINIMUM : retention;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldKeys() {
        int forgotten = store.forgetKeysClaimedBefore(clock.instant().minus(retention));
        if (forgotten > 0) {
            LOG.info("Forgot {} idempotency keys older than {}", forgotten, retention);
        }
    }
}
