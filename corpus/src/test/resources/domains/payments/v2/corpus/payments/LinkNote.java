package corpus.payments;

import jakarta.persistence.Embeddable;

@Embeddable
public class LinkNote extends Note {
  private String url;
}
