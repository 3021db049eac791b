package dev.godwit.processor.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Godwit's names must be the ones Hibernate 6.6 computes, checked against Hibernate itself. */
class NamingTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "orderID", "HTTPServer", "a1B2", "URLValue", "x", "ab", "aB", "aBc", "placedAt", "firstName", "iPhone",
    "myHTTPServer", "getURLForUser", "ABC", "AbC", "a_B_c", "My_Table", "already_snake", "version2Name", "x1Y",
    "ÄpfelBaum", "straßeName", "orderLine_Item", "ID", "`group`", "`OrderLine`", "`order_id`",
    "\"QuotedName\"", "[BracketName]", "first.name", "first-name", "has space", "1stPlace", " padded "
  })
  void snakeCaseIsHibernatesCamelCaseToUnderscores(String written) {
    Identifier identifier = Identifier.toIdentifier(written);
    Identifier hibernate = new CamelCaseToUnderscoresNamingStrategy().toPhysicalColumnName(identifier, null);
    // Godwit writes a quoted identifier with backticks, as Identifier.render() does.
    assertThat(Naming.SNAKE_CASE.physical(Quoting.common().logical(written))).isEqualTo(hibernate.render());
    assertThat(new CamelCaseToUnderscoresNamingStrategy().toPhysicalTableName(identifier, null).render())
        .isEqualTo(hibernate.render());
  }

  @ParameterizedTest
  @ValueSource(strings = {"orderID", "`Order`", "\"Order\"", "first.name", "HTTPServer", "1st"})
  void jpaNamingKeepsTheLogicalNameAndItsQuoting(String written) {
    assertThat(Naming.JPA.physical(Quoting.common().logical(written))).isEqualTo(Identifier.toIdentifier(written).render());
  }

  @ParameterizedTest
  @CsvSource({"order, `order`", "Group, `Group`", "user, `user`", "customer, customer", "status, status"})
  void keywordsAreQuoted(String written, String logical) {
    assertThat(Quoting.common().logical(written)).isEqualTo(logical);
  }

  /** Names observed in Hibernate 6.6's DDL (/tmp/oracle/REPORT.md, section 3). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "`Order`       | Customer  | buyer_ref     | FKtkcv8rf66utkohtbi9yhfidhk",
    "`Order`       | Customer  | customer_id   | FKhabn2vgq83q3khf4moph0nrv5",
    "`Order`       | Customer  | owner_id      | FK8x6a98trs10jnnxxgb574uiyf",
    "OrderLine     | `Order`   | `order_id`    | FKm5xexdjiferiaef96jux4yty",
    "`order`       | customer  | buyer_ref     | FK9xxfyyo5ornolep3iimr2lhbp",
    "order_line    | `order`   | `order_id`    | FK120iux31q036tupgab3ga9hln",
    "refund_record | ShopItem  | order_id      | FK89yoggy9t3pmmova0mg126qik",
    "refund_record | `Order`   | `purchase_id` | FK5xwqhq5df6lr0umgfnb1cor8",
    "refund_record | shop_item | order_id      | FK7jawyanvaa3h5xs2ba7byb4x7",
    "refund_record | `order`   | `purchase_id` | FKf19wpwolk2yd9etmuj2f6a0n3"
  })
  void foreignKeyNamesAreTheOnesHibernateWrote(String table, String referenced, String column, String expected) {
    assertThat(Naming.foreignKeyName(table, referenced, List.of(column))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "UK  | Customer | email                | UK3qgg01qojcmbdp47dkaom9x45",
    "UK  | customer | email                | UKdwk6cx0afu8bs9o4t536v1j5v",
    "UK  | app_user | userName             | UKsk8q93y8a27ewpv8n0662c7qg",
    "UK  | app_user | user_name            | UKcpt2jpnop7mcpds1sv2i5629w",
    "UK  | `Order`  | owner_id             | UK9e9abxi0fs9bmou0r73o8yk2p",
    "UK  | `order`  | owner_id             | UKsyhwls7nl4g2wuqcu8w08rdkj",
    "UK  | `Order`  | `group` `user`       | UK9gxo68y5x3a16kn2271co4f2r",
    "UK  | `order`  | `user` `group`       | UKg59u14haf06m1etirnwy0nag7",
    "IDX | `Order`  | status               | IDXdevpua5f0cw4xhiwux67g942t",
    "IDX | `order`  | status               | IDXivsgsy3k6cw23ftvhwqmyqf4u"
  })
  void uniqueAndIndexNamesAreTheOnesHibernateWrote(String prefix, String table, String columns, String expected) {
    assertThat(Naming.constraintName(prefix, table, List.of(columns.split(" ")))).isEqualTo(expected);
  }

  /** Beyond the observed names: Hibernate's NamingHelper on mixed case, quoting and column order. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Customer   | Zeta alpha `Beta` gamma",
    "`Order`    | `group` Status amount",
    "order_line | b a",
    "T          | `a` A",
    "t          | A `a`",
    "Straße     | größe"
  })
  void hashesMatchNamingHelper(String table, String columns) {
    List<String> names = List.of(columns.split(" "));
    Identifier[] identifiers = names.stream().map(Identifier::toIdentifier).toArray(Identifier[]::new);
    Identifier tableId = Identifier.toIdentifier(table);
    NamingHelper helper = NamingHelper.INSTANCE;
    assertThat(Naming.constraintName("UK", table, names))
        .isEqualTo(helper.generateHashedConstraintName("UK", tableId, identifiers));
    assertThat(Naming.constraintName("IDX", table, names))
        .isEqualTo(helper.generateHashedConstraintName("IDX", tableId, identifiers));
    assertThat(Naming.foreignKeyName(table, "`Order`", names))
        .isEqualTo(helper.generateHashedFkName("FK", tableId, Identifier.toIdentifier("`Order`"), identifiers));
    assertThat(Arrays.asList(identifiers)).hasSameSizeAs(names);
  }
}
