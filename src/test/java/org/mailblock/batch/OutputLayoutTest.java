package org.mailblock.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutputLayoutTest {

    private static final Path ROOT = Path.of("/srv/tickets");

    private static OutputLayout layout(Set<Path> folders, Path... inputs) {
        return OutputLayout.of(List.of(inputs), folders::contains);
    }

    @Test
    void aFolderGivenAloneIsTheRootOfTheReports() {
        Path tenants = ROOT.resolve("tenants");
        OutputLayout layout = layout(Set.of(tenants), tenants);
        assertThat(layout.target(tenants.resolve("a/b/x.yaml"), ".html")).isEqualTo(Path.of("a/b/x.html"));
        assertThat(layout.target(tenants.resolve("y.yml"), ".txt")).isEqualTo(Path.of("y.txt"));
    }

    @Test
    void severalInputsKeepTheLayoutBelowTheFolderTheyShare() {
        Path east = ROOT.resolve("regions/east");
        Path file = ROOT.resolve("regions/west/x.yaml");
        OutputLayout layout = layout(Set.of(east), east, file);
        assertThat(layout.base()).isEqualTo(ROOT.resolve("regions"));
        assertThat(layout.target(east.resolve("x.yaml"), ".json")).isEqualTo(Path.of("east/x.json"));
        assertThat(layout.target(file, ".json")).isEqualTo(Path.of("west/x.json"));
    }

    @Test
    void aFileGivenAloneIsReportedInTheOutputFolderItself() {
        Path file = ROOT.resolve("t/contoso.yaml");
        assertThat(layout(Set.of(), file).target(file, ".md")).isEqualTo(Path.of("contoso.md"));
    }

    @Test
    void relativeAndAbsoluteSpellingsOfTheSameFileGetTheSameReport() {
        Path here = Path.of("").toAbsolutePath();
        OutputLayout layout = layout(Set.of(Path.of("tenants")), Path.of("tenants"));
        assertThat(layout.target(Path.of("tenants/./a/../a/x.yaml"), ".txt"))
                .isEqualTo(layout.target(here.resolve("tenants/a/x.yaml"), ".txt")).isEqualTo(Path.of("a/x.txt"));
    }

    @Test
    void onlyAYamlBesideAYmlOfTheSameNameClash() {
        Path tenants = ROOT.resolve("tenants");
        OutputLayout layout = layout(Set.of(tenants), tenants);
        List<Path> files = List.of(tenants.resolve("a/x.yaml"), tenants.resolve("b/x.yaml"), tenants.resolve("x.yaml"),
                tenants.resolve("x.yml"), tenants.resolve("a/x.yaml"));
        assertThat(layout.clashes(files, ".txt"))
                .containsOnlyKeys(Path.of("x.txt"))
                .containsEntry(Path.of("x.txt"), List.of(tenants.resolve("x.yaml"), tenants.resolve("x.yml")));
    }
}
