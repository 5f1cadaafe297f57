package org.ecokiosk.kiosk.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A staff photo is decoded at most at the slot's largest drawn size, keeping its shape; a small one as it is. */
@ExtendWith(ApplicationExtension.class)
class FacilityPhotoSizeTest {
    @Test
    void aCameraPhotoIsDecodedDownToTheSlotKeepingItsShape() throws Exception {
        Image image = FacilityPhotos.forDisplay(png(4000, 3000, "png"));
        assertFalse(image.isError());
        assertEquals(1000, image.getWidth(), 0.5, "3:4 fits 1200 × 750 by its height");
        assertEquals(750, image.getHeight(), 0.5);
        Image wide = FacilityPhotos.forDisplay(png(6000, 2000, "jpg"));
        assertEquals(1200, wide.getWidth(), 0.5);
        assertEquals(400, wide.getHeight(), 0.5);
    }

    @Test
    void aSmallPhotoKeepsItsSize() throws Exception {
        Image image = FacilityPhotos.forDisplay(png(320, 200, "png"));
        assertEquals(320, image.getWidth(), 0.5, "never enlarged");
        assertEquals(200, image.getHeight(), 0.5);
    }

    private static byte[] png(int width, int height, String format) throws Exception {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, format, out);
        return out.toByteArray();
    }
}
