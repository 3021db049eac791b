package dev.godwit.engines;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Types;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.env.spi.IdentifierCaseStrategy;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelperBuilder;
import org.hibernate.type.SqlTypes;

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

  /**
   * MariaDB stores a {@code json} column as {@code longtext} (with a {@code json_valid} check) and
   * reports it so, where MySQL reports {@code JSON}: without this, Hibernate's validation of any
   * {@code @JdbcTypeCode(SqlTypes.JSON)} column fails on MariaDB, Hibernate's own schema included.
   */
  @Override
  public boolean equivalentTypes(int typeCode1, int typeCode2) {
    return json(typeCode1) && typeCode2 == Types.LONGVARCHAR || typeCode1 == Types.LONGVARCHAR && json(typeCode2)
        || super.equivalentTypes(typeCode1, typeCode2);
  }

  private static boolean json(int typeCode) {
    return typeCode == SqlTypes.JSON;
  }
}
