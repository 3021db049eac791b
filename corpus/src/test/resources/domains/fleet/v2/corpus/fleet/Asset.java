package corpus.fleet;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Anything the fleet owns: JOINED inheritance, each kind in its own table keyed by the asset's id. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Asset {
  @Id @GeneratedValue(strategy = GenerationType.AUTO)
  private Long id;

  @Column(nullable = false, length = 30)
  private String tag;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "site_street")),
    @AttributeOverride(name = "city", column = @Column(name = "site_city", length = 60))
  })
  private Address site;
}
