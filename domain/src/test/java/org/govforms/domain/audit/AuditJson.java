package org.govforms.domain.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.govforms.domain.SpecExamples;
import org.govforms.model.ExternalAudit;

/** Changes to an audit example, by JSON pointer, as the tests make them. */
public final class AuditJson {

    private AuditJson() {
    }

    public static ObjectNode example(String name) {
        return SpecExamples.example(name).copy();
    }

    /** Sets (or, for null, removes) the value at the pointer. */
    public static UnaryOperator<ObjectNode> set(String pointer, Object value) {
        return root -> {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = root.at(pointer.substring(0, slash));
            String field = pointer.substring(slash + 1);
            if (parent.isArray()) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(field), SpecExamples.json().valueToTree(value));
            } else if (value == null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ObjectNode) parent).set(field, SpecExamples.json().valueToTree(value));
            }
            return root;
        };
    }

    public static UnaryOperator<ObjectNode> remove(String pointer) {
        return set(pointer, null);
    }

    @SafeVarargs
    public static ObjectNode changed(String example, UnaryOperator<ObjectNode>... changes) {
        ObjectNode root = example(example);
        for (UnaryOperator<ObjectNode> change : changes) {
            change.apply(root);
        }
        return root;
    }

    public static ExternalAudit audit(ObjectNode json) {
        try {
            return SpecExamples.json().treeToValue(json, ExternalAudit.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(ObjectNode json) {
        try {
            return SpecExamples.json().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
