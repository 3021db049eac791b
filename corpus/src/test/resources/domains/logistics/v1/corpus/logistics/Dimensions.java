package corpus.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Measured at customs: its columns live in the shipment's secondary table. */
@Embeddable
public class Dimensions {
  @Column(table = "shipment_customs")
  private Integer lengthCm;

  @Column(table = "shipment_customs")
  private Integer widthCm;
}
