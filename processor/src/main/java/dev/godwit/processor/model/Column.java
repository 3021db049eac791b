package dev.godwit.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A table column. {@code identity} marks a database-generated key (IDENTITY / auto_increment).
 * {@code definition} is a {@code @Column(columnDefinition)} written verbatim in place of the type;
 * {@code defaultValue} is the SQL default expression ({@code @ColumnDefault}); {@code comment} is
 * the column comment ({@code @Comment}).
 */
public record Column(
    String name,
    ColumnType type,
    boolean nullable,
    boolean identity,
    Optional<String> definition,
    Optional<String> defaultValue,
    Optional<String> comment) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(comment, "comment");
  }

  public Column(String name, ColumnType type, boolean nullable, boolean identity) {
    this(name, type, nullable, identity, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Column withName(String newName) {
    return new Column(newName, type, nullable, identity, definition, defaultValue, comment);
  }

  public Column withNullable(boolean newNullable) {
    return new Column(name, type, newNullable, identity, definition, defaultValue, comment);
  }

  public Column withDefinition(Optional<String> newDefinition) {
    return new Column(name, type, nullable, identity, newDefinition, defaultValue, comment);
  }

  public Column withDefaultValue(Optional<String> newDefault) {
    return new Column(name, type, nullable, identity, definition, newDefault, comment);
  }

  public Column withComment(Optional<String> newComment) {
    return new Column(name, type, nullable, identity, definition, defaultValue, newComment);
  }

  /** The type as written in DDL terms for messages: the column definition when there is one. */
  public String describeType() {
    return definition.orElseGet(type::describe);
  }

  // written out: a record's generated equals and hashCode link through method handles on first use,
  // which spins about eight classes per record in every compile (docs/benchmarks.md, "Eighth round")
  @Override
  public boolean equals(Object other) {
    return other instanceof Column that
        && nullable == that.nullable
        && identity == that.identity
        && name.equals(that.name)
        && type.equals(that.type)
        && definition.equals(that.definition)
        && defaultValue.equals(that.defaultValue)
        && comment.equals(that.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, nullable, identity, definition, defaultValue, comment);
  }
}
