package dev.godwit.processor.snapshot;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonToken;
import dev.godwit.processor.diff.Expanded;
import dev.godwit.processor.diff.Expansion;
import dev.godwit.processor.diff.ExpansionKeys;
import dev.godwit.processor.diff.TableExpansion;
import dev.godwit.processor.model.Check;
import dev.godwit.processor.model.Column;
import dev.godwit.processor.model.ColumnType;
import dev.godwit.processor.model.DialectNames;
import dev.godwit.processor.model.ForeignKey;
import dev.godwit.processor.model.GeneratorRow;
import dev.godwit.processor.model.IdColumn;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.OnDelete;
import dev.godwit.processor.model.Schema;
import dev.godwit.processor.model.Sequence;
import dev.godwit.processor.model.Table;
import dev.godwit.processor.model.TypeKind;
import dev.godwit.processor.model.UniqueKey;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a snapshot of any format {@link SnapshotCodec} wrote, in one pass over the text
 * ({@link JsonCursor}): fields in any order, unknown fields skipped, every value checked, the
 * first problem reported with its JSON path. A format newer than this Godwit's is refused, not misread.
 */
final class SnapshotReader {
  /** The column types by the name {@link SnapshotCodec} writes (a name in other case is looked up as it was). */
  private static final Map<String, TypeKind> TYPE_KINDS = typeKinds();

  private SnapshotReader() {}

  private static Map<String, TypeKind> typeKinds() {
    Map<String, TypeKind> kinds = new java.util.HashMap<>();
    for (TypeKind kind : TypeKind.values()) {
      kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
    }
    return Map.copyOf(kinds);
  }

  static Snapshot read(String text) throws SnapshotFormatException {
    try {
      return snapshot(new JsonCursor(text), text);
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw new SnapshotFormatException("not valid JSON: " + rootCause(e).getMessage());
    }
  }

  private static Snapshot snapshot(JsonCursor in, String text) throws IOException, SnapshotFormatException {
    if (in.peek() != JsonToken.BEGIN_OBJECT) {
      try {
        JsonParser.parseString(text);
      } catch (JsonParseException e) {
        throw new SnapshotFormatException("not valid JSON: " + rootCause(e).getMessage());
      }
      throw new SnapshotFormatException("$: expected a JSON object at the top level");
    }
    Long format = null;
    Long version = null;
    List<Table> tables = null;
    List<Sequence> sequences = null;
    List<ExpandContract> expansions = List.of();
    Map<String, DialectNames> dialectNames = Map.of();
    List<GeneratorRow> rows = List.of();
    RecordedMigrations migrations = RecordedMigrations.NONE;
    Optional<Sources> sources = Optional.empty();
    in.beginObject();
    while (in.hasNext()) {
      String field = in.nextName();
      try {
        switch (field) {
          case "godwit" -> format = in.integer();
          case "version" -> version = in.integer();
          case "tables" -> tables = in.list(SnapshotReader::table);
          case "sequences" -> sequences = in.list(SnapshotReader::sequence);
          case "expansions" -> expansions = orEmpty(in.list(SnapshotReader::expansion));
          case "dialectNames" -> dialectNames = in.skippedNull() ? Map.of() : dialectNames(in);
          case "generatorRows" -> rows = orEmpty(in.list(SnapshotReader::generatorRow));
          case "sources" -> sources = in.skippedNull() ? Optional.empty() : Optional.of(sources(in));
          case "migrations" -> migrations = in.skippedNull() ? RecordedMigrations.NONE : migrations(in);
          default -> in.skipValue();
        }
      } catch (SnapshotFormatException e) {
        // a newer format may lay its fields out otherwise: say that, not what this Godwit did not expect
        throw format != null && format > SnapshotCodec.FORMAT ? newer(format) : e;
      }
    }
    in.endObject();
    if (!in.atEnd()) {
      throw new SnapshotFormatException("not valid JSON: Did not consume the entire document.");
    }
    if (format == null) {
      throw new SnapshotFormatException("$.godwit: missing");
    }
    if (format > SnapshotCodec.FORMAT) {
      throw newer(format);
    }
    if (format < 1) {
      throw new SnapshotFormatException("$.godwit: unknown snapshot format " + format);
    }
    if (version == null) {
      throw new SnapshotFormatException("$.version: missing");
    }
    if (version < 0) {
      throw new SnapshotFormatException("$.version: must not be negative, was " + version);
    }
    if (tables == null) {
      throw new SnapshotFormatException("$.tables: missing");
    }
    if (sequences == null) {
      throw new SnapshotFormatException("$.sequences: missing");
    }
    return new Snapshot(version.intValue(), new Schema(tables, sequences, dialectNames, rows), migrations, expansions,
        sources);
  }

