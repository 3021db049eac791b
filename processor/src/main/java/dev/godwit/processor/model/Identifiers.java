package dev.godwit.processor.model;

import java.util.Optional;

/**
 * The model's conventions for names, Hibernate's: a name Hibernate quotes is written in backticks
 * ({@code `order`}); dialects turn the backticks into their own quote characters. A table or
 * sequence in a schema ({@code @Table(schema = ...)}) is named {@code schema.table}, each part
 * in that convention ({@code billing.`order`}); a dot outside backticks appears in no other name,
 * as a name with a dot is not a plain identifier and is quoted.
 */
public final class Identifiers {
  private Identifiers() {}

  /** Whether {@code name} is one quoted identifier ({@code `order`}, not {@code `a`.`b`}). */
  public static boolean isQuoted(String name) {
    return name.length() > 1 && name.startsWith("`") && name.indexOf('`', 1) == name.length() - 1;
  }

  /** The name without its backticks; each part's, for a qualified name ({@code billing.order}). */
  public static String bare(String name) {
    int dot = qualifierEnd(name);
    if (dot >= 0) {
      return bare(name.substring(0, dot)) + "." + bare(name.substring(dot + 1));
    }
    return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
  }

  public static String quoted(String bare) {
    return "`" + bare + "`";
  }

  /** {@code schema.name}, or {@code name} without a schema. */
  public static String qualified(Optional<String> schema, String name) {
    return schema.map(s -> s + "." + name).orElse(name);
  }

  /** The schema of a qualified table or sequence name; empty for a name in the default schema. */
  public static Optional<String> schema(String name) {
    int dot = qualifierEnd(name);
    return dot < 0 ? Optional.empty() : Optional.of(name.substring(0, dot));
  }

  /** The name of a table or sequence within its schema ({@code `order`} of {@code billing.`order`}). */
  public static String local(String name) {
    int dot = qualifierEnd(name);
    return dot < 0 ? name : name.substring(dot + 1);
  }

  /** Where the schema of a qualified name ends: the first dot outside backticks, or -1. */
  private static int qualifierEnd(String name) {
    boolean inQuotes = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '`') {
        inQuotes = !inQuotes;
      } else if (c == '.' && !inQuotes) {
        return i;
      }
    }
    return -1;
  }
}
