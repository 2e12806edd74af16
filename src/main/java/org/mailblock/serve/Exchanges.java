package org.mailblock.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reading requests and writing answers on the JDK's HTTP server. */
final class Exchanges {

    /** The page and the reports need no outside resource and run no script. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private Exchanges() {
    }

    /** A body over the server's limit. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes, the limit of this server (--max-body)");
        }
    }

    /** The body, read to its end; refused before reading when it announces more than the limit. */
    static byte[] body(HttpExchange exchange, long limit) throws IOException, TooLarge {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > limit) {
                    throw new TooLarge(limit);
                }
            } catch (NumberFormatException e) {
                // the server itself refuses a malformed length before a handler sees it
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (read.length > limit) {
                throw new TooLarge(limit);
            }
            return read;
        }
    }

    /** The query's parameters, decoded; the last of a repeated name wins. */
    static Map<String, String> query(HttpExchange exchange) {
        return form(exchange.getRequestURI().getRawQuery());
    }

    /** Parameters in {@code application/x-www-form-urlencoded} form. */
    static Map<String, String> form(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                out.put(name, value);
            }
        }
        return out;
    }

    /** The media type of the request without its parameters, lower case; empty when none was sent. */
    static String mediaType(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Sends the answer and closes the exchange. */
    static void send(HttpExchange exchange, Answer answer) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", answer.mediaType());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        if (answer.mediaType().startsWith("text/html")) {
            headers.set("Content-Security-Policy", PAGE_POLICY);
            headers.set("Referrer-Policy", "no-referrer");
        }
        answer.headers().forEach(headers::set);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(answer.status(), head ? -1 : answer.body().length == 0 ? -1 : answer.body().length);
        if (!head && answer.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
        exchange.close();
    }
}
