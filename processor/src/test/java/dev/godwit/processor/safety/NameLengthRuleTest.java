package dev.godwit.processor.safety;

import static dev.godwit.processor.safety.RuleCases.ack;
import static dev.godwit.processor.safety.RuleCases.check;
import static dev.godwit.processor.safety.RuleCases.codes;
import static dev.godwit.processor.safety.RuleCases.run;
import static dev.godwit.processor.testing.SchemaFixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.processor.diagnostics.Code;
import dev.godwit.processor.diff.Change;
import dev.godwit.processor.diff.Change.AddColumn;
import dev.godwit.processor.diff.Change.AddUnique;
import dev.godwit.processor.diff.Change.CreateIndex;
import dev.godwit.processor.diff.Change.CreateTable;
import dev.godwit.processor.model.Index;
import dev.godwit.processor.model.UniqueKey;
import dev.godwit.processor.testing.SchemaFixtures;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NameLengthRuleTest {
  static final String N64 = "ix_" + "a".repeat(61);
  static final String N65 = "ix_" + "a".repeat(62);
  static final String UMLAUT_62 = "ix_" + "ä".repeat(30) + "a";

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of(new CreateIndex("customer", new Index(N64, List.of("name"), false)), "customer." + N64,
            List.of("postgresql")),
        Arguments.of(new CreateIndex("customer", new Index(N65, List.of("name"), false)), "customer." + N65,
            List.of("postgresql", "mysql")),
        Arguments.of(new AddUnique("customer", new UniqueKey(UMLAUT_62, List.of("name"), false)),
            "customer." + UMLAUT_62, List.of("postgresql")),
        Arguments.of(new CreateIndex("customer", new Index("i".repeat(300), List.of("name"), false)),
            "customer." + "i".repeat(300), List.of("postgresql", "mysql", "h2")),
        Arguments.of(new CreateTable(SchemaFixtures.table("customer").index(N65, "id").build()), "customer." + N65,
            List.of("postgresql", "mysql")),
        Arguments.of(new Change.RenameSequence(new dev.godwit.processor.model.Sequence("customer_SEQ", 1, 50), N65), N65,
            List.of("postgresql", "mysql")));
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void flagged(Change change, String target, List<String> dialects) {
    assertThat(run(new NameLengthRule(), change)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.CONSTRAINT_NAME_TOO_LONG);
      assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
      assertThat(f.dialects()).isEqualTo(dialects);
      assertThat(f.target()).isEqualTo(target);
      assertThat(f.message()).contains("postgresql allows 63 bytes");
    });
  }

  /**
   * The message gives a concrete name every target keeps (its start, {@code _}, 8 hex digits of the
   * SHA-256 of the whole name) in the attribute that declares it.
   */
  static Stream<Arguments> shorterNames() {
    return Stream.of(
        Arguments.of(new CreateIndex("customer", new Index(N65, List.of("name", "city desc"), false)),
            "@Index(name = \"" + "ix_" + "a".repeat(51) + "_", "\", columnList = \"name, city desc\") in @Table(indexes = ...)"),
        Arguments.of(new AddUnique("customer", new UniqueKey(UMLAUT_62, List.of("first", "last"), false)),
            "@UniqueConstraint(name = \"ix_" + "ä".repeat(25) + "_", "\", columnNames = {\"first\", \"last\"}) in"
                + " @Table(uniqueConstraints = ...)"),
        Arguments.of(new Change.AddForeignKey("orders", new dev.godwit.processor.model.ForeignKey("fk_" + "o".repeat(70),
                List.of("customer_id"), "customer", List.of("id")), false),
            "foreignKey = @ForeignKey(name = \"fk_" + "o".repeat(51) + "_", "\") on the @JoinColumn (or @JoinTable,"
                + " @CollectionTable) of customer_id"),
        Arguments.of(new Change.RenameSequence(new dev.godwit.processor.model.Sequence("customer_SEQ", 1, 50), N65),
            "@SequenceGenerator(name = \"...\", sequenceName = \"ix_" + "a".repeat(51) + "_", "\") on the id"));
  }

  @ParameterizedTest
  @MethodSource("shorterNames")
  void theMessageGivesAShorterNameInTheAnnotationThatDeclaresIt(Change change, String before, String after) {
    assertThat(run(new NameLengthRule(), change)).singleElement().satisfies(f -> {
      java.util.regex.Matcher name = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(before)
          + "([0-9a-f]{8})" + java.util.regex.Pattern.quote(after)).matcher(f.message());
      assertThat(name.find()).as(f.message()).isTrue();
      String shorter = f.message().substring(name.start() + before.lastIndexOf('"') + 1, name.end(1));
      assertThat(RuleCases.dialects()).allMatch(d -> d.fitsIdentifier(shorter));
      assertThat(f.message()).contains("e.g. " + shorter + " (its start, and a hash of the whole name)");
      // the same name always gives the same shorter one
      assertThat(run(new NameLengthRule(), change).get(0).message()).isEqualTo(f.message());
    });
  }

  @org.junit.jupiter.api.Test
  void longNamesSharingTheirStartGetDifferentShorterNames() {
    String first = run(new NameLengthRule(), new CreateIndex("customer", new Index(N65 + "x", List.of("name"), false)))
        .get(0).message();
    String second = run(new NameLengthRule(), new CreateIndex("customer", new Index(N65 + "y", List.of("name"), false)))
        .get(0).message();
    java.util.function.Function<String, String> shorter = m -> m.replaceAll("(?s).*e\\.g\\. (\\S+) .*", "$1");
    assertThat(shorter.apply(first)).startsWith("ix_aaa").isNotEqualTo(shorter.apply(second));
    assertThat(shorter.apply(first).length()).isEqualTo(63);
  }

  @ParameterizedTest
  @MethodSource("flagged")
  void acknowledged(Change change, String target, List<String> dialects) {
    SafetyCheck.Result result = check(change, ack(target, Code.CONSTRAINT_NAME_TOO_LONG));
    assertThat(codes(result)).doesNotContain(Code.CONSTRAINT_NAME_TOO_LONG);
  }

  static Stream<Change> safe() {
    return Stream.of(new CreateIndex("customer", new Index("ix_" + "a".repeat(60), List.of("name"), false)),
        new AddUnique("customer", new UniqueKey("x".repeat(80), List.of("name"), true)),
        new AddColumn("customer", varchar("c".repeat(80), 10), Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("safe")
  void safeNeighbour(Change change) {
    assertThat(run(new NameLengthRule(), change)).isEmpty();
    assertThat(codes(check(change))).doesNotContain(Code.CONSTRAINT_NAME_TOO_LONG);
  }
}
