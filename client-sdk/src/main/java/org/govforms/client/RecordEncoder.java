package org.govforms.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govforms.domain.spec.SpecIndex;

/**
 * Writes a record as JSON without the properties the server sets (id, createdAt, computed dates, ...):
 * a record read from the server can be changed and sent back as it is, and the server, which refuses
 * read-only properties, never sees them. A file (bytes) is sent as it is.
 */
final class RecordEncoder implements Encoder {

    private final ObjectMapper mapper;

    RecordEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) {
        if (object instanceof byte[] file) {
            template.body(file, null); // a file such as a filled PDF form, sent as it is
            return;
        }
        JsonNode tree = mapper.valueToTree(object);
        List<String> readOnly = SpecIndex.bundled().readOnlyPointers(object.getClass().getSimpleName(), tree);
        for (int i = readOnly.size() - 1; i >= 0; i--) {
            remove(tree, readOnly.get(i));
        }
        try {
            template.body(mapper.writeValueAsBytes(tree), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new EncodeException("the record cannot be written as JSON", e);
        }
    }

    private static void remove(JsonNode root, String pointer) {
        int last = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, last));
        String name = pointer.substring(last + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.remove(name);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(name));
        }
    }
}
