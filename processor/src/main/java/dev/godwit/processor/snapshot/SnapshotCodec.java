package dev.godwit.processor.snapshot;

import com.google.gson.stream.JsonWriter;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.ExpansionKeys;
import dev.godwit.processor.diff.TableExpansion;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.OnDelete;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.UniqueKey;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes snapshots as JSON. Writing is deterministic (fixed key order, sorted
 * collections, {@code \n} line ends); reading ({@link SnapshotReader}) checks every field and
 * reports the JSON path of the first problem.
 */
public final class SnapshotCodec {

  /**
   * The newest snapshot format this Godwit reads and writes; newer formats are refused, not
   * misread. Format 2 added the checksums of the migration files ({@code migrations}); format 3
   * column definitions, defaults, comments, checks and the char and json types; format 4 the
   * expand/contracts ({@code expansions}) and the names a dialect gives differently
   * ({@code dialectNames}). A snapshot is written in the oldest format that holds it, so projects
   * that use none of the newer features keep their format 2 or 3 files; formats 1 to 4 are still
   * read. Format 5 added the rows of table generators ({@code generatorRows}, written only when
   * there are some); format 6 the expand/contracts of tables (an {@code expansions} entry with
   * {@code from} and {@code columns} instead of {@code old} and {@code now}, written only then). Format 7 added tables and sequences in a schema
   * ({@code @Table(schema)}), named {@code schema.table}; a name of an older format never has a dot
   * outside backticks. Format 8 added the indexes and unique keys a column's expand/contract moves
   * ({@code oldUniqueKeys}, {@code oldIndexes}, {@code renamedUniqueKeys}, {@code renamedIndexes} in
   * an {@code expansions} entry, written only when there are some). Format 9 added the id columns a sequence fills ({@code ids} of a sequence, written
   * when known). Format 10 added the id columns a table generator's row fills and its allocation
   * size ({@code ids} and {@code increment} of a generator row, written when the ids are known).
   * Format 11 added the seal of the compilation inputs ({@code inputs}, the second line, see {@link
   * InputsSeal}), written only when a compile of the same inputs would find no change and report
   * nothing. Format 12 added the delete action of a foreign key ({@code onDelete}, Hibernate's
   * {@code @OnDelete}: {@code cascade}, {@code restrict}, {@code set-null}, {@code set-default};
   * written only for a key that has one), sealed or not. Format 13 added the record of the inputs
   * a sealed snapshot was written from ({@code sources}, see {@link Sources}: their digests and
   * the entity that maps each table), written with the seal only.
   */
  public static final int FORMAT = 13;

  /** The format of a snapshot sealed with a record of its inputs ({@link Sources}). */
  static final int SOURCES_FORMAT = 13;

  /** The format of a snapshot sealed with its inputs ({@link InputsSeal}). */
  static final int SEALED_FORMAT = 11;

  private SnapshotCodec() {}

  public static String write(Snapshot snapshot) {
    return write(snapshot, java.util.Optional.empty());
  }

  /**
   * The snapshot's text, sealed ({@link InputsSeal}) with the fingerprint of the inputs it was
   * written from when one is given.
   */
  public static String write(Snapshot snapshot, java.util.Optional<String> inputs) {
    return write(snapshot, inputs, java.util.Optional.empty());
  }

