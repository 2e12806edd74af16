package org.mailblock.diagnosis;

/**
 * Which engine and which knowledge produced a diagnosis.
 *
 * @param version   the mailblock version
 * @param rulesHash a hash of the rule files and catalogue, {@code sha256:...}
 */
public record EngineInfo(String version, String rulesHash) {
}
