package dev.godwit.corpus;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import dev.godwit.engines.Engine;
import dev.godwit.engines.Engines;
import dev.godwit.engines.H2Engine;
import dev.godwit.engines.MariaDbEngine;
import dev.godwit.engines.PostgresEngine;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Godwit on realistic domains, each in two versions ({@code src/test/resources/domains}): the
 * migrations it generates for v1 and for the evolution to v2 build exactly Hibernate's schema of
 * each version on every engine, and its undo of V2 restores Hibernate's schema of v1.
 */
@ExtendWith(Engines.class)
class CorpusTest {

  @TestFactory
  Stream<DynamicContainer> h2(H2Engine engine) {
    return walks(engine);
  }

  @TestFactory
  Stream<DynamicContainer> postgresql(PostgresEngine engine) {
    return walks(engine);
  }

  @TestFactory
  Stream<DynamicContainer> mariadb(MariaDbEngine engine) {
    return walks(engine);
  }

  private static Stream<DynamicContainer> walks(Engine engine) {
    return Domain.all().stream().map(domain -> dynamicContainer(domain.name(), new DomainWalk(domain, engine).steps()));
  }
}
