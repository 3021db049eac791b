package corpus.fleet;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A vehicle; its home depot is a plain column (no foreign key: depots are archived, not deleted). */
@Entity
@PrimaryKeyJoinColumn(name = "asset_id")
public class Vehicle extends Asset {
  private String plate;

  private int seats;

  @ManyToOne
  @JoinColumn(name = "home_depot", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Depot homeDepot;
}
