package dev.godwit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndoScriptTest {
  @TempDir
  Path folder;

  @Test
  void splitsAtSemicolonsEndingALineAndSkipsCommentLines() throws Exception {
    Path file = Files.writeString(folder.resolve("U2__x.sql"), """
        -- Godwit undo of V2
        --   drop column a; not a statement

        alter table t drop column a;

        update t
          set b = 'x;y';
        insert into t values ( 1 );
        """);
    assertThat(UndoScript.statements(file)).containsExactly(
        "alter table t drop column a", "update t\n  set b = 'x;y'", "insert into t values ( 1 )");
  }

  @Test
  void rejectsATrailingStatementWithoutSemicolon() throws Exception {
    Path file = Files.writeString(folder.resolve("U3__x.sql"), "drop table t;\ndrop table u\n");
    assertThatThrownBy(() -> UndoScript.statements(file)).hasMessageContaining("drop table u");
  }
}
