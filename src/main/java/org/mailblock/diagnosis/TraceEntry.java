package org.mailblock.diagnosis;

import java.util.List;

/**
 * One rule firing, for the explanation of a diagnosis.
 *
 * @param step       its position among the firings, from 1
 * @param rule       the rule's identifier
 * @param name       the rule's name, which says what it means
 * @param matched    the facts it matched, by path, and the conclusions it built on
 * @param concluded  what it added: symptoms, causes, actions, questions
 */
public record TraceEntry(int step, String rule, String name, List<TraceText> matched, List<TraceText> concluded) {

    public TraceEntry {
        matched = List.copyOf(matched);
        concluded = List.copyOf(concluded);
    }
}
