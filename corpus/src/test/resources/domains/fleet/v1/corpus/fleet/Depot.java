package corpus.fleet;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyClass;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapKeyJoinColumn;
import java.util.Map;

/** A depot with its stock per fuel, its vehicles per region, and free notes per topic. */
@Entity
public class Depot {
  @Id @GeneratedValue
  private Long id;

  private String name;

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  private Map<FuelType, Integer> fuelStock;

  @ManyToMany
  @JoinTable(name = "depot_vehicle")
  @MapKeyJoinColumn(name = "region_code")
  private Map<Region, Vehicle> vehiclesByRegion;

  @SuppressWarnings("rawtypes")
  @ElementCollection(targetClass = String.class)
  @MapKeyClass(String.class)
  private Map notes;
}
