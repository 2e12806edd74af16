package org.mailblock.diagnosis;

import java.util.List;

/**
 * A fact worth collecting because it would change the conclusion.
 *
 * @param id      the question's stable identifier, for example {@code admin-mfa}
 * @param ask     what to find out
 * @param how     how to collect it: which cmdlet, report or portal page
 * @param matters the root causes the answer would confirm or rule out
 * @param about   the entries of the fact file the question is about, when it concerns some of them
 * @param rules   the identifiers of the rules that raised it
 */
public record Question(String id, String ask, String how, List<String> matters, List<String> about, List<String> rules) {

    public Question {
        matters = List.copyOf(matters);
        about = List.copyOf(about);
        rules = List.copyOf(rules);
    }
}
