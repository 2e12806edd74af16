package org.mailblock.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Servers for the tests: on a free loopback port, saying what they log into a list. */
final class Servers {

    private Servers() {
    }

    /** A started server and what it logged. */
    record Running(MailblockServer server, List<String> log) implements AutoCloseable {
        java.net.URI uri(String path) {
            return server.uri(path);
        }

        @Override
        public void close() {
            server.stop(Duration.ofSeconds(5));
        }
    }

    /** Settings for a test: a free port, no decision log unless asked. */
    static ServeSettings settings() {
        ServeSettings d = ServeSettings.defaults();
        return new ServeSettings(d.bind(), 0, null, false, Duration.ofMillis(100), d.maxBodyBytes(), 4, 64, Duration.ofSeconds(30),
                null, false);
    }

    static Running start(ServeSettings settings) {
        List<String> log = new CopyOnWriteArrayList<>();
        try {
            return new Running(MailblockServer.start(settings, log::add), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
