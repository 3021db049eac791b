package dev.godwit.engines;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.env.spi.IdentifierCaseStrategy;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelperBuilder;

/**
 * Hibernate's MySQLDialect on a MariaDB server, for tests. The MariaDB driver reports no
 * identifier case, so plain MySQLDialect would look tables up in upper case; MariaDB keeps names as
 * written (mixed), which this says explicitly, as Hibernate's own MariaDBDialect does. The sample
 * app has its own copy, which it needs at runtime where this test module is absent.
 */
public class MariaDbAsMySqlDialect extends MySQLDialect {

  public MariaDbAsMySqlDialect(DialectResolutionInfo info) {
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
