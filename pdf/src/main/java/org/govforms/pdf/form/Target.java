package org.govforms.pdf.form;

/**
 * A box of the filled PDF: a box of the blank form ({@code box}, its fully qualified field name) on the
 * printed page ({@code copy} 0) or on the n-th copy of its page.
 */
record Target(String box, int copy) {

    static Target printed(String box) {
        return new Target(box, 0);
    }

    /** The field name in the filled PDF: a copy's fields hang under a renamed copy of the page's subform. */
    String fieldName(String subform) {
        if (copy == 0) {
            return box;
        }
        return subform + "Copy[" + copy + "]" + box.substring(subform.length());
    }

    /** The partial name of a copy of a subform: form1[0].#subform[12], copy 2, is form1[0].#subform[12]Copy[2]. */
    static String partialCopyName(String subformPartialName, int copy) {
        return subformPartialName + "Copy[" + copy + "]";
    }
}
