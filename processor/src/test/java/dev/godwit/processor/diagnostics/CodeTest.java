package dev.godwit.processor.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeTest {

  @Test
  void idsAreUnique() {
    List<String> ids = Arrays.stream(Code.values()).map(Code::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void idsAreGroupedByStage() {
    for (Code code : Code.values()) {
      assertThat(code.id()).as("%s", code).matches("GW[1-5][0-9][0-9]");
    }
    assertThat(Code.MISSING_ID.id()).startsWith("GW1");
    assertThat(Code.UNKNOWN_RENAME_SOURCE.id()).startsWith("GW2");
    assertThat(Code.UNREADABLE_SNAPSHOT.id()).startsWith("GW3");
    assertThat(Code.DROP_COLUMN.id()).startsWith("GW4");
    assertThat(Code.INVALID_OPTION.id()).startsWith("GW5");
  }

  @Test
  void messagesStartWithTheBracketedCode() {
    assertThat(Code.DROP_TABLE.format("dropping table x")).isEqualTo("[GW401] dropping table x");
  }
}
