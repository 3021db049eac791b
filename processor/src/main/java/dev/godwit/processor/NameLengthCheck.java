package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.dialect.IdentifierLimits;
import dev.godwit.processor.jpa.EntityModel;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Table;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Reports every table, column or constraint name of the entities' schema that one of the
 * configured dialects cannot hold, on the attribute or entity that names it.
 */
final class NameLengthCheck {
  private NameLengthCheck() {}

  /**
   * False if an error was reported, now or earlier. The tables of {@code committed} (the snapshot's
   * schema) that the model holds as the same objects are not checked again: only an incremental
   * read keeps them, from a snapshot sealed by a compile of this same Godwit and options that
   * reported nothing, and a table's names are all this check looks at.
   */
  static boolean namesFit(EntityModel model, Schema committed, List<String> dialects, Reporter reporter) {
    List<Table> read = model.schema().tables().stream()
        .filter(table -> committed.table(table.name()).filter(kept -> kept == table).isEmpty()).toList();
    Schema checked = new Schema(read, List.of());
    for (String name : dialects) {
      for (IdentifierLimits.TooLong tooLong : IdentifierLimits.check(checked, Dialects.byName(name).orElseThrow())) {
        Element element = tooLong.column().flatMap(c -> model.origin(tooLong.table(), c))
            .or(() -> model.origin(tooLong.table())).orElse(null);
        reporter.error(Code.NAME_TOO_LONG, tooLong.message(), element);
      }
    }
    return !reporter.hasErrors();
  }
}
