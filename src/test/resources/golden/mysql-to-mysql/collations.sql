-- Binary collations keep comparisons case-sensitive (and so uniqueness: 'a' and 'A' are two keys):
-- the BINARY attribute (after the type or after CHARACTER SET) and a *_bin collation all become
-- utf8mb4_bin in the utf8mb4 table.
CREATE TABLE codes (
  code varchar(10) BINARY NOT NULL,
  legacy varchar(10) COLLATE latin1_bin,
  iso char(3) CHARACTER SET latin1 BINARY,
  note text BINARY,
  plain varchar(10),
  PRIMARY KEY (code)
) DEFAULT CHARSET=latin1;
