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
 * milliseconds and prints each update of a writer that ran longer than {@value #REPORT_MILLIS} ms in the
 * server: for a lock wait, the query and backend type (an autovacuum worker, the migration) of the
 * sessions it waited for; otherwise its wait event (an LWLock, I/O) or none (on a CPU, or waiting for one).
 * A diagnostic for reading a stall, not part of the results table.
 */
final class LockTrace implements AutoCloseable {
  static final long REPORT_MILLIS = 40;
  /** Each writer whose update runs: how long so far, and what it waits for now (a lock: whom; otherwise the wait event). */
  private static final String SAMPLE = "select w.pid, (extract(epoch from clock_timestamp() - w.query_start) * 1000)::bigint,"
      + " case when w.wait_event_type = 'Lock' then coalesce(string_agg(b.backend_type || ': '"
      + " || left(regexp_replace(b.query, '\\s+', ' ', 'g'), 90)"
      + " || ' [' || coalesce(b.wait_event_type || '/' || b.wait_event, 'running') || ']', ' | '), '?')"
      + " else 'no lock: ' || coalesce(w.wait_event_type || '/' || w.wait_event, 'on CPU or waiting for it') end"
      + " from pg_stat_activity w left join pg_stat_activity b on b.pid = any (pg_blocking_pids(w.pid))"
      + " where w.datname = current_database() and w.state = 'active' and w.query like 'update bench% set amount%'"
      + " group by w.pid, w.query_start, w.wait_event_type, w.wait_event";

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
            } else if (!e.getValue().blockers().endsWith(next.blockers())) {
              // the same update, waiting for something else now: keep what it waited for before
              String blockers = e.getValue().blockers() + " -> " + next.blockers();
              seen.put(e.getKey(), new Wait(next.atMillis(), next.millis(),
                  blockers.length() > 600 ? "..." + blockers.substring(blockers.length() - 600) : blockers));
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
      System.out.printf("    writer's update ran >= %d ms at %d ms (%d) : %s%n", wait.millis(), wait.atMillis(),
          (epoch + wait.atMillis()) % 1_000_000, wait.blockers());
    }
  }
}
