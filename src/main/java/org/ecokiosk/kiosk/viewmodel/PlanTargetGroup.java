package org.ecokiosk.kiosk.viewmodel;

import java.util.List;
import org.ecokiosk.model.LocalizedText;

/** A category of the plan (生态保护修复, 碳减排 ...) with its indicators in the plan's order. */
public record PlanTargetGroup(LocalizedText name, List<PlanTargetRow> rows) {
    public PlanTargetGroup {
        rows = List.copyOf(rows);
    }
}
