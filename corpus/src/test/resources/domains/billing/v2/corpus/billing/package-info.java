@AllowDestructive(value = "Voucher", reason = "vouchers moved to the loyalty service")
package corpus.billing;

import dev.godwit.AllowDestructive;
