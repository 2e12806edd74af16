package org.mailblock.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change to the bytes of a fact file: truncated, garbage inserted or written over it, bytes
 * deleted, lines duplicated (which duplicates keys), deleted, swapped or re-indented, anchors and
 * aliases added. Positions are taken modulo the file's size or line count, so every position
 * hits, whatever the file's size.
 */
public sealed interface ByteMutation {

    /** The changed bytes. */
    byte[] apply(byte[] file);

    /** Keeps only the bytes before the position. */
    record Truncate(int at) implements ByteMutation {
        @Override
        public byte[] apply(byte[] file) {
            return java.util.Arrays.copyOf(file, Math.floorMod(at, file.length + 1));
        }
    }

    /** Inserts garbage at the position. */
    record Insert(int at, Garbage garbage) implements ByteMutation {
        @Override
        public byte[] apply(byte[] file) {
            int position = Math.floorMod(at, file.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + garbage.bytes().length);
            out.write(file, 0, position);
            out.writeBytes(garbage.bytes());
            out.write(file, position, file.length - position);
            return out.toByteArray();
        }
    }

    /** Writes garbage over the bytes at the position. */
    record Overwrite(int at, Garbage garbage) implements ByteMutation {
        @Override
        public byte[] apply(byte[] file) {
            byte[] out = file.clone();
            int position = Math.floorMod(at, file.length + 1);
            byte[] bytes = garbage.bytes();
            for (int i = 0; i < bytes.length && position + i < out.length; i++) {
                out[position + i] = bytes[i];
            }
            return out;
        }
    }

    /** Deletes up to {@code count} bytes at the position, possibly in the middle of a character. */
    record Delete(int at, int count) implements ByteMutation {
        @Override
        public byte[] apply(byte[] file) {
            int position = Math.floorMod(at, file.length + 1);
            int end = Math.min(file.length, position + count);
            ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
            out.write(file, 0, position);
            out.write(file, end, file.length - end);
            return out.toByteArray();
        }
    }

    /** Repeats a line; a repeated {@code key: value} line is a duplicate key. */
    record DuplicateLine(int line) implements ByteMutation {
        @Override
        public byte[] apply(byte[] file) {
            List<String> lines = Lines.of(file);
            if (!lines.isEmpty()) {
                int i = Math.floorMod(line, lines.size());
                lines.add(i + 1, Lines.terminated(lines.get(i)));
            }
            return Lines.join(lines);
        }
    }

    /** Deletes a line. */
    record DeleteLine(int line) implements ByteMutation {
        @Override
        public byte[] apply(byte[] file) {
            List<String> lines = Lines.of(file);
            if (!lines.isEmpty()) {
                lines.remove(Math.floorMod(line, lines.size()));
            }
            return Lines.join(lines);
        }
    }

    /** Deletes several lines (numbered from 0); what shrinking a failing case does to make it small. */
    record DeleteLines(SortedSet<Integer> lines) implements ByteMutation {
        public DeleteLines {
            lines = Collections.unmodifiableSortedSet(new TreeSet<>(lines));
        }

        @Override
        public byte[] apply(byte[] file) {
            List<String> kept = new ArrayList<>();
            List<String> all = Lines.of(file);
            for (int i = 0; i < all.size(); i++) {
                if (!lines.contains(i)) {
                    kept.add(all.get(i));
                }
            }
            return Lines.join(kept);
        }

        @Override
        public String toString() {
            StringBuilder ranges = new StringBuilder();
            Integer start = null;
            Integer previous = null;
            for (int line : lines) {
                if (previous == null || line != previous + 1) {
                    appendRange(ranges, start, previous);
                    start = line;
                }
                previous = line;
            }
            appendRange(ranges, start, previous);
            return "DeleteLines[" + ranges + "]";
        }

        private static void appendRange(StringBuilder ranges, Integer start, Integer end) {
            if (start == null) {
                return;
            }
            ranges.append(ranges.isEmpty() ? "" : ", ").append(start).append(start.equals(end) ? "" : "-" + end);
        }
    }

