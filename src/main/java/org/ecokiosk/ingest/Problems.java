package org.ecokiosk.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a whole input is read, so staff see every mistake at once. */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    /** How many so far; cheaper than {@code list().size()} in a loop over many rows. */
    public int count() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Throws when anything was found: the all-or-nothing gate before writing. */
    public void throwIfAny() throws ImportFailedException {
        if (!found.isEmpty()) {
            throw new ImportFailedException(found);
        }
    }
}
