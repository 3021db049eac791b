package corpus.fleet;

import jakarta.persistence.Entity;

@Entity
public class Building extends Asset {
  private int floors;
}
