package corpus.enrollment;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Embeddable
public class Address {
  @NotNull @Size(max = 60) private String street;
  @NotNull @Size(max = 40) private String city;
  @Size(max = 10) private String zip;
}
