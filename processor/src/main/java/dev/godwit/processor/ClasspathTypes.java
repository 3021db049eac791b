package dev.godwit.processor;

import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Looks up the library types Godwit asks about by name (the JPA and Godwit annotations, Hibernate
 * Validator, Flyway, the migration classes), which are never in the JDK. {@link
 * Elements#getTypeElement(CharSequence)} looks a name up in the compilation's own modules and, when
 * it is not there, in every module of the JDK (about 70), completing the package in each: a name
 * that is absent, as {@code javax.persistence.Entity} is in a Jakarta project, costs tens of
 * milliseconds in every build. This looks only in the modules that are not the JDK's ({@code
 * java.*}, {@code jdk.*}), which is the same answer for a type no JDK module holds; where that
 * search finds the name in more than one module, javac's own lookup decides, as before.
 */
final class ClasspathTypes {
  private ClasspathTypes() {}

  /** The type named {@code name}, as {@link Elements#getTypeElement(CharSequence)} finds it; null when there is none. */
  static TypeElement find(Elements elements, String name) {
    var modules = elements.getAllModuleElements();
    if (modules.isEmpty()) {
      return elements.getTypeElement(name); // a compilation without modules (release 8): one place to look
    }
    TypeElement found = null;
    for (ModuleElement module : modules) {
      String moduleName = module.getQualifiedName().toString();
      if (moduleName.startsWith("java.") || moduleName.startsWith("jdk.")) {
        continue;
      }
      TypeElement type = elements.getTypeElement(module, name);
      if (type != null) {
        if (found != null) {
          return elements.getTypeElement(name); // in several modules: javac prefers the compiled one, or none
        }
        found = type;
      }
    }
    return found;
  }
}
