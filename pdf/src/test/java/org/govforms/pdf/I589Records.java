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

    /** The complete example with its native-alphabet names (Parts D, F and G) and a child's name in other scripts. */
    static ObjectNode withNativeNames(String nativeName, String childLastName) {
        ObjectNode record = complete();
        ((ObjectNode) record.path("declaration")).put("nameInNativeAlphabet", nativeName);
        // the signatures are facts of the record; the form leaves their boxes to the pen
        record.putObject("asylumInterview").put("contentsTrue", "ALL_TRUE").put("swornDate", "2026-11-20")
                .put("nameInNativeAlphabet", nativeName).put("correctionsFrom", 1).put("correctionsTo", 3)
                .put("applicantSignature", "signed").put("officerSignature", "signed");
        record.putObject("removalHearing").put("contentsTrue", "NOT_ALL_TRUE").put("swornDate", "2026-11-25")
                .put("nameInNativeAlphabet", nativeName).put("applicantSignature", "signed").put("judgeSignature", "signed");
        ((ObjectNode) record.path("children").get(0)).put("lastName", childLastName);
        return record;
    }

    /** The complete example with more entries, residences, schools, jobs, siblings and helpers than the form prints. */
    static ObjectNode withManyRows() {
        ObjectNode record = complete();
        ArrayNode entries = (ArrayNode) record.path("applicant").path("entriesIntoUnitedStates");
        entries.addObject().put("entryDate", "2017-05-02").put("entryPlace", "Miami, FL").put("statusAtEntry", "B-1");
        entries.addObject().put("entryDate", "2015-03-10").put("entryPlace", "Newark, NJ").put("statusAtEntry", "B-2");
        ObjectNode background = (ObjectNode) record.path("background");
        ArrayNode residences = (ArrayNode) background.path("residencesPastFiveYears");
        for (int i = 0; i < 4; i++) {
            residences.addObject().put("streetNumberAndName", (10 + i) + " Example Lane").put("city", "Asmara")
                    .put("province", "Maekel").put("country", "ER").put("from", (2014 - i) + "-03").put("to", (2015 - i) + "-03");
        }
        ArrayNode schools = (ArrayNode) background.path("education");
        for (int i = 0; i < 3; i++) {
            schools.addObject().put("schoolName", "Example School " + i).put("schoolType", "Primary school")
                    .put("location", "Asmara, Eritrea").put("from", (2005 - 3 * i) + "-09").put("to", (2008 - 3 * i) + "-06");
        }
        ArrayNode jobs = (ArrayNode) background.path("employmentPastFiveYears");
        for (int i = 0; i < 2; i++) {
            jobs.addObject().put("employerNameAndAddress", "Example Shop " + i + ", Asmara").put("occupation", "Clerk")
                    .put("from", (2015 - i) + "-01").put("to", "2022-0" + (6 - i));
        }
        ArrayNode relatives = (ArrayNode) background.path("parentsAndSiblings");
        for (String sibling : new String[]{"Abel Tesfaye Haile", "Kidist Tesfaye Haile", "Yared Tesfaye Haile"}) {
            relatives.addObject().put("relationship", "SIBLING").put("fullName", sibling)
                    .put("cityAndCountryOfBirth", "Asmara, Eritrea").put("currentLocation", "Asmara, Eritrea").put("deceased", true);
        }
        ArrayNode helpers = (ArrayNode) record.path("declaration").path("familyAssistants");
        helpers.addObject().put("name", "Ruth Tesfaye Haile").put("relationship", "Sister");
        helpers.addObject().put("name", "Abel Yonas").put("relationship", "Son");
        return record;
    }

    static I589Application application(JsonNode record) {
        try {
            return SpecExamples.json().treeToValue(record, I589Application.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("not an I-589 application", e);
        }
    }

    /** The application as JSON; a property the model writes as null is absent. */
    static JsonNode json(I589Application application) {
        JsonNode json = SpecExamples.json().valueToTree(application);
        withoutNulls(json);
        return json;
    }

    private static void withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull());
        }
        node.forEach(I589Records::withoutNulls);
    }
}
