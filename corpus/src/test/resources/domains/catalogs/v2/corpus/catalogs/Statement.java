package corpus.catalogs;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Set;

/**
 * v2: a new table with a catalog and a schema, a secondary table, sequence, collection table and join
 * table with catalogs; PostgreSQL keeps the schemas only.
 */
@Entity
@Table(name = "statement", catalog = "ledgers", schema = "books")
@SecondaryTable(name = "statement_detail", catalog = "ledgers")
public class Statement {
  @Id
  @GeneratedValue(generator = "statements")
  @SequenceGenerator(name = "statements", sequenceName = "statement_seq", catalog = "ledgers", schema = "books")
  private Long id;

  @Column(length = 7)
  private String period;

  @Column(table = "statement_detail", length = 200)
  private String remark;

  @ElementCollection
  @CollectionTable(name = "statement_line", catalog = "ledgers", schema = "books")
  @Column(name = "line", length = 100)
  private Set<String> lines;

  @ManyToMany
  @JoinTable(name = "statement_holder", catalog = "ledgers")
  private Set<Holder> holders;
}
