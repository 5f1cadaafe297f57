package org.ecokiosk.admin;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.operations.AdminOperations;
import org.ecokiosk.operations.ImportChoice;
import org.ecokiosk.operations.ImportResult;
import org.ecokiosk.operations.SnapshotSwitch;

/**
 * 数据导入 Import: kind and files, imported into the candidate (never the published file);
 * every problem listed, or the counts; then preview, publish — or discard — and rollback,
 * which asks once more because it changes what residents see at once.
 */
final class ImportSection extends VBox {
    private final AdminOperations actions;
    private final Messages messages;
    private final Background work;
    private final PreviewKiosk previews;
    private final ToggleGroup kinds = Ui.alwaysOne();
    private final List<Path> files = new ArrayList<>();
    private final Label chosen = Ui.label("import-files", "admin-value");
    private final Label result = Ui.label("import-result", "admin-result");
    private final Label candidate = Ui.label("candidate-status", "admin-result");
    private final Label status = Ui.label("publish-status", "admin-result");
    private final ProblemList problems;
    private final Button run;
    private final HBox candidateButtons;
    private final HBox confirmRollback;
    private final List<Button> busyButtons = new ArrayList<>();

    ImportSection(AdminOperations actions, Messages messages, Background work, PreviewKiosk previews) {
        this.actions = actions;
        this.messages = messages;
        this.work = work;
        this.previews = previews;
        setId("admin-import");
        getStyleClass().add("admin-section");
        problems = new ProblemList("import-problems", messages);
        Label title = Ui.heading(messages, "admin.section.import");
        title.getStyleClass().add("admin-section-title");
        FlowPane kindButtons = new FlowPane();
        kindButtons.getStyleClass().add("admin-flow");
        for (ImportChoice kind : actions.importKinds()) {
            ToggleButton t = Ui.toggle("import-kind-" + kind.code(), messages, "admin.import.kind." + kind.code(),
                    kinds);
            t.setUserData(kind);
            kindButtons.getChildren().add(t);
        }
        kinds.selectToggle(kinds.getToggles().get(0));
        kinds.selectedToggleProperty().addListener((obs, was, now) -> chooseFiles(List.of()));
        Button choose = Ui.button("import-choose", messages, "admin.import.choose", this::openChooser);
        run = Ui.button("import-run", messages, "admin.import.run", this::runImport);
        run.getStyleClass().add("admin-primary");
        run.setDisable(true);
        chosen.textProperty().bind(messages.text("admin.import.noFiles"));
        candidateButtons = row(
                busy(Ui.button("import-preview", messages, "admin.import.preview", this::preview)),
                busy(Ui.button("import-publish", messages, "admin.import.publish", this::publish)),
                busy(Ui.button("import-discard", messages, "admin.import.discard", this::discard)));
        candidateButtons.getChildren().get(1).getStyleClass().add("admin-primary");
        Button rollback = busy(Ui.button("import-rollback", messages, "admin.import.rollback", this::askRollback));
        confirmRollback = row(Ui.heading(messages, "admin.import.rollbackAsk"),
                busy(Ui.button("rollback-confirm", messages, "admin.import.rollbackConfirm", this::rollback)),
                Ui.button("rollback-cancel", messages, "admin.import.rollbackCancel", () -> showConfirm(false)));
        confirmRollback.getStyleClass().add("admin-confirm");
        showConfirm(false);
        getChildren().addAll(title, Ui.heading(messages, "admin.import.kind"), kindButtons,
                row(choose, run), chosen, result, problems,
                Ui.heading(messages, "admin.import.candidate"), candidate, candidateButtons,
                Ui.heading(messages, "admin.import.published"), row(rollback), confirmRollback, status);
        refreshCandidate();
    }