  /**
   * {@link #write(Snapshot, java.util.Optional)}, copying from {@code previous} the text of each
   * table that is the same object there ({@link SnapshotFile}).
   */
  public static String write(Snapshot snapshot, java.util.Optional<String> inputs,
      java.util.Optional<SnapshotFile> previous) {
    Map<Table, String> written = previous.map(SnapshotFile::tableTexts).orElse(Map.of());
    StringWriter out = new StringWriter();
    try (JsonWriter json = new JsonWriter(out)) {
      json.setIndent("  ");
      json.beginObject();
      int format = Math.max(formatFor(snapshot.schema()), formatFor(snapshot.expansions()));
      java.util.Optional<Sources> sources = inputs.isPresent() ? snapshot.sources() : java.util.Optional.empty();
      json.name("godwit").value(sources.isPresent() ? Math.max(SOURCES_FORMAT, format)
          : inputs.isPresent() ? Math.max(SEALED_FORMAT, format) : format);
      if (inputs.isPresent()) {
        json.name("inputs").value(InputsSeal.PLACEHOLDER);
      }
      json.name("version").value(snapshot.version());
      json.name("tables").beginArray();
      for (Table table : snapshot.schema().tables()) {
        String text = written.get(table);
        if (text != null) {
          json.jsonValue(text);
        } else {
          writeTable(json, table);
        }
      }
      json.endArray();
      json.name("sequences").beginArray();
      for (Sequence sequence : snapshot.schema().sequences()) {
        json.beginObject();
        json.name("name").value(sequence.name());
        json.name("start").value(sequence.start());
        json.name("increment").value(sequence.increment());
        writeIds(json, sequence.ids());
        json.endObject();
      }
      json.endArray();
      if (!snapshot.expansions().isEmpty()) {
        json.name("expansions").beginArray();
        for (ExpandContract entry : snapshot.expansions()) {
          writeExpansion(json, entry);
        }
        json.endArray();
      }
      if (!snapshot.schema().dialectNames().isEmpty()) {
        writeDialectNames(json, snapshot.schema().dialectNames());
      }
      if (!snapshot.schema().generatorRows().isEmpty()) {
        json.name("generatorRows").beginArray();
        for (GeneratorRow row : snapshot.schema().generatorRows()) {
          json.beginObject();
          json.name("table").value(row.table());
          json.name("segmentColumn").value(row.segmentColumn());
          json.name("valueColumn").value(row.valueColumn());
          json.name("segment").value(row.segment());
          json.name("value").value(row.value());
          if (!row.ids().isEmpty()) {
            json.name("increment").value(row.increment());
            writeIds(json, row.ids());
          }
          json.endObject();
        }
        json.endArray();
      }
      if (sources.isPresent()) {
        writeSources(json, sources.get());
      }
      json.name("migrations").beginObject();
      for (var file : snapshot.migrations().checksums().entrySet()) {
        json.name(file.getKey()).value(file.getValue());
      }
      json.endObject();
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = out + "\n";
    return inputs.map(fingerprint -> InputsSeal.seal(text, fingerprint)).orElse(text);
  }

  /**
   * The oldest format that can hold these expand/contracts: 8 with a column's that moves keys, 6
   * with a table's, 4 with columns' only.
   */
  static int formatFor(List<ExpandContract> expansions) {
    if (expansions.stream().anyMatch(e -> e.expansion() instanceof Expansion column && !column.keys().isEmpty())) {
      return 8;
    }
    if (expansions.stream().anyMatch(e -> e.expansion() instanceof TableExpansion)) {
      return 6;
    }
    return expansions.isEmpty() ? 0 : 4;
  }

  /** The oldest format that can hold {@code schema} (with the migration checksums every snapshot has). */
  static int formatFor(Schema schema) {
    if (schema.tables().stream().flatMap(t -> t.foreignKeys().stream()).anyMatch(k -> k.onDelete() != OnDelete.NO_ACTION)) {
      return 12;
    }
    if (schema.generatorRows().stream().anyMatch(r -> !r.ids().isEmpty())) {
      return 10;
    }
    if (schema.sequences().stream().anyMatch(s -> !s.ids().isEmpty())) {
      return 9;
    }
    if (!schema.schemas().isEmpty()) {
      return 7;
    }
    if (!schema.generatorRows().isEmpty()) {
      return 5;
    }
    if (!schema.dialectNames().isEmpty()) {
      return 4;
    }
    for (Table table : schema.tables()) {
      if (!table.checks().isEmpty() || table.comment().isPresent()) {
        return 3;
      }
      for (Column column : table.columns()) {
        if (column.definition().isPresent() || column.defaultValue().isPresent() || column.comment().isPresent()
            || column.type().kind() == TypeKind.CHAR || column.type().kind() == TypeKind.JSON) {
          return 3;
        }
      }
    }
    return 2;
  }

  /** The id columns a sequence or a generator row fills, written when known. */
  private static void writeIds(JsonWriter json, List<IdColumn> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    json.name("ids").beginArray();
    for (IdColumn id : ids) {
      json.beginObject();
      json.name("table").value(id.table());
      json.name("column").value(id.column());
      json.endObject();
    }
    json.endArray();
  }

  private static void writeExpansion(JsonWriter json, ExpandContract entry) throws IOException {
    json.beginObject();
    json.name("expandedIn").value(entry.expandedIn());
    if (!entry.pending()) json.name("contractedIn").value(entry.contractedIn());
    json.name("table").value(entry.expansion().table());
    if (entry.expansion() instanceof TableExpansion table) {
      json.name("from").value(table.from());
      json.name("columns").beginArray();
      for (Column column : table.columns()) {
        writeColumn(json, column);
      }
      json.endArray();
      json.endObject();
      return;
    }
    Expansion expansion = (Expansion) entry.expansion();
    writeColumn(json.name("old"), expansion.old());
    writeColumn(json.name("now"), expansion.now());
    optional(json, "forward", expansion.forward());
    optional(json, "backward", expansion.backward());
    ExpansionKeys keys = expansion.keys();
    if (!keys.oldUniques().isEmpty()) writeUniqueKeys(json.name("oldUniqueKeys"), keys.oldUniques());
    if (!keys.oldIndexes().isEmpty()) writeIndexes(json.name("oldIndexes"), keys.oldIndexes());
    if (!keys.renamedUniques().isEmpty()) writeUniqueKeys(json.name("renamedUniqueKeys"), keys.renamedUniques());
    if (!keys.renamedIndexes().isEmpty()) writeIndexes(json.name("renamedIndexes"), keys.renamedIndexes());
    json.endObject();
  }

  private static void writeUniqueKeys(JsonWriter json, List<UniqueKey> keys) throws IOException {
    json.beginArray();
    for (UniqueKey key : keys) {
      json.beginObject();
      json.name("name").value(key.name());
      strings(json.name("columns"), key.columns());
      if (key.implicitName()) json.name("implicitName").value(true);
      json.endObject();
    }
    json.endArray();
  }

  private static void writeIndexes(JsonWriter json, List<Index> indexes) throws IOException {
    json.beginArray();
    for (Index index : indexes) {
      json.beginObject();
      json.name("name").value(index.name());
      strings(json.name("columns"), index.columns());
      json.name("unique").value(index.unique());
      json.endObject();
    }
    json.endArray();
  }

  private static void writeTable(JsonWriter json, Table table) throws IOException {
    json.beginObject();
    json.name("name").value(table.name());
    json.name("columns").beginArray();
    for (Column column : table.columns()) {
      writeColumn(json, column);
    }
    json.endArray();
    strings(json.name("primaryKey"), table.primaryKey());
    writeUniqueKeys(json.name("uniqueKeys"), table.uniqueKeys());
    writeIndexes(json.name("indexes"), table.indexes());
    json.name("foreignKeys").beginArray();
    for (ForeignKey key : table.foreignKeys()) {
      json.beginObject();
      json.name("name").value(key.name());
      strings(json.name("columns"), key.columns());
      json.name("referencedTable").value(key.referencedTable());
      strings(json.name("referencedColumns"), key.referencedColumns());
      if (key.onDelete() != OnDelete.NO_ACTION) {
        json.name("onDelete").value(key.onDelete().external());
      }
      json.endObject();
    }
    json.endArray();
    if (!table.checks().isEmpty()) {
      json.name("checks").beginArray();
      for (Check check : table.checks()) {
        json.beginObject();
        optional(json, "name", check.name());
        optional(json, "column", check.column());
        json.name("condition").value(check.condition());
        json.endObject();
      }
      json.endArray();
    }
    optional(json, "comment", table.comment());
    json.endObject();
  }

  private static void writeColumn(JsonWriter json, Column column) throws IOException {
    json.beginObject();
    json.name("name").value(column.name());
    ColumnType type = column.type();
    json.name("type").value(type.kind().name().toLowerCase(Locale.ROOT));
    if (type.length() > 0) json.name("length").value(type.length());
    if (type.precision() > 0) json.name("precision").value(type.precision());
    if (type.scale() > 0) json.name("scale").value(type.scale());
    if (!type.values().isEmpty()) strings(json.name("values"), type.values());
    json.name("nullable").value(column.nullable());
    if (column.identity()) json.name("identity").value(true);
    optional(json, "definition", column.definition());
    optional(json, "default", column.defaultValue());
    optional(json, "comment", column.comment());
    json.endObject();
  }

  private static void writeDialectNames(JsonWriter json, Map<String, DialectNames> dialects) throws IOException {
    json.name("dialectNames").beginObject();
    for (Map.Entry<String, DialectNames> dialect : dialects.entrySet()) {
      DialectNames names = dialect.getValue();
      json.name(dialect.getKey()).beginObject();
      names(json, "tables", names.tables());
      nestedNames(json, "columns", names.columns());
      nestedNames(json, "constraints", names.constraints());
      names(json, "sequences", names.sequences());
      json.endObject();
    }
    json.endObject();
  }

  private static void writeSources(JsonWriter json, Sources sources) throws IOException {
    json.name("sources").beginObject();
    json.name("global").value(sources.digests().global());
    json.name("types").beginObject();
    for (Map.Entry<String, String> type : sources.digests().types().entrySet()) {
      json.name(type.getKey()).value(type.getValue());
    }
    json.endObject();
    json.name("packages").beginObject();
    for (Map.Entry<String, String> pkg : sources.digests().packages().entrySet()) {
      json.name(pkg.getKey()).value(pkg.getValue());
    }
    json.endObject();
    json.name("tables").beginObject();
    for (Map.Entry<String, String> table : sources.tables().entrySet()) {
      json.name(table.getKey()).value(table.getValue());
    }
    json.endObject();
    json.endObject();
  }

  private static void names(JsonWriter json, String field, Map<String, String> names) throws IOException {
    if (names.isEmpty()) {
      return;
    }
    json.name(field).beginObject();
    for (Map.Entry<String, String> name : names.entrySet()) {
      json.name(name.getKey()).value(name.getValue());
    }
    json.endObject();
  }

  private static void nestedNames(JsonWriter json, String field, Map<String, Map<String, String>> names) throws IOException {
    if (names.isEmpty()) {
      return;
    }
    json.name(field).beginObject();
    for (Map.Entry<String, Map<String, String>> table : names.entrySet()) {
      json.name(table.getKey()).beginObject();
      for (Map.Entry<String, String> name : table.getValue().entrySet()) {
        json.name(name.getKey()).value(name.getValue());
      }
      json.endObject();
    }
    json.endObject();
  }

  private static void optional(JsonWriter json, String name, java.util.Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.name(name).value(value.get());
    }
  }

  private static void strings(JsonWriter json, List<String> values) throws IOException {
    json.beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }

  public static Snapshot read(String text) throws SnapshotFormatException {
    if (Checksum.hasConflictMarkers(text)) {
      throw new SnapshotFormatException("it holds Git merge conflict markers: two branches each generated a migration."
          + " Resolve it by taking the whole snapshot of the branch that was merged first (e.g. git checkout --theirs"
          + " on a rebase, --ours on a merge into main), then compile with -Agodwit.renumber=true so Godwit"
          + " generates the other branch's change again as the next version");
    }
    return SnapshotReader.read(text);
  }
}
