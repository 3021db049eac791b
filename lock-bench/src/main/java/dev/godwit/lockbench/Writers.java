package dev.godwit.lockbench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Application writers: threads that each update one random row at a time, autocommit, as fast as
 * they can, remembering the longest single update (the stall a user would feel).
 */
final class Writers implements AutoCloseable {
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong longestNanos = new AtomicLong();
  private volatile long longestStartNanos;
  private final AtomicLong updates = new AtomicLong();
  private final List<Thread> threads = new ArrayList<>();
  private final List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());

  Writers(String url, int count, int rows, String table) {
    for (int i = 0; i < count; i++) {
      Thread thread = new Thread(() -> write(url, rows, table), "writer-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  private void write(String url, int rows, String table) {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
         PreparedStatement update = connection.prepareStatement("update " + table + " set amount = amount + 1 where id = ?")) {
      while (running.get()) {
        update.setLong(1, 1 + ThreadLocalRandom.current().nextInt(rows));
        long start = System.nanoTime();
        update.executeUpdate();
        long took = System.nanoTime() - start;
        if (longestNanos.accumulateAndGet(took, Math::max) == took) {
          longestStartNanos = start;
        }
        updates.incrementAndGet();
      }
    } catch (SQLException | RuntimeException e) {
      failures.add(e);
    }
  }

  /** Forgets the longest update so far: what follows is measured on its own. */
  void reset() {
    longestNanos.set(0);
  }

  /** When the longest update started ({@link System#nanoTime()}). */
  long longestStartNanos() {
    return longestStartNanos;
  }

  long longestMillis() {
    return longestNanos.get() / 1_000_000;
  }

  long updates() {
    return updates.get();
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread thread : threads) {
      thread.join(60_000);
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a writer failed: " + failures.get(0), failures.get(0));
    }
  }
}
