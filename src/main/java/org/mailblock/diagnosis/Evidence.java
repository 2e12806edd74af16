package org.mailblock.diagnosis;

/**
 * One fact a conclusion rests on.
 *
 * @param fact   the fact's path in the fact file, for example {@code connectors[1].recognized}
 * @param value  the fact's value as the file gives it, or {@code unknown}; {@code null} when the evidence is a whole entry
 * @param detail what the fact means for the conclusion, in words
 */
public record Evidence(String fact, String value, String detail) {
}
