package corpus.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.OffsetDateTime;

@Entity
public class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  private PurchaseOrder order;

  @Column(nullable = false, length = 40)
  private String carrier;

  @Column(unique = true, length = 64)
  private String trackingNumber;

  private OffsetDateTime shippedAt;
}
