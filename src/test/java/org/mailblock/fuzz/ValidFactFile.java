package org.mailblock.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fact file the loader accepts, the starting point of mutations: the sample tenants and the
 * complete file of the loader's tests.
 *
 * @param name  the file's name
 * @param bytes the file as it is on disk
 * @param tree  the file parsed as a plain YAML tree (comments and layout are not kept)
 */
public record ValidFactFile(String name, byte[] bytes, ObjectNode tree) {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    /** The folders holding valid fact files, relative to the project. */
    private static final List<Path> FOLDERS = List.of(Path.of("facts-samples"));
    private static final List<Path> SINGLE_FILES = List.of(Path.of("src/test/resources/load/full.yaml"));

    /**
     * Every valid fact file of the project, in name order.
     *
     * @return the files, read and parsed
     */
    public static List<ValidFactFile> all() {
        Stream<Path> inFolders = FOLDERS.stream().flatMap(ValidFactFile::yamlFiles);
        return Stream.concat(inFolders, SINGLE_FILES.stream()).map(ValidFactFile::read).toList();
    }

    /**
     * The file written out again from its tree after the given changes.
     *
     * @param mutations the changes, applied in order to a copy of the tree
     * @return the YAML text of the changed tree, as UTF-8
     */
    public byte[] withTree(List<TreeMutation> mutations) {
        ObjectNode copy = tree.deepCopy();
        mutations.forEach(m -> m.apply(copy));
        try {
            return YAML.writeValueAsBytes(copy);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static Stream<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidFactFile read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new ValidFactFile(file.toString(), bytes, (ObjectNode) YAML.readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
