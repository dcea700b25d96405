-- Binary collations keep comparisons case-sensitive (and so uniqueness: 'a' and 'A' are two keys):
-- the BINARY attribute and a *_bin collation both become utf8mb4_bin in the utf8mb4 table.
CREATE TABLE codes (
  code varchar(10) BINARY NOT NULL,
  legacy varchar(10) COLLATE latin1_bin,
  note text BINARY,
  plain varchar(10),
  PRIMARY KEY (code)
) DEFAULT CHARSET=latin1;