  private static SnapshotFormatException newer(long format) {
    return new SnapshotFormatException("$.godwit: written by a newer Godwit (snapshot format " + format
        + ", this Godwit reads up to " + SnapshotCodec.FORMAT + "); upgrade the godwit-processor dependency");
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Table table(JsonCursor in) throws IOException, SnapshotFormatException {
    String name = null;
    String comment = null;
    List<Column> columns = null;
    List<String> primaryKey = null;
    List<UniqueKey> uniqueKeys = null;
    List<Index> indexes = null;
    List<ForeignKey> foreignKeys = null;
    List<Check> checks = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "name" -> name = in.string();
        case "columns" -> columns = in.list(SnapshotReader::column);
        case "primaryKey" -> primaryKey = in.strings();
        case "uniqueKeys" -> uniqueKeys = in.list(SnapshotReader::uniqueKey);
        case "indexes" -> indexes = in.list(SnapshotReader::index);
        case "foreignKeys" -> foreignKeys = in.list(SnapshotReader::foreignKey);
        case "checks" -> checks = in.list(SnapshotReader::check);
        case "comment" -> comment = in.string();
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new Table(required(in, name, "name"), required(in, columns, "columns"), required(in, primaryKey, "primaryKey"),
        required(in, uniqueKeys, "uniqueKeys"), required(in, indexes, "indexes"), required(in, foreignKeys, "foreignKeys"),
        orEmpty(checks), Optional.ofNullable(comment));
  }

  private static Column column(JsonCursor in) throws IOException, SnapshotFormatException {
    String name = null;
    String kindName = null;
    Long length = null;
    Long precision = null;
    Long scale = null;
    List<String> values = null;
    Boolean nullable = null;
    Boolean identity = null;
    String definition = null;
    String defaultValue = null;
    String comment = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "name" -> name = in.string();
        case "type" -> kindName = in.string();
        case "length" -> length = in.integer();
        case "precision" -> precision = in.integer();
        case "scale" -> scale = in.integer();
        case "values" -> values = in.strings();
        case "nullable" -> nullable = in.bool();
        case "identity" -> identity = in.bool();
        case "definition" -> definition = in.string();
        case "default" -> defaultValue = in.string();
        case "comment" -> comment = in.string();
        default -> in.skipValue();
      }
    }
    in.endObject();
    required(in, kindName, "type");
    TypeKind kind = TYPE_KINDS.get(kindName);
    if (kind == null) {
      try {
        kind = TypeKind.valueOf(kindName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new SnapshotFormatException(in.previousPath() + ".type: unknown column type '" + kindName + "'");
      }
    }
    ColumnType type = new ColumnType(kind, orZero(length), orZero(precision), orZero(scale), orEmpty(values));
    return new Column(required(in, name, "name"), type, nullable == null || nullable, identity != null && identity,
        Optional.ofNullable(definition), Optional.ofNullable(defaultValue), Optional.ofNullable(comment));
  }

  private static int orZero(Long value) {
    return value == null ? 0 : value.intValue();
  }

  private static UniqueKey uniqueKey(JsonCursor in) throws IOException, SnapshotFormatException {
    NamedColumns key = namedColumns(in, "implicitName");
    return new UniqueKey(key.name(), key.columns(), key.flag());
  }

  private static Index index(JsonCursor in) throws IOException, SnapshotFormatException {
    NamedColumns index = namedColumns(in, "unique");
    return new Index(index.name(), index.columns(), index.flag());
  }

  /** A unique key's or an index's fields: its name, columns and the one flag each has. */
  private record NamedColumns(String name, List<String> columns, boolean flag) {}

