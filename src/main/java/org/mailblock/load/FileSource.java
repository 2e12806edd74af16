package org.mailblock.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A fact file on disk, read as strict UTF-8. */
final class FileSource implements FactSource {

    private static final int BUFFER_SIZE = 1 << 16;

    private final Path file;
    private final String name;

    private FileSource(Path file) {
        this.file = file;
        this.name = file.toString();
    }

    /** The file as a source, after checking it exists, is a readable regular file and is within the size limit. */
    static FileSource checked(Path file, long maxBytes) throws FactFileException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw fileProblem(name, "this is a directory, not a fact file", null);
        }
        if (!Files.exists(file)) {
            throw fileProblem(name, "file not found", null);
        }
        if (!Files.isRegularFile(file)) {
            // a named pipe nobody writes to would block forever; piped input goes through -
            throw fileProblem(name, "this is not a regular file (a named pipe, device or socket); save the facts to a file, "
                    + "or pipe them to - (standard input)", null);
        }
        if (!Files.isReadable(file)) {
            throw fileProblem(name, "cannot read the file: permission denied", null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw fileProblem(name, unreadable(e), e);
        }
        if (size > maxBytes) {
            throw fileProblem(name, "the file is " + size + " bytes, more than the limit of " + maxBytes
                    + " bytes for a fact file", null);
        }
        return new FileSource(file);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Reader open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE);
        try {
            skipUtf8ByteOrderMark(in);
            return new StrictUtf8Reader(in);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** Editors on Windows often start UTF-8 files with a byte order mark; UTF-16 ones always do. */
    static void skipUtf8ByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        boolean utf8Mark = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        boolean utf16Mark = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        if (utf16Mark) {
            throw new NotUtf8Exception("the file is UTF-16 text; save it as UTF-8 "
                    + "(in PowerShell: Out-File -Encoding utf8)", 1, 1);
        }
        if (!utf8Mark) {
            in.reset();
        }
    }

    /** Words an I/O failure without exception class names. */
    static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read the file: permission denied";
        }
        String detail = e.getMessage();
        return detail == null || detail.isBlank() ? "cannot read the file" : "cannot read the file: " + detail;
    }

    private static FactFileException fileProblem(String name, String message, Throwable cause) {
        return new FactFileException(List.of(new FactFileProblem(name, 0, 0, "", message)), cause);
    }
}
