package org.mailblock.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The project's user documentation: the README and the pages under docs/, in a fixed order. */
final class DocumentationPages {

    static final Path README = Path.of("README.md");
    static final Path DOCS = Path.of("docs");

    private DocumentationPages() {
    }

    static List<Path> all() {
        List<Path> pages = new ArrayList<>(List.of(README));
        try (Stream<Path> files = Files.list(DOCS)) {
            files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
