package org.ecokiosk.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Every collection the kiosk ran by itself while the benchmark listened (the benchmark's own
 * System.gc() left out), with its start and end in milliseconds of JVM uptime, so a tap can be
 * told whether a pause fell inside it: a young pause of ~10 ms inside a 40 ms tap is what lifts
 * a p95, not the screen's own work.
 */
final class CollectionLog implements NotificationListener {
    /** One pause: which collector, from and to (JVM uptime, ms). */
    record Pause(String collector, long startMs, long endMs) {
        long ms() {
            return endMs - startMs;
        }
    }

    private final List<Pause> pauses = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    /** Starts listening to every collector of this JVM. */
    static CollectionLog listening() {
        CollectionLog log = new CollectionLog();
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(log, null, null);
                log.emitters.add(emitter);
            }
        }
        return log;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if ("System.gc()".equals(info.getGcCause())) {
            return;
        }
        synchronized (pauses) {
            pauses.add(new Pause(info.getGcName(), info.getGcInfo().getStartTime(), info.getGcInfo().getEndTime()));
        }
    }

    /** The pauses that overlap [{@code fromMs}, {@code toMs}] (JVM uptime). */
    List<Pause> within(long fromMs, long toMs) {
        synchronized (pauses) {
            return pauses.stream().filter(p -> p.endMs() >= fromMs && p.startMs() <= toMs).toList();
        }
    }

    List<Pause> all() {
        synchronized (pauses) {
            return List.copyOf(pauses);
        }
    }

    void stop() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException e) {
                // never added: nothing to remove
            }
        }
    }
}
