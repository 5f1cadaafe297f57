package org.ecokiosk.kiosk.widgets;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * QR codes for a resident's phone: ZXing encodes, the modules are written straight into a
 * JavaFX image (no AWT). Black on white with a four-module quiet zone in every theme, because
 * phone cameras read that best.
 */
public final class QrCode {
    private static final int BLACK = 0xff000000;
    private static final int WHITE = 0xffffffff;

    private QrCode() {
    }

    /** The module matrix of {@code text} (UTF-8, error correction M, quiet zone 4). */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /**
     * An image of {@code text}'s QR code with each module {@code scale} pixels square. Encoding and
     * writing some 90,000 pixels takes milliseconds, so it is made off the FX thread (an image not
     * yet shown may be made on any thread) and refused on it: a tap must not wait for it.
     *
     * @throws IllegalStateException on the FX thread
     */
    public static Image image(String text, int scale) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("QR code images are made off the FX thread (the session's reader thread)");
        }
        BitMatrix m = matrix(text);
        int width = m.getWidth() * scale;
        WritableImage image = new WritableImage(width, m.getHeight() * scale);
        int[] line = new int[width];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                Arrays.fill(line, x * scale, (x + 1) * scale, m.get(x, y) ? BLACK : WHITE);
            }
            for (int dy = 0; dy < scale; dy++) {
                image.getPixelWriter().setPixels(0, y * scale + dy, width, 1, PixelFormat.getIntArgbInstance(), line, 0, width);
            }
        }
        return image;
    }
}