    /** Swaps two lines. */
    record SwapLines(int first, int second) implements ByteMutation {
        @Override
        public byte[] apply(byte[] file) {
            List<String> lines = Lines.of(file);
            if (lines.size() > 1) {
                int a = Math.floorMod(first, lines.size());
                int b = Math.floorMod(second, lines.size());
                String kept = Lines.terminated(lines.get(a));
                lines.set(a, Lines.terminated(lines.get(b)));
                lines.set(b, kept);
            }
            return Lines.join(lines);
        }
    }

    /** Changes the indentation of a line: removes spaces, adds some, or adds a tab. */
    record Reindent(int line, String indent, int remove) implements ByteMutation {
        @Override
        public byte[] apply(byte[] file) {
            List<String> lines = Lines.of(file);
            if (!lines.isEmpty()) {
                int i = Math.floorMod(line, lines.size());
                String text = lines.get(i);
                int spaces = 0;
                while (spaces < text.length() && spaces < remove && text.charAt(spaces) == ' ') {
                    spaces++;
                }
                lines.set(i, indent + text.substring(spaces));
            }
            return Lines.join(lines);
        }
    }

    /**
     * Puts an anchor on the value of one {@code key: value} line and refers to it from another,
     * optionally through a merge key: the YAML features a fact file must refuse.
     */
    record AnchorAndAlias(int anchorLine, int aliasLine, boolean mergeKey) implements ByteMutation {
        private static final Pattern FIELD = Pattern.compile("^(\\s*(?:- )?[A-Za-z]+:)( .*)?$", Pattern.DOTALL);

        @Override
        public byte[] apply(byte[] file) {
            List<String> lines = Lines.of(file);
            List<Integer> fields = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (FIELD.matcher(lines.get(i)).matches()) {
                    fields.add(i);
                }
            }
            if (fields.isEmpty()) {
                return file;
            }
            int anchored = fields.get(Math.floorMod(anchorLine, fields.size()));
            int aliased = fields.get(Math.floorMod(aliasLine, fields.size()));
            Matcher anchor = FIELD.matcher(lines.get(anchored));
            if (anchor.matches()) {
                lines.set(anchored, anchor.group(1) + " &a" + (anchor.group(2) == null ? "\n" : anchor.group(2)));
            }
            Matcher alias = FIELD.matcher(lines.get(aliased));
            if (alias.matches()) {
                String key = mergeKey ? alias.group(1).replaceAll("[A-Za-z]+:$", "<<:") : alias.group(1);
                lines.set(aliased, key + " *a\n");
            }
            return Lines.join(lines);
        }
    }

    /** Inserts, before a line, nine levels of nine aliases each: expanded, a billion values. */
    record BillionLaughs(int line) implements ByteMutation {
        @Override
        public byte[] apply(byte[] file) {
            StringBuilder bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (int level = 1; level < 10; level++) {
                bomb.append('l').append(level).append(": &l").append(level).append(" [");
                for (int i = 0; i < 9; i++) {
                    bomb.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
                }
                bomb.append("]\n");
            }
            List<String> lines = Lines.of(file);
            lines.add(lines.isEmpty() ? 0 : Math.floorMod(line, lines.size() + 1), bomb.toString());
            if (lines.size() > 1) {
                // the line before the bomb must end, or the bomb would continue it
                int at = lines.indexOf(bomb.toString());
                if (at > 0) {
                    lines.set(at - 1, Lines.terminated(lines.get(at - 1)));
                }
            }
            return Lines.join(lines);
        }
    }

    /**
     * The lines of a file, each with its line feed. Bytes that are not UTF-8 survive the round
     * trip through ISO-8859-1, which maps every byte to one character.
     */
    final class Lines {
        private Lines() {
        }

        static List<String> of(byte[] file) {
            String text = new String(file, StandardCharsets.ISO_8859_1);
            List<String> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines.add(text.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                lines.add(text.substring(start));
            }
            return lines;
        }

        static String terminated(String line) {
            return line.endsWith("\n") ? line : line + "\n";
        }

        static byte[] join(List<String> lines) {
            return String.join("", lines).getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
