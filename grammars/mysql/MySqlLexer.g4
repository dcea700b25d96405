/*
 * MySQL lexer for SchemaShift: the tokens of MySQL 5.7 / 8.x DDL as real dumps and schema
 * scripts write it. Keywords are case-insensitive. Comments and whitespace go to the hidden
 * channel. Version comments (/*!50705 ... * /) never reach this lexer: the statement splitter
 * turns them into code by blanking their markers.
 */
lexer grammar MySqlLexer;

options { caseInsensitive = true; }

@header { package org.schemashift.source.mysql.grammar; }

WHITESPACE      : [ \t\r\n\f\u000B\u00A0\uFEFF]+ -> channel(HIDDEN);
BLOCK_COMMENT   : '/*' .*? '*/' -> channel(HIDDEN);
// "-- " needs a following blank or end of line; "--1" is minus minus one.
LINE_COMMENT    : ('--' ([ \t\f] ~[\r\n]* | ) ('\r'? '\n' | EOF) | '#' ~[\r\n]* ('\r'? '\n' | EOF)) -> channel(HIDDEN);

// ---------------------------------------------------------------- keywords
ACTION              : 'ACTION';
ADD                 : 'ADD';
AFTER               : 'AFTER';
ALGORITHM           : 'ALGORITHM';
ALL                 : 'ALL';
ALTER               : 'ALTER';
ALWAYS              : 'ALWAYS';
AND                 : 'AND';
ANY                 : 'ANY';
AS                  : 'AS';
ASC                 : 'ASC';
AUTO_INCREMENT      : 'AUTO_INCREMENT';
AUTOEXTEND_SIZE     : 'AUTOEXTEND_SIZE';
AVG_ROW_LENGTH      : 'AVG_ROW_LENGTH';
BEGIN               : 'BEGIN';
BETWEEN             : 'BETWEEN';
BIGINT              : 'BIGINT';
BINARY              : 'BINARY';
BIT                 : 'BIT';
BLOB                : 'BLOB';
BOOL                : 'BOOL';
BOOLEAN             : 'BOOLEAN';
BTREE               : 'BTREE';
BY                  : 'BY';
CASCADE             : 'CASCADE';
CASE                : 'CASE';
CAST                : 'CAST';
CHANGE              : 'CHANGE';
CHAR                : 'CHAR';
CHARACTER           : 'CHARACTER';
CHARSET             : 'CHARSET';
CHECK               : 'CHECK';
CHECKSUM            : 'CHECKSUM';
COLLATE             : 'COLLATE';
COLUMN              : 'COLUMN';
COLUMN_FORMAT       : 'COLUMN_FORMAT';
COLUMNS             : 'COLUMNS';
COMMENT             : 'COMMENT';
COMMIT              : 'COMMIT';
COMPRESSION         : 'COMPRESSION';
CONNECTION          : 'CONNECTION';
CONSTRAINT          : 'CONSTRAINT';
CONVERT             : 'CONVERT';
CREATE              : 'CREATE';
CURRENT_DATE        : 'CURRENT_DATE';
CURRENT_TIME        : 'CURRENT_TIME';
CURRENT_TIMESTAMP   : 'CURRENT_TIMESTAMP';
CURRENT_USER        : 'CURRENT_USER';
DATA                : 'DATA';
DATABASE            : 'DATABASE';
DATE                : 'DATE';
DATETIME            : 'DATETIME';
DEC                 : 'DEC';
DECIMAL             : 'DECIMAL';
DEFAULT             : 'DEFAULT';
DELAY_KEY_WRITE     : 'DELAY_KEY_WRITE';
DELETE              : 'DELETE';
DESC                : 'DESC';
DIRECTORY           : 'DIRECTORY';
DISABLE             : 'DISABLE';
DISK                : 'DISK';
DISTINCT            : 'DISTINCT';
DIV                 : 'DIV';
DOUBLE              : 'DOUBLE';
DROP                : 'DROP';
DYNAMIC             : 'DYNAMIC';
ELSE                : 'ELSE';
ENABLE              : 'ENABLE';
ENCRYPTION          : 'ENCRYPTION';
END                 : 'END';
ENFORCED            : 'ENFORCED';
ENGINE              : 'ENGINE';
ENGINE_ATTRIBUTE    : 'ENGINE_ATTRIBUTE';
ENUM                : 'ENUM';
ESCAPE              : 'ESCAPE';
EVENT               : 'EVENT';
EXISTS              : 'EXISTS';
FALSE               : 'FALSE';
FIRST               : 'FIRST';
FIXED               : 'FIXED';
FLOAT               : 'FLOAT';
FLOAT4              : 'FLOAT4';
FLOAT8              : 'FLOAT8';
FORCE               : 'FORCE';
FOREIGN             : 'FOREIGN';
FULL                : 'FULL';
FULLTEXT            : 'FULLTEXT';
FUNCTION            : 'FUNCTION';
GENERATED           : 'GENERATED';
GEOMCOLLECTION      : 'GEOMCOLLECTION';
GEOMETRY            : 'GEOMETRY';
GEOMETRYCOLLECTION  : 'GEOMETRYCOLLECTION';
HASH                : 'HASH';
IF                  : 'IF';
IGNORE              : 'IGNORE';
IN                  : 'IN';
INDEX               : 'INDEX';
INSERT              : 'INSERT';
INSERT_METHOD       : 'INSERT_METHOD';
INT                 : 'INT';
INT1                : 'INT1';
INT2                : 'INT2';
INT3                : 'INT3';
INT4                : 'INT4';
INT8                : 'INT8';
INTEGER             : 'INTEGER';
INTERVAL            : 'INTERVAL';
INVISIBLE           : 'INVISIBLE';
IS                  : 'IS';
JSON                : 'JSON';
KEY                 : 'KEY';
KEY_BLOCK_SIZE      : 'KEY_BLOCK_SIZE';
KEYS                : 'KEYS';
LEFT                : 'LEFT';
LESS                : 'LESS';
LIKE                : 'LIKE';
LINEAR              : 'LINEAR';
LINESTRING          : 'LINESTRING';
LIST                : 'LIST';
LOCALTIME           : 'LOCALTIME';
LOCALTIMESTAMP      : 'LOCALTIMESTAMP';
LOCK                : 'LOCK';
LONG                : 'LONG';
LONGBLOB            : 'LONGBLOB';
LONGTEXT            : 'LONGTEXT';
MATCH               : 'MATCH';
MAX_ROWS            : 'MAX_ROWS';
MAXVALUE            : 'MAXVALUE';
MEDIUMBLOB          : 'MEDIUMBLOB';
MEDIUMINT           : 'MEDIUMINT';
MEDIUMTEXT          : 'MEDIUMTEXT';
MEMORY              : 'MEMORY';
MIDDLEINT           : 'MIDDLEINT';
MIN_ROWS            : 'MIN_ROWS';
MOD                 : 'MOD';
MODIFY              : 'MODIFY';
MULTILINESTRING     : 'MULTILINESTRING';
MULTIPOINT          : 'MULTIPOINT';
MULTIPOLYGON        : 'MULTIPOLYGON';
NATIONAL            : 'NATIONAL';
NCHAR               : 'NCHAR';
NO                  : 'NO';
NODEGROUP           : 'NODEGROUP';
NOT                 : 'NOT';
NULL                : 'NULL';
NUMERIC             : 'NUMERIC';
NVARCHAR            : 'NVARCHAR';
OFFLINE             : 'OFFLINE';
ON                  : 'ON';
ONLINE              : 'ONLINE';
OR                  : 'OR';
ORDER               : 'ORDER';
PACK_KEYS           : 'PACK_KEYS';
PAGE_CHECKSUM       : 'PAGE_CHECKSUM';
PARSER              : 'PARSER';
PARTIAL             : 'PARTIAL';
PARTITION           : 'PARTITION';
PARTITIONING        : 'PARTITIONING';
PARTITIONS          : 'PARTITIONS';
PASSWORD            : 'PASSWORD';
PERSISTENT          : 'PERSISTENT';
POINT               : 'POINT';
POLYGON             : 'POLYGON';
PRECISION           : 'PRECISION';
PRIMARY             : 'PRIMARY';
PROCEDURE           : 'PROCEDURE';
RANGE               : 'RANGE';
REAL                : 'REAL';
REFERENCES          : 'REFERENCES';
REGEXP              : 'REGEXP';
REMOVE              : 'REMOVE';
RENAME              : 'RENAME';
REPLACE             : 'REPLACE';
RESTRICT            : 'RESTRICT';
RIGHT               : 'RIGHT';
RLIKE               : 'RLIKE';
ROLLBACK            : 'ROLLBACK';
ROW                 : 'ROW';
ROW_FORMAT          : 'ROW_FORMAT';
RTREE               : 'RTREE';
SCHEMA              : 'SCHEMA';
SECONDARY_ENGINE_ATTRIBUTE : 'SECONDARY_ENGINE_ATTRIBUTE';
SERIAL              : 'SERIAL';
SET                 : 'SET';
SIGNED              : 'SIGNED';
SIMPLE              : 'SIMPLE';
SMALLINT            : 'SMALLINT';
SPATIAL             : 'SPATIAL';
SRID                : 'SRID';
START               : 'START';
STATS_AUTO_RECALC   : 'STATS_AUTO_RECALC';
STATS_PERSISTENT    : 'STATS_PERSISTENT';
STATS_SAMPLE_PAGES  : 'STATS_SAMPLE_PAGES';
STORAGE             : 'STORAGE';
STORED              : 'STORED';
SUBPARTITION        : 'SUBPARTITION';
SUBPARTITIONS       : 'SUBPARTITIONS';
TABLE               : 'TABLE';
TABLE_CHECKSUM      : 'TABLE_CHECKSUM';
TABLES              : 'TABLES';
TABLESPACE          : 'TABLESPACE';
TEMPORARY           : 'TEMPORARY';
TEXT                : 'TEXT';
THAN                : 'THAN';
THEN                : 'THEN';
TIME                : 'TIME';
TIMESTAMP           : 'TIMESTAMP';
TINYBLOB            : 'TINYBLOB';
TINYINT             : 'TINYINT';
TINYTEXT            : 'TINYTEXT';
TO                  : 'TO';
TRANSACTION         : 'TRANSACTION';
TRANSACTIONAL       : 'TRANSACTIONAL';
TRIGGER             : 'TRIGGER';
TRUE                : 'TRUE';
TYPE                : 'TYPE';
UNION               : 'UNION';
UNIQUE              : 'UNIQUE';
UNKNOWN             : 'UNKNOWN';
UNLOCK              : 'UNLOCK';
UNSIGNED            : 'UNSIGNED';
UPDATE              : 'UPDATE';
USE                 : 'USE';
USING               : 'USING';
VALUE               : 'VALUE';
VALUES              : 'VALUES';
VARBINARY           : 'VARBINARY';
VARCHAR             : 'VARCHAR';
VARCHARACTER        : 'VARCHARACTER';
VARYING             : 'VARYING';
VIEW                : 'VIEW';
VIRTUAL             : 'VIRTUAL';
VISIBLE             : 'VISIBLE';
WHEN                : 'WHEN';
WITH                : 'WITH';
WORK                : 'WORK';
XOR                 : 'XOR';
YEAR                : 'YEAR';
ZEROFILL            : 'ZEROFILL';

