package corpus.cascades;

import jakarta.persistence.Entity;

@Entity
public class Audiobook extends Media {
  private int minutes;
}
