package org.ecokiosk.report.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import java.util.Optional;
import java.util.function.Function;

/**
 * A renderer's last layout, handed back when the same renderer is asked to lay out again in the
 * very same area with nothing changed in between.
 *
 * <p>iText lays out the element after a heading kept with its next twice: once to learn whether
 * the two fit together (the result is thrown away), then again, in the same area, to place it.
 * For a table or a chart that second pass was a tenth of a bulletin's build. Any property set on
 * the renderer in between (iText forces placement that way) forgets the layout, and so does
 * anything but a plain area: floats, margins to collapse.
 */
final class RepeatedLayout {
    private int page;
    private float x;
    private float y;
    private float width;
    private float height;
    private boolean clipped;
    private Optional<LayoutResult> last = Optional.empty();

    /**
     * The last layout when {@code context} asks for exactly the area it was made for, else a
     * {@code fresh} one, remembered.
     */
    LayoutResult layout(LayoutContext context, Function<LayoutContext, LayoutResult> fresh) {
        Optional<LayoutResult> again = repeat(context);
        return again.isPresent() ? again.get() : remember(context, fresh.apply(context));
    }

    /**
     * Forgets {@code repeated}'s layout, if there is one yet: iText's renderer constructors set
     * properties before the subclass's fields are assigned.
     */
    static void forget(RepeatedLayout repeated) {
        if (repeated != null) {
            repeated.forget();
        }
    }

    /** The last result when {@code context} asks for exactly the area it was made for. */
    private Optional<LayoutResult> repeat(LayoutContext context) {
        if (last.isEmpty() || !plain(context) || context.getArea().getPageNumber() != page
                || context.isClippedHeight() != clipped) {
            return Optional.empty();
        }
        Rectangle box = context.getArea().getBBox();
        boolean same = box.getX() == x && box.getY() == y && box.getWidth() == width && box.getHeight() == height;
        return same ? last : Optional.empty();
    }

    /** Remembers {@code result} as the layout in {@code context}'s area; returns it. */
    private LayoutResult remember(LayoutContext context, LayoutResult result) {
        if (!plain(context)) {
            forget();
            return result;
        }
        Rectangle box = context.getArea().getBBox();
        page = context.getArea().getPageNumber();
        x = box.getX();
        y = box.getY();
        width = box.getWidth();
        height = box.getHeight();
        clipped = context.isClippedHeight();
        last = Optional.of(result);
        return result;
    }

    void forget() {
        last = Optional.empty();
    }

    private static boolean plain(LayoutContext context) {
        return context.getMarginsCollapseInfo() == null
                && (context.getFloatRendererAreas() == null || context.getFloatRendererAreas().isEmpty());
    }
}
