package org.govforms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;

/** I-589 applications for the tests: the spec's examples, and variants that fill the form past its room. */
final class I589Records {

    private I589Records() {
    }

    static ObjectNode complete() {
        return SpecExamples.example("I589Complete").copy();
    }

    static ObjectNode minimal() {
        return SpecExamples.example("I589Minimal").copy();
    }

    /** The complete example's family with this many children (the form prints 4, Supplement A 2 more). */
    static ObjectNode withChildren(int count) {
        ObjectNode record = complete();
        ArrayNode children = (ArrayNode) record.path("children");
        JsonNode last = children.get(children.size() - 1);
        String[] names = {"Ruth", "Mikael", "Saba", "Eden", "Tesfay", "Winta", "Aron"};
        for (int i = children.size(); i < count; i++) {
            ObjectNode child = last.deepCopy();
            child.put("firstName", names[i % names.length]);
            child.put("dateOfBirth", "2024-0" + (1 + i % 9) + "-1" + (i % 10));
            children.add(child);
        }
        record.put("totalNumberOfChildren", count);
        return record;
    }

    /** The complete example with a narrative of this many characters for Part B 1.A. */
    static ObjectNode withNarrative(int length) {
        ObjectNode record = complete();
        StringBuilder narrative = new StringBuilder();
        int sentence = 1;
        while (narrative.length() < length) {
            narrative.append("Sentence ").append(sentence++)
                    .append(": the officers came back to our street and asked the neighbours where we had gone. ");
        }
        ((ObjectNode) record.path("claim").path("pastHarm")).put("explanation", narrative.substring(0, length).strip());
        return record;
    }

    static I589Application application(JsonNode record) {
        try {
            return SpecExamples.json().treeToValue(record, I589Application.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("not an I-589 application", e);
        }
    }

    static JsonNode json(I589Application application) {
        return SpecExamples.json().valueToTree(application);
    }
}
