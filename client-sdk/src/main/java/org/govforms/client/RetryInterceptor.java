package org.govforms.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries a request that is safe to repeat when no answer came (connection failure) or the answer says
 * to try again (408, 409 request in flight, 429, 5xx): exponential backoff with full jitter, or the
 * server's Retry-After when it gives one. Safe to repeat: reads, replaces (If-Match makes a repeat harmless),
 * validations, form readings (they store nothing), and creates that carry an Idempotency-Key (every create
 * of this SDK does).
 */
final class RetryInterceptor implements Interceptor {

    private static final Set<Integer> RETRIED_STATUSES = Set.of(408, 409, 429);
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final int maxRetries;
    private final Duration baseDelay;

    RetryInterceptor(int maxRetries, Duration baseDelay) {
        this.maxRetries = maxRetries;
        this.baseDelay = baseDelay;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean safe = safeToRepeat(request);
        for (int attempt = 0; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (InterruptedIOException timeout) {
                if (!safe || attempt >= maxRetries || chain.call().isCanceled()) {
                    throw timeout;
                }
                pause(backoff(attempt));
                continue;
            } catch (IOException connectionFailure) {
                if (!safe || attempt >= maxRetries || chain.call().isCanceled()) {
                    throw connectionFailure;
                }
                pause(backoff(attempt));
                continue;
            }
            if (!safe || attempt >= maxRetries || !retried(response.code())) {
                return response;
            }
            Duration wait = retryAfter(response).orElse(backoff(attempt));
            response.close();
            pause(wait);
        }
    }

    static boolean safeToRepeat(Request request) {
        return switch (request.method()) {
            case "GET", "HEAD", "PUT", "DELETE" -> true;
            case "POST" -> request.header("Idempotency-Key") != null
                    || request.url().encodedPath().startsWith("/v1/validations/")
                    || request.url().encodedPath().startsWith("/v1/pdf-extractions/");
            default -> false;
        };
    }

    private static boolean retried(int status) {
        return RETRIED_STATUSES.contains(status) || status >= 500;
    }

    /** Full jitter: a random wait between zero and base * 2^attempt. */
    private Duration backoff(int attempt) {
        long ceiling = Math.min(MAX_WAIT.toMillis(), baseDelay.toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    private static java.util.Optional<Duration> retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return java.util.Optional.empty();
        }
        try {
            Duration wait = Duration.ofSeconds(Long.parseLong(value.trim()));
            return java.util.Optional.of(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return java.util.Optional.of(wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            } catch (RuntimeException notADate) {
                return java.util.Optional.empty();
            }
        }
    }

    private static void pause(Duration wait) throws InterruptedIOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