// ---------------------------------------------------------------- operators and punctuation
NULL_SAFE_EQUALS    : '<=>';
LESS_EQUALS         : '<=';
GREATER_EQUALS      : '>=';
NOT_EQUALS          : '<>' | '!=';
SHIFT_LEFT          : '<<';
SHIFT_RIGHT         : '>>';
ASSIGN              : ':=';
EQUALS              : '=';
LESS_THAN           : '<';
GREATER_THAN        : '>';
LOGICAL_AND         : '&&';
LOGICAL_OR          : '||';
BANG                : '!';
TILDE               : '~';
CARET               : '^';
AMPERSAND           : '&';
PIPE                : '|';
PLUS                : '+';
MINUS               : '-';
STAR                : '*';
SLASH               : '/';
PERCENT             : '%';
LPAREN              : '(';
RPAREN              : ')';
COMMA               : ',';
DOT                 : '.';
SEMICOLON           : ';';
COLON               : ':';
QUESTION            : '?';
LBRACE              : '{';
RBRACE              : '}';

// ---------------------------------------------------------------- literals
// A charset introducer (_utf8mb4'x'): only the character set names MySQL knows, so a column
// named _foo stays an identifier.
CHARSET_INTRODUCER
    : '_' ( 'ARMSCII8' | 'ASCII' | 'BIG5' | 'BINARY' | 'CP1250' | 'CP1251' | 'CP1256' | 'CP1257' | 'CP850'
          | 'CP852' | 'CP866' | 'CP932' | 'DEC8' | 'EUCJPMS' | 'EUCKR' | 'GB18030' | 'GB2312' | 'GBK' | 'GEOSTD8'
          | 'GREEK' | 'HEBREW' | 'HP8' | 'KEYBCS2' | 'KOI8R' | 'KOI8U' | 'LATIN1' | 'LATIN2' | 'LATIN5' | 'LATIN7'
          | 'MACCE' | 'MACROMAN' | 'SJIS' | 'SWE7' | 'TIS620' | 'UCS2' | 'UJIS' | 'UTF16' | 'UTF16LE' | 'UTF32'
          | 'UTF8' | 'UTF8MB3' | 'UTF8MB4' )
    ;
