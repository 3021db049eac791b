package dev.godwit.lockbench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Who made a writer wait ({@code -Dlockbench.trace=true}): samples {@code pg_stat_activity} every few
 * milliseconds and prints each lock wait of a writer longer than {@value #REPORT_MILLIS} ms, with the
 * query and backend type (an autovacuum worker, the migration) of the sessions it waited for.
 * A diagnostic for reading a stall, not part of the results table.
 */
final class LockTrace implements AutoCloseable {
  static final long REPORT_MILLIS = 40;
  private static final String SAMPLE = "select w.pid, (extract(epoch from clock_timestamp() - w.state_change) * 1000)::bigint,"
      + " coalesce(string_agg(b.backend_type || ': ' || left(regexp_replace(b.query, '\\s+', ' ', 'g'), 90)"
      + " || ' [' || coalesce(b.wait_event_type || '/' || b.wait_event, 'running') || ']', ' | '), '?')"
      + " from pg_stat_activity w left join pg_stat_activity b on b.pid = any (pg_blocking_pids(w.pid))"
      + " where w.datname = current_database() and w.wait_event_type = 'Lock' and w.query like 'update bench set amount%'"
      + " group by w.pid, w.state_change";

  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;
  private final long start;
  private final long epoch;
  /** Per waiting writer pid, the longest wait seen in its current wait and what blocked it. */
  private final Map<Integer, Wait> current = new LinkedHashMap<>();
  private final List<Wait> waits = new ArrayList<>();

  record Wait(long atMillis, long millis, String blockers) {}

  LockTrace(String url, long start) {
    this.start = start;
    this.epoch = System.currentTimeMillis() - (System.nanoTime() - start) / 1_000_000;
    thread = new Thread(() -> sample(url), "lock-trace");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample(String url) {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
         Statement statement = connection.createStatement()) {
      while (running.get()) {
        Map<Integer, Wait> seen = new LinkedHashMap<>();
        long now = (System.nanoTime() - start) / 1_000_000;
        try (ResultSet rs = statement.executeQuery(SAMPLE)) {
          while (rs.next()) {
            seen.put(rs.getInt(1), new Wait(now - rs.getLong(2), rs.getLong(2), rs.getString(3)));
          }
        }
        synchronized (this) {
          for (Map.Entry<Integer, Wait> e : current.entrySet()) {
            Wait next = seen.get(e.getKey());
            if (next == null || next.atMillis() > e.getValue().atMillis() + 2) {
              finish(e.getValue());
            }
          }
          current.clear();
          current.putAll(seen);
        }
        Thread.sleep(3);
      }
    } catch (SQLException | InterruptedException e) {
      if (running.get()) {
        System.err.println("lock trace stopped: " + e);
      }
    }
  }

  private void finish(Wait wait) {
    if (wait.millis() >= REPORT_MILLIS) {
      waits.add(wait);
    }
  }

  @Override
  public synchronized void close() throws InterruptedException {
    running.set(false);
    thread.interrupt();
    current.values().forEach(this::finish);
    for (Wait wait : waits) {
      System.out.printf("    writer waited >= %d ms at %d ms (%d) behind: %s%n", wait.millis(), wait.atMillis(),
          (epoch + wait.atMillis()) % 1_000_000, wait.blockers());
    }
  }
}
