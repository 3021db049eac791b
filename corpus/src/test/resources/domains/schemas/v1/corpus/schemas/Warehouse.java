package corpus.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** In the default schema, with a foreign key into schema purchasing. */
@Entity
public class Warehouse {
  @Id
  private Long id;

  private String city;

  @ManyToOne
  private Supplier mainSupplier;
}
