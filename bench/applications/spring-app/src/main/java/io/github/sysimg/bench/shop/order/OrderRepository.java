package io.github.sysimg.bench.shop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderRepository extends JpaRepository<PurchaseOrder, Long> {

    @EntityGraph(attributePaths = {"customer", "lines", "lines.product"})
    Optional<PurchaseOrder> findWithLinesById(Long id);

    List<PurchaseOrder> findByCustomerIdOrderByPlacedAtDesc(Long customerId);

    @Query("select coalesce(sum(o.total), 0) from PurchaseOrder o where o.customer.id = :customerId "
            + "and o.status <> io.github.sysimg.bench.shop.order.OrderStatus.CANCELLED and o.placedAt >= :since")
    BigDecimal totalSpentSince(@Param("customerId") Long customerId, @Param("since") Instant since);
}
