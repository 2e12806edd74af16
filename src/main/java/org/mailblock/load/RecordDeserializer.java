package org.mailblock.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a fact record from a mapping, one field at a time as the file gives them, through its
 * canonical constructor. A wrong value or an unknown field is noted in {@link BindProblems} and
 * passed over, so that one run reports all of them. Jackson's own record support buffers unknown fields until the record is
 * built, which loses their position; this one reports an unknown field where it stands, naming
 * the fields allowed there.
 */
final class RecordDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {

    private final Constructor<?> constructor;
    private final RecordComponent[] components;
    private final Map<String, Integer> componentIndex = new HashMap<>();
    private final Map<String, Class<?>> sideFields;
    private final List<String> allowedNames = new ArrayList<>();
    private List<JsonDeserializer<Object>> componentDeserializers = List.of();

    /**
     * @param recordType the record to bind
     * @param sideFields further fields allowed in the mapping, bound to the given types into {@link SideFields}
     */
    RecordDeserializer(Class<?> recordType, Map<String, Class<?>> sideFields) {
        super(recordType);
        this.components = recordType.getRecordComponents();
        this.sideFields = Map.copyOf(sideFields);
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            this.constructor = recordType.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor", e);
        }
        for (int i = 0; i < components.length; i++) {
            componentIndex.put(components[i].getName(), i);
            allowedNames.add(components[i].getName());
        }
        allowedNames.addAll(sideFields.keySet());
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
        List<JsonDeserializer<Object>> resolved = new ArrayList<>();
        for (RecordComponent component : components) {
            JavaType type = context.getTypeFactory().constructType(component.getGenericType());
            resolved.add(context.findContextualValueDeserializer(type, null));
        }
        componentDeserializers = List.copyOf(resolved);
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            throw new FactValueException(parser, "expected a mapping with the fields " + Wording.names(allowedNames)
                    + "; found " + Wording.found(parser));
        }
        Object[] arguments = new Object[components.length];
        JsonStreamContext mapping = parser.getParsingContext();
        boolean complete = true;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            Integer index = componentIndex.get(name);
            try {
                if (index != null) {
                    parser.nextToken();
                    arguments[index] = readValue(parser, context, componentDeserializers.get(index));
                } else if (sideFields.containsKey(name)) {
                    parser.nextToken();
                    SideFields.of(context).put(name, readSideField(parser, context, sideFields.get(name)));
                } else {
                    BindProblems.of(context).add(parser, new FactValueException(parser, Wording.unknownField(name, allowedNames)));
                    complete = false;
                    parser.nextToken();
                    parser.skipChildren();
                }
            } catch (JsonMappingException | InputCoercionException e) {
                if (!BindProblems.isRecoverable(e)) {
                    throw e;
                }
                BindProblems.of(context).add(parser, e);
                complete = false;
                skipToEndOfValue(parser, mapping);
            }
        }
        return complete ? construct(arguments) : constructPartly(arguments);
    }

    /** Moves past the rest of the value that failed, back to the mapping it is a field of. */
    private static void skipToEndOfValue(JsonParser parser, JsonStreamContext mapping) throws IOException {
        while (parser.getParsingContext() != mapping && parser.nextToken() != null) {
            // every token inside the failed value is passed over; its problem is noted already
        }
    }

    /** The record of a mapping with problems: never used, since the load fails; what the record refuses is left out. */
    private Object constructPartly(Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object readValue(JsonParser parser, DeserializationContext context,
                                    JsonDeserializer<Object> deserializer) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL
                ? deserializer.getNullValue(context)
                : deserializer.deserialize(parser, context);
    }

    private static Object readSideField(JsonParser parser, DeserializationContext context, Class<?> type) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : context.readValue(parser, type);
    }

    private Object construct(Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the fact record " + handledType().getSimpleName()
                    + " refused values the loader accepted", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the fact record " + handledType().getSimpleName()
                    + " cannot be built", e);
        }
    }
}
