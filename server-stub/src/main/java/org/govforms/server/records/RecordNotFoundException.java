package org.govforms.server.records;

/** No record with the id exists in the caller's tenant (another tenant's record is not found either). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException() {
        super("no such record");
    }
}
