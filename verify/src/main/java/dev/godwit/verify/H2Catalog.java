package dev.godwit.verify;

/** H2 2.x: everything comes from its standard information_schema; every schema but that one is compared. */
final class H2Catalog implements Catalog {
  private static final String SYSTEM_SCHEMA = "INFORMATION_SCHEMA";

  @Override
  public String nativeColumnTypesQuery() {
    return """
        select c.table_schema, c.table_name, c.column_name,
          c.data_type
          || coalesce('(' || c.character_maximum_length || ')', '')
          || case when c.data_type in ('NUMERIC', 'DECIMAL') then '(' || c.numeric_precision || ',' || c.numeric_scale || ')' else '' end
          || case when c.data_type in ('FLOAT', 'REAL', 'DOUBLE PRECISION', 'DECFLOAT') then '(' || c.numeric_precision || ')' else '' end
          || coalesce('(' || c.datetime_precision || ')', '')
          || coalesce(' (' || (select listagg('''' || e.value_name || '''', ',') within group (order by e.value_ordinal)
               from information_schema.enum_values e
               where e.object_schema = c.table_schema and e.object_name = c.table_name
                 and e.object_type = 'TABLE' and e.enum_identifier = c.dtd_identifier) || ')', '')
          || case when c.is_identity = 'YES' then ' generated ' || c.identity_generation || ' as identity' else '' end
        from information_schema.columns c
        where c.table_schema <> 'INFORMATION_SCHEMA'""";
  }

  @Override
  public String checkConstraintsQuery() {
    return """
        select t.table_schema, t.table_name, t.constraint_name, c.check_clause
        from information_schema.table_constraints t
        join information_schema.check_constraints c
          on c.constraint_schema = t.constraint_schema and c.constraint_name = t.constraint_name
        where t.constraint_type = 'CHECK' and t.table_schema <> 'INFORMATION_SCHEMA'""";
  }

  @Override
  public String sequencesQuery() {
    return """
        select sequence_schema, sequence_name, data_type || ' start ' || start_value || ' increment ' || increment
          || ' min ' || minimum_value || ' max ' || maximum_value || ' cycle ' || cycle_option
          || ' cache ' || coalesce(cast(cache as varchar), '-')
        from information_schema.sequences
        where sequence_schema <> 'INFORMATION_SCHEMA'""";
  }

  @Override
  public String comparedSchemaCondition(String schemaColumn) {
    return schemaColumn + " <> '" + SYSTEM_SCHEMA + "'";
  }

  @Override
  public boolean schemasAreCatalogs() {
    return false;
  }

  @Override
  public boolean compared(String schema) {
    return !schema.equals(SYSTEM_SCHEMA);
  }
}
