package dev.godwit.engines;

import javax.sql.DataSource;

/** One empty database created for a test, inside a shared engine. */
public record Database(String name, DataSource dataSource) {}
