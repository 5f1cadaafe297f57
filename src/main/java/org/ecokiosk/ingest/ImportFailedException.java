package org.ecokiosk.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** Input had mistakes; nothing was written. Carries every problem found, not just the first. */
public class ImportFailedException extends Exception {
    private final List<Problem> problems;

    public ImportFailedException(List<Problem> problems) {
        super(problems.size() + " problem(s):\n" + problems.stream().map(Problem::describe)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
