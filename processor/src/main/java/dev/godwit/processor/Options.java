package dev.godwit.processor;

import dev.godwit.processor.dialect.Dialects;
import dev.godwit.processor.dialect.LockPolicy;
import dev.godwit.processor.dialect.MySqlVersion;
import dev.godwit.processor.dialect.Target;
import dev.godwit.processor.jpa.Naming;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor's {@code -A} options, parsed once. {@code target} names the server versions the
 * safe forms are written for; {@code safeFormsFrom} is the first migration version written with
 * them (a history generated before them keeps its plain DDL byte for byte). {@code contract} lists
 * the expand migrations whose contract step is to be generated (their release runs everywhere).
 */
record Options(
    Path snapshot, Path output, List<String> dialects, Mode mode, Naming naming, String javaPackage,
    Path javaOutput, Optional<String> classpathFolder, boolean renumber, Set<Integer> acceptEdits, BeanValidation beanValidation,
    Target target, int safeFormsFrom, Set<Integer> contract, boolean incremental) {

  static final String SNAPSHOT = "godwit.snapshot";
  static final String OUTPUT = "godwit.output";
  static final String DIALECTS = "godwit.dialects";
  static final String MODE = "godwit.mode";
  static final String NAMING = "godwit.naming";
  static final String PACKAGE = "godwit.package";
  static final String JAVA_OUTPUT = "godwit.javaOutput";
  static final String RENUMBER = "godwit.renumber";
  static final String ACCEPT_EDITS = "godwit.acceptEdits";
  static final String BEAN_VALIDATION = "godwit.beanValidation";
  static final String POSTGRESQL_VERSION = "godwit.postgresql.version";
  static final String MYSQL_VERSION = "godwit.mysql.version";
  static final String POSTGRESQL_LOCK_TIMEOUT = "godwit.postgresql.lockTimeout";
  static final String POSTGRESQL_LOCK_ATTEMPTS = "godwit.postgresql.lockAttempts";
  static final String SAFE_FORMS_FROM = "godwit.safeFormsFrom";
  static final String CONTRACT = "godwit.contract";
  /**
   * {@code true} (the default) lets a compile whose sealed snapshot records its inputs read only
   * the entities a change reaches ({@link IncrementalRead}); {@code false} always reads them all.
   */
  static final String INCREMENTAL = "godwit.incremental";
  static final List<String> ALL = List.of(SNAPSHOT, OUTPUT, DIALECTS, MODE, NAMING, PACKAGE, JAVA_OUTPUT, RENUMBER, ACCEPT_EDITS,
      BEAN_VALIDATION, POSTGRESQL_VERSION, POSTGRESQL_LOCK_TIMEOUT, POSTGRESQL_LOCK_ATTEMPTS, MYSQL_VERSION, SAFE_FORMS_FROM,
      CONTRACT, INCREMENTAL);

  enum Mode { GENERATE, CHECK }

  /**
   * Whether Bean Validation constraints shape the DDL, as Hibernate does when Hibernate Validator
   * is on the runtime classpath: {@code auto} when it is on the compile classpath, {@code ddl}
   * always, {@code none} never.
   */
  enum BeanValidation { AUTO, DDL, NONE }

  /** The parsed options, or the list of problems with them. */
  record Parsed(Optional<Options> options, List<String> problems) {}

  /** A {@code true}/{@code false} option, {@code false} when not set. */
  private static boolean flag(Map<String, String> raw, String name, boolean otherwise, List<String> problems) {
    String value = raw.getOrDefault(name, String.valueOf(otherwise)).trim();
    if (!value.equals("true") && !value.equals("false")) {
      problems.add("option -A" + name + " must be 'true' or 'false', not '" + value + "'");
    }
    return value.equals("true");
  }

  static Parsed parse(Map<String, String> raw) {
    List<String> problems = new ArrayList<>();
    String snapshot = raw.get(SNAPSHOT);
    String output = raw.get(OUTPUT);
    if (snapshot == null || snapshot.isBlank()) {
      problems.add("option -A" + SNAPSHOT + " is required: the path of the committed schema snapshot, "
          + "e.g. -A" + SNAPSHOT + "=${project.basedir}/src/main/godwit/snapshot.json");
    }
    if (output == null || output.isBlank()) {
      problems.add("option -A" + OUTPUT + " is required: the folder for SQL migrations, "
          + "e.g. -A" + OUTPUT + "=${project.basedir}/src/main/resources/db/migration");
    }
    List<String> dialects = new ArrayList<>();
    for (String dialect : raw.getOrDefault(DIALECTS, String.join(",", Dialects.NAMES)).split(",")) {
      String name = dialect.trim();
      if (name.isEmpty()) {
        continue;
      }
      if (!Dialects.NAMES.contains(name)) {
        problems.add("option -A" + DIALECTS + " names unknown dialect '" + name + "'; known: " + String.join(", ", Dialects.NAMES));
      } else if (!dialects.contains(name)) {
        dialects.add(name);
      }
    }
    if (dialects.isEmpty() && problems.isEmpty()) {
      problems.add("option -A" + DIALECTS + " names no dialect; known: " + String.join(", ", Dialects.NAMES));
    }
    Mode mode = Mode.GENERATE;
    String modeValue = raw.getOrDefault(MODE, "generate").trim();
    switch (modeValue) {
      case "generate" -> mode = Mode.GENERATE;
      case "check" -> mode = Mode.CHECK;
      default -> problems.add("option -A" + MODE + " must be 'generate' or 'check', not '" + modeValue + "'");
    }
    Naming naming = Naming.JPA;
    String namingValue = raw.getOrDefault(NAMING, "jpa").trim();
    try {
      naming = Naming.fromOption(namingValue);
    } catch (IllegalArgumentException e) {
      problems.add("option -A" + NAMING + " must be 'jpa' or 'snake_case', not '" + namingValue + "'");
    }
    String javaPackage = raw.getOrDefault(PACKAGE, "db.godwit").trim();
    if (!javaPackage.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
      problems.add("option -A" + PACKAGE + " must be a Java package name, not '" + javaPackage + "'");
    }
    BeanValidation beanValidation = BeanValidation.AUTO;
    String beanValidationValue = raw.getOrDefault(BEAN_VALIDATION, "auto").trim();
    switch (beanValidationValue) {
      case "auto" -> beanValidation = BeanValidation.AUTO;
      case "ddl" -> beanValidation = BeanValidation.DDL;
      case "none" -> beanValidation = BeanValidation.NONE;
      default -> problems.add("option -A" + BEAN_VALIDATION + " must be 'auto', 'ddl' or 'none', not '"
          + beanValidationValue + "'");
    }
    boolean renumber = flag(raw, RENUMBER, false, problems);
    Set<Integer> acceptEdits = versions(raw, ACCEPT_EDITS, problems);
    boolean incremental = flag(raw, INCREMENTAL, true, problems);
    Set<Integer> contract = versions(raw, CONTRACT, problems);
    int postgresVersion = Target.DEFAULT.postgresVersion();
    String postgresValue = raw.getOrDefault(POSTGRESQL_VERSION, String.valueOf(postgresVersion)).trim();
    try {
      postgresVersion = Integer.parseInt(postgresValue);
      new Target(postgresVersion, MySqlVersion.DEFAULT, true);
    } catch (IllegalArgumentException e) {
      problems.add("option -A" + POSTGRESQL_VERSION + " must be the server's major version, 11 or newer (e.g. 12, 17), not '"
          + postgresValue + "'");
    }
    LockPolicy lock = lockPolicy(raw, problems);
    MySqlVersion mysql = MySqlVersion.DEFAULT;
    try {
      mysql = MySqlVersion.parse(raw.getOrDefault(MYSQL_VERSION, MySqlVersion.DEFAULT.toString()));
    } catch (IllegalArgumentException e) {
      problems.add("option -A" + MYSQL_VERSION + ": " + e.getMessage());
    }
    int safeFormsFrom = 1;
    String fromValue = raw.getOrDefault(SAFE_FORMS_FROM, "1").trim();
    try {
      safeFormsFrom = Integer.parseInt(fromValue);
    } catch (NumberFormatException e) {
      safeFormsFrom = 0;
    }
    if (safeFormsFrom < 1) {
      problems.add("option -A" + SAFE_FORMS_FROM + " must be a migration version, 1 or more, not '" + fromValue + "'");
    }
    if (!problems.isEmpty()) {
      return new Parsed(Optional.empty(), problems);
    }
    Path outputPath = Path.of(output.trim()).toAbsolutePath().normalize();
    String javaOutput = raw.getOrDefault(JAVA_OUTPUT, "").trim();
    Path javaOutputPath = javaOutput.isEmpty() ? defaultJavaOutput(outputPath)
        : Path.of(javaOutput).toAbsolutePath().normalize();
    return new Parsed(Optional.of(new Options(Path.of(snapshot.trim()).toAbsolutePath().normalize(), outputPath,
        List.copyOf(dialects), mode, naming, javaPackage, javaOutputPath, classpathFolder(outputPath), renumber,
        Set.copyOf(acceptEdits), beanValidation, new Target(postgresVersion, mysql, true, lock), safeFormsFrom,
        Set.copyOf(contract), incremental)), List.of());
  }

  /**
   * The lock timeout and attempts of PostgreSQL's retried steps. They are written into each new
   * migration's SQL; committed migrations keep the values they were generated with.
   */
  private static LockPolicy lockPolicy(Map<String, String> raw, List<String> problems) {
    LockPolicy lock = LockPolicy.DEFAULT;
    String timeoutValue = raw.getOrDefault(POSTGRESQL_LOCK_TIMEOUT, lock.timeout()).trim();
    try {
      lock = lock.withTimeoutMillis(LockPolicy.parseTimeoutMillis(timeoutValue));
    } catch (IllegalArgumentException e) {
      problems.add("option -A" + POSTGRESQL_LOCK_TIMEOUT + " must be a duration from 1ms to "
          + LockPolicy.MAX_TIMEOUT_MILLIS / 1000 + "s (e.g. 50ms, 1s), not '" + timeoutValue + "'");
    }
    String attemptsValue = raw.getOrDefault(POSTGRESQL_LOCK_ATTEMPTS, String.valueOf(lock.attempts())).trim();
    try {
      lock = lock.withAttempts(Integer.parseInt(attemptsValue));
    } catch (IllegalArgumentException e) {
      problems.add("option -A" + POSTGRESQL_LOCK_ATTEMPTS + " must be a number of attempts from 1 to "
          + LockPolicy.MAX_ATTEMPTS + ", not '" + attemptsValue + "'");
    }
    return lock;
  }

  /** A list of migration versions, {@code 3,4} or {@code V3,V4}. */
  private static Set<Integer> versions(Map<String, String> raw, String option, List<String> problems) {
    Set<Integer> versions = new TreeSet<>();
    for (String version : raw.getOrDefault(option, "").split(",")) {
      if (version.isBlank()) {
        continue;
      }
      try {
        versions.add(Integer.parseInt(version.trim().replaceFirst("^[Vv]", "")));
      } catch (NumberFormatException e) {
        problems.add("option -A" + option + " must list version numbers, e.g. 3,4, not '" + version.trim() + "'");
      }
    }
    return versions;
  }

  /**
   * The Java source folder beside the resources folder the SQL goes to ({@code src/main/java} for
   * {@code src/main/resources/db/migration}); {@code <output>/java} when the output is not under a
   * {@code resources} folder.
   */
  private static Path defaultJavaOutput(Path output) {
    Path resources = null;
    for (Path folder = output; folder != null; folder = folder.getParent()) {
      if (folder.getFileName() != null && folder.getFileName().toString().equals("resources")) {
        resources = folder;
        break;
      }
    }
    return resources == null ? output.resolve("java") : resources.resolveSibling("java");
  }

  /** The folder of the Java migration classes' sources: {@code javaOutput} and the package's folders. */
  Path javaFolder() {
    Path folder = javaOutput;
    for (String part : javaPackage.split("\\.")) {
      folder = folder.resolve(part);
    }
    return folder;
  }

  /** Where the output folder sits on the classpath: the part after {@code resources/}, if any. */
  private static Optional<String> classpathFolder(Path output) {
    List<String> parts = Arrays.stream(output.toString().replace('\\', '/').split("/")).toList();
    int resources = parts.lastIndexOf("resources");
    if (resources < 0 || resources == parts.size() - 1) {
      return Optional.empty();
    }
    return Optional.of(String.join("/", parts.subList(resources + 1, parts.size())));
  }
}
