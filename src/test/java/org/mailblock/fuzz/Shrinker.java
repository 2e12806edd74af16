package org.mailblock.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Makes a failing case small, deterministically: first drops changes one at a time while the
 * case still fails, then deletes lines of the resulting file, in halves, quarters and so on down
 * to single lines, then cuts bytes off its end and its start. A candidate counts only if it fails with the same kind of exception, so
 * shrinking does not wander off to another fault. Bounded in tries and in time.
 */
final class Shrinker {

    private static final int MAX_TRIES = 2_000;
    private static final long MAX_NANOS = 20_000_000_000L;

    /**
     * The smallest case found.
     *
     * @param fuzzCase the case
     * @param failure  how it fails
     * @param steps    how many smaller candidates were kept
     * @param tries    how many candidates were checked
     * @param millis   how long it took
     */
    record Shrunk(FuzzCase fuzzCase, Throwable failure, int steps, int tries, long millis) {
    }

    private final FuzzCheck<?> check;
    private final long started = System.nanoTime();
    private FuzzCase current;
    private Throwable failure;
    private int steps;
    private int tries;

    private Shrinker(FuzzCheck<?> check, FuzzCase failing, Throwable failure) {
        this.check = check;
        this.current = failing;
        this.failure = failure;
    }

    static Shrunk shrink(FuzzCheck<?> check, FuzzCase failing, Throwable failure) {
        Shrinker shrinker = new Shrinker(check, failing, failure);
        shrinker.dropChanges();
        shrinker.deleteLines();
        shrinker.cut(true);
        shrinker.cut(false);
        return new Shrunk(shrinker.current, shrinker.failure, shrinker.steps, shrinker.tries,
                (System.nanoTime() - shrinker.started) / 1_000_000);
    }

    private void dropChanges() {
        boolean smaller = true;
        while (smaller && budgetLeft()) {
            smaller = false;
            for (MutatedFactFile candidate : withOneChangeLess(current.file())) {
                if (keepIfItFails(candidate)) {
                    smaller = true;
                    break;
                }
            }
        }
    }

    private static List<MutatedFactFile> withOneChangeLess(MutatedFactFile file) {
        List<MutatedFactFile> candidates = new ArrayList<>();
        for (int i = 0; i < file.tree().size(); i++) {
            candidates.add(new MutatedFactFile(file.base(), without(file.tree(), i), file.bytes()));
        }
        for (int i = 0; i < file.bytes().size(); i++) {
            candidates.add(new MutatedFactFile(file.base(), file.tree(), without(file.bytes(), i)));
        }
        return candidates;
    }

    private void deleteLines() {
        MutatedFactFile unshrunk = current.file();
        int lineCount = ByteMutation.Lines.of(unshrunk.content()).size();
        SortedSet<Integer> deleted = new TreeSet<>();
        for (int chunk = Math.max(1, lineCount / 2); budgetLeft(); chunk /= 2) {
            List<Integer> remaining = new ArrayList<>();
            for (int line = 0; line < lineCount; line++) {
                if (!deleted.contains(line)) {
                    remaining.add(line);
                }
            }
            for (int start = 0; start < remaining.size() && budgetLeft(); start += chunk) {
                SortedSet<Integer> candidate = new TreeSet<>(deleted);
                candidate.addAll(remaining.subList(start, Math.min(start + chunk, remaining.size())));
                List<ByteMutation> bytes = new ArrayList<>(unshrunk.bytes());
                bytes.add(new ByteMutation.DeleteLines(candidate));
                if (keepIfItFails(new MutatedFactFile(unshrunk.base(), unshrunk.tree(), bytes))) {
                    deleted = candidate;
                }
            }
            if (chunk == 1) {
                return;
            }
        }
    }

    /** Cuts off half of the file's end (or start) if it still fails, else a quarter, and so on down to one byte. */
    private void cut(boolean atTheEnd) {
        MutatedFactFile uncut = current.file();
        int length = uncut.content().length;
        int kept = length;
        for (int cut = length / 2; cut >= 1 && budgetLeft(); ) {
            int candidate = kept - cut;
            List<ByteMutation> bytes = new ArrayList<>(uncut.bytes());
            bytes.add(atTheEnd ? new ByteMutation.Truncate(candidate) : new ByteMutation.Delete(0, length - candidate));
            if (keepIfItFails(new MutatedFactFile(uncut.base(), uncut.tree(), bytes))) {
                kept = candidate;
                cut = Math.min(cut, kept / 2);
            } else {
                cut /= 2;
            }
        }
    }

    private boolean keepIfItFails(MutatedFactFile candidate) {
        tries++;
        FuzzCase smaller = current.with(candidate);
        try {
            check.outcomeOf(smaller);
            return false;
        } catch (Throwable e) {
            if (e.getClass() != failure.getClass()) {
                return false;
            }
            current = smaller;
            failure = e;
            steps++;
            return true;
        }
    }

    private boolean budgetLeft() {
        return tries < MAX_TRIES && System.nanoTime() - started < MAX_NANOS;
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return List.copyOf(copy);
    }
}
