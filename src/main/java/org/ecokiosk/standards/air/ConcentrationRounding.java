package org.ecokiosk.standards.air;

import java.math.BigDecimal;

/** Whether an index standard rounds concentrations before computing the IAQI. */
public enum ConcentrationRounding {
    /** HJ 633-2012: the IAQI is computed from the concentration as given. */
    NONE,
    /** HJ 633-2026: µg/m³ to integers and CO to one decimal by GB/T 8170 ({@link Gbt8170}), then the IAQI. */
    GBT_8170;

    /** The concentration that enters the IAQI formula. */
    public BigDecimal apply(Pollutant pollutant, double value) {
        return this == GBT_8170 ? Gbt8170.concentration(pollutant, value) : BreakpointTable.exact(value);
    }
}
