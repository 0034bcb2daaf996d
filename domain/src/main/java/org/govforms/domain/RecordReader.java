package org.govforms.domain;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.govforms.model.Violation;

/** Reads a record from JSON; what cannot be read becomes a violation (see {@link JsonInputErrors}). */
final class RecordReader {

    private final ObjectMapper mapper;

    RecordReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    record Read<T>(T record, List<Violation> violations) {
    }

    <T> Read<T> read(byte[] json, Class<T> type) {
        try {
            T record = mapper.readValue(json, type);
            if (record == null) {
                return new Read<>(null, List.of(JsonInputErrors.notAnObject(type)));
            }
            return new Read<>(record, List.of());
        } catch (JacksonException e) {
            return new Read<>(null, List.of(JsonInputErrors.of(e, type)));
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from memory cannot fail", e);
        }
    }
}
