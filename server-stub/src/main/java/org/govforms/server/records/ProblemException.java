package org.govforms.server.records;

/**
 * A request the server refuses for a reason other than the record's content (a stale ETag, a reused
 * Idempotency-Key, ...): the status and the problem to answer with. Its texts never hold a record's value.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    public ProblemException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "If-Match is required",
                "Send the record's ETag, as you read it, in If-Match.");
    }

    static ProblemException recordChanged() {
        return new ProblemException(412, "record-changed", "The record changed since you read it",
                "Read the record again, apply your change to it and send it with its new ETag in If-Match.");
    }

    /** Other changes to the same record kept being stored between this request's read and its write. */
    public static ProblemException recordBusy() {
        return new ProblemException(409, "record-busy", "The record is being changed by other requests",
                "Other changes to the same record kept arriving while this one was stored; nothing was changed. Send it again.");
    }

    static ProblemException requestInFlight() {
        return new ProblemException(409, "request-in-flight", "The same request is still being served",
                "A request with this Idempotency-Key is still being served; retry in a moment.");
    }

    static ProblemException idempotencyKeyReused() {
        return new ProblemException(422, "idempotency-key-reused", "The Idempotency-Key belongs to another request",
                "This Idempotency-Key was used with another body; use a new key for a new record.");
    }
}
