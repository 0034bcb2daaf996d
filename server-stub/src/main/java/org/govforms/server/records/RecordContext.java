package org.govforms.server.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What a context rule may look at: the caller's other records and today's date. */
public interface RecordContext {

    LocalDate today();

    <R> Optional<R> find(RecordFamily<R> family, UUID id);

    /** Every record of the family in the caller's tenant, oldest first. */
    <R> List<R> all(RecordFamily<R> family);
}
