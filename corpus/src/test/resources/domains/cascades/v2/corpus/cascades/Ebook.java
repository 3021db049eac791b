package corpus.cascades;

import jakarta.persistence.Entity;

/** v2: no delete action any more (was cascade). */
@Entity
public class Ebook extends Media {
  private String url;
}
