package org.ecokiosk.kiosk.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ecokiosk.model.LocalizedText;
import org.junit.jupiter.api.Test;

class StaffNotesTest {
    @Test
    void notesForStaffAreLeftOutOfWhatResidentsRead() {
        LocalizedText text = LocalizedText.of(
                "规划安排扩建。规划未写明该设施是否参加开放活动;地址、电话、链接均为示例占位,须经区生态环境局核实后替换。",
                "The plan schedules an expansion. The plan does not say whether this facility takes part in the open-day "
                        + "programme; address, phone and links are SAMPLE placeholders to be confirmed with the district "
                        + "Ecology and Environment Bureau.");
        LocalizedText shown = StaffNotes.withoutStaffNotes(text);
        assertEquals("规划安排扩建。规划未写明该设施是否参加开放活动。", shown.zh());
        assertEquals("The plan schedules an expansion. The plan does not say whether this facility takes part in the "
                + "open-day programme.", shown.en());
    }

    @Test
    void aKeptClauseBeforeAnotherKeptClauseStaysInItsSentence() {
        LocalizedText text = LocalizedText.of(
                "“十三五”期间建成，集监测、预警、分析于一体。规划未写明该设施是否参加开放活动；地址、电话、链接均为示例占位，须经区生态环境局核实后替换。",
                "Built during the 13th Five-Year Plan; combines monitoring, early warning and analysis. The plan does "
                        + "not say whether this facility takes part in the open-day programme; address, phone and links "
                        + "are SAMPLE placeholders to be confirmed with the district Ecology and Environment Bureau.");
        LocalizedText shown = StaffNotes.withoutStaffNotes(text);
        assertEquals("“十三五”期间建成，集监测、预警、分析于一体。规划未写明该设施是否参加开放活动。", shown.zh());
        assertEquals("Built during the 13th Five-Year Plan; combines monitoring, early warning and analysis. The plan "
                + "does not say whether this facility takes part in the open-day programme.", shown.en());
    }

    @Test
    void aNoteBetweenTwoKeptClausesLeavesOneSentence() {
        LocalizedText text = LocalizedText.of("开放日免费；链接为示例占位；需提前预约。",
                "Open days are free; the link is a placeholder; book ahead!");
        LocalizedText shown = StaffNotes.withoutStaffNotes(text);
        assertEquals("开放日免费；需提前预约。", shown.zh());
        assertEquals("Open days are free; book ahead!", shown.en());
    }

    @Test
    void textWithoutNotesIsUnchanged() {
        LocalizedText text = LocalizedText.of("每月第二个周六开放。", "Open on the second Saturday of each month.");
        assertEquals(text, StaffNotes.withoutStaffNotes(text));
    }

    @Test
    void placeholderHostsAreNotLinksToScan() {
        assertTrue(FacilitiesViewModel.FacilityRow.isPlaceholderLink("https://example.invalid/booking/x"));
        assertTrue(FacilitiesViewModel.FacilityRow.isPlaceholderLink("https://www.example.com/tour"));
        assertFalse(FacilitiesViewModel.FacilityRow.isPlaceholderLink("https://sthj.cqspb.gov.cn/booking"));
    }
}
