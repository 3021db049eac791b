package dev.godwit.processor.model;

/**
 * The model's one convention for quoted names, Hibernate's: a name Hibernate quotes is written in
 * backticks ({@code `order`}); dialects turn the backticks into their own quote characters.
 */
public final class Identifiers {
  private Identifiers() {}

  public static boolean isQuoted(String name) {
    return name.length() > 1 && name.startsWith("`") && name.endsWith("`");
  }

  /** The name without its backticks. */
  public static String bare(String name) {
    return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
  }

  public static String quoted(String bare) {
    return "`" + bare + "`";
  }
}
