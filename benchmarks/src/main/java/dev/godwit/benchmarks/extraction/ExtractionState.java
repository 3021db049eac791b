package dev.godwit.benchmarks.extraction;

import com.sun.source.util.JavacTask;
import dev.godwit.benchmarks.model.Feature;
import dev.godwit.benchmarks.model.ModelGenerator;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The synthetic model of {@code entities} entities (every feature), parsed and attributed by javac
 * in memory once, so a benchmark of extraction measures Godwit's reading of the entities and not
 * javac's own parsing and completion of them.
 */
@State(Scope.Benchmark)
public class ExtractionState {
  @Param({"1000", "5000"})
  public int entities;

  public Elements elements;
  public Types types;
  public List<TypeElement> entityTypes;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Map<String, String> sources = new ModelGenerator(entities, ModelGenerator.DEFAULT_SEED, Feature.all()).sources(false);
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((name, text) -> files.add(new Source(name, text)));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavacTask task = (JavacTask) javac.getTask(null, null, null,
        List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null, files);
    List<TypeElement> types = new ArrayList<>();
    for (Element element : task.analyze()) {
      types.addAll(ElementFilter.typesIn(List.of(element)));
    }
    entityTypes = types.stream()
        .filter(t -> t.getAnnotationMirrors().stream().anyMatch(m -> m.getAnnotationType().toString().equals("jakarta.persistence.Entity")))
        .toList();
    if (entityTypes.size() != entities) {
      throw new IllegalStateException("expected " + entities + " entities, javac gave " + entityTypes.size());
    }
    elements = task.getElements();
    this.types = task.getTypes();
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String qualifiedName, String text) {
      super(URI.create("string:///" + qualifiedName.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
