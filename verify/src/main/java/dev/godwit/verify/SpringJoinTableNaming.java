package dev.godwit.verify;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * JPA's implicit names except for join tables, which Spring Boot names after the owning table and
 * the attribute ({@code customer_tags}) rather than after both entities ({@code Customer_Tag}), as
 * its {@code SpringImplicitNamingStrategy} does. Godwit's {@code snake_case} naming follows it.
 */
public final class SpringJoinTableNaming extends ImplicitNamingStrategyJpaCompliantImpl {
  private static final long serialVersionUID = 1L;

  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(name, source.getBuildingContext());
  }
}
