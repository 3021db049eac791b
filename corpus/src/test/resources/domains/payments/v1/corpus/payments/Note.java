package corpus.payments;

import jakarta.persistence.Embeddable;

/** No @DiscriminatorColumn: the collection table gets notes_dtype. */
@Embeddable
public class Note {
  private String text;
}
