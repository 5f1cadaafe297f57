package org.ecokiosk.admin;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.operations.ProblemLine;

/**
 * Every problem of a refused import or report, one per line, in words: which file, which line
 * and column, then the importer's own sentence — staff fix the file from this list alone.
 */
final class ProblemList extends VBox {
    private final Messages messages;

    ProblemList(String id, Messages messages) {
        this.messages = messages;
        setId(id);
        getStyleClass().add("admin-problems");
    }

    void show(List<ProblemLine> problems) {
        getChildren().clear();
        Label heading = new Label();
        heading.getStyleClass().add("admin-problems-heading");
        heading.textProperty().bind(messages.text("admin.problems.count", String.valueOf(problems.size())));
        getChildren().add(heading);
        for (ProblemLine p : problems) {
            Label line = new Label();
            line.getStyleClass().add("admin-problem");
            line.setWrapText(true);
            line.textProperty().bind(messages.format(language -> describe(p, language)));
            getChildren().add(line);
        }
    }

    /** A failure that is not a list of problems (a broken file, a full disk): its message, said plainly. */
    void show(Exception error) {
        var lines = ProblemLine.of(error);
        if (lines.isPresent()) {
            show(lines.get());
            return;
        }
        getChildren().clear();
        Label line = new Label();
        line.getStyleClass().add("admin-problem");
        line.setWrapText(true);
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        line.textProperty().bind(messages.text("admin.error", why));
        getChildren().add(line);
    }

    void clear() {
        getChildren().clear();
    }

    private String describe(ProblemLine p, Language language) {
        StringBuilder where = new StringBuilder(fileName(p.file()));
        if (p.line() > 0) {
            where.append(messages.get(language, "admin.problem.line", String.valueOf(p.line())));
            if (p.column() > 0) {
                where.append(messages.get(language, "admin.problem.column", String.valueOf(p.column())));
            }
        }
        if (!p.field().isEmpty()) {
            where.append(messages.get(language, "admin.problem.field", p.field()));
        }
        String sentence = language == Language.ZH ? p.messageZh() : p.messageEn();
        return messages.get(language, "admin.problem", where.toString(), sentence);
    }

    /** The file's name is what staff recognise; the folder is in the audit log. */
    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash >= 0 ? file.substring(slash + 1) : file;
    }
}
