package corpus.fleet;

import jakarta.persistence.Entity;

@Entity
public class ServiceContract extends Contract {
  private String provider;
}
