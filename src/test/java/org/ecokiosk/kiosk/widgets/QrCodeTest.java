package org.ecokiosk.kiosk.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.common.BitMatrix;
import java.util.concurrent.ExecutionException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A QR code's image is its matrix, each module scale pixels square; it is made off the FX thread only. */
class QrCodeTest {
    private static final String URL = "https://www.cqspb.gov.cn/booking/fac-jingkou-wwtp";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyModuleIsScalePixelsSquareBlackOnWhite() {
        BitMatrix m = QrCode.matrix(URL);
        Image image = QrCode.image(URL, 3);
        assertEquals(m.getWidth() * 3, image.getWidth());
        assertEquals(m.getHeight() * 3, image.getHeight());
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                int expected = m.get(x, y) ? 0xff000000 : 0xffffffff;
                for (int d = 0; d < 3; d++) {
                    assertEquals(expected, pixels.getArgb(x * 3 + d, y * 3 + d), "module " + x + "," + y);
                    assertEquals(expected, pixels.getArgb(x * 3 + 2 - d, y * 3 + d), "module " + x + "," + y);
                }
            }
        }
    }

    @Test
    void theFxThreadIsRefusedATapMustNotWaitForIt() {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> WaitForAsyncUtils.asyncFx(() -> QrCode.image(URL, 7)).get());
        assertEquals(IllegalStateException.class, refused.getCause().getClass());
    }
}
