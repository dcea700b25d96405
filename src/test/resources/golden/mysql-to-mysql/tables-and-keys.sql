-- MySQL to MySQL, a normalising pass: every table InnoDB utf8mb4, names kept as written, AUTO_INCREMENT with its start, keys on TEXT by prefix, generated, invisible and ON UPDATE columns, inline comments, checks, foreign keys after every table, reserved names quoted.
CREATE DATABASE IF NOT EXISTS shop;
USE shop;

CREATE TABLE `Order` (
  order_id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  customer_id INT UNSIGNED NOT NULL,
  status ENUM('NEW','PAID','SHIPPED') NOT NULL DEFAULT 'NEW',
  flags SET('gift','rush') DEFAULT '',
  note TEXT,
  total DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'sum of the lines, in the shop''s currency',
  total_with_tax DECIMAL(10,2) AS (total * 1.2) VIRTUAL,
  secret VARCHAR(20) INVISIBLE,
  created DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  changed TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (order_id),
  UNIQUE KEY uk_note (note(100)),
  KEY idx_customer (customer_id),
  FULLTEXT KEY ft_note (note),
  CONSTRAINT ck_total CHECK (total >= 0)
) ENGINE=MyISAM AUTO_INCREMENT=1001 DEFAULT CHARSET=latin1 COMMENT='orders \\ with a backslash';

CREATE TABLE customer (
  customer_id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(320) NOT NULL,
  bio LONGTEXT,
  UNIQUE KEY uk_email (email),
  KEY idx_bio (bio(50))
) ENGINE=InnoDB;

CREATE TABLE order_line (
  order_id INT UNSIGNED NOT NULL,
  line_no SMALLINT NOT NULL,
  `key` VARCHAR(30),
  PRIMARY KEY (order_id, line_no),
  CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES `Order` (order_id) ON DELETE CASCADE ON UPDATE RESTRICT
);

ALTER TABLE `Order` ADD CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (customer_id);
CREATE INDEX idx_line_key ON order_line (`key`);
