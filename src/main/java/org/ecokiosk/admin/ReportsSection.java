package org.ecokiosk.admin;

import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.operations.AdminOperations;
import org.ecokiosk.operations.ReportResult;

/**
 * 报告 Reports: year and kind, Build (in the background, saying what it is doing), then where
 * the file is, its SHA-256, whether it carries the sample banner, and its pages as images.
 */
final class ReportsSection extends VBox {
    private final AdminOperations actions;
    private final Messages messages;
    private final Background work;
    private final List<Integer> years = new ArrayList<>();
    private int yearIndex = -1;
    private final Label year = Ui.label("report-year", "admin-value");
    private final ToggleGroup kinds = Ui.alwaysOne();
    private final Button build;
    private final Label progress = Ui.label("report-progress", "admin-progress");
    private final Label path = Ui.label("report-path", "admin-result");
    private final Label sha256 = Ui.label("report-sha256", "admin-result");
    private final Label sample = Ui.label("report-sample", "admin-sample");
    private final ProblemList problems;
    private final FlowPane preview = new FlowPane();

    private record Result(ReportResult report, List<Image> pages, int totalPages) {
    }

    ReportsSection(AdminOperations actions, Messages messages, Background work) {
        this.actions = actions;
        this.messages = messages;
        this.work = work;
        setId("admin-reports");
        getStyleClass().add("admin-section");
        problems = new ProblemList("report-problems", messages);
        Button down = Ui.button("report-year-down", messages, "admin.report.yearDown", () -> stepYear(-1));
        Button up = Ui.button("report-year-up", messages, "admin.report.yearUp", () -> stepYear(1));
        year.getStyleClass().add("admin-year");
        HBox yearRow = row(Ui.heading(messages, "admin.report.year"), down, year, up);
        FlowPane kindButtons = new FlowPane();
        kindButtons.getStyleClass().add("admin-flow");
        HBox kindRow = row(Ui.heading(messages, "admin.report.kind"), kindButtons);
        HBox.setHgrow(kindButtons, javafx.scene.layout.Priority.ALWAYS);
        for (String kind : actions.reportKinds()) {
            ToggleButton t = Ui.toggle("report-kind-" + kind, messages, "admin.report.kind." + kind, kinds);
            t.setUserData(kind);
            kindButtons.getChildren().add(t);
        }
        kinds.selectToggle(kinds.getToggles().get(0));
        build = Ui.button("report-build", messages, "admin.report.build", this::build);
        build.getStyleClass().add("admin-primary");
        build.setDisable(true);
        sample.setVisible(false);
        sample.managedProperty().bind(sample.visibleProperty());
        // no empty gap above the problems when a build was refused
        for (Label result : new Label[] {path, sha256}) {
            result.managedProperty().bind(result.textProperty().isNotEmpty());
        }
        preview.setId("report-preview");
        preview.getStyleClass().add("admin-preview");
        getChildren().addAll(title(messages), yearRow, kindRow, row(build, progress), path, sha256, sample, problems,
                preview);
        loadYears();
    }

    private static Label title(Messages messages) {
        Label t = Ui.heading(messages, "admin.section.reports");
        t.getStyleClass().add("admin-section-title");
        return t;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(nodes);
        row.getStyleClass().add("admin-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void loadYears() {
        progress.textProperty().bind(messages.text("admin.report.loadingYears"));
        work.run(actions::reportYears, found -> {
            progress.textProperty().unbind();
            progress.setText("");
            years.addAll(found.years());
            yearIndex = years.indexOf(found.defaultYear());
            showYear();
            build.setDisable(false);
        }, error -> {
            progress.textProperty().unbind();
            progress.setText("");
            problems.show(error);
        });
    }

    private void stepYear(int by) {
        if (years.isEmpty()) {
            return;
        }
        yearIndex = Math.max(0, Math.min(years.size() - 1, yearIndex + by));
        showYear();
    }

    private void showYear() {
        year.setText(String.valueOf(years.get(yearIndex)));
    }

    String kind() {
        return (String) kinds.getSelectedToggle().getUserData();
    }

    private void build() {
        String kind = kind();
        int chosenYear = years.get(yearIndex);
        Language language = messages.language();
        path.textProperty().unbind();
        sha256.textProperty().unbind();
        path.setText("");
        sha256.setText("");
        sample.setVisible(false);
        problems.clear();
        preview.getChildren().clear();
        build.setDisable(true);
        Task<Result> task = new Task<>() {
            @Override
            protected Result call() throws Exception {
                updateMessage(messages.get(language, "admin.report.building"));
                ReportResult built = actions.buildReport(kind, chosenYear);
                PdfPages.Rendered rendered = PdfPages.render(built.pdf(),
                        page -> updateMessage(messages.get(language, "admin.report.rendering", String.valueOf(page))));
                List<Image> pages = rendered.pages().stream().map(p -> (Image) SwingFXUtils.toFXImage(p, null)).toList();
                return new Result(built, pages, rendered.totalPages());
            }
        };
        progress.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            progress.textProperty().unbind();
            progress.setText("");
            show(task.getValue());
            build.setDisable(false);
        });
        task.setOnFailed(e -> {
            progress.textProperty().unbind();
            progress.setText("");
            Throwable error = task.getException();
            problems.show(error instanceof Exception ex ? ex : new RuntimeException(error));
            build.setDisable(false);
        });
        work.run(task);
    }

    private void show(Result result) {
        ReportResult r = result.report();
        String file = r.pdf().toAbsolutePath().toString();
        path.textProperty().bind(messages.text("admin.report.path", file));
        sha256.textProperty().bind(messages.text("admin.report.sha256", r.sha256()));
        sample.textProperty().bind(messages.text("admin.report.sample"));
        sample.setVisible(r.sampleData());
        for (Image page : result.pages()) {
            ImageView view = new ImageView(page);
            view.getStyleClass().add("admin-page");
            VBox framed = new VBox(view);
            framed.getStyleClass().add("admin-page-frame");
            preview.getChildren().add(framed);
        }
        if (result.totalPages() > result.pages().size()) {
            Label more = Ui.label("admin-progress");
            more.textProperty().bind(messages.text("admin.report.morePages",
                    String.valueOf(result.totalPages() - result.pages().size())));
            preview.getChildren().add(more);
        }
    }
}
