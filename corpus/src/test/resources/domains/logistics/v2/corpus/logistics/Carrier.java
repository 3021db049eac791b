package corpus.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.TemporalType;
import java.util.Date;
import java.util.List;
import java.util.Map;

@Entity
public class Carrier {
  @Id @GeneratedValue
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String name;

  @Column(length = 12)
  private String scacCode;

  /** Days a carrier does not collect, with the reason. */
  @ElementCollection
  @MapKeyTemporal(TemporalType.DATE)
  @MapKeyColumn(name = "closed_on")
  private Map<Date, String> closures;

  @ElementCollection
  @OrderColumn(name = "position", columnDefinition = "integer")
  private List<String> depots;

  @ElementCollection
  @MapKeyColumn(name = "region", columnDefinition = "varchar(20)")
  private Map<String, Integer> zones;
}
