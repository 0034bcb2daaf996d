package org.govforms.pdf.form;

import java.util.ArrayList;
import java.util.List;

/** The part and question of an inventory item as a continuation sheet prints them: I-589:B.1.A.explanation is part B, question 1.A. */
final class ItemIds {

    private ItemIds() {
    }

    static String part(String item) {
        List<String> part = new ArrayList<>();
        for (String segment : segments(item)) {
            if (Character.isDigit(segment.charAt(0))) {
                break;
            }
            part.add(segment);
        }
        return String.join(".", part);
    }

    static String question(String item) {
        List<String> question = new ArrayList<>();
        for (String segment : segments(item)) {
            if (question.isEmpty() ? Character.isDigit(segment.charAt(0)) : segment.length() == 1) {
                question.add(segment);
            } else if (!question.isEmpty()) {
                break;
            }
        }
        return String.join(".", question);
    }

    private static String[] segments(String item) {
        return item.substring(item.indexOf(':') + 1).split("\\.");
    }
}
