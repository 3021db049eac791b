package corpus.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
@SecondaryTable(name = "shipment_tracking", foreignKey = @ForeignKey(name = "fk_tracking_shipment"))
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

  @Column(table = "shipment_customs", length = 2)
  private String originCountry;

  @Column(table = "shipment_tracking", unique = true, length = 30)
  private String trackingNumber;

  @ManyToOne
  @JoinColumn(table = "shipment_tracking")
  private Carrier lastMileCarrier;

  /** Added to an existing table: a column and a foreign key to carrier's unique name. */
  @ManyToOne
  @JoinColumn(referencedColumnName = "name")
  private Carrier billingCarrier;

  @ManyToOne
  @JoinColumn(name = "return_carrier", columnDefinition = "bigint")
  private Carrier returnCarrier;

  @ManyToOne
  @JoinTable(name = "shipment_carrier")
  private Carrier carrier;
}
