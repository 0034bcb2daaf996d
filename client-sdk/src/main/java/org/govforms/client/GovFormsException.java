package org.govforms.client;

/**
 * Every failure the SDK reports. No message of any of them holds the API key or a value of a record.
 *
 * <ul>
 *   <li>{@link GovFormsApiException}: the server answered with an error (its problem and violations), with
 *       subclasses {@link ValidationException} (400), {@link AuthenticationException} (401, 403),
 *       {@link NotFoundException} (404), {@link ConflictException} (409, 412, 422, 428; a stale ETag is
 *       {@link PreconditionFailedException}), {@link RateLimitedException} (429) and {@link ServerException} (5xx);</li>
 *   <li>{@link NetworkException}: no answer came (connection refused or lost, timeout).</li>
 * </ul>
 */
public class GovFormsException extends RuntimeException {

    public GovFormsException(String message, Throwable cause) {
        super(message, cause);
    }

    public GovFormsException(String message) {
        super(message);
    }
}
