package dev.godwit.processor.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The review reports ({@code V<n>__slug.md}) in the migration folder's root, and the consistency
 * check they allow: every report belongs to a migration {@code V<n>__slug.sql} that every dialect
 * folder still has (a report left behind by a deleted or renumbered migration would mislead the
 * next review).
 */
public final class ReviewReports {
  private static final Pattern NAME = Pattern.compile("V[0-9]+__.*\\.md");

  private ReviewReports() {}

  /** The report of the migration whose up script is {@code upScript}, e.g. {@code .../V2__x.sql}. */
  public static Path reportOf(Path root, Path upScript) {
    String name = upScript.getFileName().toString();
    return root.resolve(name.substring(0, name.length() - ".sql".length()) + ".md");
  }

  /** What is wrong between the reports under {@code root} and the dialect folders' migrations. */
  public static List<String> problems(Path root, Collection<String> dialects) throws IOException {
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return problems;
    }
    List<Path> reports;
    try (Stream<Path> files = Files.list(root)) {
      reports = files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).sorted().toList();
    }
    for (Path report : reports) {
      String name = report.getFileName().toString();
      String sql = name.substring(0, name.length() - ".md".length()) + ".sql";
      for (String dialect : dialects) {
        if (!Files.isRegularFile(root.resolve(dialect).resolve(sql))) {
          problems.add("the review report " + report + " belongs to " + dialect + "/" + sql + ", which does not exist;"
              + " delete the report with its migration, or restore the migration from version control");
        }
      }
    }
    return problems;
  }
}
