package org.ecokiosk.admin;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.operations.AdminOperations;

/**
 * The admin screen: a bar (title, who, 中文/English, back), the sections on the left as
 * big buttons, the chosen section on the right. Built afresh for every admin session, so
 * nothing from the last session (files chosen, problems shown) is left on it.
 */
final class AdminView {
    static final String STYLESHEET = "/org/ecokiosk/admin/admin.css";
    private final BorderPane root = new BorderPane();
    private final ScrollPane content = new ScrollPane();

    /** {@code backKey}: the bundle key of the leave button ("back to kiosk" in the kiosk, "close" on a staff PC). */
    AdminView(AdminOperations actions, Messages messages, Background work, PreviewKiosk previews, String backKey,
              Runnable onBack) {
        root.setId("admin-root");
        root.getStyleClass().add("admin-root");
        Label title = Ui.heading(messages, "admin.title");
        title.setId("admin-title");
        title.getStyleClass().add("admin-title");
        Label who = Ui.label("admin-who", "admin-who");
        who.setText(actions.who());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button language = new Button();
        language.setId("admin-language");
        language.getStyleClass().add("admin-button");
        // the button names the language it switches to, as the kiosk's own toggle does
        language.textProperty().bind(messages.format(l -> l == Language.ZH ? "English" : "中文"));
        language.setOnAction(e -> messages.languageProperty().set(
                messages.language() == Language.ZH ? Language.EN : Language.ZH));
        Button back = Ui.button("admin-back", messages, backKey, onBack);
        back.getStyleClass().add("admin-primary");
        HBox bar = new HBox(title, who, gap, language, back);
        bar.getStyleClass().add("admin-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        root.setTop(bar);

        ReportsSection reports = new ReportsSection(actions, messages, work);
        ImportSection imports = new ImportSection(actions, messages, work, previews);
        AuditSection audit = new AuditSection(actions, messages, work, actions.zone());
        FleetSection fleet = new FleetSection(actions, messages, work, actions.zone());
        ToggleGroup nav = Ui.alwaysOne();
        VBox navigation = new VBox(
                section(Ui.toggle("admin-nav-reports", messages, "admin.section.reports", nav), reports, () -> { }),
                section(Ui.toggle("admin-nav-import", messages, "admin.section.import", nav), imports, () -> { }),
                section(Ui.toggle("admin-nav-audit", messages, "admin.section.audit", nav), audit, audit::refresh),
                section(Ui.toggle("admin-nav-fleet", messages, "admin.section.fleet", nav), fleet, fleet::refresh));
        navigation.getStyleClass().add("admin-nav");
        root.setLeft(navigation);
        content.setFitToWidth(true);
        content.getStyleClass().add("admin-content");
        root.setCenter(content);
        nav.selectToggle(nav.getToggles().get(0));
    }

    private ToggleButton section(ToggleButton button, Node view, Runnable onShow) {
        button.getStyleClass().add("admin-nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                content.setContent(view);
                content.setVvalue(0);
                onShow.run();
            }
        });
        return button;
    }

    Parent root() {
        return root;
    }
}
