package corpus.fleet;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A driver mapped by its getters (property access), except the licence, read from its field. */
@Entity
@Access(AccessType.PROPERTY)
public class Driver {
  private Long id;
  private String fullName;
  private String internalNote;

  @Access(AccessType.FIELD)
  @Column(name = "licence_no", length = 20, nullable = false)
  private String licence;

  @Id @GeneratedValue
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @Column(length = 80)
  public String getName() {
    return fullName;
  }

  public void setName(String name) {
    this.fullName = name;
  }
}
