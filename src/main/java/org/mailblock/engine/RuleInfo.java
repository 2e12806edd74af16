package org.mailblock.engine;

import java.util.List;

/**
 * A rule of the rule base, with its metadata.
 *
 * @param id   its stable identifier ({@code @id})
 * @param name its name, which says what it concludes
 * @param codes the NDR codes it concerns ({@code @codes}); empty for rules about any code
 * @param file the DRL file it is in
 * @param line the line of its {@code rule} keyword
 */
public record RuleInfo(String id, String name, List<String> codes, String file, int line) {

    public RuleInfo {
        codes = List.copyOf(codes);
    }
}
