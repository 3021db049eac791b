package corpus.enrollment;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** SINGLE_TABLE root: its constraints apply in full. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public class Person {
  @Id @GeneratedValue private Long id;
  @NotNull @Size(max = 120) private String fullName;
  @NotBlank @Email private String email;
  @Size(min = 2, max = 2) private String country;
}
