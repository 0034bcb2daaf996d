package org.govforms.server.web;

import java.beans.PropertyEditorSupport;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A record id in a path is a UUID exactly as the server wrote it (any case): Spring's own conversion
 * trims whitespace and {@link UUID#fromString} takes short forms such as 1-1-1-1-1, which name no record.
 */
@ControllerAdvice
class StrictIds {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @InitBinder
    void strictUuids(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || !UUID_TEXT.matcher(text).matches()) {
                    throw new IllegalArgumentException("not a UUID");
                }
                setValue(UUID.fromString(text));
            }
        });
    }
}
