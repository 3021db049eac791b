package dev.godwit.processor.snapshot;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes snapshots as JSON. Writing is deterministic (fixed key order, sorted
 * collections, {@code \n} line ends); reading checks every field and reports the JSON path of the
 * first problem.
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
        writeTable(json, table);
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

  private static Sources readSources(Node top) throws SnapshotFormatException {
    Node sources = top.object("sources");
    return new Sources(new InputDigests(sources.string("global"), sources.names("types"), sources.names("packages")),
        sources.names("tables"));
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
    JsonElement root;
    try {
      root = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new SnapshotFormatException("not valid JSON: " + rootCause(e).getMessage());
    }
    if (root == null || !root.isJsonObject()) {
      throw new SnapshotFormatException("$: expected a JSON object at the top level");
    }
    Node top = new Node(null, "$", -1, root);
    int format = top.integer("godwit");
    if (format > FORMAT) {
      throw new SnapshotFormatException("$.godwit: written by a newer Godwit (snapshot format " + format
          + ", this Godwit reads up to " + FORMAT + "); upgrade the godwit-processor dependency");
    }
    if (format < 1) {
      throw new SnapshotFormatException("$.godwit: unknown snapshot format " + format);
    }
    int version = top.integer("version");
    if (version < 0) {
      throw new SnapshotFormatException("$.version: must not be negative, was " + version);
    }
    List<Table> tables = top.list("tables", SnapshotCodec::readTable);
    List<Sequence> sequences = top.list("sequences",
        (n, i) -> new Sequence(n.string("name"), n.longValue("start"), n.integer("increment"), readIds(n)));
    List<ExpandContract> expansions = top.has("expansions") ? top.list("expansions", SnapshotCodec::readExpansion) : List.of();
    Map<String, DialectNames> dialectNames = top.has("dialectNames") ? readDialectNames(top) : Map.of();
    List<GeneratorRow> rows = top.has("generatorRows") ? top.list("generatorRows", (n, i) -> new GeneratorRow(
        n.string("table"), n.string("segmentColumn"), n.string("valueColumn"), n.string("segment"), n.longValue("value"),
        n.has("increment") ? n.integer("increment") : GeneratorRow.DEFAULT_INCREMENT, readIds(n)))
        : List.of();
    return new Snapshot(version, new Schema(tables, sequences, dialectNames, rows),
        top.has("migrations") ? readMigrations(top) : RecordedMigrations.NONE, expansions,
        top.has("sources") ? java.util.Optional.of(readSources(top)) : java.util.Optional.empty());
  }

  private static List<IdColumn> readIds(Node node) throws SnapshotFormatException {
    return node.has("ids") ? node.list("ids", (id, j) -> new IdColumn(id.string("table"), id.string("column"))) : List.of();
  }

  private static ExpandContract readExpansion(Node node, int index) throws SnapshotFormatException {
    int expandedIn = node.integer("expandedIn");
    int contractedIn = node.integer("contractedIn", 0);
    if (expandedIn < 1 || contractedIn != 0 && contractedIn <= expandedIn) {
      throw new SnapshotFormatException(node.path() + ": expandedIn must be a version and contractedIn a later one, found "
          + expandedIn + " and " + contractedIn);
    }
    if (node.has("from")) {
      return new ExpandContract(expandedIn, contractedIn, new TableExpansion(node.string("from"), node.string("table"),
          node.list("columns", SnapshotCodec::readColumn)));
    }
    ExpansionKeys keys = new ExpansionKeys(
        node.has("oldUniqueKeys") ? node.list("oldUniqueKeys", SnapshotCodec::readUniqueKey) : List.of(),
        node.has("oldIndexes") ? node.list("oldIndexes", SnapshotCodec::readIndex) : List.of(),
        node.has("renamedUniqueKeys") ? node.list("renamedUniqueKeys", SnapshotCodec::readUniqueKey) : List.of(),
        node.has("renamedIndexes") ? node.list("renamedIndexes", SnapshotCodec::readIndex) : List.of());
    return new ExpandContract(expandedIn, contractedIn, new Expansion(node.string("table"),
        readColumn(node.child("old"), 0), readColumn(node.child("now"), 0),
        node.optionalString("forward"), node.optionalString("backward"), keys));
  }

  private static UniqueKey readUniqueKey(Node n, int index) throws SnapshotFormatException {
    return new UniqueKey(n.string("name"), n.strings("columns"), n.bool("implicitName", false));
  }

  private static Index readIndex(Node n, int index) throws SnapshotFormatException {
    return new Index(n.string("name"), n.strings("columns"), n.bool("unique", false));
  }


  private static Map<String, DialectNames> readDialectNames(Node top) throws SnapshotFormatException {
    Map<String, DialectNames> dialects = new TreeMap<>();
    Node all = top.object("dialectNames");
    for (String dialect : all.keys()) {
      Node names = all.object(dialect);
      dialects.put(dialect, new DialectNames(names.names("tables"), names.nestedNames("columns"),
          names.nestedNames("constraints"), names.names("sequences")));
    }
    return dialects;
  }

  private static RecordedMigrations readMigrations(Node top) throws SnapshotFormatException {
    JsonElement value = top.field("migrations", true);
    if (!value.isJsonObject()) {
      throw new SnapshotFormatException("$.migrations: expected an object of file -> checksum, found " + value);
    }
    java.util.Map<String, String> checksums = new java.util.TreeMap<>();
    for (var entry : value.getAsJsonObject().entrySet()) {
      if (!(entry.getValue() instanceof JsonPrimitive p) || !p.isString() || !p.getAsString().startsWith("sha256:")) {
        throw new SnapshotFormatException("$.migrations." + entry.getKey() + ": expected a \"sha256:...\" checksum, found "
            + entry.getValue());
      }
      checksums.put(entry.getKey(), p.getAsString());
    }
    return new RecordedMigrations(checksums);
  }

  private static Table readTable(Node node, int index) throws SnapshotFormatException {
    List<Column> columns = node.list("columns", SnapshotCodec::readColumn);
    return new Table(
        node.string("name"),
        columns,
        node.strings("primaryKey"),
        node.list("uniqueKeys", SnapshotCodec::readUniqueKey),
        node.list("indexes", SnapshotCodec::readIndex),
        node.list("foreignKeys", (n, i) -> new ForeignKey(n.string("name"), n.strings("columns"),
            n.string("referencedTable"), n.strings("referencedColumns"), onDelete(n))),
        node.has("checks") ? node.list("checks", (n, i) -> new Check(n.optionalString("name"),
            n.optionalString("column"), n.string("condition"))) : List.of(),
        node.optionalString("comment"));
  }

  private static OnDelete onDelete(Node node) throws SnapshotFormatException {
    java.util.Optional<String> action = node.optionalString("onDelete");
    if (action.isEmpty()) {
      return OnDelete.NO_ACTION;
    }
    try {
      return OnDelete.ofExternal(action.get());
    } catch (IllegalArgumentException e) {
      throw new SnapshotFormatException(node.path() + ".onDelete: unknown delete action '" + action.get()
          + "' (cascade, restrict, set-null, set-default)");
    }
  }

  private static Column readColumn(Node node, int index) throws SnapshotFormatException {
    String kindName = node.string("type");
    TypeKind kind;
    try {
      kind = TypeKind.valueOf(kindName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SnapshotFormatException(node.path() + ".type: unknown column type '" + kindName + "'");
    }
    ColumnType type = new ColumnType(kind, node.integer("length", 0), node.integer("precision", 0),
        node.integer("scale", 0), node.has("values") ? node.strings("values") : List.of());
    return new Column(node.string("name"), type, node.bool("nullable", true), node.bool("identity", false),
        node.optionalString("definition"), node.optionalString("default"), node.optionalString("comment"));
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(Node node, int index) throws SnapshotFormatException;
  }

  /**
   * A JSON value together with where it is (its parent, and its field name and index in that
   * parent's array), so every error names its path; the path is built only for an error.
   */
  private record Node(Node parent, String name, int index, JsonElement element) {

    String path() {
      return parent == null ? name : parent.path() + "." + name + (index >= 0 ? "[" + index + "]" : "");
    }

    private JsonElement field(String name, boolean required) throws SnapshotFormatException {
      if (!element.isJsonObject()) {
        throw new SnapshotFormatException(path() + ": expected an object, found " + element);
      }
      JsonObject object = element.getAsJsonObject();
      JsonElement value = object.get(name);
      if ((value == null || value.isJsonNull()) && required) {
        throw new SnapshotFormatException(path() + "." + name + ": missing");
      }
      return value == null || value.isJsonNull() ? null : value;
    }

    Node child(String name) throws SnapshotFormatException {
      return new Node(this, name, -1, field(name, true));
    }

    Node object(String name) throws SnapshotFormatException {
      JsonElement value = field(name, true);
      if (!value.isJsonObject()) {
        throw new SnapshotFormatException(path() + "." + name + ": expected an object, found " + value);
      }
      return new Node(this, name, -1, value);
    }

    List<String> keys() {
      return List.copyOf(element.getAsJsonObject().keySet());
    }

    /** An optional object of name -> non-empty string. */
    Map<String, String> names(String name) throws SnapshotFormatException {
      Map<String, String> names = new TreeMap<>();
      if (has(name)) {
        Node object = object(name);
        for (String key : object.keys()) {
          names.put(key, object.string(key));
        }
      }
      return names;
    }

    /** An optional object of name -> ({@link #names}). */
    Map<String, Map<String, String>> nestedNames(String name) throws SnapshotFormatException {
      Map<String, Map<String, String>> names = new TreeMap<>();
      if (has(name)) {
        Node object = object(name);
        for (String key : object.keys()) {
          names.put(key, object.names(key));
        }
      }
      return names;
    }

    boolean has(String name) {
      return element.isJsonObject() && element.getAsJsonObject().has(name);
    }

    String string(String name) throws SnapshotFormatException {
      JsonElement value = field(name, true);
      if (!(value instanceof JsonPrimitive p) || !p.isString() || p.getAsString().isEmpty()) {
        throw new SnapshotFormatException(path() + "." + name + ": expected a non-empty string, found " + value);
      }
      return p.getAsString();
    }

    /** An optional non-empty string: absent (or null) means empty. */
    java.util.Optional<String> optionalString(String name) throws SnapshotFormatException {
      return field(name, false) == null ? java.util.Optional.empty() : java.util.Optional.of(string(name));
    }

    int integer(String name) throws SnapshotFormatException {
      return (int) number(name, field(name, true));
    }

    int integer(String name, int fallback) throws SnapshotFormatException {
      JsonElement value = field(name, false);
      return value == null ? fallback : (int) number(name, value);
    }

    long longValue(String name) throws SnapshotFormatException {
      return number(name, field(name, true));
    }

    private long number(String name, JsonElement value) throws SnapshotFormatException {
      if (value instanceof JsonPrimitive p && p.isNumber()) {
        double d = p.getAsDouble();
        if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
          return (long) d;
        }
      }
      throw new SnapshotFormatException(path() + "." + name + ": expected an integer, found " + value);
    }

    boolean bool(String name, boolean fallback) throws SnapshotFormatException {
      JsonElement value = field(name, false);
      if (value == null) {
        return fallback;
      }
      if (value instanceof JsonPrimitive p && p.isBoolean()) {
        return p.getAsBoolean();
      }
      throw new SnapshotFormatException(path() + "." + name + ": expected true or false, found " + value);
    }

    List<String> strings(String name) throws SnapshotFormatException {
      return list(name, (n, i) -> {
        if (n.element instanceof JsonPrimitive p && p.isString() && !p.getAsString().isEmpty()) {
          return p.getAsString();
        }
        throw new SnapshotFormatException(n.path() + ": expected a non-empty string, found " + n.element);
      });
    }

    <T> List<T> list(String name, Reader<T> reader) throws SnapshotFormatException {
      JsonElement value = field(name, true);
      if (!(value instanceof JsonArray array)) {
        throw new SnapshotFormatException(path() + "." + name + ": expected an array, found " + value);
      }
      List<T> items = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        items.add(reader.read(new Node(this, name, i, array.get(i)), i));
      }
      return items;
    }
  }
}
