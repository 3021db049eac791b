package dev.godwit.processor.snapshot;

/** The snapshot text is not a snapshot this version of Godwit can read; the message says why. */
public final class SnapshotFormatException extends Exception {
  public SnapshotFormatException(String message) {
    super(message);
  }
}
