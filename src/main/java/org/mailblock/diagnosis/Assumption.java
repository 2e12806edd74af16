package org.mailblock.diagnosis;

/**
 * A fact taken as given for a what-if diagnosis, not read from the fact file.
 *
 * @param path   where it goes in the fact file, for example {@code admins[upn=helpdesk@contoso.com].mfa}
 * @param value  the value assumed there, as YAML, for example {@code true}; {@code null} makes the fact unknown
 * @param source where the assumption was given: {@code --assume}, a patch file with its line, or a question's answer
 */
public record Assumption(String path, String value, String source) {

    /** The assumption as one would type it: {@code path=value}. */
    public String expression() {
        return path + "=" + value;
    }
}
