package corpus.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

@Entity
public class Voucher {
  @Id
  @TableGenerator(name = "voucherIds", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_block")
  @GeneratedValue(generator = "voucherIds")
  private long id;

  private String code;
}
