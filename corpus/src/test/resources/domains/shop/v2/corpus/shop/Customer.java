package corpus.shop;

import dev.godwit.Backfill;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 200)
  private String email;

  @Column(nullable = false, length = 150)
  private String fullName;

  @Column(nullable = false)
  private Instant createdAt;

  private boolean newsletter;

  @Column(length = 30)
  private String phone;

  @Backfill("0")
  @Column(nullable = false)
  private Integer loyaltyPoints;
}
