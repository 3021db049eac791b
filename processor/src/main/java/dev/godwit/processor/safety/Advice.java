package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialect;
import dev.godwit.processor.model.Identifiers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/** Snippets to paste that recur in finding messages. */
final class Advice {
  private Advice() {}

  /** The annotation that acknowledges exactly one finding. */
  static String acknowledge(String target, Code code) {
    return "@AllowDestructive(value = \"" + target + "\", code = \"" + code.id() + "\", reason = \"...\")";
  }

  static String dialects(List<String> names) {
    return String.join(", ", names);
  }

  /**
   * What to do on each of {@code dialects}, one sentence each, from {@code alternative} (given the
   * dialect's name); a dialect whose alternative is empty is left out.
   */
  static String onEach(List<Dialect> dialects, Function<String, String> alternative) {
    return String.join(" ", dialects.stream().map(d -> alternative.apply(d.name())).filter(s -> !s.isEmpty()).toList());
  }

  /** H2 has no online DDL: what to do there instead. */
  static String h2MaintenanceWindow(String what) {
    return "H2 has no online form: it " + what + " under an exclusive table lock, so run it while nothing writes (a"
        + " maintenance window; for an embedded or test database, while no application is connected).";
  }

  /**
   * A name for {@code name} that every one of {@code dialects} keeps whole: the longest prefix that
   * fits, {@code _}, and the first 8 hex digits of the SHA-256 of the whole name, so the same name
   * always gives the same shorter one and two long names sharing a prefix stay apart. A quoted name
   * stays quoted.
   */
  static String shorterName(String name, List<Dialect> dialects) {
    String bare = Identifiers.bare(name);
    String suffix = "_" + HexFormat.of().formatHex(sha256(bare)).substring(0, 8);
    String prefix = bare;
    while (!prefix.isEmpty() && !fitsAll(prefix + suffix, dialects)) {
      prefix = prefix.substring(0, prefix.offsetByCodePoints(prefix.length(), -1));
    }
    prefix = prefix.replaceAll("_+$", "");
    String shorter = prefix.isEmpty() ? suffix.substring(1) : prefix + suffix;
    return Identifiers.isQuoted(name) ? Identifiers.quoted(shorter) : shorter;
  }

  private static boolean fitsAll(String name, List<Dialect> dialects) {
    return dialects.stream().allMatch(d -> d.fitsIdentifier(name));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
