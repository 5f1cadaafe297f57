package org.ecokiosk.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "Packages … who may depend on whom" table of docs/DESIGN.md, read as the allow-list the
 * architecture test enforces: each row names a top-level package and the packages it may use
 * ({@code nothing}, {@code everything}, or names separated by commas).
 */
final class DesignPackageTable {
    static final Path DESIGN = Path.of("docs", "DESIGN.md");
    private static final String HEADING = "## Packages";
    private static final String NOTHING = "nothing";
    private static final String EVERYTHING = "everything";

    /** One row: {@code mayUseEverything} or exactly {@code mayUse}, in the table's order. */
    record Row(String pkg, boolean mayUseEverything, List<String> mayUse) {
        Row {
            mayUse = List.copyOf(mayUse);
        }

        /** What a package the table does not name may use: nothing. */
        static Row unlisted(String pkg) {
            return new Row(pkg, false, List.of());
        }
    }

    private final Map<String, Row> rows;

    private DesignPackageTable(Map<String, Row> rows) {
        this.rows = rows;
    }

    static DesignPackageTable read() throws IOException {
        return parse(Files.readAllLines(DESIGN, StandardCharsets.UTF_8));
    }

    static DesignPackageTable parse(List<String> lines) {
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(HEADING) && lines.get(i).contains("who may depend on whom")) {
                heading = i;
                break;
            }
        }
        if (heading < 0) {
            throw new IllegalStateException(DESIGN + " has no \"" + HEADING + " … who may depend on whom\" section");
        }
        List<String[]> cells = new ArrayList<>();
        boolean inTable = false;
        for (int i = heading + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("|")) {
                inTable = true;
                cells.add(Arrays.stream(line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length())
                        .split("\\|", -1)).map(String::trim).toArray(String[]::new));
            } else if (inTable) {
                break;
            }
        }
        if (cells.size() < 3) {
            throw new IllegalStateException(DESIGN + ": no package table below \"" + lines.get(heading) + "\"");
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String[]> body = cells.subList(2, cells.size()); // header and --- separator
        for (String[] row : body) {
            String pkg = name(row[0]);
            rows.put(pkg, Row.unlisted(pkg));
        }
        for (String[] row : body) {
            String pkg = name(row[0]);
            String deps = row[row.length - 1];
            if (deps.equals(EVERYTHING)) {
                rows.put(pkg, new Row(pkg, true, List.of()));
            } else if (deps.equals(NOTHING)) {
                rows.put(pkg, new Row(pkg, false, List.of()));
            } else {
                List<String> mayUse = new ArrayList<>();
                for (String dep : deps.split(",")) {
                    String d = name(dep);
                    if (!rows.containsKey(d)) {
                        throw new IllegalStateException(DESIGN + ": row " + pkg + " may depend on '" + d
                                + "', which has no row of its own (write package names, 'nothing' or 'everything')");
                    }
                    mayUse.add(d);
                }
                rows.put(pkg, new Row(pkg, false, mayUse));
            }
        }
        return new DesignPackageTable(rows);
    }

    /** "`kiosk/`" → "kiosk". */
    private static String name(String cell) {
        String n = cell.replace("`", "").trim();
        if (n.endsWith("/")) {
            n = n.substring(0, n.length() - 1);
        }
        if (!n.matches("[a-z][a-z0-9]*")) {
            throw new IllegalStateException(DESIGN + ": '" + cell + "' is not a package name");
        }
        return n;
    }

    Set<String> packages() {
        return rows.keySet();
    }

    Optional<Row> row(String pkg) {
        return Optional.ofNullable(rows.get(pkg));
    }
}
