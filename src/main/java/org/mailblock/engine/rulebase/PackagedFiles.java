package org.mailblock.engine.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every file of the rule folder packaged with mailblock, by its path in that folder, read once per JVM:
 * they cannot change while it runs. Read through the jar the class loader already has open, not as a zip
 * file system, which indexes every entry of the jar again (about 40 ms of a cold start).
 */
public final class PackagedFiles {

    private static SortedMap<String, byte[]> files;

    private PackagedFiles() {
    }

    /** The packaged rule folder's files; throws {@link IllegalStateException} when the jar has none or cannot be read. */
    public static synchronized SortedMap<String, byte[]> all() {
        if (files == null) {
            files = Collections.unmodifiableSortedMap(read());
        }
        return files;
    }

    private static SortedMap<String, byte[]> read() {
        String catalogue = RuleSource.PACKAGED_ROOT + "/" + RuleSource.CATALOGUE;
        URL url = PackagedFiles.class.getClassLoader().getResource(catalogue);
        if (url == null) {
            throw new IllegalStateException("the packaged rule base is missing from the mailblock jar");
        }
        try {
            return "jar".equals(url.getProtocol()) ? fromJar(((JarURLConnection) url.openConnection()).getJarFile())
                    : fromFolder(Path.of(url.toURI()).getParent());
        } catch (IOException | UncheckedIOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the packaged rule base: " + e.getMessage(), e);
        }
    }

    private static SortedMap<String, byte[]> fromJar(JarFile jar) throws IOException {
        String prefix = RuleSource.PACKAGED_ROOT + "/";
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
            JarEntry entry = entries.nextElement();
            if (entry.getName().startsWith(prefix) && !entry.isDirectory()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    out.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static SortedMap<String, byte[]> fromFolder(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
