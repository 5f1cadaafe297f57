package org.ecokiosk.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {
    @Test
    void mappingsAreNamedByFileWithoutLibraryVersionsAndAnonymousOnesAlike() {
        assertEquals("libLLVM-15.so", ProcessMemory.mappingName(
                "7fee00e00000-7fee0757c000 r-xp 00000000 fe:00 339086                     /usr/lib/x86_64-linux-gnu/libLLVM-15.so.1"));
        assertEquals("libc.so", ProcessMemory.mappingName("7f00-7f10 r--p 00000000 fe:00 1 /usr/lib/x86_64-linux-gnu/libc.so.6"));
        assertEquals("classes.jsa", ProcessMemory.mappingName("7f00-7f10 rw-p 00001000 fe:00 2 /usr/lib/jvm/x/lib/server/classes.jsa"));
        assertEquals("[anon]", ProcessMemory.mappingName("f0000000-f4340000 rw-p 00000000 00:00 0 "));
        assertEquals("[heap]", ProcessMemory.mappingName("55f0f5438000-55f0f5d67000 rw-p 00000000 00:00 0      [heap]"));
        assertEquals("SYSV00000000 (deleted)", ProcessMemory.mappingName("7fed-7fee rw-s 00000000 00:01 393246   /SYSV00000000 (deleted)"));
    }

    @Test
    void onLinuxThisProcessIsMeasuredAndItsMappingsAddUpToItsRss() {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return;
        }
        ProcessMemory m = ProcessMemory.ofThisProcess().orElseThrow();
        assertTrue(m.rssKb() > 0 && m.pssKb() <= m.rssKb() && m.peakRssKb() >= m.anonymousKb(), m.toString());
        Map<String, Long> byMapping = ProcessMemory.residentByMapping(5);
        assertTrue(byMapping.size() <= 6 && byMapping.containsKey("other"), byMapping.toString());
        long sum = byMapping.values().stream().mapToLong(Long::longValue).sum();
        // read a moment apart: the JVM may touch a few more pages in between
        assertTrue(Math.abs(sum - m.rssKb()) < m.rssKb() / 10, sum + " vs " + m.rssKb());
    }

    @Test
    void theJavaHeapLiesBetweenTheLowestStartAndTheHighestReservedEndOfItsParts() {
        String serial = """
                 def new generation   total 22144K, used 3947K [0x00000000f0000000, 0x00000000f1800000, 0x00000000f1800000)
                  eden space 19712K,  20% used [0x00000000f0000000, 0x00000000f03dacc8, 0x00000000f1340000)
                 tenured generation   total 237568K, used 0K [0x00000000f1800000, 0x00000000f8000000, 0x0000000100000000)
                   the space 237568K,   0% used [0x00000000f1800000, 0x00000000f1800000, 0x00000000f1800200, 0x0000000100000000)
                 Metaspace       used 2957K, committed 3136K, reserved 1114112K
                """;
        assertEquals(new JavaHeapRange(0xf0000000L, 0x100000000L), JavaHeapRange.parse(serial).orElseThrow());
        assertEquals(new JavaHeapRange(0xf0000000L, 0x100000000L), JavaHeapRange.parse(
                " garbage-first heap   total 262144K, used 4265K [0x00000000f0000000, 0x0000000100000000)\n").orElseThrow());
        assertTrue(JavaHeapRange.parse(" Metaspace       used 2957K\n").isEmpty());
    }

    @Test
    void theResidentPartOfThisJvmsHeapIsNoMoreThanItsRss() {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return;
        }
        JavaHeapRange heap = JavaHeapRange.ofThisJvm().orElseThrow();
        long resident = ProcessMemory.residentKbWithin(heap);
        assertTrue(resident > 0 && resident < ProcessMemory.ofThisProcess().orElseThrow().rssKb(), Long.toString(resident));
    }

    @Test
    void theJvmsNativeMemorySummaryIsReadByCategory() {
        String summary = """
                Native Memory Tracking:

                Total: reserved=1495641KB, committed=280293KB
                       malloc: 14409KB #243763
                -                 Java Heap (reserved=262144KB, committed=206496KB)
                                            (mmap: reserved=262144KB, committed=206496KB)
                -                     Class (reserved=1049388KB, committed=5932KB)
                                            (classes #8229)
                """;
        assertEquals(Map.of("Total", 280293L, "Java Heap", 206496L, "Class", 5932L), NativeMemorySummary.parse(summary));
    }
}
