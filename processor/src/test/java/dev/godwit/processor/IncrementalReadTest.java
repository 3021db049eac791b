package dev.godwit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental read ({@link IncrementalRead}) must give what reading every entity gives: each
 * compile here runs twice from the same committed state, once with {@code -Agodwit.incremental=true}
 * and once with {@code false}, and every file written and every diagnostic must be the same.
 */
class IncrementalReadTest {
  @TempDir
  Path dir;

  @Test
  void aWidenedColumnANewEnumConstantAndAnEditOfAReferencedEntityAreReadIncrementallyAsAFullReadReadsThem() throws IOException {
    Map<String, String> model = new TreeMap<>(Map.of(
        "shop/Customer.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Customer {
              @Id @GeneratedValue Long id;
              @Column(length = 40) String name;
              @Enumerated(EnumType.STRING) Tier tier;
            }
            """,
        "shop/Tier.java", "package shop; public enum Tier { GOLD, SILVER }\n",
        "shop/Purchase.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Purchase {
              @Id @GeneratedValue Long id;
              @ManyToOne(optional = false) Customer customer;
              @ManyToOne Product product;
            }
            """,
        "shop/Product.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Product {
              @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
              String title;
            }
            """));
    for (Map.Entry<String, String> edit : List.of(
        Map.entry("shop/Product.java", model.get("shop/Product.java").replace("String title;", "@Column(length = 400) String title;")),
        Map.entry("shop/Tier.java", "package shop; public enum Tier { GOLD, SILVER, BRONZE }\n"),
        Map.entry("shop/Customer.java", model.get("shop/Customer.java").replace("length = 40", "length = 60")))) {
      Run read = bothWays(model, edit.getKey(), edit.getValue());
      assertThat(Files.readString(dir.resolve("base/godwit/snapshot.json")))
          .contains("\"sources\": {", "\"shop.Purchase\": \"", "\"purchase\": \"shop.Purchase\"");
      assertThat(read.diagnostics()).as(edit.getKey())
          .contains("NOTE: Godwit read 2 of 3 entities, those the classes changed since snapshot.json reach (godwit.incremental)");
    }
  }

  @Test
  void aChangedEmbeddableReadsEveryEntity() throws IOException {
    Path base = dir.resolve("base");
    Path sources = dir.resolve("src");
    Map<String, String> model = new TreeMap<>(Map.of(
        "shop/Address.java", """
            package shop;
            import jakarta.persistence.*;
            @Embeddable public class Address { String city; }
            """,
        "shop/Customer.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Customer { @Id Long id; @Embedded Address address; String name; }
            """));
    write(sources, model);
    assertThat(compile(sources, base, true).success()).isTrue();
    Map<String, String> edited = new TreeMap<>(model);
    edited.put("shop/Address.java", model.get("shop/Address.java").replace("String city;", "String city; String zip;"));
    Path editedSources = dir.resolve("edited");
    write(editedSources, edited);
    Run read = compile(editedSources, base, true);
    assertThat(read.success()).isTrue();
    assertThat(read.incremental()).isFalse();
    assertThat(read.diagnostics()).contains("NOTE: Godwit read every entity: shop.Address changed, an embeddable (godwit.incremental)");
    assertThat(files(base)).containsKey("db/migration/h2/V2__add_customer_zip.sql");
  }

  @Test
  void aPartGrowsByTheTableItsOneToManyJoinColumnAddsTo() throws IOException {
    Map<String, String> model = new TreeMap<>(Map.of(
        "shop/Customer.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Customer { @Id Long id; @Column(length = 40) String name; }
            """,
        "shop/PurchaseOrder.java", """
            package shop;
            import jakarta.persistence.*;
            import java.util.List;
            @Entity public class PurchaseOrder {
              @Id Long id;
              @ManyToOne Customer customer;
              @OneToMany @JoinColumn(name = "order_id") List<Line> lines;
            }
            """,
        "shop/Line.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Line { @Id Long id; String sku; }
            """,
        "shop/Product.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Product { @Id Long id; String title; }
            """));
    Run read = bothWays(model, "shop/Customer.java", model.get("shop/Customer.java").replace("length = 40", "length = 60"));
    // Customer changed, PurchaseOrder refers to it, and PurchaseOrder's join column is a column of Line's table
    assertThat(read.diagnostics())
        .contains("NOTE: Godwit read 3 of 4 entities, those the classes changed since snapshot.json reach (godwit.incremental)");
  }

  @Test
  void aGeneratorOnlyItsOwnIdNamesIsReadIncrementallyOneAnotherEntityLooksUpIsNot() throws IOException {
    Map<String, String> model = new TreeMap<>(Map.of(
        "shop/Base.java", """
            package shop;
            import jakarta.persistence.*;
            @MappedSuperclass @SequenceGenerator(name = "ids", sequenceName = "shared_ids", allocationSize = 50)
            public abstract class Base {}
            """,
        "shop/Refund.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Refund extends Base { @Id @GeneratedValue(generator = "ids") Long id; }
            """,
        "shop/Invoice.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Invoice {
              @Id @GeneratedValue(generator = "invoices") @SequenceGenerator(name = "invoices", sequenceName = "invoice_ids")
              Long id;
              String number;
            }
            """,
        "shop/Voucher.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Voucher {
              @Id @GeneratedValue(generator = "ids") @SequenceGenerator(name = "ids", sequenceName = "shared_ids", allocationSize = 50)
              Long id;
              String code;
            }
            """));
    Run local = bothWays(model, "shop/Invoice.java", model.get("shop/Invoice.java").replace("String number;", "String number; String note;"));
    assertThat(local.diagnostics())
        .contains("NOTE: Godwit read 1 of 3 entities, those the classes changed since snapshot.json reach (godwit.incremental)");
    Run shared = bothWays(model, "shop/Voucher.java", model.get("shop/Voucher.java").replace("String code;", "String code; String note;"));
    assertThat(shared.diagnostics()).contains("NOTE: Godwit read every entity: generator \"ids\", which the entities the"
        + " change reaches declare, is named by an id of another entity that does not declare it (godwit.incremental)");
  }

  @Test
  void aChangedMappedSuperclassReadsItsSubclassesOnly() throws IOException {
    Map<String, String> model = new TreeMap<>(Map.of(
        "shop/Audited.java", """
            package shop;
            import jakarta.persistence.*;
            @MappedSuperclass public abstract class Audited { @Column(length = 30) String createdBy; }
            """,
        "shop/Invoice.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Invoice extends Audited { @Id Long id; String number; }
            """,
        "shop/Customer.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Customer { @Id Long id; String name; }
            """));
    Run read = bothWays(model, "shop/Audited.java", model.get("shop/Audited.java").replace("length = 30", "length = 50"));
    assertThat(read.diagnostics())
        .contains("NOTE: Godwit read 1 of 2 entities, those the classes changed since snapshot.json reach (godwit.incremental)");
  }

  /**
   * The names of the tables an incremental read kept are not checked again (the compile that sealed
   * the snapshot checked them); those of the tables it read are, as a full read checks them.
   */
  @Test
  void aTooLongNameInTheEntitiesReadFailsAsAFullReadFails() throws IOException {
    Map<String, String> model = new TreeMap<>(Map.of(
        "shop/Customer.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Customer { @Id Long id; String name; }
            """,
        "shop/Product.java", """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Product { @Id Long id; String title; }
            """));
    Runs runs = twoWays(model, "shop/Customer.java", model.get("shop/Customer.java")
        .replace("String name;", "String name; @Column(name = \"" + "x".repeat(70) + "\") String note;"));
    assertThat(runs.read().success()).isFalse();
    assertThat(runs.read().diagnostics())
        .anyMatch(d -> d.startsWith("ERROR: shop/Customer.java:3: ") && d.contains("column name x"))
        .isEqualTo(runs.all().diagnostics());
    assertSameFiles("a too-long name", files(dir.resolve("on")), files(dir.resolve("off")));
  }

  /**
   * Compiles {@code model}, then the model with {@code file} edited from that state twice, with the
   * incremental read on and off; both must succeed, say the same but for the read note, and write
   * the same files. Returns the run with the read on.
   */
  private Run bothWays(Map<String, String> model, String file, String edit) throws IOException {
    Runs runs = twoWays(model, file, edit);
    Run read = runs.read();
    Run all = runs.all();
    assertThat(read.success()).as(read.diagnostics().toString()).isTrue();
    assertThat(all.incremental()).isFalse();
    assertThat(read.withoutReadNote()).isEqualTo(all.diagnostics());
    assertSameFiles(file, files(dir.resolve("on")), files(dir.resolve("off")));
    assertThat(files(dir.resolve("on")).keySet()).as(file).anyMatch(f -> f.startsWith("db/migration/h2/V2__"));
    return read;
  }

  /** The two compiles of an edit, with the read on (in project {@code on}) and off ({@code off}). */
  private record Runs(Run read, Run all) {}

  /** Compiles {@code model}, then the model with {@code file} edited from that state with the read on and off. */
  private Runs twoWays(Map<String, String> model, String file, String edit) throws IOException {
    Path base = dir.resolve("base");
    Path state = dir.resolve("on");
    Path other = dir.resolve("off");
    for (Path project : List.of(base, state, other)) {
      delete(project);
    }
    write(dir.resolve("src"), model);
    Run first = compile(dir.resolve("src"), base, true);
    assertThat(first.success()).as(first.diagnostics().toString()).isTrue();
    copy(base, state);
    copy(base, other);
    Map<String, String> edited = new TreeMap<>(model);
    edited.put(file, edit);
    Path editedSources = dir.resolve("edited");
    delete(editedSources);
    write(editedSources, edited);
    return new Runs(compile(editedSources, state, true), compile(editedSources, other, false));
  }

  private static void delete(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static void assertSameFiles(String what, Map<String, String> read, Map<String, String> all) {
    assertThat(read.keySet()).as(what).isEqualTo(all.keySet());
    read.forEach((file, text) -> assertThat(text).as(what + ": " + file).isEqualTo(all.get(file)));
  }

  private record Run(boolean success, List<String> diagnostics) {
    private static final String READ_NOTE = "NOTE: Godwit read ";

    boolean incremental() {
      return diagnostics.stream().anyMatch(d -> d.startsWith(READ_NOTE) && !d.startsWith(READ_NOTE + "every entity"));
    }

    List<String> withoutReadNote() {
      return diagnostics.stream().filter(d -> !d.startsWith(READ_NOTE)).toList();
    }
  }

  private static Run compile(Path sources, Path project, boolean incremental) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Path classes = project.resolve("classes");
      Files.createDirectories(classes);
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(classes.toFile()));
      List<String> options = List.of("--release", "17", "-implicit:none", "-classpath",
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
          "-Agodwit.snapshot=" + project.resolve("godwit/snapshot.json"), "-Agodwit.output=" + project.resolve("db/migration"),
          "-Agodwit.javaOutput=" + project.resolve("java"), "-Agodwit.dialects=h2,postgresql,mysql", "-Agodwit.naming=snake_case",
          "-Agodwit.incremental=" + incremental);
      List<Path> java;
      try (Stream<Path> walk = Files.walk(sources)) {
        java = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(java));
      task.setProcessors(List.of(new GodwitProcessor()));
      boolean success = task.call();
      List<String> printed = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        String where = d.getSource() == null ? ""
            : sources.toAbsolutePath().relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
        printed.add(d.getKind() + ": " + where + d.getMessage(Locale.ROOT).replace(project.toString(), "<project>"));
      }
      return new Run(success, printed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the project but the class output, by relative path. */
  private static Map<String, String> files(Path project) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = project.relativize(file).toString().replace('\\', '/');
        if (!relative.startsWith("classes/")) {
          files.put(relative, Files.readString(file));
        }
      }
    }
    return files;
  }

  private static void write(Path root, Map<String, String> sources) throws IOException {
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = root.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
