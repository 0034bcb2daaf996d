package org.govforms.domain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.CreatorProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsFailProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What GovForms refuses while it reads JSON, so that no body can make it do unbounded work or keep a value it
 * could not write again: a list longer than its {@code maxItems} (refused at its first entry too many, its
 * entries never checked one by one), text with lone surrogates or control characters other than tab and line
 * feed, null (no property of the specification is nullable), and numbers beyond {@value #MAX_INTEGER_DIGITS} integer digits or {@value #MAX_DECIMALS} decimals
 * (such as {@code 1e400} or {@code -1e999999999}).
 */
public final class ReadingLimits extends SimpleModule {

    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_DECIMALS = 15;

    /** A value refused while reading, with the schema keyword, code and advice of its violation. */
    public static final class Refused extends JsonMappingException {
        private final String keyword;
        private final String code;
        private final String advice;

        Refused(JsonParser parser, String keyword, String code, String advice) {
            super(parser, code);
            this.keyword = keyword;
            this.code = code;
            this.advice = advice;
        }

        public String keyword() {
            return keyword;
        }

        public String code() {
            return code;
        }

        public String advice() {
            return advice;
        }
    }

    ReadingLimits() {
        super("govforms-reading-limits");
        addDeserializer(String.class, new Text());
        addDeserializer(BigDecimal.class, new Decimal());
        setDeserializerModifier(new BeanDeserializerModifier() {
            /**
             * null only where the specification says nullable, which it says nowhere: an optional value is given
             * or left out. A required property sent as null is missing (REQUIRED, as generated models write it),
             * and the server-set properties a generated model takes in its constructor are ignored anyway.
             */
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                         BeanDeserializerBuilder builder) {
                List<SettableBeanProperty> properties = new ArrayList<>();
                builder.getProperties().forEachRemaining(properties::add);
                for (SettableBeanProperty property : properties) {
                    if (!(property instanceof CreatorProperty) && !property.isRequired()) {
                        builder.addOrReplaceProperty(property.withNullProvider(
                                NullsFailProvider.constructForProperty(property)), true);
                    }
                }
                return builder;
            }

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription description,
                                                                    JsonDeserializer<?> deserializer) {
                return new BoundedList(type, deserializer, Integer.MAX_VALUE);
            }
        });
    }

    private static final class Text extends StdDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !printable(text)) {
                throw new Refused(parser, "text", "INVALID_CHARACTER",
                        "Use text only: no control characters other than tab and line feed (\\n), and no lone"
                                + " surrogate (\\ud800-\\udfff) escapes.");
            }
            return text;
        }

        private static boolean printable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n')) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Decimal extends StdDeserializer<BigDecimal> {
        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal number = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (number != null && (number.precision() - number.scale() > MAX_INTEGER_DIGITS || number.scale() > MAX_DECIMALS)) {
                throw new Refused(parser, "numberSize", "NUMBER_OUT_OF_RANGE", "Give a number of at most "
                        + MAX_INTEGER_DIGITS + " digits before the decimal point and " + MAX_DECIMALS + " after it.");
            }
            return number;
        }
    }

    /** A list read entry by entry, refused as soon as it holds more entries than its property's maxItems. */
    private static final class BoundedList extends StdDeserializer<Collection<Object>> implements ContextualDeserializer {
        private final CollectionType type;
        private final JsonDeserializer<?> standard;
        private final JsonDeserializer<Object> entries;
        private final int maxItems;

        BoundedList(CollectionType type, JsonDeserializer<?> standard, int maxItems) {
            this(type, standard, null, maxItems);
        }

        private BoundedList(CollectionType type, JsonDeserializer<?> standard, JsonDeserializer<Object> entries,
                            int maxItems) {
            super(type);
            this.type = type;
            this.standard = standard;
            this.entries = entries;
            this.maxItems = maxItems;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            Size size = property == null ? null : property.getAnnotation(Size.class);
            if (size == null) {
                return standard instanceof ContextualDeserializer contextual
                        ? contextual.createContextual(context, property) : standard;
            }
            return new BoundedList(type, standard, context.findContextualValueDeserializer(type.getContentType(), property),
                    size.max());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Collection<Object> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (entries == null) {
                return (Collection<Object>) standard.deserialize(parser, context);
            }
            if (!parser.isExpectedStartArrayToken()) {
                return (Collection<Object>) context.handleUnexpectedToken(type, parser);
            }
            Collection<Object> collection = Set.class.isAssignableFrom(type.getRawClass())
                    ? new LinkedHashSet<>() : new ArrayList<>();
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (index == maxItems) {
                    throw new Refused(parser, "maxItems", "TOO_MANY_ITEMS", "Give at most " + maxItems + " entries.");
                }
                try {
                    if (token == JsonToken.VALUE_NULL) {
                        throw InvalidNullException.from(context, null, type.getContentType());
                    }
                    collection.add(entries.deserialize(parser, context));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, collection, index);
                }
                index++;
            }
            return collection;
        }
    }
}