    private Button busy(Button b) {
        busyButtons.add(b);
        return b;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(nodes);
        row.getStyleClass().add("admin-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    ImportChoice kind() {
        return (ImportChoice) kinds.getSelectedToggle().getUserData();
    }

    private void openChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("admin.import.choose"));
        boolean markdown = kind().markdown();
        chooser.getExtensionFilters().add(markdown
                ? new FileChooser.ExtensionFilter(messages.get("admin.import.filter.markdown"), "*.md", "*.png", "*.jpg",
                "*.jpeg")
                : new FileChooser.ExtensionFilter(messages.get("admin.import.filter.csv"), "*.csv", "*.txt"));
        List<File> picked = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (picked != null) {
            chooseFiles(picked.stream().map(File::toPath).toList());
        }
    }

    /** The files the next import reads (the chooser calls this; so do tests, which cannot drive a native dialog). */
    void chooseFiles(List<Path> picked) {
        files.clear();
        files.addAll(picked);
        run.setDisable(files.isEmpty());
        if (files.isEmpty()) {
            chosen.textProperty().bind(messages.text("admin.import.noFiles"));
        } else {
            String names = String.join("、", files.stream().map(f -> f.getFileName().toString()).toList());
            chosen.textProperty().bind(messages.text("admin.import.files", String.valueOf(files.size()), names));
        }
    }

    private void setBusy(boolean busy) {
        run.setDisable(busy || files.isEmpty());
        busyButtons.forEach(b -> b.setDisable(busy));
        if (!busy) {
            refreshCandidate();
        }
    }

    private void runImport() {
        ImportChoice kind = kind();
        List<Path> input = List.copyOf(files);
        problems.clear();
        result.textProperty().unbind();
        result.textProperty().bind(messages.text("admin.import.running"));
        setBusy(true);
        work.run(() -> actions.importFiles(kind, input), (ImportResult done) -> {
            result.textProperty().bind(messages.text("admin.import.ok", String.valueOf(done.rows()),
                    String.valueOf(done.added()), String.valueOf(done.replaced()), shortHash(done.hashAfter())));
            setBusy(false);
        }, error -> {
            result.textProperty().bind(messages.text("admin.import.refused"));
            problems.show(error);
            setBusy(false);
        });
    }

    private void refreshCandidate() {
        Optional<Path> file = actions.candidate();
        candidate.textProperty().unbind();
        candidate.textProperty().bind(file.isPresent() ? messages.text("admin.import.candidateReady")
                : messages.text("admin.import.candidateNone"));
        candidateButtons.setDisable(file.isEmpty());
    }

    private void preview() {
        actions.candidate().ifPresent(file -> KioskPreview.open(file, previews, getScene().getWindow(), work,
                error -> problems.show(error)));
    }

    private void publish() {
        setBusy(true);
        problems.clear();
        work.run(actions::publishCandidate, (SnapshotSwitch done) -> {
            status.textProperty().bind(messages.text("admin.import.publishedOk", done.to().getFileName().toString(),
                    shortHash(done.hashAfter())));
            result.textProperty().unbind();
            result.setText("");
            setBusy(false);
        }, error -> {
            status.textProperty().bind(messages.text("admin.import.publishRefused"));
            problems.show(error);
            setBusy(false);
        });
    }

    private void discard() {
        setBusy(true);
        work.run(() -> {
            actions.discardCandidate();
            return true;
        }, ok -> {
            result.textProperty().unbind();
            result.setText("");
            problems.clear();
            setBusy(false);
        }, error -> {
            problems.show(error);
            setBusy(false);
        });
    }

    private void askRollback() {
        showConfirm(true);
    }

    private void showConfirm(boolean show) {
        confirmRollback.setVisible(show);
        confirmRollback.setManaged(show);
    }

    private void rollback() {
        showConfirm(false);
        setBusy(true);
        work.run(actions::rollback, (SnapshotSwitch done) -> {
            status.textProperty().bind(messages.text("admin.import.rolledBack", done.to().getFileName().toString(),
                    shortHash(done.hashAfter())));
            setBusy(false);
        }, error -> {
            status.textProperty().unbind();
            status.setText("");
            problems.show(error);
            setBusy(false);
        });
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
