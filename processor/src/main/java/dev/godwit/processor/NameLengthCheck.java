package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.dialect.IdentifierLimits;
import dev.godwit.processor.jpa.EntityModel;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Reports every table, column or constraint name of the entities' schema that one of the
 * configured dialects cannot hold, on the attribute or entity that names it.
 */
final class NameLengthCheck {
  private NameLengthCheck() {}

  /** False if an error was reported, now or earlier. */
  static boolean namesFit(EntityModel model, List<String> dialects, Reporter reporter) {
    for (String name : dialects) {
      for (IdentifierLimits.TooLong tooLong : IdentifierLimits.check(model.schema(), Dialects.byName(name).orElseThrow())) {
        Element element = tooLong.column().flatMap(c -> model.origin(tooLong.table(), c))
            .or(() -> model.origin(tooLong.table())).orElse(null);
        reporter.error(Code.NAME_TOO_LONG, tooLong.message(), element);
      }
    }
    return !reporter.hasErrors();
  }
}
