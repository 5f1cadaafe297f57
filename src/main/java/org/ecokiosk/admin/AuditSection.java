package org.ecokiosk.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.operations.AdminOperations;

/** 记录 Audit: the newest 50 entries of the log the CLI and admin mode share, newest first. */
final class AuditSection extends VBox {
    static final int SHOWN = 50;
    private final AdminOperations actions;
    private final Messages messages;
    private final Background work;
    private final VBox list = new VBox();
    private final ProblemList problems;
    private final ZoneId zone;

    /** @param zone the kiosk's zone ({@code kiosk.zone}): every time is said in it, not in the PC's */
    AuditSection(AdminOperations actions, Messages messages, Background work, ZoneId zone) {
        this.actions = actions;
        this.zone = zone;
        this.messages = messages;
        this.work = work;
        setId("admin-audit");
        getStyleClass().add("admin-section");
        problems = new ProblemList("audit-problems", messages);
        Label title = Ui.heading(messages, "admin.section.audit");
        title.getStyleClass().add("admin-section-title");
        Label file = Ui.label("admin-progress");
        file.textProperty().bind(messages.text("admin.audit.file", actions.auditFile().toString()));
        list.setId("audit-list");
        list.getStyleClass().add("admin-audit-list");
        getChildren().addAll(title, file, Ui.button("audit-refresh", messages, "admin.audit.refresh", this::refresh),
                problems, list);
    }

    /** Reads the log again (off the FX thread): called whenever the section is shown. */
    void refresh() {
        problems.clear();
        work.run(() -> actions.recentAudit(SHOWN), this::show, problems::show);
    }

    private void show(List<AuditEntry> entries) {
        list.getChildren().clear();
        if (entries.isEmpty()) {
            Label none = Ui.label("admin-progress");
            none.textProperty().bind(messages.text("admin.audit.none"));
            list.getChildren().add(none);
        }
        for (AuditEntry e : entries) {
            Label line = Ui.label("admin-audit-entry");
            line.getStyleClass().add(e.ok() ? "admin-audit-ok" : "admin-audit-refused");
            line.textProperty().bind(messages.format(language -> describe(e, language, messages, zone)));
            list.getChildren().add(line);
        }
    }

    /** One entry as the section shows it, its time in {@code zone}. */
    static String describe(AuditEntry e, Language language, Messages messages, ZoneId zone) {
        StringBuilder s = new StringBuilder();
        String action = e.action().code();
        String outcome = e.outcome().code();
        s.append(DateTexts.stamp(e.time(), zone)).append("  ").append(e.actor().describe()).append("  ")
                .append(named(messages, language, "admin.audit.action." + action, action)).append("  ")
                .append(named(messages, language, "admin.audit.outcome." + outcome, outcome));
        if (!e.kind().isEmpty()) {
            String kindKey = (e.action() == AuditAction.REPORT ? "admin.report.kind." : "admin.import.kind.") + e.kind();
            s.append("  ").append(named(messages, language, kindKey, e.kind()));
        }
        if (!e.files().isEmpty()) {
            s.append('\n').append(messages.get(language, "admin.audit.files", String.join(", ", e.files())));
        }
        if (!e.counts().isEmpty()) {
            s.append('\n').append(messages.get(language, "admin.audit.counts", new TreeMap<>(e.counts()).toString()));
        }
        s.append('\n').append(messages.get(language, "admin.audit.hashes", shortHash(e.hashBefore()),
                shortHash(e.hashAfter())));
        if (!e.detail().isEmpty()) {
            s.append('\n').append(e.detail());
        }
        return s.toString();
    }

    /** A label for a known code, the code itself for one this version does not know (the log outlives versions). */
    private static String named(Messages messages, Language language, String key, String fallback) {
        String text = messages.get(language, key);
        return text.equals(key) ? fallback : text;
    }

    private static String shortHash(String h) {
        return h.isEmpty() ? "—" : h.substring(0, Math.min(12, h.length()));
    }
}
