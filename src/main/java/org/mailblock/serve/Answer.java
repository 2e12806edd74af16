package org.mailblock.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a request is answered: status, media type, body and any extra headers.
 *
 * @param status    the HTTP status
 * @param mediaType the body's media type
 * @param body      the body
 * @param headers   headers beyond the media type, for example {@code Retry-After}
 */
record Answer(int status, String mediaType, byte[] body, Map<String, String> headers) {

    Answer {
        headers = Map.copyOf(headers);
    }

    static Answer text(int status, String mediaType, String body) {
        return new Answer(status, mediaType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Answer json(int status, String body) {
        return text(status, "application/json", body);
    }

    Answer withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, mediaType, body, more);
    }
}
