-- A modest data set for sakila's schema on MySQL/MariaDB (generated rows, every foreign key
-- satisfied), for the data-migration workflow test. Keys are given explicitly, as a dump has them.
SET FOREIGN_KEY_CHECKS = 0;
INSERT INTO language (language_id, name) VALUES (1, 'English'), (2, 'Italian'), (3, 'Japanese');
INSERT INTO country (country_id, country)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i, CONCAT('Country ', i) FROM n;
INSERT INTO city (city_id, city, country_id)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12) SELECT i, CONCAT('City ', i), 1 + i % 5 FROM n;
INSERT INTO address (address_id, address, district, city_id, postal_code, phone, location)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
  SELECT i, CONCAT(i, ' Main Street'), 'District', 1 + i % 12, LPAD(i, 5, '0'), CONCAT('555-', i), ST_GeomFromText(CONCAT('POINT(', i, ' ', i, ')')) FROM n;
INSERT INTO category (category_id, name)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6) SELECT i, CONCAT('Category ', i) FROM n;
INSERT INTO actor (actor_id, first_name, last_name)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i, CONCAT('First', i), CONCAT('Last', i) FROM n;
INSERT INTO store (store_id, manager_staff_id, address_id) VALUES (1, 1, 1), (2, 2, 2);
INSERT INTO staff (staff_id, first_name, last_name, address_id, picture, email, store_id, active, username, password)
  VALUES (1, 'Mike', 'Hillyer', 3, X'89504E47', 'mike@example.com', 1, TRUE, 'mike', 'secret'),
         (2, 'Jon', 'Stephens', 4, NULL, 'jon@example.com', 2, FALSE, 'jon', NULL);
-- the ins_film trigger copies each film into film_text
INSERT INTO film (film_id, title, description, release_year, language_id, original_language_id, rental_duration, rental_rate,
                  length, replacement_cost, rating, special_features)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
  SELECT i, CONCAT('FILM ', i), CONCAT('A film numbered ', i), 2000 + i % 20, 1 + i % 3, IF(i % 4 = 0, 2, NULL), 3 + i % 5,
         0.99 + i % 4, 60 + i, 9.99 + i % 10, ELT(1 + i % 5, 'G', 'PG', 'PG-13', 'R', 'NC-17'),
         ELT(1 + i % 4, 'Trailers', 'Commentaries,Deleted Scenes', '', 'Behind the Scenes,Trailers') FROM n;
INSERT INTO film_actor (actor_id, film_id)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120) SELECT DISTINCT 1 + i % 50, 1 + i % 40 FROM n;
INSERT INTO film_category (film_id, category_id)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) SELECT i, 1 + i % 6 FROM n;
INSERT INTO inventory (inventory_id, film_id, store_id)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80) SELECT i, 1 + i % 40, 1 + i % 2 FROM n;
INSERT INTO customer (customer_id, store_id, first_name, last_name, email, address_id, active, create_date)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25)
  SELECT i, 1 + i % 2, CONCAT('Cust', i), CONCAT('Omer', i), CONCAT('c', i, '@example.com'), 5 + i % 25, i % 7 <> 0,
         TIMESTAMP '2024-01-01 10:00:00' + INTERVAL i DAY FROM n;
INSERT INTO rental (rental_id, rental_date, inventory_id, customer_id, return_date, staff_id)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
  SELECT i, TIMESTAMP '2024-02-01 09:00:00' + INTERVAL i HOUR, 1 + i % 80, 1 + i % 25,
         IF(i % 10 = 0, NULL, TIMESTAMP '2024-02-03 09:00:00' + INTERVAL i HOUR), 1 + i % 2 FROM n;
INSERT INTO payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date)
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
  SELECT i, 1 + i % 25, 1 + i % 2, IF(i % 15 = 0, NULL, i), 0.99 + i % 6, TIMESTAMP '2024-02-01 09:30:00' + INTERVAL i HOUR FROM n;
SET FOREIGN_KEY_CHECKS = 1;
