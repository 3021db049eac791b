package corpus.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** v2: a new schema (created by V2, dropped by U2) with a table and its sequence, keyed to the keyword schema. */
@Entity
@Table(schema = "shipping")
public class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipments")
  @SequenceGenerator(name = "shipments", sequenceName = "shipment_seq", schema = "shipping")
  private Long id;

  @ManyToOne(optional = false)
  private PurchaseOrder purchaseOrder;

  private LocalDate shippedOn;
}
