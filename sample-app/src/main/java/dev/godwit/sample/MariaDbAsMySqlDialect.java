package dev.godwit.sample;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.env.spi.IdentifierCaseStrategy;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelperBuilder;

/**
 * Hibernate's MySQLDialect on a MariaDB server. The MariaDB driver reports no identifier case, so
 * plain MySQLDialect would look tables up in upper case; MariaDB keeps names as written (mixed),
 * which this says explicitly, as Hibernate's own MariaDBDialect does.
 *
 * <p>test-engines holds the same class for Godwit's own tests. The app keeps this copy on purpose:
 * it needs the class at runtime, where test-engines (a test-scope dependency) is absent, and
 * test-engines cannot depend on the app; a user's application carries its own copy too.
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
