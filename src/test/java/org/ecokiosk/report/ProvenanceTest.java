package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ecokiosk.model.DataOrigin;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
    @Test
    void originsAreListedOneALineInTheirFixedOrder() {
        Provenance p = Provenance.of(List.of(), List.of(DataOrigin.SAMPLE, DataOrigin.PUBLISHED, DataOrigin.PLAN), "");
        assertEquals("规划\n公开发布\n示例数据", p.originLabel(),
                "the appendix's 数值来源 cell, one origin a line");
    }

    @Test
    void noOriginReadsAsNoValue() {
        assertEquals(Texts.NO_VALUE, Provenance.of(List.of(), List.of(), "").originLabel());
    }
}
