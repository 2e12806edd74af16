package org.mailblock.engine.kb;

/**
 * Stands for a fact the file leaves out, so that "nobody collected this" can itself be
 * evidence for a possible cause.
 *
 * @param path the path of the missing section or field, for example {@code connectors}
 */
public record Missing(String path) {
}
