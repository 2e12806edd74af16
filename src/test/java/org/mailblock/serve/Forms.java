package org.mailblock.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A multipart/form-data body as a browser sends the analysts' page's form, and the bounces the page's tests send. */
final class Forms {

    /** A bounce as an analyst pastes it from Outlook, and one as a saved message: what the page's tests submit. */
    static final Path OUTLOOK_TEXT = Path.of("src/test/resources/serve/outlook-ndr-5.7.705.txt");
    static final Path BOUNCE_EML = Path.of("src/test/resources/ingest/e2e/threshold-bounce-only/bounce-5.7.705.eml");

    static final String BOUNDARY = "----mailblockTestBoundary7MA4YWxkTrZu0gW";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    Forms field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    Forms file(String fileName, byte[] bytes) {
        files.put(fileName, bytes);
        return this;
    }

    byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(out, value);
            write(out, "\r\n");
        });
        files.forEach((name, bytes) -> {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(bytes);
            write(out, "\r\n");
        });
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
