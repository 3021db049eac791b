package dev.godwit.processor.emit;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A committed migration file name: {@code V<n>__<slug>.sql} (up) or {@code U<n>__<slug>.sql} (down). */
public record MigrationFile(boolean up, int version, String slug) {
  private static final Pattern NAME = Pattern.compile("([VU])([0-9]+)__([A-Za-z0-9_]+)\\.sql");

  public static Optional<MigrationFile> parse(String fileName) {
    Matcher matcher = NAME.matcher(fileName);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new MigrationFile(matcher.group(1).equals("V"), Integer.parseInt(matcher.group(2)), matcher.group(3)));
  }

  public String fileName() {
    return (up ? "V" : "U") + version + "__" + slug + ".sql";
  }

  // written out: see model.Column.equals
  @Override
  public boolean equals(Object other) {
    return other instanceof MigrationFile that
        && up == that.up
        && version == that.version
        && Objects.equals(slug, that.slug);
  }

  @Override
  public int hashCode() {
    return Objects.hash(up, version, slug);
  }
}
