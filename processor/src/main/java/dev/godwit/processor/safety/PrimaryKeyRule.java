package dev.godwit.processor.safety;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AlterPrimaryKey;
import java.util.Optional;

/**
 * Replacing a primary key rebuilds its index under an exclusive lock, fails if the new key
 * columns hold duplicates or NULLs, and breaks foreign keys that reference the old key.
 */
final class PrimaryKeyRule implements SafetyRule {
  @Override
  public Optional<Finding> check(Change change) {
    if (!(change instanceof AlterPrimaryKey alter)) {
      return Optional.empty();
    }
    return Optional.of(new Finding(Finding.Severity.ERROR, Code.PRIMARY_KEY_CHANGE, alter.table(), Optional.empty(),
        "changing the primary key of " + alter.table() + " from " + alter.from() + " to " + alter.to()
            + " rebuilds it under an exclusive lock, fails if the new key has duplicates or NULLs, and breaks foreign "
            + "keys that reference the old key. If that is intended, acknowledge it: @AllowDestructive(value = \""
            + alter.table() + "\", reason = \"...\")"));
  }
}
