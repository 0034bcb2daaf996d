package org.govforms.client;

/** No answer came from the server: the connection was refused or lost, or a timeout passed. */
public class NetworkException extends GovFormsException {

    public NetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
