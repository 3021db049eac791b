package corpus.idbags;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import java.sql.Types;
import java.util.List;
import org.hibernate.annotations.CollectionId;
import org.hibernate.annotations.CollectionIdJdbcTypeCode;

@Entity
public class Playlist {
  @Id private Long id;
  private String title;
  /** A plain bag: no id column, no primary key. */
  @ElementCollection private List<String> tracks;
  /** An idbag counted in memory ("increment"): only the id column and its primary key. */
  @ElementCollection @CollectionIdJdbcTypeCode(Types.BIGINT)
  @CollectionId(column = @Column(name = "tag_id"), generator = "increment")
  private List<String> tags;
  /** A join table whose id comes from a declared sequence. */
  @ManyToMany @CollectionIdJdbcTypeCode(Types.INTEGER) @CollectionId(generator = "song_link")
  @SequenceGenerator(name = "song_link", sequenceName = "playlist_song_seq", allocationSize = 20)
  private List<Song> songs;
}
