package dev.godwit.verify;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/** How Hibernate turns entity and attribute names into table and column names; the same choice as Godwit's {@code -Agodwit.naming}. */
public enum Naming {
  /** JPA's default names, as written in the entity ({@code -Agodwit.naming=jpa}). */
  JPA(ImplicitNamingStrategyJpaCompliantImpl.class.getName(), PhysicalNamingStrategyStandardImpl.class.getName()),
  /**
   * Spring Boot's defaults ({@code -Agodwit.naming=snake_case}): {@code CamelCaseToUnderscoresNamingStrategy}
   * and join tables named after the owning table and attribute ({@link SpringJoinTableNaming}).
   */
  SNAKE_CASE(SpringJoinTableNaming.class.getName(), CamelCaseToUnderscoresNamingStrategy.class.getName());

  private final String implicitStrategy;
  private final String physicalStrategy;

  Naming(String implicitStrategy, String physicalStrategy) {
    this.implicitStrategy = implicitStrategy;
    this.physicalStrategy = physicalStrategy;
  }

  String implicitStrategy() {
    return implicitStrategy;
  }

  String physicalStrategy() {
    return physicalStrategy;
  }
}
