package dev.godwit.engines;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects {@link H2Engine}, {@link PostgresEngine} and {@link MariaDbEngine} parameters. Each engine
 * starts on first use, once per JVM, and is kept in the root store, so all test classes share it;
 * JUnit stops it after the last test. Tests isolate themselves with {@link Engine#newDatabase()}.
 */
public final class Engines implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Engines.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == H2Engine.class || type == PostgresEngine.class || type == MariaDbEngine.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    // getOrComputeIfAbsent is synchronized: parallel test classes still start one engine each
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(type, Engines::start, Running.class)
        .engine();
  }

  private static Running start(Class<?> type) {
    long start = System.nanoTime();
    Engine engine = type == PostgresEngine.class ? PostgresEngine.start()
        : type == MariaDbEngine.class ? MariaDbEngine.start()
        : new H2Engine();
    System.out.printf("[%s] engine started in %d ms%n", engine.label(), (System.nanoTime() - start) / 1_000_000);
    return new Running(engine);
  }

  /** A started engine in the store; JUnit closes it when the test plan ends. */
  private record Running(Engine engine) implements CloseableResource {
    @Override
    public void close() throws Exception {
      if (engine instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }
}
