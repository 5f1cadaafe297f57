package org.ecokiosk.report.pdf;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.PdfCanvasConstants;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.PathIterator;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Graphics2D} that paints straight onto an iText canvas (a form XObject), so a
 * JFreeChart lands in the PDF as vectors without the SVG round trip.
 *
 * <p>Why not SVG: drawing to JFreeSVG, printing every coordinate as decimal text and parsing
 * it back with iText's SVG importer (CSS, path grammar) cost more than half of a bulletin's
 * build time. iText 9 ships no Graphics2D of its own, so this adapter covers what the chart
 * factory draws: filled and stroked shapes, text as glyph outlines (same reason as before:
 * the drawing needs no font set of its own and the figure's meaning travels in its alt text
 * and data table), solid colours with alpha, clipping and images.
 *
 * <p>Every primitive is emitted with its full state in its own {@code q … Q} group: Java's
 * graphics state (per {@link #create()} copy) does not nest like PDF's, and the output stays
 * deterministic because nothing depends on the order of state changes.
 */
final class PdfCanvasGraphics extends Graphics2D {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Graphics2D METRICS = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

    static {
        METRICS.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        METRICS.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    private final PdfCanvas canvas;
    private final double height;
    private final Map<Integer, PdfExtGState> alphaStates;
    private final RenderingHints hints;
    private final GlyphForms glyphs;
    private AffineTransform transform = new AffineTransform();
    private Paint paint = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke(1f);
    private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private Composite composite = AlphaComposite.SrcOver;
    /** Clip in device space (before the PDF's y flip); empty means no clip. */
    private Shape clip;

    /** The glyph forms of one document, for every chart drawn into it. */
    static GlyphForms glyphForms(com.itextpdf.kernel.pdf.PdfDocument pdf) {
        return new GlyphForms(pdf, FRC);
    }

    /**
     * @param height the drawing's height in points (Java's y runs down, the PDF's up)
     * @param glyphs the document's glyph forms, shared by all its charts
     */
    PdfCanvasGraphics(PdfCanvas canvas, double height, GlyphForms glyphs) {
        this(canvas, height, new HashMap<>(), new RenderingHints(null), glyphs);
    }

    private PdfCanvasGraphics(PdfCanvas canvas, double height, Map<Integer, PdfExtGState> alphaStates,
                              RenderingHints hints, GlyphForms glyphs) {
        this.canvas = canvas;
        this.height = height;
        this.alphaStates = alphaStates;
        this.hints = hints;
        this.glyphs = glyphs;
    }

    // ---- painting ---------------------------------------------------------------------------

    @Override
    public void fill(Shape s) {
        paintShape(transform.createTransformedShape(s));
    }

    @Override
    public void draw(Shape s) {
        if (stroke instanceof BasicStroke basic && isUniform(transform)) {
            strokeNatively(transform.createTransformedShape(s), basic);
        } else {
            paintShape(transform.createTransformedShape(stroke.createStrokedShape(s)));
        }
    }

    private void strokeNatively(Shape deviceShape, BasicStroke basic) {
        Color colour = solid(paint);
        if (colour.getAlpha() == 0) {
            return;
        }
        double scale = Math.sqrt(Math.abs(transform.getDeterminant()));
        canvas.saveState();
        applyClip();
        applyAlpha(colour, false);
        canvas.setStrokeColor(rgb(colour));
        canvas.setLineWidth((float) (basic.getLineWidth() * scale));
        canvas.setLineCapStyle(switch (basic.getEndCap()) {
            case BasicStroke.CAP_ROUND -> PdfCanvasConstants.LineCapStyle.ROUND;
            case BasicStroke.CAP_SQUARE -> PdfCanvasConstants.LineCapStyle.PROJECTING_SQUARE;
            default -> PdfCanvasConstants.LineCapStyle.BUTT;
        });
        canvas.setLineJoinStyle(switch (basic.getLineJoin()) {
            case BasicStroke.JOIN_ROUND -> PdfCanvasConstants.LineJoinStyle.ROUND;
            case BasicStroke.JOIN_BEVEL -> PdfCanvasConstants.LineJoinStyle.BEVEL;
            default -> PdfCanvasConstants.LineJoinStyle.MITER;
        });
        canvas.setMiterLimit(Math.max(1f, basic.getMiterLimit()));
        float[] dash = basic.getDashArray();
        if (dash != null && dash.length > 0) {
            float[] scaled = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                scaled[i] = (float) (dash[i] * scale);
            }
            canvas.setLineDash(scaled, (float) (basic.getDashPhase() * scale));
        }
        if (path(deviceShape)) {
            canvas.stroke();
        } else {
            canvas.endPath();
        }
        canvas.restoreState();
    }

    private void paintShape(Shape deviceShape) {
        Color colour = solid(paint);
        if (colour.getAlpha() == 0) {
            return;
        }
        canvas.saveState();
        applyClip();
        applyAlpha(colour, true);
        canvas.setFillColor(rgb(colour));
        if (path(deviceShape)) {
            if (deviceShape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                canvas.eoFill();
            } else {
                canvas.fill();
            }
        } else {
            canvas.endPath();
        }
        canvas.restoreState();
    }

    private void applyClip() {
        if (clip != null) {
            path(clip);
            if (clip.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                canvas.eoClip();
            } else {
                canvas.clip();
            }
            canvas.endPath();
        }
    }

    private void applyAlpha(Color colour, boolean fill) {
        float alpha = colour.getAlpha() / 255f;
        if (composite instanceof AlphaComposite ac) {
            alpha *= ac.getAlpha();
        }
        int key = Math.round(alpha * 1000) * 2 + (fill ? 1 : 0);
        if (key / 2 >= 1000) {
            return;
        }
        PdfExtGState state = alphaStates.computeIfAbsent(key, k -> {
            PdfExtGState s = new PdfExtGState();
            float a = (k / 2) / 1000f;
            return fill ? s.setFillOpacity(a) : s.setStrokeOpacity(a);
        });
        canvas.setExtGState(state);
    }

    /** Appends the shape's outline to the current path, flipping y; false when it is empty. */
    private boolean path(Shape deviceShape) {
        double[] c = new double[6];
        boolean any = false;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = deviceShape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    canvas.moveTo(c[0], height - c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    canvas.lineTo(c[0], height - c[1]);
                    lastX = c[0];
                    lastY = c[1];
                    any = true;
                }
                case PathIterator.SEG_QUADTO -> {
                    // a quadratic Bézier is the cubic with control points 2/3 of the way to its one
                    double c1x = lastX + 2.0 / 3 * (c[0] - lastX);
                    double c1y = lastY + 2.0 / 3 * (c[1] - lastY);
                    double c2x = c[2] + 2.0 / 3 * (c[0] - c[2]);
                    double c2y = c[3] + 2.0 / 3 * (c[1] - c[3]);
                    canvas.curveTo(c1x, height - c1y, c2x, height - c2y, c[2], height - c[3]);
                    lastX = c[2];
                    lastY = c[3];
                    any = true;
                }
                case PathIterator.SEG_CUBICTO -> {
                    canvas.curveTo(c[0], height - c[1], c[2], height - c[3], c[4], height - c[5]);
                    lastX = c[4];
                    lastY = c[5];
                    any = true;
                }
                case PathIterator.SEG_CLOSE -> canvas.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        return any;
    }

    private static boolean isUniform(AffineTransform t) {
        return Math.abs(t.getScaleX() - t.getScaleY()) < 1e-9 && Math.abs(t.getShearX()) < 1e-9
                && Math.abs(t.getShearY()) < 1e-9;
    }

    /** The chart theme paints flat colours; a gradient (never used by our theme) falls back to its first colour. */
    private static Color solid(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        if (p instanceof GradientPaint g) {
            return g.getColor1();
        }
        return Color.BLACK;
    }

    private static DeviceRgb rgb(Color c) {
        return new DeviceRgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    // ---- text -------------------------------------------------------------------------------

    @Override
    public void drawString(String str, float x, float y) {
        if (str == null || str.isEmpty()) {
            return;
        }
        drawGlyphVector(font.createGlyphVector(FRC, str), x, y);
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        fill(new TextLayout(iterator, FRC).getOutline(AffineTransform.getTranslateInstance(x, y)));
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        if (!simplyPlaced(g)) {
            fill(g.getOutline(x, y));
            return;
        }
        Color colour = solid(paint);
        if (colour.getAlpha() == 0 || g.getNumGlyphs() == 0) {
            return;
        }
        canvas.saveState();
        applyClip();
        applyAlpha(colour, true);
        canvas.setFillColor(rgb(colour));
        // glyph space (y up) → user space at the glyph's position → device (this transform) → page (y flipped)
        double a = transform.getScaleX();
        double b = transform.getShearY();
        double c = transform.getShearX();
        double d = transform.getScaleY();
        for (int i = 0; i < g.getNumGlyphs(); i++) {
            java.util.Optional<com.itextpdf.kernel.pdf.xobject.PdfFormXObject> form = glyphs.form(g.getFont(),
                    g.getGlyphCode(i));
            if (form.isEmpty()) {
                continue;
            }
            java.awt.geom.Point2D at = g.getGlyphPosition(i);
            double px = x + at.getX();
            double py = y + at.getY();
            canvas.addXObjectWithTransformationMatrix(form.get(), (float) a, (float) -b, (float) -c, (float) d,
                    (float) (a * px + c * py + transform.getTranslateX()),
                    (float) (height - (b * px + d * py + transform.getTranslateY())));
        }
        canvas.restoreState();
    }

    /** Glyphs at plain positions of an untransformed font: what a cached glyph form can reproduce. */
    private static boolean simplyPlaced(GlyphVector g) {
        if (g.getFont().isTransformed()) {
            return false;
        }
        for (int i = 0; i < g.getNumGlyphs(); i++) {
            if (g.getGlyphTransform(i) != null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return FRC;
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return METRICS.getFontMetrics(f);
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font font) {
        if (font != null) {
            this.font = font;
        }
    }

    // ---- images -----------------------------------------------------------------------------

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        int w = img.getWidth(obs);
        int h = img.getHeight(obs);
        if (w <= 0 || h <= 0) {
            return false;
        }
        BufferedImage buffered = toBuffered(img, w, h);
        AffineTransform t = new AffineTransform(transform);
        if (xform != null) {
            t.concatenate(xform);
        }
        // image space: unit square, y up; device: Java's y down, then the page flip
        AffineTransform m = new AffineTransform(1, 0, 0, -1, 0, height);
        m.concatenate(t);
        m.concatenate(new AffineTransform(w, 0, 0, -h, 0, h));
        canvas.saveState();
        applyClip();
        try {
            canvas.addImageWithTransformationMatrix(ImageDataFactory.create(buffered, null), (float) m.getScaleX(),
                    (float) m.getShearY(), (float) m.getShearX(), (float) m.getScaleY(), (float) m.getTranslateX(),
                    (float) m.getTranslateY());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        canvas.restoreState();
        return true;
    }

    private static BufferedImage toBuffered(Image img, int w, int h) {
        if (img instanceof BufferedImage b) {
            return b;
        }
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = b.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return b;
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        if (img instanceof BufferedImage b) {
            drawImage(b, xform, null);
        }
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        drawRenderedImage(img.createDefaultRendering(), xform);
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        BufferedImage filtered = op == null ? img : op.filter(img, null);
        drawImage(filtered, AffineTransform.getTranslateInstance(x, y), null);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return drawImage(img, AffineTransform.getTranslateInstance(x, y), observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        int w = img.getWidth(observer);
        int h = img.getHeight(observer);
        if (w <= 0 || h <= 0) {
            return false;
        }
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        t.scale((double) width / w, (double) height / h);
        return drawImage(img, t, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        return drawImage(img, x, y, observer);
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        return drawImage(img, x, y, width, height, observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             ImageObserver observer) {
        int w = Math.abs(sx2 - sx1);
        int h = Math.abs(sy2 - sy1);
        if (w == 0 || h == 0) {
            return false;
        }
        BufferedImage part = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = part.createGraphics();
        g.drawImage(img, 0, 0, w, h, sx1, sy1, sx2, sy2, null);
        g.dispose();
        return drawImage(part, Math.min(dx1, dx2), Math.min(dy1, dy2), Math.abs(dx2 - dx1), Math.abs(dy2 - dy1),
                observer);
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             Color bgcolor, ImageObserver observer) {
        return drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
    }

    // ---- shapes in Graphics' integer vocabulary --------------------------------------------

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        Paint saved = paint;
        paint = background;
        fillRect(x, y, width, height);
        paint = saved;
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        if (nPoints < 2) {
            return;
        }
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(xPoints[0], yPoints[0]);
        for (int i = 1; i < nPoints; i++) {
            p.lineTo(xPoints[i], yPoints[i]);
        }
        draw(p);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        draw(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // a vector page has no pixels to copy; JFreeChart never asks for it
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape device = transform.createTransformedShape(onStroke ? stroke.createStrokedShape(s) : s);
        return device.intersects(rect);
    }

    // ---- state ------------------------------------------------------------------------------

    @Override
    public Graphics create() {
        PdfCanvasGraphics copy = new PdfCanvasGraphics(canvas, height, alphaStates, hints, glyphs);
        copy.transform = new AffineTransform(transform);
        copy.paint = paint;
        copy.background = background;
        copy.stroke = stroke;
        copy.font = font;
        copy.composite = composite;
        copy.clip = clip;
        copy.hints.putAll(hints);
        return copy;
    }

    @Override
    public void dispose() {
        // nothing held: the canvas belongs to the caller
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return METRICS.getDeviceConfiguration();
    }

    @Override
    public void setComposite(Composite comp) {
        composite = comp;
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint != null) {
            this.paint = paint;
        }
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public Color getColor() {
        return solid(paint);
    }

    @Override
    public void setColor(Color c) {
        if (c != null) {
            paint = c;
        }
    }

    @Override
    public void setPaintMode() {
        composite = AlphaComposite.SrcOver;
    }

    @Override
    public void setXORMode(Color c1) {
        // XOR has no PDF equivalent; charts never use it
    }

    @Override
    public void setStroke(Stroke s) {
        if (s != null) {
            stroke = s;
        }
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setBackground(Color color) {
        background = color;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        hints.put(hintKey, hintValue);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) {
        return hints.get(hintKey);
    }

    @Override
    public void setRenderingHints(Map<?, ?> newHints) {
        hints.clear();
        hints.putAll(newHints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> newHints) {
        hints.putAll(newHints);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    @Override
    public void clip(Shape s) {
        if (s == null) {
            return;
        }
        Shape device = transform.createTransformedShape(s);
        if (clip == null) {
            clip = device;
        } else {
            Area a = new Area(clip);
            a.intersect(new Area(device));
            clip = a;
        }
    }

    @Override
    public void setClip(Shape s) {
        clip = s == null ? null : transform.createTransformedShape(s);
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        setClip(new Rectangle(x, y, width, height));
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        clip(new Rectangle(x, y, width, height));
    }

    @Override
    public Shape getClip() {
        if (clip == null) {
            return null;
        }
        try {
            return transform.createInverse().createTransformedShape(clip);
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape c = getClip();
        return c == null ? null : c.getBounds();
    }
}
