package corpus.fleet;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A contract on an asset: TABLE_PER_CLASS, each kind a full table of its own. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Contract {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  private LocalDate signedOn;

  @ManyToOne
  private Asset asset;
}
