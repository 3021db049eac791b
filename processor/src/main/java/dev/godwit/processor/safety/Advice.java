package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import java.util.List;

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
}
