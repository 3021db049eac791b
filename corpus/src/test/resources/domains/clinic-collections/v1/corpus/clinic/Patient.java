package corpus.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.OneToMany;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Entity
public class Patient {
  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, length = 100)
  private String fullName;

  private LocalDate birthDate;

  @Embedded
  private Address home;

  @ElementCollection
  @Column(length = 60)
  private Set<String> allergies;

  @OneToMany(mappedBy = "patient")
  private List<Visit> visits;

  @ElementCollection
  @OrderColumn
  private List<Referral> referrals;
}
