package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.pdf.tagging.StandardRoles;

/** Heading levels with their structure roles and sizes. PDF/UA forbids skipping a level. */
public enum HeadingLevel {
    H1(StandardRoles.H1, 18f, 18f, 10f),
    H2(StandardRoles.H2, 14f, 14f, 6f),
    H3(StandardRoles.H3, 12f, 10f, 4f);

    final String role;
    final float fontSize;
    final float spaceBefore;
    final float spaceAfter;

    HeadingLevel(String role, float fontSize, float spaceBefore, float spaceAfter) {
        this.role = role;
        this.fontSize = fontSize;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
    }
}
