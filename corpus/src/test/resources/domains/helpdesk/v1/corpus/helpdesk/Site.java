package corpus.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.ColumnDefault;

@Entity
public class Site {
  @Id @GeneratedValue private Long id;
  @Column(nullable = false, length = 80) private String city;
  @ColumnDefault("1") private Integer floors;
}
