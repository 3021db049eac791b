package corpus.schemas;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Set;

/** v2: a new column, a new collection table in the schema. */
@Entity
@Table(schema = "purchasing")
public class Supplier {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suppliers")
  @SequenceGenerator(name = "suppliers", sequenceName = "supplier_seq", schema = "purchasing", allocationSize = 20)
  private Long id;

  @Column(length = 120, unique = true)
  private String name;

  private Integer rating;

  @ElementCollection
  @CollectionTable(name = "supplier_phone", schema = "purchasing")
  @Column(name = "phone", length = 30)
  private Set<String> phones;

  @ElementCollection
  @CollectionTable(name = "supplier_tag", schema = "purchasing")
  private Set<String> tags;
}
