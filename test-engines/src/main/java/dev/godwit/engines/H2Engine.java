package dev.godwit.engines;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/** H2 2.x in memory: every database is a private in-memory one that lives as long as the JVM. */
public final class H2Engine implements Engine {
  private final AtomicInteger counter = new AtomicInteger();

  @Override
  public String label() {
    return "h2";
  }

  @Override
  public String migrationFolder() {
    return "h2";
  }

  @Override
  public String hibernateDialect() {
    return "org.hibernate.dialect.H2Dialect";
  }

  @Override
  public Database newDatabase() {
    String name = "godwit_" + counter.incrementAndGet();
    JdbcDataSource dataSource = new JdbcDataSource();
    // DB_CLOSE_DELAY=-1 keeps the in-memory database when its last connection closes
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return new Database(name, dataSource);
  }
}
