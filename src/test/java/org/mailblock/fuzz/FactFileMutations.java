package org.mailblock.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Draws mutated fact files from a random source: a valid file, then one to three changes to its
 * tree, its bytes or both. Positions lean toward the edges now and then (the start of the file,
 * the largest value), where off-by-one mistakes live.
 */
public final class FactFileMutations {

    private static final List<ValidFactFile> BASES = ValidFactFile.all();
    private static final int MAX_MUTATIONS = 3;
    private static final int MAX_POSITION = 100_000;
    private static final List<String> INDENTS = List.of("", " ", "  ", "    ", "\t", " \t");
    private static final List<String> NAMED_KEYS = List.of("", " ", "name ", "Name", "NAME", "collectedat",
            "createAt", "recognised", "ndr", "<<", "mailblock", "tenant", "expect", "123", "true", "null",
            "k\u0000y", "ключ", "😀");

    private FactFileMutations() {
    }

    /** What is changed in a valid file. */
    public enum Family {
        /** Changed through its parsed tree only: still YAML, but fields missing, repeated, retyped, hostile, misnamed, nested. */
        STRUCTURAL,
        /** Changed in its bytes only: truncated, garbage, lines repeated, lost, swapped or re-indented, anchors and aliases. */
        TEXTUAL,
        /** Changed in its tree, then in its bytes. */
        MIXED,
        /** Any of the three, drawn with equal chance. */
        ANY;

        /**
         * One mutated file of this family.
         *
         * @param random the source of every choice
         * @return the file
         */
        public MutatedFactFile draw(SplittableRandom random) {
            ValidFactFile base = oneOf(random, BASES);
            return switch (this) {
                case STRUCTURAL -> new MutatedFactFile(base, some(random, FactFileMutations::treeMutation), List.of());
                case TEXTUAL -> new MutatedFactFile(base, List.of(), some(random, FactFileMutations::byteMutation));
                case MIXED -> new MutatedFactFile(base, some(random, FactFileMutations::treeMutation),
                        some(random, FactFileMutations::byteMutation));
                case ANY -> oneOf(random, List.of(STRUCTURAL, TEXTUAL, MIXED)).draw(random);
            };
        }

        /**
         * Every kind of change a file of this family can be given, such as {@code Drop} or {@code Truncate}.
         *
         * @return the names of the kinds
         */
        public Set<String> kinds() {
            Stream<Class<?>> tree = Stream.of(TreeMutation.class.getPermittedSubclasses());
            // deleting a set of lines is how a failing case is shrunk, not a change drawn at random
            Stream<Class<?>> bytes = Stream.of(ByteMutation.class.getPermittedSubclasses())
                    .filter(kind -> kind != ByteMutation.DeleteLines.class);
            Stream<Class<?>> kinds = switch (this) {
                case STRUCTURAL -> tree;
                case TEXTUAL -> bytes;
                case MIXED, ANY -> Stream.concat(tree, bytes);
            };
            return kinds.map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every valid fact file the mutations start from. */
    public static List<ValidFactFile> baseFiles() {
        return BASES;
    }

    private static <T> List<T> some(SplittableRandom random, Function<SplittableRandom, T> one) {
        int count = random.nextInt(1, MAX_MUTATIONS + 1);
        List<T> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drawn.add(one.apply(random));
        }
        return List.copyOf(drawn);
    }

    private static TreeMutation treeMutation(SplittableRandom random) {
        int node = position(random);
        return switch (weighted(random, 3, 1, 2, 3, 3, 2, 1, 1)) {
            case 0 -> new TreeMutation.Drop(node);
            case 1 -> new TreeMutation.DropSection(random.nextInt(0, 21));
            case 2 -> new TreeMutation.DuplicateEntry(node);
            case 3 -> new TreeMutation.Retype(node, oneOf(random, List.of(TreeMutation.Kind.values())));
            case 4 -> new TreeMutation.Corrupt(node, oneOf(random, Corruption.ALL));
            case 5 -> new TreeMutation.RenameKey(node, key(random));
            case 6 -> new TreeMutation.Reorder(node);
            default -> new TreeMutation.Nest(node, edgeOr(random, 1, 100, 1 + random.nextInt(100)), random.nextBoolean());
        };
    }

    /** One random change to a file's bytes, for fuzzing other readers of files than the fact file loader. */
    public static ByteMutation randomByteMutation(SplittableRandom random) {
        return byteMutation(random);
    }

    private static ByteMutation byteMutation(SplittableRandom random) {
        int at = position(random);
        return switch (weighted(random, 2, 4, 2, 1, 2, 1, 1, 1, 1, 1)) {
            case 0 -> new ByteMutation.Truncate(at);
            case 1 -> new ByteMutation.Insert(at, garbage(random));
            case 2 -> new ByteMutation.Overwrite(at, garbage(random));
            case 3 -> new ByteMutation.Delete(at, edgeOr(random, 1, 16, 1 + random.nextInt(16)));
            case 4 -> new ByteMutation.DuplicateLine(at);
            case 5 -> new ByteMutation.DeleteLine(at);
            case 6 -> new ByteMutation.SwapLines(at, position(random));
            case 7 -> new ByteMutation.Reindent(at, oneOf(random, INDENTS), random.nextInt(0, 5));
            case 8 -> new ByteMutation.AnchorAndAlias(at, position(random), random.nextBoolean());
            default -> new ByteMutation.BillionLaughs(at);
        };
    }

    /** A position in the file or its tree, taken modulo its size by the mutation. */
    private static int position(SplittableRandom random) {
        return edgeOr(random, 0, MAX_POSITION, random.nextInt(0, MAX_POSITION + 1));
    }

    /** One time in ten, the smallest or the largest value; otherwise the value drawn. */
    private static int edgeOr(SplittableRandom random, int smallest, int largest, int drawn) {
        if (random.nextInt(10) != 0) {
            return drawn;
        }
        return random.nextBoolean() ? smallest : largest;
    }

    private static Garbage garbage(SplittableRandom random) {
        if (random.nextInt(4) != 0) {
            return oneOf(random, Garbage.NAMED);
        }
        byte[] bytes = new byte[random.nextInt(1, 13)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return new Garbage("random bytes", bytes);
    }

    /** A named key that is almost right or exotic, or a random string of any characters. */
    private static String key(SplittableRandom random) {
        if (random.nextBoolean()) {
            return oneOf(random, NAMED_KEYS);
        }
        StringBuilder key = new StringBuilder();
        int length = random.nextInt(1, 13);
        for (int i = 0; i < length; i++) {
            // half plain ASCII, half anything in the basic plane: controls, lone surrogates, marks
            key.append((char) (random.nextBoolean() ? random.nextInt(0x20, 0x7F) : random.nextInt(0, 0x10000)));
        }
        return key.toString();
    }

    private static <T> T oneOf(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** The index of a choice, drawn with the given relative weights. */
    private static int weighted(SplittableRandom random, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
