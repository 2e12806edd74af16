package org.mailblock.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.IntegerArbitrary;

/** Generators of mutated fact files, for property-based tests of everything that reads them. */
public final class FactFileMutations {

    private static final List<ValidFactFile> BASES = ValidFactFile.all();
    private static final int MAX_MUTATIONS = 3;

    private FactFileMutations() {
    }

    /**
     * Valid files changed through their parsed tree only: the file still parses as YAML, but
     * fields are missing, repeated, of the wrong kind, hostile, misnamed, reordered or nested.
     *
     * @return the generator
     */
    public static Arbitrary<MutatedFactFile> structural() {
        return Combinators.combine(bases(), treeMutation().list().ofMinSize(1).ofMaxSize(MAX_MUTATIONS))
                .as((base, tree) -> new MutatedFactFile(base, tree, List.of()));
    }

    /**
     * Valid files changed in their bytes only: truncated, with garbage, with lines duplicated,
     * lost, swapped or re-indented, with anchors and aliases.
     *
     * @return the generator
     */
    public static Arbitrary<MutatedFactFile> textual() {
        return Combinators.combine(bases(), byteMutation().list().ofMinSize(1).ofMaxSize(MAX_MUTATIONS))
                .as((base, bytes) -> new MutatedFactFile(base, List.of(), bytes));
    }

    /**
     * Valid files changed in their tree, then in their bytes.
     *
     * @return the generator
     */
    public static Arbitrary<MutatedFactFile> mixed() {
        return Combinators.combine(bases(), treeMutation().list().ofMinSize(1).ofMaxSize(MAX_MUTATIONS),
                        byteMutation().list().ofMinSize(1).ofMaxSize(MAX_MUTATIONS))
                .as(MutatedFactFile::new);
    }

    /** Every valid fact file the mutations start from. */
    public static List<ValidFactFile> baseFiles() {
        return BASES;
    }

    private static Arbitrary<ValidFactFile> bases() {
        return Arbitraries.of(BASES);
    }

    private static Arbitrary<TreeMutation> treeMutation() {
        Arbitrary<Integer> node = position();
        return Arbitraries.frequencyOf(
                Tuple.of(3, node.map(TreeMutation.Drop::new)),
                Tuple.of(1, Arbitraries.integers().between(0, 20).map(TreeMutation.DropSection::new)),
                Tuple.of(2, node.map(TreeMutation.DuplicateEntry::new)),
                Tuple.of(3, Combinators.combine(node, Arbitraries.of(TreeMutation.Kind.class))
                        .as(TreeMutation.Retype::new)),
                Tuple.of(3, Combinators.combine(node, Arbitraries.of(Corruption.ALL))
                        .as(TreeMutation.Corrupt::new)),
                Tuple.of(2, Combinators.combine(node, keys()).as(TreeMutation.RenameKey::new)),
                Tuple.of(1, node.map(TreeMutation.Reorder::new)),
                Tuple.of(1, Combinators.combine(node, Arbitraries.integers().between(1, 100),
                        Arbitraries.of(true, false)).as(TreeMutation.Nest::new)));
    }

    private static Arbitrary<ByteMutation> byteMutation() {
        Arbitrary<Integer> at = position();
        return Arbitraries.frequencyOf(
                Tuple.of(2, at.map(ByteMutation.Truncate::new)),
                Tuple.of(4, Combinators.combine(at, garbage()).as(ByteMutation.Insert::new)),
                Tuple.of(2, Combinators.combine(at, garbage()).as(ByteMutation.Overwrite::new)),
                Tuple.of(1, Combinators.combine(at, Arbitraries.integers().between(1, 16))
                        .as(ByteMutation.Delete::new)),
                Tuple.of(2, at.map(ByteMutation.DuplicateLine::new)),
                Tuple.of(1, at.map(ByteMutation.DeleteLine::new)),
                Tuple.of(1, Combinators.combine(at, at).as(ByteMutation.SwapLines::new)),
                Tuple.of(1, Combinators.combine(at, Arbitraries.of("", " ", "  ", "    ", "\t", " \t"),
                        Arbitraries.integers().between(0, 4)).as(ByteMutation.Reindent::new)),
                Tuple.of(1, Combinators.combine(at, at, Arbitraries.of(false, true))
                        .as(ByteMutation.AnchorAndAlias::new)),
                Tuple.of(1, at.map(ByteMutation.BillionLaughs::new)));
    }

    /** A position in the file or its tree; taken modulo the size, so small values shrink toward the start. */
    private static IntegerArbitrary position() {
        return Arbitraries.integers().between(0, 100_000);
    }

    private static Arbitrary<Garbage> garbage() {
        Arbitrary<Garbage> random = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(12)
                .map(bytes -> new Garbage("random bytes", bytes));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Garbage.NAMED)),
                Tuple.of(1, random));
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "name ", "Name", "NAME", "collectedat", "createAt", "recognised", "ndr", "<<",
                        "mailblock", "tenant", "expect", "123", "true", "null", "k\u0000y", "ключ", "😀"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12));
    }
}
