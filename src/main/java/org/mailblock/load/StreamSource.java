package org.mailblock.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;

/** A fact file read from a stream, such as standard input, kept in memory so that problems can be located after binding. */
final class StreamSource implements FactSource {

    private final String name;
    private final byte[] bytes;

    private StreamSource(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /** Reads the stream to its end, refusing it as soon as it is longer than the limit. */
    static StreamSource read(String name, InputStream in, long maxBytes) throws FactFileException {
        byte[] read;
        try {
            read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new FactFileException(List.of(new FactFileProblem(name, 0, 0, "", FileSource.unreadable(e))), e);
        }
        if (read.length > maxBytes) {
            throw new FactFileException(List.of(new FactFileProblem(name, 0, 0, "",
                    "the input is more than the limit of " + maxBytes + " bytes for a fact file")));
        }
        return new StreamSource(name, read);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Reader open() throws IOException {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
        FileSource.skipUtf8ByteOrderMark(in);
        return new StrictUtf8Reader(in);
    }
}
