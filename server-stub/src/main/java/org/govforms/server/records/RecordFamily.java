package org.govforms.server.records;

/**
 * A family of records the server keeps, e.g. I-589 applications: the collection name of its path and
 * the generated model class of its records.
 */
public record RecordFamily<T>(String collection, Class<T> type) {
}
