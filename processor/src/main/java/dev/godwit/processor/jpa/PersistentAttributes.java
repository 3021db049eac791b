package dev.godwit.processor.jpa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Walks the persistent members of a class and its mapped ancestors the way Hibernate does: each
 * class reads fields or getters by its access type ({@code @Access} on the class, else the
 * default), members with their own {@code @Access} are read that way, and static, transient
 * and {@code @Transient} members are skipped.
 */
final class PersistentAttributes {
  enum Access { FIELD, PROPERTY }

  /** A persistent field or getter with its attribute name and its type as a member of the owner. */
  record Member(Element element, String name, TypeMirror type) {}

  private final ReadContext context;

  PersistentAttributes(ReadContext context) {
    this.context = context;
  }

  /**
   * The default access type of the entity hierarchy {@code type} belongs to: {@code @Access} on
   * the topmost entity or mapped superclass, else where {@code @Id} or {@code @EmbeddedId} is
   * placed (a getter means property access), else field access.
   */
  Access hierarchyAccess(TypeElement type) {
    Access known = context.facts.hierarchyAccess.get(type);
    if (known == null) {
      known = findHierarchyAccess(type);
      context.facts.hierarchyAccess.put(type, known);
    }
    return known;
  }

  private Access findHierarchyAccess(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement c = type; c != null; c = superclass(c)) {
      if (context.mirrors.hasJpa(c, "Entity") || context.mirrors.hasJpa(c, "MappedSuperclass")) {
        chain.add(c);
      }
    }
    TypeElement top = chain.get(chain.size() - 1);
    if (superclass(top) == null) {
      Optional<Access> declared = declaredAccess(top);
      if (declared.isPresent()) {
        return declared.get();
      }
    }
    for (TypeElement c : chain) {
      for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
        if (!propertyName(method).isEmpty() && isId(method)) {
          return Access.PROPERTY;
        }
      }
      for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
        if (isId(field)) {
          return Access.FIELD;
        }
      }
    }
    return Access.FIELD;
  }

  /** The persistent members of {@code levels} (root first), typed as members of {@code owner}. */
  List<Member> of(DeclaredType owner, List<TypeElement> levels, Access defaultAccess) {
    List<Member> members = new ArrayList<>();
    for (TypeElement level : levels) {
      Access access = level.getKind() == ElementKind.RECORD ? Access.FIELD : declaredAccess(level).orElse(defaultAccess);
      Set<String> names = new LinkedHashSet<>();
      List<Element> found = new ArrayList<>();
      for (Element member : candidates(level)) {
        Optional<Access> own = declaredAccess(member);
        if (own.isPresent() && own.get() == kind(member) && names.add(name(member))) {
          found.add(member);
        }
      }
      for (Element member : candidates(level)) {
        if (kind(member) == access && declaredAccess(member).isEmpty() && names.add(name(member))) {
          found.add(member);
        }
      }
      found.forEach(m -> members.add(new Member(m, name(m), type(owner, m))));
    }
    return members;
  }

  private List<Element> candidates(TypeElement type) {
    List<Element> known = context.facts.candidates.get(type);
    if (known == null) {
      known = List.copyOf(findCandidates(type));
      context.facts.candidates.put(type, known);
    }
    return known;
  }

  private List<Element> findCandidates(TypeElement type) {
    List<Element> candidates = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)
          && !context.mirrors.hasJpa(field, "Transient")) {
        candidates.add(field);
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.STATIC) && method.getParameters().isEmpty()
          && !context.mirrors.hasJpa(method, "Transient") && !propertyName(method).isEmpty()) {
        candidates.add(method);
      }
    }
    return candidates;
  }

  private static Access kind(Element member) {
    return member instanceof ExecutableElement ? Access.PROPERTY : Access.FIELD;
  }

  private Optional<Access> declaredAccess(Element element) {
    return context.mirrors.jpa(element, "Access").map(a -> Access.valueOf(a.constant("value")));
  }

  private boolean isId(Element member) {
    return context.mirrors.hasJpa(member, "Id") || context.mirrors.hasJpa(member, "EmbeddedId");
  }

  /** The superclass of {@code type}, or null at {@code Object}. */
  static TypeElement superclass(TypeElement type) {
    TypeMirror superType = type.getSuperclass();
    if (!(superType instanceof DeclaredType declared)) {
      return null;
    }
    TypeElement element = (TypeElement) declared.asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  static String name(Element member) {
    return member instanceof ExecutableElement method ? propertyName(method) : member.getSimpleName().toString();
  }

  private TypeMirror type(DeclaredType owner, Element member) {
    TypeMirror asMember = context.types.asMemberOf(owner, member);
    return asMember instanceof ExecutableType method ? method.getReturnType() : asMember;
  }

  /** The JavaBeans property name of a getter, or empty when the method is not a getter. */
  static String propertyName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    String base = name.startsWith("get") && method.getReturnType().getKind() != TypeKind.VOID ? name.substring(3)
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
