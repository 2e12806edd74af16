package org.mailblock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every relative link of the README, docs/, the authoring guide and SECURITY.md leads to a file, and to a heading when it names one. */
class DocumentationLinksTest {

    static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    static final Pattern FENCE = Pattern.compile("^```.*?^```", Pattern.DOTALL | Pattern.MULTILINE);
    static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$", Pattern.MULTILINE);

    @Test
    void everyRelativeLinkResolvesToAFileAndItsHeading() throws IOException {
        List<Path> pages = new ArrayList<>(DocumentationPages.all());
        pages.add(Path.of("rules", "README.md"));
        pages.add(Path.of("SECURITY.md"));
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            String text = FENCE.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;   // https:, mailto: and the like leave the repository
                }
                links++;
                String problem = problem(page, target);
                if (problem != null) {
                    broken.add(page + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(links).as("relative links found").isGreaterThan(40);
        assertThat(broken).isEmpty();
    }

    /** What is wrong with a link from {@code page}, or null when it leads where it says. */
    static String problem(Path page, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? page.toAbsolutePath() : page.toAbsolutePath().getParent().resolve(file).normalize();
        Path relative = Path.of("").toAbsolutePath().relativize(resolved);
        if (!Files.exists(resolved)) {
            return "no such file: " + relative;
        }
        if (anchor != null && !anchors(resolved).contains(anchor)) {
            return "no heading with the anchor #" + anchor + " in " + relative;
        }
        return null;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    static Set<String> anchors(Path page) throws IOException {
        String text = FENCE.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
        Set<String> anchors = new HashSet<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String slug = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            String unique = slug;
            for (int n = 1; !anchors.add(unique); n++) {
                unique = slug + "-" + n;
            }
        }
        return anchors;
    }
}
