package org.ecokiosk.kiosk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;
import org.ecokiosk.model.Language;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws Exception {
        TreeSet<String> zh = new TreeSet<>(load("messages_zh.properties").stringPropertyNames());
        TreeSet<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        TreeSet<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        TreeSet<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertTrue(onlyZh.isEmpty() && onlyEn.isEmpty(), "only zh: " + onlyZh + ", only en: " + onlyEn);
        assertTrue(new Messages().bundlesHaveSameKeys());
    }

    @Test
    void chineseIsReadAsUtf8AndArgumentsAreFilledIn() {
        Messages m = new Messages();
        assertEquals("首页", m.get(Language.ZH, "bar.home"));
        assertEquals("Data as of 1 Jan 2026", m.get(Language.EN, "bar.asOf", "1 Jan 2026"));
        assertEquals("no.such.key", m.get("no.such.key"));
    }
}
