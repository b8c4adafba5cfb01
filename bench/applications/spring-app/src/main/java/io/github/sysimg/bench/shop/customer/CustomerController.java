package io.github.sysimg.bench.shop.customer;

import io.github.sysimg.bench.shop.web.NotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {

    private final CustomerRepository customers;
    private final Clock clock;

    public CustomerController(CustomerRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    public CustomerResponse get(@PathVariable long id) {
        return customers.findById(id).map(CustomerResponse::of).orElseThrow(() -> new NotFoundException("customer", id));
    }

    @PostMapping
    @Transactional
    public ResponseEntity<CustomerResponse> register(@Valid @RequestBody CustomerRequest request) {
        if (customers.findByEmailIgnoreCase(request.email()).isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A customer with this email is already registered");
        }
        Customer customer = customers.save(new Customer(request.email(), request.name(), Instant.now(clock), request.loyaltyMember()));
        return ResponseEntity.created(URI.create("/api/customers/" + customer.getId())).body(CustomerResponse.of(customer));
    }
}
