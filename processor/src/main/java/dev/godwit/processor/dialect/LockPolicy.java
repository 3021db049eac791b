package dev.godwit.processor.dialect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a PostgreSQL migration's brief steps wait for their lock: each attempt gives up after
 * {@code timeoutMillis} (the writers queued behind it wait at most that long), and a step is tried
 * {@code attempts} times with backoff between attempts before the migration fails. Options
 * {@code godwit.postgresql.lockTimeout} and {@code godwit.postgresql.lockAttempts}; the values are
 * written into each migration's SQL, so a committed migration keeps the values it was generated with.
 *
 * @param timeoutMillis the {@code lock_timeout} of each attempt, 1 to 60,000 ms
 * @param attempts how often a step is tried, 1 to 1,000
 */
public record LockPolicy(int timeoutMillis, int attempts) {
  /**
   * 100 ms, 30 attempts: measured on PostgreSQL 17 behind a 3 s reader, 100 ms with retries kept
   * writer stalls near 110-130 ms, where {@code lock_timeout = '2s'} froze them for 2 s.
   */
  public static final LockPolicy DEFAULT = new LockPolicy(100, 30);

  public static final int MAX_TIMEOUT_MILLIS = 60_000;
  public static final int MAX_ATTEMPTS = 1_000;

  private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})\\s*(ms|s)?");

  public LockPolicy {
    if (timeoutMillis < 1 || timeoutMillis > MAX_TIMEOUT_MILLIS) {
      throw new IllegalArgumentException("a lock timeout from 1 ms to " + MAX_TIMEOUT_MILLIS / 1000 + " s, not "
          + timeoutMillis + " ms");
    }
    if (attempts < 1 || attempts > MAX_ATTEMPTS) {
      throw new IllegalArgumentException("from 1 to " + MAX_ATTEMPTS + " attempts, not " + attempts);
    }
  }

  /** {@code 50ms}, {@code 1s} or a number of milliseconds, as PostgreSQL writes durations. */
  public static int parseTimeoutMillis(String text) {
    Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("a duration such as 50ms or 1s, not '" + text.trim() + "'");
    }
    long value = Long.parseLong(matcher.group(1));
    return (int) Math.min(Integer.MAX_VALUE, "s".equals(matcher.group(2)) ? value * 1000 : value);
  }

  public LockPolicy withTimeoutMillis(int millis) {
    return new LockPolicy(millis, attempts);
  }

  public LockPolicy withAttempts(int count) {
    return new LockPolicy(timeoutMillis, count);
  }

  /** The value of {@code lock_timeout}, e.g. {@code 100ms}. */
  public String timeout() {
    return timeoutMillis + "ms";
  }
}
