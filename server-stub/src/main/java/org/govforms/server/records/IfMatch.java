package org.govforms.server.records;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An If-Match header (RFC 9110, section 13.1.1): {@code *}, or a comma-separated list of entity tags. A replace
 * applies when the record's current version is any of them; a weak tag ({@code W/"3"}) never matches, as If-Match
 * compares strongly, and a list that cannot be read matches nothing.
 */
record IfMatch(boolean any, List<Long> versions) {

    /** One entity tag of the list: optional weakness prefix, then a quoted opaque tag. */
    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    static IfMatch parse(String header) {
        String value = header.trim();
        if (value.equals("*")) {
            return new IfMatch(true, List.of());
        }
        List<Long> versions = new ArrayList<>();
        Matcher tag = TAG.matcher(value);
        int at = 0;
        while (at < value.length()) {
            if (!tag.find(at) || tag.start() != at) {
                return new IfMatch(false, List.of());
            }
            if (tag.group(1) == null) {
                versionOf(tag.group(2)).ifPresent(versions::add);
            }
            at = tag.end();
        }
        return new IfMatch(false, versions);
    }

    boolean matches(long version) {
        return any || versions.contains(version);
    }

    private static java.util.Optional<Long> versionOf(String opaque) {
        try {
            return java.util.Optional.of(Long.parseLong(opaque));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
