package dev.godwit.sample.engine;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.env.spi.IdentifierCaseStrategy;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelperBuilder;

/**
 * Hibernate's {@code MySQLDialect}, unchanged except that it reads identifiers in mixed case, as
 * {@code MariaDBDialect} does. The MariaDB driver reports no identifier case at all, so plain
 * {@code MySQLDialect} would look up upper-case names and validation would report every table missing.
 */
public class MariaDbAwareMySQLDialect extends MySQLDialect {

  public MariaDbAwareMySQLDialect(DialectResolutionInfo info) {
    super(info);
  }

  @Override
  public IdentifierHelper buildIdentifierHelper(IdentifierHelperBuilder builder, DatabaseMetaData metaData)
      throws SQLException {
    builder.setUnquotedCaseStrategy(IdentifierCaseStrategy.MIXED);
    builder.setQuotedCaseStrategy(IdentifierCaseStrategy.MIXED);
    return super.buildIdentifierHelper(builder, metaData);
  }
}
