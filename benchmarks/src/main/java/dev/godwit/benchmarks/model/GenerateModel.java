package dev.godwit.benchmarks.model;

import java.nio.file.Path;

/**
 * Writes a synthetic model to a folder: {@code GenerateModel <folder> <entities> [edited] [features]},
 * features as a comma-separated list of {@link Feature} names (default: all).
 */
public final class GenerateModel {
  private GenerateModel() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: GenerateModel <folder> <entities> [edited] [features]");
      System.exit(2);
    }
    boolean edited = args.length > 2 && args[2].equals("edited");
    var features = args.length > 3 ? Feature.parse(args[3]) : Feature.all();
    ModelGenerator generator = new ModelGenerator(Integer.parseInt(args[1]), ModelGenerator.DEFAULT_SEED, features);
    int files = generator.writeTo(Path.of(args[0]), edited).size();
    System.out.println(files + " files in " + args[0] + (edited ? "; edited: " + generator.editDescription() : ""));
  }
}
