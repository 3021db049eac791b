package corpus.clinic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.AttributeOverride;
import java.util.Map;

@Entity
public class Clinic {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;

  @Embedded
  private Address address;

  @ElementCollection
  @Column(name = "duty", length = 60)
  private Map<Shift, String> rota;

  @ManyToMany
  @JoinTable(name = "clinic_on_call")
  @AttributeOverride(name = "key.weekday", column = @Column(name = "call_day", length = 10))
  private Map<Shift, Nurse> onCall;

  @ElementCollection
  @CollectionTable(name = "clinic_desk")
  @Column(name = "desk_note", length = 40)
  private Map<Desk, String> desks;

  @ManyToMany
  @JoinTable(name = "clinic_desk_nurse")
  private Map<Desk, Nurse> deskNurses;
}
