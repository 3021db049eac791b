package corpus.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import java.math.BigDecimal;
import java.time.Instant;

/** A shipment: one table for all kinds (a CHAR discriminator), customs data in a secondary table. */
@Entity
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.CHAR)
@DiscriminatorValue("S")
@SecondaryTable(name = "shipment_customs", pkJoinColumns = @PrimaryKeyJoinColumn(name = "shipment_id"))
public class Shipment {
  @Id @GeneratedValue
  private Long id;

  @Column(nullable = false, length = 40)
  private String reference;

  private Instant shippedAt;

  @Column(table = "shipment_customs", length = 10)
  private String tariffCode;

  @Column(table = "shipment_customs", precision = 12, scale = 2)
  private BigDecimal declaredValue;

  @Column(table = "shipment_customs")
  private boolean inspected;

  @Embedded
  private Dimensions dimensions;

  @ManyToOne
  @JoinTable(name = "shipment_carrier")
  private Carrier carrier;
}
