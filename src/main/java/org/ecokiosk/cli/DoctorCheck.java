package org.ecokiosk.cli;

import java.util.Optional;

/** One line of `eco-kiosk doctor`: what was checked, how it stands, and what to do about it. */
record DoctorCheck(String name, Status status, String detail, Optional<String> fix) {
    enum Status {
        /** as it should be */
        OK,
        /** worth a look, but the kiosk runs */
        WARN,
        /** must be fixed: doctor exits 1 */
        FIX,
        /** not configured here, so not checked */
        SKIP
    }

    static DoctorCheck ok(String name, String detail) {
        return new DoctorCheck(name, Status.OK, detail, Optional.empty());
    }

    static DoctorCheck skip(String name, String detail) {
        return new DoctorCheck(name, Status.SKIP, detail, Optional.empty());
    }

    static DoctorCheck warn(String name, String detail, String fix) {
        return new DoctorCheck(name, Status.WARN, detail, Optional.of(fix));
    }

    static DoctorCheck fix(String name, String detail, String fix) {
        return new DoctorCheck(name, Status.FIX, detail, Optional.of(fix));
    }
}
