package corpus.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** In a quoted mixed-case schema; its implicit sequence (AUTO) stays in the default schema, as Hibernate puts it. */
@Entity
@Table(schema = "\"Catalog\"")
public class Product {
  @Id
  @GeneratedValue
  private Long id;

  private String sku;
}
