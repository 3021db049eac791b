package dev.godwit.processor.diagnostics;

/**
 * Every diagnostic Godwit reports, with a stable code grouped by stage: 1xx reading entities,
 * 2xx hint annotations, 3xx the snapshot, 4xx safety, 5xx options and files. Messages start with
 * the bracketed code so users can search for it.
 */
public enum Code {
  UNSUPPORTED_MAPPING("GW101"),
  UNSUPPORTED_TYPE("GW102"),
  MISSING_ID("GW103"),
  DUPLICATE_COLUMN("GW104"),
  UNKNOWN_RELATION_TARGET("GW105"),
  CONFLICTING_TABLE("GW106"),
  UNRESOLVED_ANNOTATION("GW107"),
  NAME_TOO_LONG("GW108"),
  /** A mapping Hibernate itself refuses, e.g. a scale on a floating point column. */
  INVALID_MAPPING("GW109"),
  /** A relation or collection mapping Hibernate rejects (join columns that do not match the key, unknown mappedBy). */
  INVALID_ASSOCIATION("GW110"),

  UNKNOWN_RENAME_SOURCE("GW201"),
  DUPLICATE_RENAME_SOURCE("GW202"),
  MISSING_REASON("GW203"),
  UNUSED_ACKNOWLEDGEMENT("GW204"),
  EMPTY_BACKFILL("GW205"),
  UNNEEDED_BACKFILL("GW206"),
  AMBIGUOUS_ACKNOWLEDGEMENT("GW207"),
  /** {@code @Renamed(strategy = EXPAND_CONTRACT)} where Godwit cannot expand/contract (a table, a key column ...). */
  EXPAND_CONTRACT_UNSUPPORTED("GW208"),

  UNREADABLE_SNAPSHOT("GW301"),

  DROP_TABLE("GW401"),
  DROP_COLUMN("GW402"),
  NARROWING_CHANGE("GW403"),
  NOT_NULL_WITHOUT_BACKFILL("GW404"),
  SET_NOT_NULL("GW405"),
  PRIMARY_KEY_CHANGE("GW406"),
  RENAME_TABLE("GW407"),
  RENAME_COLUMN("GW408"),
  TYPE_CHANGE_REWRITES("GW409"),
  BACKFILL_REWRITES_TABLE("GW410"),
  SET_NOT_NULL_SCANS("GW411"),
  DROP_NOT_NULL("GW412"),
  ADD_FOREIGN_KEY("GW413"),
  ADD_UNIQUE("GW414"),
  CREATE_INDEX_LOCKS("GW415"),
  DROP_INDEX_LOCKS("GW416"),
  ADD_IDENTITY_COLUMN("GW417"),
  VOLATILE_BACKFILL("GW418"),
  BACKFILL_UNKNOWN_COLUMN("GW419"),
  LOOKS_LIKE_RENAME("GW420"),
  CONSTRAINT_NAME_TOO_LONG("GW421"),
  FOREIGN_KEY_WITHOUT_INDEX("GW422"),
  /** An expand step whose contract is not generated yet: a warning on every compile until it is. */
  CONTRACT_PENDING("GW423"),
  /** An expand step on a dialect that cannot keep the old and the new column in sync (H2). */
  EXPAND_NOT_SYNCED("GW424"),
  /** An entity change that a pending contract forbids (its table or new column removed, its old name reused). */
  CONTRACT_BLOCKED("GW425"),
  /** An id stops being an identity: the previous release still inserts without an id. */
  ID_IDENTITY_DROPPED("GW426"),
  /** A sequence that fills ids of a kept table is dropped or renamed: the previous release still calls it. */
  ID_SEQUENCE_GONE("GW427"),
  /** A table generator row that fills ids of a kept table is deleted: the previous release inserts it again. */
  ID_GENERATOR_ROW_GONE("GW428"),
  /** An id leaves a sequence or generator row that stays: the previous release keeps drawing from it. */
  ID_LEAVES_GENERATOR("GW429"),
  /** A used sequence's allocation size shrinks: the previous release's blocks overlap the new ones. */
  SEQUENCE_ALLOCATION_SHRINKS("GW430"),
  /** A column added to an existing table with a volatile default: every row gets its own value, so the table is rewritten. */
  VOLATILE_DEFAULT("GW431"),
  /** A check constraint ({@code @Check}) added to an existing table: a scan while writers wait, failing on rows that break it. */
  ADD_CHECK("GW432"),
  /** A kept foreign key's delete action (Hibernate's @OnDelete) changes: the previous release's deletes act differently. */
  DELETE_ACTION_CHANGED("GW433"),
  /** A column added to an existing table with a non-literal default where the server adds it by rebuilding the table (MySQL). */
  EXPRESSION_DEFAULT("GW434"),

  INVALID_OPTION("GW501"),
  MIGRATION_MISSING("GW502"),
  WRITE_FAILED("GW503"),
  MIGRATION_FILES_INCONSISTENT("GW504"),
  MIGRATION_EDITED("GW505"),
  MIGRATION_VERSION_CONFLICT("GW506"),
  RECOVERED_INTERRUPTED_WRITE("GW507"),
  /** A version's committed Java class source is missing or is not what Godwit writes for it (check mode). */
  JAVA_MIGRATION_STALE("GW508"),
  INTERNAL_ERROR("GW599");

  private final String id;

  Code(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The message as shown to users: {@code [GW401] ...}. */
  public String format(String message) {
    return "[" + id + "] " + message;
  }
}
