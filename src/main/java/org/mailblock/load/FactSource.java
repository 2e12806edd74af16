package org.mailblock.load;

import java.io.IOException;
import java.io.Reader;

/** Where the text of a fact file comes from. It can be read more than once, to locate problems found after binding. */
interface FactSource {

    /** The name problems are reported under: the path as the user gave it, or the given source name. */
    String name();

    /** Opens the text from its start. */
    Reader open() throws IOException;
}
