insert into product (id, sku, name, description, price, category, stock, version) values
  (nextval('product_seq'), 'BK-1001', 'The Pragmatic Gardener', 'A handbook for small gardens', 24.90, 'BOOKS', 40, 0),
  (nextval('product_seq'), 'BK-1002', 'Cooking for Engineers', 'Recipes as diagrams', 31.50, 'BOOKS', 12, 0),
  (nextval('product_seq'), 'EL-2001', 'USB-C Charger 65 W', 'Two ports, foldable plug', 39.00, 'ELECTRONICS', 75, 0),
  (nextval('product_seq'), 'EL-2002', 'Noise-cancelling Headphones', 'Over-ear, 30 h battery', 189.00, 'ELECTRONICS', 8, 0),
  (nextval('product_seq'), 'GA-3001', 'Rain Barrel 200 l', 'With tap and lid', 79.95, 'GARDEN', 5, 0),
  (nextval('product_seq'), 'KI-4001', 'Cast Iron Pan 28 cm', 'Pre-seasoned', 54.00, 'KITCHEN', 20, 0),
  (nextval('product_seq'), 'KI-4002', 'Chef Knife', '20 cm, stainless', 89.00, 'KITCHEN', 3, 0),
  (nextval('product_seq'), 'TO-5001', 'Wooden Train Set', '52 pieces', 64.90, 'TOYS', 15, 0);
insert into customer (id, email, name, registered_at, loyalty_member) values
  (nextval('customer_seq'), 'ada@example.com', 'Ada Lovelace', timestamp '2025-01-10 09:30:00', true),
  (nextval('customer_seq'), 'alan@example.com', 'Alan Turing', timestamp '2026-03-02 14:00:00', false);
