package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;

/** A4 portrait with room above the body for the banner and below it for the page number. */
record PageGeometry(PageSize pageSize, float top, float right, float bottom, float left) {

    static PageGeometry a4() {
        return new PageGeometry(PageSize.A4, 72f, 62f, 64f, 62f);
    }

    float contentWidth() {
        return pageSize.getWidth() - left - right;
    }

    /** The banner band: full content width, centred in the top margin. */
    Rectangle bannerBox(Rectangle page) {
        float y = page.getTop() - top + (top - PageDecorations.BANNER_HEIGHT) / 2f;
        return new Rectangle(page.getLeft() + left, y, page.getWidth() - left - right, PageDecorations.BANNER_HEIGHT);
    }

    float footerBaseline(Rectangle page) {
        return page.getBottom() + bottom / 2f - 4f;
    }
}
