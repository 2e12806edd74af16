package org.mailblock.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** The processor's own values (tallies, digests) in its state stores and changelogs, as JSON written by Jackson. */
final class JsonSerde {

    private JsonSerde() {
    }

    /** A serde of values of the given type. */
    static <T> Serde<T> of(Class<T> type) {
        Serializer<T> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return FleetJson.MAPPER.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Deserializer<T> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return FleetJson.MAPPER.readValue(bytes, type);
            } catch (IOException e) {
                throw new SerializationException("a stored " + type.getSimpleName() + " that is not valid: " + e.getMessage(), e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
