package dev.godwit.processor.jpa;

import dev.godwit.processor.diagnostics.Code;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** A user mistake or unsupported mapping found while reading entities, located on its element. */
public record Problem(Diagnostic.Kind kind, Code code, String message, Element element) {

  static Problem error(Code code, String message, Element element) {
    return new Problem(Diagnostic.Kind.ERROR, code, message, element);
  }

  static Problem warning(Code code, String message, Element element) {
    return new Problem(Diagnostic.Kind.WARNING, code, message, element);
  }
}
