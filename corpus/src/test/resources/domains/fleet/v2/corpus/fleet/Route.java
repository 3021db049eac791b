package corpus.fleet;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** A route between two places: the same embeddable twice, its columns and region renamed by overrides. */
@Entity
public class Route {
  @Id @GeneratedValue
  private Long id;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "from_street"))
  @AttributeOverride(name = "city", column = @Column(name = "from_city", nullable = false))
  @AssociationOverride(name = "region", joinColumns = @JoinColumn(name = "from_region"))
  private Address origin;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "to_street"))
  @AttributeOverride(name = "city", column = @Column(name = "to_city", nullable = false))
  @AssociationOverride(name = "region", joinColumns = @JoinColumn(name = "to_region"))
  private Address destination;
}
