package org.mailblock.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A request sent by hand over a socket, in two parts, so that a test holds it in flight as long as it likes. */
final class RawRequest implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final byte[] rest;

    /** Sends the headers and the first half of the body, and leaves the request waiting for the rest. */
    RawRequest(URI uri, String contentType, byte[] body) {
        try {
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setSoTimeout(120_000);
            out = socket.getOutputStream();
            int half = body.length / 2;
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            rest = java.util.Arrays.copyOfRange(body, half, body.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the rest of the body and reads the whole answer: status line, headers and body. */
    String finish() {
        try {
            out.write(rest);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
