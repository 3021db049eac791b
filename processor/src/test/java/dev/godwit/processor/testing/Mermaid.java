package dev.godwit.processor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Mermaid's own parser: the browser bundle of the {@code org.webjars.npm:mermaid} webjar, run in
 * GraalJS, and its {@code mermaid.parse}, which detects the diagram type and runs that diagram's
 * grammar (the erDiagram jison parser) and database. Loading the bundle takes a few seconds in
 * GraalJS's interpreter, so one context serves every test; calls are serialized.
 */
public final class Mermaid {
  private static final String BUNDLE = "META-INF/resources/webjars/mermaid/" + version() + "/dist/mermaid.js";
  private static Value parse;

  private Mermaid() {}

  /** Empty if Mermaid parses {@code diagram} (the text inside the fence), else its error message. */
  public static synchronized Optional<String> syntaxError(String diagram) {
    try {
      Value result = parser().execute(diagram);
      return result.isBoolean() && !result.asBoolean() ? Optional.of("mermaid.parse returned false") : Optional.empty();
    } catch (PolyglotException e) {
      if (e.isHostException() || e.isInternalError()) {
        throw e;
      }
      return Optional.of(e.getMessage());
    }
  }

  /** The Mermaid release whose grammar {@link #syntaxError} runs, from the webjar's Maven metadata. */
  public static String version() {
    try (InputStream in = resource("META-INF/maven/org.webjars.npm/mermaid/pom.properties")) {
      java.util.Properties properties = new java.util.Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Value parser() {
    if (parse == null) {
      Context context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
      // the bundle carries elkjs, which asks for a Worker constructor when it is loaded (never called by parse)
      context.eval("js", "var Worker = function() {};");
      try (InputStream in = resource(BUNDLE)) {
        context.eval(Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), "mermaid.js").build());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      parse = context.getBindings("js").getMember("mermaid").getMember("parse");
    }
    return parse;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Mermaid.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("not on the test class path: " + name);
    }
    return in;
  }
}
