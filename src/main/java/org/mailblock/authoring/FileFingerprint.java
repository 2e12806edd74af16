package org.mailblock.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A fingerprint of every file under some paths, which changes when a file is added, removed or
 * edited: how {@code mailblock test --watch} notices an author's edit.
 */
public final class FileFingerprint {

    /** Files up to this size are fingerprinted by content, larger ones by size and modification time only. */
    private static final long BY_CONTENT = 1L << 20;

    private FileFingerprint() {
    }

    /** The fingerprint of every regular file under the given files and folders; a missing path counts as such. */
    public static String of(List<Path> roots) {
        StringBuilder out = new StringBuilder();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                out.append("missing ").append(root).append('\n');
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                out.append("unreadable ").append(root).append('\n');
                continue;
            }
            for (Path f : files) {
                out.append(f).append(' ').append(describe(f)).append('\n');
            }
        }
        return out.toString();
    }

    private static String describe(Path file) {
        try {
            long size = Files.size(file);
            String stamp = size + " " + Files.getLastModifiedTime(file).toMillis();
            if (size > BY_CONTENT) {
                return stamp;
            }
            CRC32 crc = new CRC32();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    crc.update(buffer, 0, n);
                }
            }
            return stamp + " " + Long.toHexString(crc.getValue());
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
