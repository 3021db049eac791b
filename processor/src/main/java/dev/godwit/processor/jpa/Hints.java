package dev.godwit.processor.jpa;

import dev.godwit.processor.jpa.EntityModel.BackfillHint;
import dev.godwit.processor.jpa.EntityModel.RenameHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/** Collects Godwit's own hint annotations ({@code @Renamed}, {@code @Backfill}) with what they apply to. */
final class Hints {
  private static final String RENAMED = "dev.godwit.Renamed";
  private static final String BACKFILL = "dev.godwit.Backfill";

  private final Mirrors mirrors;
  final List<RenameHint> renames = new ArrayList<>();
  final List<BackfillHint> backfills = new ArrayList<>();

  Hints(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  void ofTable(Element type, String table) {
    mirrors.exact(type, RENAMED).ifPresent(r -> renames.add(
        new RenameHint(type, table, Optional.empty(), r.string("from"), expandContract(r))));
  }

  void ofColumn(Element member, String table, String column) {
    mirrors.exact(member, RENAMED).ifPresent(r ->
        renames.add(new RenameHint(member, table, Optional.of(column), r.string("from"), expandContract(r))));
    mirrors.exact(member, BACKFILL).ifPresent(b ->
        backfills.add(new BackfillHint(member, table, column, b.string("value"), b.string("reverse"))));
  }

  private static boolean expandContract(Mirrors.Annotation renamed) {
    return "EXPAND_CONTRACT".equals(renamed.constant("strategy"));
  }
}
