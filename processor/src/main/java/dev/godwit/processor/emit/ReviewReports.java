package dev.godwit.processor.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The review reports ({@code V<n>__slug.md}) in the migration folder's root, and the consistency
 * check they allow: every SQL file a report lists must still exist with the SHA-256 it records.
 */
public final class ReviewReports {
  private static final Pattern NAME = Pattern.compile("V[0-9]+__.*\\.md");
  private static final Pattern ROW = Pattern.compile("^\\| ([^ |]+\\.sql) \\| ([0-9a-f]{64}) \\|$", Pattern.MULTILINE);

  private ReviewReports() {}

  public static String sha256(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** What is wrong between the reports under {@code root} and the SQL files they describe. */
  public static List<String> problems(Path root) throws IOException {
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return problems;
    }
    List<Path> reports;
    try (Stream<Path> files = Files.list(root)) {
      reports = files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).sorted().toList();
    }
    for (Path report : reports) {
      Matcher row = ROW.matcher(Files.readString(report, StandardCharsets.UTF_8));
      while (row.find()) {
        Path sql = root.resolve(row.group(1));
        if (!Files.isRegularFile(sql)) {
          problems.add(sql + " is missing, but its review report " + report + " lists it; restore it from version"
              + " control, or delete the report together with the migration");
        } else if (!sha256(Files.readString(sql, StandardCharsets.UTF_8)).equals(row.group(2))) {
          problems.add(sql + " differs from what Godwit generated (its review report " + report + " records another"
              + " SHA-256): migrations are generated, restore the file from version control and change the entities");
        }
      }
    }
    return problems;
  }
}
