package dev.godwit.verify;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/** How Hibernate turns entity and attribute names into table and column names; the same choice as Godwit's {@code -Agodwit.naming}. */
public enum Naming {
  /** JPA's default names, as written in the entity ({@code -Agodwit.naming=jpa}). */
  JPA(PhysicalNamingStrategyStandardImpl.class.getName(), ImplicitNamingStrategyJpaCompliantImpl.class.getName()),
  /**
   * Spring Boot's naming ({@code -Agodwit.naming=snake_case}): {@code CamelCaseToUnderscoresNamingStrategy}
   * and Spring's implicit join table names ({@code <owning table>_<attribute>}).
   */
  SNAKE_CASE(CamelCaseToUnderscoresNamingStrategy.class.getName(), SpringBootImplicitNaming.class.getName());

  private final String physicalStrategy;
  private final String implicitStrategy;

  Naming(String physicalStrategy, String implicitStrategy) {
    this.physicalStrategy = physicalStrategy;
    this.implicitStrategy = implicitStrategy;
  }

  String physicalStrategy() {
    return physicalStrategy;
  }

  String implicitStrategy() {
    return implicitStrategy;
  }
}
