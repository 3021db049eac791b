package dev.godwit.processor.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The hash of an input fingerprint, of a seal ({@link InputsSeal}) and of the file a write journal
 * waits for ({@code AtomicWriter}): CRC-32C and CRC-32 of the
 * same bytes, 64 bits. Both run every build, over megabytes, mostly before the JIT has compiled
 * anything; the JVM computes both CRCs with CPU instructions even in the interpreter, where
 * SHA-256 runs as Java code. A seal guards against edits and changed inputs, not against an
 * attacker (nothing is gained by forging one), and two CRCs of unrelated polynomials let an
 * accidental change pass with a chance of about 2^-64. The checksums of committed migrations stay
 * SHA-256 ({@link Checksum}): they are recorded for good.
 */
public final class SealHash {
  private final CRC32C crc32c = new CRC32C();
  private final CRC32 crc32 = new CRC32();

  public SealHash update(byte[] bytes, int from, int length) {
    crc32c.update(bytes, from, length);
    crc32.update(bytes, from, length);
    return this;
  }

  public SealHash update(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return update(bytes, 0, bytes.length);
  }

  /** The hash so far: 16 hex digits. */
  public String hex() {
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits((int) crc32c.getValue()) + hex.toHexDigits((int) crc32.getValue());
  }
}
