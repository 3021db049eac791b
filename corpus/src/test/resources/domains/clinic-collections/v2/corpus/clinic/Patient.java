package corpus.clinic;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 120))
  @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 80))
  @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 12))
  @AttributeOverride(name = "country", column = @Column(name = "billing_country", length = 2))
  private Address billing;

  @ElementCollection
  @MapKeyColumn(name = "kind", length = 20)
  @Column(name = "contact", length = 120)
  private Map<String, String> contacts;

  @OneToMany(mappedBy = "patient")
  private List<Visit> visits;

  @ElementCollection
  @OrderColumn
  private List<Referral> referrals;
}
