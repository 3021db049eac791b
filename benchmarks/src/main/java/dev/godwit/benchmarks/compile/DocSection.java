package dev.godwit.benchmarks.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces one named, marked section of a Markdown file (between
 * {@code <!-- compile-bench:NAME:start -->} and {@code <!-- compile-bench:NAME:end -->}), appending
 * it when the file has none, so a rerun updates its table and keeps the text around it.
 */
final class DocSection {
  private DocSection() {}

  static String replace(String document, String name, String content) {
    String start = "<!-- compile-bench:" + name + ":start -->";
    String end = "<!-- compile-bench:" + name + ":end -->";
    String block = start + "\n" + content + (content.endsWith("\n") ? "" : "\n") + end;
    int from = document.indexOf(start);
    int to = document.indexOf(end);
    if (from < 0 || to < from) {
      return document + (document.isEmpty() || document.endsWith("\n\n") ? "" : document.endsWith("\n") ? "\n" : "\n\n")
          + block + "\n";
    }
    return document.substring(0, from) + block + document.substring(to + end.length());
  }

  static void write(Path file, String name, String content) throws IOException {
    String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, replace(document, name, content), StandardCharsets.UTF_8);
  }
}
