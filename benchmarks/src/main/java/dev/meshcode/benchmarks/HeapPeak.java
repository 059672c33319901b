package dev.meshcode.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak heap use of one piece of work.
 *
 * <p>Method: a full GC first, so the baseline holds only live data; then, while the work runs,
 * every garbage collection reports (through the JDK's GC notifications) how much heap was in use
 * just before it ran. Heap use only grows between collections, so the largest of those figures, and
 * the use at the end, is the peak. As a cross-check, the sum of the heap pools' own peak counters
 * (reset at the start) is an upper bound: pools can peak at different moments.
 */
final class HeapPeak implements AutoCloseable {

  /** The figures of one measurement, in bytes. */
  record Figures(long baseline, long peak, long poolPeakSum) {}

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final AtomicLong peakBeforeGc = new AtomicLong();
  private final NotificationListener listener = this::onNotification;
  private final List<NotificationEmitter> emitters;
  private long baseline;

  HeapPeak() {
    emitters =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(NotificationEmitter.class::isInstance)
            .map(NotificationEmitter.class::cast)
            .toList();
  }

  /** Collects garbage, resets the counters and starts listening. */
  void start() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    baseline = heapUsed();
    peakBeforeGc.set(baseline);
    emitters.forEach(e -> e.addNotificationListener(listener, null, null));
  }

  /** Stops listening and returns the figures since {@link #start}. */
  Figures stop() {
    long atEnd = heapUsed();
    pause();
    close();
    long poolPeaks =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    return new Figures(baseline, Math.max(atEnd, peakBeforeGc.get()), poolPeaks);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // not listening (already stopped): nothing to remove
      }
    }
  }

  private void onNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long before = heapOnly(info.getGcInfo().getMemoryUsageBeforeGc());
    peakBeforeGc.accumulateAndGet(before, Math::max);
  }

  private long heapOnly(Map<String, MemoryUsage> byPool) {
    return byPool.entrySet().stream()
        .filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed())
        .sum();
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** GC notifications arrive on another thread; give the last one time to land. */
  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static List<GarbageCollectorMXBean> collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans();
  }
}
