package org.mailblock.load;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;

/** A fact file given as text, for example by a test or an editor integration. */
final class TextSource implements FactSource {

    private final String name;
    private final String text;

    private TextSource(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The text as a source, refused when it is longer than the limit (counted in characters). */
    static TextSource checked(String name, String text, long maxLength) throws FactFileException {
        if (text.length() > maxLength) {
            throw new FactFileException(List.of(new FactFileProblem(name, 0, 0, "",
                    "the text is " + text.length() + " characters long, more than the limit of " + maxLength)));
        }
        return new TextSource(name, text);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Reader open() {
        return new StringReader(text);
    }
}
