package dev.godwit.verify;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/** How Hibernate turns entity and attribute names into table and column names; the same choice as Godwit's {@code -Agodwit.naming}. */
public enum Naming {
  /** JPA's default names, as written in the entity ({@code -Agodwit.naming=jpa}). */
  JPA(PhysicalNamingStrategyStandardImpl.class.getName()),
  /** Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy} ({@code -Agodwit.naming=snake_case}). */
  SNAKE_CASE(CamelCaseToUnderscoresNamingStrategy.class.getName());

  private final String physicalStrategy;

  Naming(String physicalStrategy) {
    this.physicalStrategy = physicalStrategy;
  }

  String physicalStrategy() {
    return physicalStrategy;
  }
}
