package dev.godwit.sample.shop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

  /** Per customer: name, tier, number of orders and their total, biggest spender first. */
  @Query("select c.name, c.loyaltyTier, count(o), sum(o.total) from PurchaseOrder o join o.customer c "
      + "group by c.name, c.loyaltyTier order by sum(o.total) desc")
  List<Object[]> totalsByCustomer();
}
