package dev.godwit.processor.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Walks the persistent attributes of a class and its mapped ancestors: fields or getters
 * depending on the access type, without static, transient and {@code @Transient} members.
 */
final class PersistentAttributes {
  private final ReadContext context;

  PersistentAttributes(ReadContext context) {
    this.context = context;
  }

  /** The attributes of {@code hierarchy} (root first), typed as members of {@code owner}. */
  List<Attribute> of(DeclaredType owner, List<TypeElement> hierarchy) {
    boolean propertyAccess = propertyAccess(hierarchy);
    List<Attribute> attributes = new ArrayList<>();
    for (TypeElement level : hierarchy) {
      for (Element member : propertyAccess ? properties(level) : fields(level)) {
        boolean id = context.mirrors.hasJpa(member, "Id") || context.mirrors.hasJpa(member, "EmbeddedId");
        attributes.add(Attribute.of(member, name(member), type(owner, member), id));
      }
    }
    return attributes;
  }

  private boolean propertyAccess(List<TypeElement> hierarchy) {
    for (int i = hierarchy.size() - 1; i >= 0; i--) {
      Optional<Mirrors.Annotation> access = context.mirrors.jpa(hierarchy.get(i), "Access");
      if (access.isPresent()) {
        return access.get().constant("value").equals("PROPERTY");
      }
    }
    for (TypeElement level : hierarchy) {
      for (Element member : level.getEnclosedElements()) {
        if (context.mirrors.hasJpa(member, "Id") || context.mirrors.hasJpa(member, "EmbeddedId")) {
          return member.getKind() == ElementKind.METHOD;
        }
      }
    }
    return false;
  }

  private List<Element> fields(TypeElement type) {
    List<Element> fields = new ArrayList<>();
    for (var field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT)
          || context.mirrors.hasJpa(field, "Transient")) {
        continue;
      }
      fields.add(field);
    }
    return fields;
  }

  private List<Element> properties(TypeElement type) {
    List<Element> getters = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
          || context.mirrors.hasJpa(method, "Transient") || propertyName(method).isEmpty()) {
        continue;
      }
      getters.add(method);
    }
    return getters;
  }

  static String name(Element member) {
    return member instanceof ExecutableElement method ? propertyName(method) : member.getSimpleName().toString();
  }

  private TypeMirror type(DeclaredType owner, Element member) {
    TypeMirror declared = member instanceof ExecutableElement method ? method.getReturnType() : member.asType();
    if (owner == null || declared.getKind() != TypeKind.TYPEVAR && !(declared instanceof DeclaredType)) {
      return declared;
    }
    TypeMirror asMember = context.types.asMemberOf(owner, member);
    return asMember instanceof javax.lang.model.type.ExecutableType method ? method.getReturnType() : asMember;
  }

  /** The JavaBeans property name of a getter, or empty when the method is not a getter. */
  static String propertyName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    String base = name.startsWith("get") ? name.substring(3)
        : name.startsWith("is") && method.getReturnType().getKind() == TypeKind.BOOLEAN ? name.substring(2) : "";
    if (base.isEmpty()) {
      return "";
    }
    if (base.length() > 1 && Character.isUpperCase(base.charAt(0)) && Character.isUpperCase(base.charAt(1))) {
      return base;
    }
    return Character.toLowerCase(base.charAt(0)) + base.substring(1);
  }
}
