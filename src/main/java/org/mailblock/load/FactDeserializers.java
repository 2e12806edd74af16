package org.mailblock.load;

import org.mailblock.expect.Expectation;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import org.mailblock.facts.FactEnum;
import org.mailblock.facts.TenantFacts;

import java.time.Instant;
import java.util.Map;

/** Tells Jackson how to bind the types of fact files; everything else keeps Jackson's strict defaults. */
final class FactDeserializers extends Deserializers.Base {

    /** The section beside the facts at the top of a fact file. */
    static final String EXPECT = "expect";

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription description) {
        Class<?> raw = type.getRawClass();
        if (raw == Instant.class) {
            return new FactDateDeserializer();
        }
        if (raw == Expectation.class) {
            return new ExpectationDeserializer();
        }
        if (raw == TenantFacts.class) {
            return new RecordDeserializer(raw, Map.of(EXPECT, Expectation.class));
        }
        if (raw.isRecord() && raw.getPackage() == TenantFacts.class.getPackage()) {
            return new RecordDeserializer(raw, Map.of());
        }
        return null;
    }

    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription description) {
        return FactEnum.class.isAssignableFrom(type) ? new FactEnumDeserializer(type) : null;
    }
}
