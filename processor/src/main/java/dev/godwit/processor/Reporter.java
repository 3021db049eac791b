package dev.godwit.processor;

import dev.godwit.processor.diagnostics.Code;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Prints diagnostics with their code, on the element when there is one, and counts errors. */
final class Reporter {
  private final Messager messager;
  private int errors;
  private int reported;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  void error(Code code, String message, Element element) {
    report(Diagnostic.Kind.ERROR, code, message, element);
  }

  void warning(Code code, String message, Element element) {
    report(Diagnostic.Kind.WARNING, code, message, element);
  }

  void report(Diagnostic.Kind kind, Code code, String message, Element element) {
    reported++;
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    if (element == null) {
      messager.printMessage(kind, code.format(message));
    } else {
      messager.printMessage(kind, code.format(message), element);
    }
  }

  /** Reports on one annotation of the element, so the IDE underlines the annotation itself. */
  void report(Diagnostic.Kind kind, Code code, String message, Element element, AnnotationMirror annotation) {
    if (annotation == null || element == null) {
      report(kind, code, message, element);
      return;
    }
    reported++;
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(kind, code.format(message), element, annotation);
  }

  /** A reporter that prints nothing and only counts, to ask whether a stage would report anything. */
  static Reporter silent() {
    return new Reporter(new Messager() {
      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a,
          javax.lang.model.element.AnnotationValue v) {}
    });
  }

  /** How many diagnostics of any kind were reported. */
  int reported() {
    return reported;
  }

  boolean hasErrors() {
    return errors > 0;
  }
}
