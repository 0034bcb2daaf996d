package org.govforms.pdf.form;

import java.util.ArrayList;
import java.util.List;
import org.govforms.pdf.form.FormDefinition.Column;
import org.govforms.pdf.form.FormDefinition.RowGroup;
import org.govforms.pdf.form.FormDefinition.Single;

/** Every box a form definition names, with the inventory item each holds. */
public final class Boxes {

    private Boxes() {
    }

    /** A box and the inventory item it holds. */
    public record Box(String name, String item) {
    }

    public static List<String> all(FormDefinition form) {
        return mapped(form).stream().map(Box::name).toList();
    }

    /** The boxes that hold values of the record (not those left empty). */
    public static List<Box> mapped(FormDefinition form) {
        List<Box> boxes = new ArrayList<>();
        for (Single single : form.singles()) {
            String item = single.items().get(0);
            single.boxes().forEach(box -> boxes.add(new Box(box, item)));
            // a yes/no whose two boxes are two items of the inventory ("I have children", "I do not have any")
            int choice = 0;
            for (String box : single.choices().values()) {
                boxes.add(new Box(box, single.items().get(Math.min(choice++, single.items().size() - 1))));
            }
            single.each().values().forEach(box -> boxes.add(new Box(box, item)));
        }
        for (RowGroup group : form.groups()) {
            for (Column column : group.columns()) {
                for (int row = 0; row < column.boxes().size(); row++) {
                    boxes.add(new Box(column.boxes().get(row), column.item(row, group.supplementFrom())));
                }
                for (int row = 0; row < column.choices().size(); row++) {
                    for (String box : column.choices().get(row).values()) {
                        boxes.add(new Box(box, column.item(row, group.supplementFrom())));
                    }
                }
            }
        }
        var sheet = form.sheet();
        boxes.add(new Box(sheet.part().box(), sheet.part().item()));
        boxes.add(new Box(sheet.question().box(), sheet.question().item()));
        boxes.add(new Box(sheet.text().box(), sheet.text().item()));
        return boxes;
    }
}
