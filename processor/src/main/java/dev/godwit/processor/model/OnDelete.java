package dev.godwit.processor.model;

import java.util.Locale;

/**
 * What the database does to referring rows when a referenced row is deleted: the {@code on delete}
 * action of a foreign key, as Hibernate's {@code @OnDelete(action)} asks for it. {@link #NO_ACTION}
 * is the default and writes no clause (Hibernate writes none for it either).
 */
public enum OnDelete {
  NO_ACTION, CASCADE, RESTRICT, SET_NULL, SET_DEFAULT;

  /** The clause Hibernate 6.6 appends to the key's DDL ({@code " on delete set null"}), empty for the default. */
  public String clause() {
    return this == NO_ACTION ? "" : " on delete " + sql();
  }

  /** The action as SQL spells it ({@code set null}). */
  public String sql() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The action as the snapshot spells it ({@code set-null}), as Hibernate's alternative name. */
  public String external() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The action of {@link #external()}'s spelling. */
  public static OnDelete ofExternal(String text) {
    return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
