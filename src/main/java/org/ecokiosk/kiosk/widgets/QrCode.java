package org.ecokiosk.kiosk.widgets;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * QR codes for a resident's phone: ZXing encodes, the modules are written straight into a
 * JavaFX image (no AWT). Black on white with a four-module quiet zone in every theme, because
 * phone cameras read that best.
 */
public final class QrCode {
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

    /** An image of {@code text}'s QR code with each module {@code scale} pixels square. */
    public static Image image(String text, int scale) {
        BitMatrix m = matrix(text);
        WritableImage image = new WritableImage(m.getWidth() * scale, m.getHeight() * scale);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                Color c = m.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        w.setColor(x * scale + dx, y * scale + dy, c);
                    }
                }
            }
        }
        return image;
    }
}
