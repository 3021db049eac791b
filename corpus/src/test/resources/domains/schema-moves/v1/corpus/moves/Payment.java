package corpus.moves;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Set;

/** In the default schema, keyed to billing; v2 moves it into billing. Its collection table stays. */
@Entity
public class Payment {
  @Id
  private Long id;

  @ManyToOne
  private Invoice invoice;

  @ElementCollection
  @CollectionTable(name = "payment_reference")
  private Set<String> references;
}
