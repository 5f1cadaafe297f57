package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.model.WaterSample;
import org.ecokiosk.testing.Fixtures;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of docs/STAFF-GUIDE.md, and one good file of every kind. */
class StaffWorkflowTest {
    @TempDir
    Path dir;

    private StaffCli.Run run(Object... args) {
        Object[] all = new Object[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--audit-log";
        all[args.length + 1] = dir.resolve("audit.jsonl");
        all[args.length + 2] = "--by";
        all[args.length + 3] = "xiao.wang";
        // the test configuration: a new snapshot is built from the test content, not the checkout's editable one
        all[args.length + 4] = "--config";
        all[args.length + 5] = Fixtures.kioskConfig(dir.resolve("config"));
        return StaffCli.run(all);
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void everyKindImportsAGoodFile() throws Exception {
        Path s = dir.resolve("candidate.sqlite");
        Path sections = file("sections.csv", "code,name_zh,name_en,river_zh,river_en,body,target_class,drinking_source,"
                + "note_zh,note_en\nws-test-lake,测试湖,Test lake,测试湖,Test lake,lake,III,false,,\n");
        Path gbk = dir.resolve("water-gbk.csv");
        Files.writeString(gbk, "断面,日期,溶解氧,高锰酸盐指数,氨氮,总磷(mg/L),水质类别\r\n"
                + "ws-jialing,2026/5/10,８.１,2.5,0.3,0.08,Ⅱ类\r\n测试湖,2026-05-10,7.0,3.0,0.4,0.08,IV\r\n",
                Charset.forName("GBK"));
        List<Object[]> imports = List.of(
                new Object[] {"water", sections, gbk},
                new Object[] {"noise", file("noise.csv", "kind,zone,site,year,period,leq(dB(A))\n"
                        + "regional,,district,2025,day,54.2\nzone,4a,zone-4a-avg,2025,night,52.0\n")},
                new Object[] {"green", file("green.csv", "code,name_zh,name_en,year,value,unit\n"
                        + "forest-cover,森林覆盖率,Forest cover,2025,33.1,%\n")},
                new Object[] {"values", file("values.csv", "indicator_code,year,value,origin,note_zh,note_en\n"
                        + "zl2-09,2025,\"３１\",import,,\nzl1-03,2020,32.6,plan,,\n")},
                new Object[] {"towns", file("towns.csv", String.join(",", org.ecokiosk.ingest.content.TownCsv.COLUMNS)
                        + "\ntown-test,测试镇,Test Town,2026,building,,,false\n")},
                new Object[] {"open-days", file("open_days.csv", "facility_code,date,start,end,quota,note_zh,note_en,"
                        + "sample\nfac-jingkou-wwtp,2027-08-21,09:30,11:30,\"1,000\",,,false\n")},
                new Object[] {"news", file("2027-08-open-day.md", "---\ntitle_zh: 八月开放日\ntitle_en: August open day\n"
                        + "publish_from: 2027-08-01\nsample: false\n---\n欢迎预约。\n\n<!-- en -->\nWelcome.\n")});
        for (Object[] args : imports) {
            Object[] cmd = new Object[args.length + 3];
            cmd[0] = "import";
            cmd[1] = args[0];
            cmd[2] = "--snapshot";
            cmd[3] = s;
            System.arraycopy(args, 1, cmd, 4, args.length - 1);
            StaffCli.Run r = run(cmd);
            assertEquals(0, r.exitCode(), args[0] + ": " + r.all());
        }
        try (SnapshotReader reader = SnapshotReader.open(s)) {
            List<WaterSample> samples = reader.waterSamples();
            assertTrue(samples.stream().anyMatch(w -> w.section().equals("ws-test-lake")
                    && w.reportedClass().orElse("").equals("IV")), samples.toString());
            assertTrue(reader.openDays().stream().anyMatch(o -> o.quota() == 1000));
        }
        StaffCli.Run audit = run("audit", "--last", "3");
        assertTrue(audit.out().contains("xiao.wang") && audit.out().contains("kind=news"), audit.out());
    }

    @Test
    void workedExampleImportPublishRollback() throws Exception {
        Path store = dir.resolve("store");
        Path s = dir.resolve("candidate.sqlite");
        Path openDays = file("open_days.csv", "facility_code,date,start,end,quota,note_zh,note_en,sample\n"
                + "fac-jingkou-wwtp,2027-08-21,09:30,11:30,30,八月开放日,August open day,false\n");
        assertEquals(0, run("import", "open-days", "--snapshot", s, openDays).exitCode());
        StaffCli.Run first = run("publish", s, "--store", store);
        assertEquals(0, first.exitCode(), first.all());
        assertTrue(first.out().contains("previous  (none)"), first.out());
        Path current = new SnapshotStore(store).current().orElseThrow();

        Files.writeString(openDays, Files.readString(openDays).replace("30,八月", "40,八月"));
        assertEquals(0, run("import", "open-days", "--snapshot", s, openDays).exitCode());
        StaffCli.Run second = run("publish", s, "--store", store);
        assertTrue(second.out().contains("previous  " + current.getFileName()), second.out());
        assertFalse(new SnapshotStore(store).current().orElseThrow().equals(current));

        StaffCli.Run back = run("rollback", "--store", store);
        assertEquals(0, back.exitCode(), back.all());
        assertEquals(current, new SnapshotStore(store).current().orElseThrow());
        assertTrue(back.out().contains("to    " + current.getFileName()), back.out());

        StaffCli.Run log = run("audit", "--last", "10");
        assertEquals(5, log.out().lines().filter(l -> l.contains("xiao.wang")).count(), log.out());
    }

    @Test
    void publishRefusesATamperedSnapshot() throws Exception {
        Path s = dir.resolve("candidate.sqlite");
        assertEquals(0, run("import", "towns", "--snapshot", s, file("towns.csv",
                String.join(",", org.ecokiosk.ingest.content.TownCsv.COLUMNS) + "\ntown-x,某镇,X,,planned,,,false\n"))
                .exitCode());
        byte[] bytes = Files.readAllBytes(s);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(s, bytes);
        StaffCli.Run r = run("publish", s, "--store", dir.resolve("store"));
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(new SnapshotStore(dir.resolve("store")).current().isEmpty());
    }
}