  private static NamedColumns namedColumns(JsonCursor in, String flagName) throws IOException, SnapshotFormatException {
    String name = null;
    List<String> columns = null;
    Boolean flag = null;
    in.beginObject();
    while (in.hasNext()) {
      String field = in.nextName();
      if (field.equals("name")) {
        name = in.string();
      } else if (field.equals("columns")) {
        columns = in.strings();
      } else if (field.equals(flagName)) {
        flag = in.bool();
      } else {
        in.skipValue();
      }
    }
    in.endObject();
    return new NamedColumns(required(in, name, "name"), required(in, columns, "columns"), flag != null && flag);
  }

  private static ForeignKey foreignKey(JsonCursor in) throws IOException, SnapshotFormatException {
    String name = null;
    List<String> columns = null;
    String referencedTable = null;
    List<String> referencedColumns = null;
    OnDelete onDelete = OnDelete.NO_ACTION;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "name" -> name = in.string();
        case "columns" -> columns = in.strings();
        case "referencedTable" -> referencedTable = in.string();
        case "referencedColumns" -> referencedColumns = in.strings();
        case "onDelete" -> onDelete = onDelete(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new ForeignKey(required(in, name, "name"), required(in, columns, "columns"),
        required(in, referencedTable, "referencedTable"), required(in, referencedColumns, "referencedColumns"), onDelete);
  }

  private static OnDelete onDelete(JsonCursor in) throws IOException, SnapshotFormatException {
    String action = in.string();
    if (action == null) {
      return OnDelete.NO_ACTION;
    }
    try {
      return OnDelete.ofExternal(action);
    } catch (IllegalArgumentException e) {
      throw new SnapshotFormatException(in.previousPath() + ": unknown delete action '" + action
          + "' (cascade, restrict, set-null, set-default)");
    }
  }

  private static Check check(JsonCursor in) throws IOException, SnapshotFormatException {
    String name = null;
    String column = null;
    String condition = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "name" -> name = in.string();
        case "column" -> column = in.string();
        case "condition" -> condition = in.string();
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new Check(Optional.ofNullable(name), Optional.ofNullable(column), required(in, condition, "condition"));
  }

  private static Sequence sequence(JsonCursor in) throws IOException, SnapshotFormatException {
    String name = null;
    Long start = null;
    Long increment = null;
    List<IdColumn> ids = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "name" -> name = in.string();
        case "start" -> start = in.integer();
        case "increment" -> increment = in.integer();
        case "ids" -> ids = in.list(SnapshotReader::idColumn);
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new Sequence(required(in, name, "name"), required(in, start, "start"),
        required(in, increment, "increment").intValue(), orEmpty(ids));
  }

  private static IdColumn idColumn(JsonCursor in) throws IOException, SnapshotFormatException {
    String table = null;
    String column = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "table" -> table = in.string();
        case "column" -> column = in.string();
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new IdColumn(required(in, table, "table"), required(in, column, "column"));
  }

  private static GeneratorRow generatorRow(JsonCursor in) throws IOException, SnapshotFormatException {
    String table = null;
    String segmentColumn = null;
    String valueColumn = null;
    String segment = null;
    Long value = null;
    Long increment = null;
    List<IdColumn> ids = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "table" -> table = in.string();
        case "segmentColumn" -> segmentColumn = in.string();
        case "valueColumn" -> valueColumn = in.string();
        case "segment" -> segment = in.string();
        case "value" -> value = in.integer();
        case "increment" -> increment = in.integer();
        case "ids" -> ids = in.list(SnapshotReader::idColumn);
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new GeneratorRow(required(in, table, "table"), required(in, segmentColumn, "segmentColumn"),
        required(in, valueColumn, "valueColumn"), required(in, segment, "segment"), required(in, value, "value"),
        increment == null ? GeneratorRow.DEFAULT_INCREMENT : increment.intValue(), orEmpty(ids));
  }

  private static ExpandContract expansion(JsonCursor in) throws IOException, SnapshotFormatException {
    Long expandedIn = null;
    Long contractedIn = null;
    String from = null;
    String table = null;
    List<Column> columns = null;
    Column old = null;
    Column now = null;
    String forward = null;
    String backward = null;
    List<UniqueKey> oldUniqueKeys = null;
    List<Index> oldIndexes = null;
    List<UniqueKey> renamedUniqueKeys = null;
    List<Index> renamedIndexes = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "expandedIn" -> expandedIn = in.integer();
        case "contractedIn" -> contractedIn = in.integer();
        case "from" -> from = in.string();
        case "table" -> table = in.string();
        case "columns" -> columns = in.list(SnapshotReader::column);
        case "old" -> old = in.skippedNull() ? null : column(in);
        case "now" -> now = in.skippedNull() ? null : column(in);
        case "forward" -> forward = in.string();
        case "backward" -> backward = in.string();
        case "oldUniqueKeys" -> oldUniqueKeys = in.list(SnapshotReader::uniqueKey);
        case "oldIndexes" -> oldIndexes = in.list(SnapshotReader::index);
        case "renamedUniqueKeys" -> renamedUniqueKeys = in.list(SnapshotReader::uniqueKey);
        case "renamedIndexes" -> renamedIndexes = in.list(SnapshotReader::index);
        default -> in.skipValue();
      }
    }
    in.endObject();
    int expanded = required(in, expandedIn, "expandedIn").intValue();
    int contracted = contractedIn == null ? 0 : contractedIn.intValue();
    if (expanded < 1 || contracted != 0 && contracted <= expanded) {
      throw new SnapshotFormatException(in.previousPath() + ": expandedIn must be a version and contractedIn a later one,"
          + " found " + expanded + " and " + contracted);
    }
    Expanded expansion;
    if (from != null) {
      expansion = new TableExpansion(from, required(in, table, "table"), required(in, columns, "columns"));
    } else {
      ExpansionKeys keys = new ExpansionKeys(orEmpty(oldUniqueKeys), orEmpty(oldIndexes), orEmpty(renamedUniqueKeys),
          orEmpty(renamedIndexes));
      expansion = new Expansion(required(in, table, "table"), required(in, old, "old"), required(in, now, "now"),
          Optional.ofNullable(forward), Optional.ofNullable(backward), keys);
    }
    return new ExpandContract(expanded, contracted, expansion);
  }

  private static Map<String, DialectNames> dialectNames(JsonCursor in) throws IOException, SnapshotFormatException {
    Map<String, DialectNames> dialects = new TreeMap<>();
    in.beginObject();
    while (in.hasNext()) {
      String dialect = in.nextName();
      Map<String, String> tables = new TreeMap<>();
      Map<String, Map<String, String>> columns = new TreeMap<>();
      Map<String, Map<String, String>> constraints = new TreeMap<>();
      Map<String, String> sequences = new TreeMap<>();
      in.beginObject();
      while (in.hasNext()) {
        String field = in.nextName();
        if (in.skippedNull()) {
          continue;
        }
        switch (field) {
          case "tables" -> tables = in.names();
          case "columns" -> columns = in.nestedNames();
          case "constraints" -> constraints = in.nestedNames();
          case "sequences" -> sequences = in.names();
          default -> in.skipValue();
        }
      }
      in.endObject();
      dialects.put(dialect, new DialectNames(tables, columns, constraints, sequences));
    }
    in.endObject();
    return dialects;
  }

  private static Sources sources(JsonCursor in) throws IOException, SnapshotFormatException {
    String global = null;
    Map<String, String> types = Map.of();
    Map<String, String> packages = Map.of();
    Map<String, String> tables = Map.of();
    in.beginObject();
    while (in.hasNext()) {
      String field = in.nextName();
      if (!field.equals("global") && in.skippedNull()) {
        continue;
      }
      switch (field) {
        case "global" -> global = in.string();
        case "types" -> types = in.names();
        case "packages" -> packages = in.names();
        case "tables" -> tables = in.names();
        default -> in.skipValue();
      }
    }
    in.endObject();
    return new Sources(new InputDigests(required(in, global, "global"), types, packages), tables);
  }

  private static RecordedMigrations migrations(JsonCursor in) throws IOException, SnapshotFormatException {
    Map<String, String> checksums = new TreeMap<>();
    in.beginObject("expected an object of file -> checksum");
    while (in.hasNext()) {
      String file = in.nextName();
      checksums.put(file, in.string(value -> value.startsWith("sha256:"), "expected a \"sha256:...\" checksum"));
    }
    in.endObject();
    return new RecordedMigrations(checksums);
  }

  /** {@code value}, or the failure that the object just read lacks {@code field}. */
  private static <T> T required(JsonCursor in, T value, String field) throws SnapshotFormatException {
    if (value == null) {
      throw in.missing(field);
    }
    return value;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
