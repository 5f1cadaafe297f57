package org.ecokiosk.kiosk.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DistrictOutlineTest {

    @Test
    void theBundledOutlineIsShapingbaInItsPlace() {
        DistrictOutline o = DistrictOutline.shapingba();
        assertEquals(1, o.rings().size());
        assertTrue(o.rings().get(0).size() >= 20);
        double[] b = o.bounds();
        // Shapingba lies roughly at 106.2–106.5 °E, 29.45–29.8 °N
        assertTrue(b[0] > 106.2 && b[2] < 106.55 && b[1] > 29.45 && b[3] < 29.8, java.util.Arrays.toString(b));
        assertTrue(DistrictOutline.class.getResource("/map/SOURCE.md") != null, "source and licence travel with it");
    }

    @Test
    void multiPolygonsGiveEachOuterRingAndOtherGeometryIsRefused() throws IOException {
        String multi = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[1,1],[2,1],[2,2],[1,1]]],[[[5,5],[6,5],[6,6],[5,5]]]]}}]}";
        assertEquals(2, DistrictOutline.parse(stream(multi)).rings().size());
        String point = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[1,1]}}]}";
        assertThrows(IOException.class, () -> DistrictOutline.parse(stream(point)));
        assertThrows(IOException.class, () -> DistrictOutline.parse(stream("{\"features\":[]}")));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
