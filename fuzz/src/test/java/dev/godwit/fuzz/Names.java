package dev.godwit.fuzz;

import java.util.List;
import java.util.Locale;

/** Name pools for generated classes, fields and enum constants, and the physical names Hibernate derives. */
final class Names {
  /** Includes SQL keywords (Order, User, Group) on purpose: their tables must be quoted. */
  static final List<String> CLASSES = List.of("Customer", "Product", "Invoice", "Supplier", "Warehouse", "Shipment",
      "Account", "Ticket", "Review", "Coupon", "Parcel", "Order", "User", "Group", "OrderLine", "StockItem",
      "PriceList", "Courier", "Region", "Voucher");
  /**
   * Includes a keyword of every dialect (value) and camelCase names (snake_case columns). Words only
   * some dialects or drivers quote ({@code key}, {@code label}, {@code owner}) are left out so the
   * seeds keep generating what docs/reliability.md measured; the corpus domain driver-keywords
   * covers them.
   */
  static final List<String> FIELDS = List.of("title", "caption", "amount", "price", "quantity", "note", "code", "status",
      "rating", "weight", "startDate", "createdOn", "active", "priority", "level", "score", "remark", "city",
      "country", "value", "position", "total", "discount", "stock", "colour", "unitPrice", "itemCount",
      "rank", "holder", "parent", "origin", "sku", "tier");
  static final List<String> CONSTANTS = List.of("RED", "GREEN", "BLUE", "AMBER", "BLACK", "WHITE", "OLIVE", "TEAL");

  private Names() {}

  /** Spring Boot's CamelCaseToUnderscoresNamingStrategy for the simple names generated here. */
  static String snake(String name) {
    StringBuilder builder = new StringBuilder(name);
    for (int i = 1; i < builder.length() - 1; i++) {
      if (Character.isLowerCase(builder.charAt(i - 1)) && Character.isUpperCase(builder.charAt(i))
          && Character.isLowerCase(builder.charAt(i + 1))) {
        builder.insert(i++, '_');
      }
    }
    return builder.toString().toLowerCase(Locale.ROOT);
  }
}
