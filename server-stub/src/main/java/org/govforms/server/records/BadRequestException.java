package org.govforms.server.records;

/** A request parameter the server cannot use; the message says what to send instead and holds no value. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String detail) {
        super(detail);
    }
}
