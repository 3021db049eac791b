package dev.godwit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.junit.jupiter.api.Test;

/** {@link ClasspathTypes} finds what javac's own lookup finds for every name Godwit asks about, without the JDK's modules. */
class ClasspathTypesTest {
  private static final List<String> NAMES = List.of("shop.Item", "jakarta.persistence.Entity",
      "javax.persistence.Entity", "org.hibernate.validator.HibernateValidator",
      "org.flywaydb.core.api.migration.BaseJavaMigration", "dev.godwit.AllowDestructive", "shop.Missing", "org.example.absent.Type");

  /** Records, per name, what each lookup answered (the qualified name found, or "none"). */
  private static final class Looking extends AbstractProcessor {
    final Map<String, String> ours = new LinkedHashMap<>();
    final Map<String, String> javacs = new LinkedHashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (round.processingOver()) {
        return false;
      }
      Elements elements = processingEnv.getElementUtils();
      for (String name : NAMES) {
        ours.put(name, describe(ClasspathTypes.find(elements, name)));
        javacs.put(name, describe(elements.getTypeElement(name)));
      }
      return false;
    }

    private static String describe(TypeElement type) {
      return type == null ? "none" : type.getQualifiedName().toString();
    }
  }

  private static Looking compile(String... options) {
    Looking looking = new Looking();
    Compilation compilation = Compiler.javac().withProcessors(looking).withOptions((Object[]) options)
        .compile(JavaFileObjects.forSourceString("shop.Item", """
            package shop;
            @jakarta.persistence.Entity
            public class Item {
              @jakarta.persistence.Id Long id;
            }
            """));
    assertThat(compilation).succeeded();
    return looking;
  }

  @Test
  void findsTheCompiledAndTheLibraryTypesAndNothingForAnAbsentName() {
    Looking looking = compile();
    assertThat(looking.ours).containsEntry("shop.Item", "shop.Item")
        .containsEntry("jakarta.persistence.Entity", "jakarta.persistence.Entity")
        .containsEntry("shop.Missing", "none").containsEntry("org.example.absent.Type", "none");
    assertThat(looking.ours).isEqualTo(looking.javacs);
  }

  @Test
  void answersAsJavacDoesWithoutModules() {
    Looking looking = compile("--release", "8");
    assertThat(looking.ours).containsEntry("shop.Item", "shop.Item").containsEntry("shop.Missing", "none");
    assertThat(looking.ours).isEqualTo(looking.javacs);
  }
}