NATIONAL_STRING     : 'N' SINGLE_QUOTED;
STRING_LITERAL      : SINGLE_QUOTED;
DOUBLE_QUOTED_STRING: '"' ( ~["\\] | '\\' . | '""' )* '"';
HEX_LITERAL         : 'X\'' [0-9A-F]* '\'' | '0X' [0-9A-F]+;
BIT_LITERAL         : 'B\'' [01]* '\'' | '0B' [01]+;
REAL_LITERAL        : (DIGIT+ ('.' DIGIT*)? | '.' DIGIT+) 'E' [+-]? DIGIT+;
DECIMAL_LITERAL     : DIGIT+ '.' DIGIT* | '.' DIGIT+;
INTEGER_LITERAL     : DIGIT+;

// ---------------------------------------------------------------- names and variables
BACKTICK_ID         : '`' ( ~'`' | '``' )+ '`';
// MySQL lets an unquoted name start with digits (2fa_code) as long as it is not a number.
ID                  : DIGIT* ID_START ID_PART*;
SYSTEM_VARIABLE     : '@@' (('GLOBAL' | 'SESSION' | 'LOCAL' | 'PERSIST' | 'PERSIST_ONLY') '.')? ID_PART+;
USER_VARIABLE       : '@' (ID_PART | '.')+ | '@' SINGLE_QUOTED | '@' '"' ( ~["\\] | '\\' . )* '"' | '@' '`' ~'`'* '`';

// Anything else is one token the parser rejects, so the lexer itself never fails.
UNEXPECTED_CHARACTER: .;

fragment SINGLE_QUOTED : '\'' ( ~['\\] | '\\' . | '\'\'' )* '\'';
fragment DIGIT         : [0-9];
fragment ID_START      : [A-Z_$\u0080-\uFFFF];
fragment ID_PART       : [A-Z0-9_$\u0080-\uFFFF];
