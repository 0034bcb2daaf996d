package org.govforms.pdf.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a record's canonical value is printed in its box(es), and read back from what a box holds. */
public enum Conversion {
    TEXT, DATE, MONTH_YEAR, PHONE, COUNT, LIST, LABEL;

    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter HANDWRITTEN_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter PRINTED_MONTH = DateTimeFormatter.ofPattern("MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter HANDWRITTEN_MONTH = DateTimeFormatter.ofPattern("M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** A North American number: +1, then area code and seven digits. */
    private static final Pattern NANP = Pattern.compile("\\+1([0-9]{3})([0-9]{3})([0-9]{4})");
    private static final Pattern LOCAL_NUMBER = Pattern.compile("([0-9]{3})[- ]?([0-9]{4})");
    private static final String LIST_SEPARATOR = "; ";

    static Conversion named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** How many boxes the printed value takes. */
    public int boxes() {
        return this == PHONE ? 2 : 1;
    }

    /** The printed text of each box. */
    public List<String> print(JsonNode value, Map<String, String> labels) {
        return switch (this) {
            case DATE -> List.of(LocalDate.parse(value.asText()).format(PRINTED_DATE));
            case MONTH_YEAR -> List.of(YearMonth.parse(value.asText()).format(PRINTED_MONTH));
            case PHONE -> phone(value.asText());
            case COUNT -> List.of(value.asText());
            case LIST -> {
                List<String> entries = new ArrayList<>();
                value.forEach(entry -> entries.add(entry.asText()));
                yield List.of(String.join(LIST_SEPARATOR, entries));
            }
            case LABEL -> List.of(labels.getOrDefault(value.asText(), value.asText()));
            case TEXT -> List.of(value.asText());
        };
    }

    /** The record's value from the text of each box (null when all are empty). */
    public JsonNode parse(List<String> texts, Map<String, String> labels) throws UnreadableValueException {
        String text = String.join("", texts).strip();
        if (text.isEmpty()) {
            return null;
        }
        String first = texts.get(0).strip();
        try {
            return switch (this) {
                case DATE -> TextNode.valueOf(date(first).toString());
                case MONTH_YEAR -> TextNode.valueOf(month(first).toString());
                case PHONE -> TextNode.valueOf(phone(first, texts.get(1).strip()));
                case COUNT -> IntNode.valueOf(Integer.parseInt(first));
                case LIST -> list(texts.get(0));
                case LABEL -> TextNode.valueOf(label(first, labels));
                case TEXT -> TextNode.valueOf(texts.get(0));
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new UnreadableValueException(this);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, PRINTED_DATE);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text, HANDWRITTEN_DATE);
        }
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text, PRINTED_MONTH);
        } catch (DateTimeParseException e) {
            return YearMonth.parse(text, HANDWRITTEN_MONTH);
        }
    }

    /** Area code and number for a North American number; any other number whole in the number box. */
    private static List<String> phone(String e164) {
        Matcher nanp = NANP.matcher(e164);
        if (nanp.matches()) {
            return List.of(nanp.group(1), nanp.group(2) + "-" + nanp.group(3));
        }
        return List.of("", e164);
    }

    private String phone(String area, String number) throws UnreadableValueException {
        if (area.isEmpty() && number.startsWith("+")) {
            return number;
        }
        Matcher local = LOCAL_NUMBER.matcher(number);
        if (area.matches("[0-9]{3}") && local.matches()) {
            return "+1" + area + local.group(1) + local.group(2);
        }
        throw new UnreadableValueException(this);
    }

    private static ArrayNode list(String text) {
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (String entry : text.split(LIST_SEPARATOR.strip())) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private String label(String text, Map<String, String> labels) throws UnreadableValueException {
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (label.getValue().equalsIgnoreCase(text) || label.getKey().equalsIgnoreCase(text)) {
                return label.getKey();
            }
        }
        throw new UnreadableValueException(this);
    }

    /** A box whose text is not a value of its kind (a date that is no date, a label that is no choice). */
    public static final class UnreadableValueException extends Exception {
        private final Conversion conversion;

        UnreadableValueException(Conversion conversion) {
            super("The box does not hold a " + conversion.name().toLowerCase(Locale.ROOT).replace('_', '-') + " value.", null, false, false);
            this.conversion = conversion;
        }

        public Conversion conversion() {
            return conversion;
        }
    }
}
