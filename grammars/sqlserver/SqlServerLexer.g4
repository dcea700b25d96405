/*
 * SQL Server lexer for SchemaShift: the tokens of T-SQL schema scripts (SSMS "Generate Scripts",
 * SSDT, hand-written install scripts). Keywords are case-insensitive; comments (nested block
 * comments included, as T-SQL nests them) and whitespace go to the hidden channel. GO batch
 * separators never reach this lexer: SqlServerScriptSplitter cuts batches on them.
 */
lexer grammar SqlServerLexer;

options { caseInsensitive = true; }

@header { package org.schemashift.source.sqlserver.grammar; }

WHITESPACE      : [ \t\r\n\f\u000B\u00A0\uFEFF]+ -> channel(HIDDEN);
BLOCK_COMMENT   : '/*' (BLOCK_COMMENT | .)*? '*/' -> channel(HIDDEN);
LINE_COMMENT    : '--' ~[\r\n]* -> channel(HIDDEN);

// ---------------------------------------------------------------- keywords
ACTION              : 'ACTION';
ADD                 : 'ADD';
ALL                 : 'ALL';
ALTER               : 'ALTER';
AND                 : 'AND';
ANY                 : 'ANY';
APPLY               : 'APPLY';
AS                  : 'AS';
ASC                 : 'ASC';
AT                  : 'AT';
AUTHORIZATION       : 'AUTHORIZATION';
BEGIN               : 'BEGIN';
BETWEEN             : 'BETWEEN';
BOTH                : 'BOTH';
BY                  : 'BY';
CACHE               : 'CACHE';
CASCADE             : 'CASCADE';
CASE                : 'CASE';
CAST                : 'CAST';
CHECK               : 'CHECK';
CLUSTERED           : 'CLUSTERED';
COLLATE             : 'COLLATE';
COLUMN              : 'COLUMN';
COLUMNSTORE         : 'COLUMNSTORE';
CONSTRAINT          : 'CONSTRAINT';
CONVERT             : 'CONVERT';
CREATE              : 'CREATE';
CROSS               : 'CROSS';
CURRENT             : 'CURRENT';
CYCLE               : 'CYCLE';
DATE                : 'DATE';
DAY                 : 'DAY';
DEFAULT             : 'DEFAULT';
DELETE              : 'DELETE';
DESC                : 'DESC';
DISTINCT            : 'DISTINCT';
DOUBLE              : 'DOUBLE';
DROP                : 'DROP';
ELSE                : 'ELSE';
END                 : 'END';
ESCAPE              : 'ESCAPE';
EXCEPT              : 'EXCEPT';
EXEC                : 'EXEC';
EXECUTE             : 'EXECUTE';
EXISTS              : 'EXISTS';
EXTRACT             : 'EXTRACT';
FALSE               : 'FALSE';
FETCH               : 'FETCH';
FILESTREAM          : 'FILESTREAM';
FIRST               : 'FIRST';
FOLLOWING           : 'FOLLOWING';
FOR                 : 'FOR';
FOREIGN             : 'FOREIGN';
FROM                : 'FROM';
FULL                : 'FULL';
FULLTEXT            : 'FULLTEXT';
FUNCTION            : 'FUNCTION';
GROUP               : 'GROUP';
HAVING              : 'HAVING';
HOUR                : 'HOUR';
IDENTITY            : 'IDENTITY';
IF                  : 'IF';
IN                  : 'IN';
INCLUDE             : 'INCLUDE';
INCREMENT           : 'INCREMENT';
INDEX               : 'INDEX';
INNER               : 'INNER';
INSERT              : 'INSERT';
INTERSECT           : 'INTERSECT';
INTERVAL            : 'INTERVAL';
INTO                : 'INTO';
IS                  : 'IS';
JOIN                : 'JOIN';
KEY                 : 'KEY';
LAST                : 'LAST';
LATERAL             : 'LATERAL';
LEADING             : 'LEADING';
LEFT                : 'LEFT';
LIKE                : 'LIKE';
MATCHED             : 'MATCHED';
MAXVALUE            : 'MAXVALUE';
MERGE               : 'MERGE';
MINUTE              : 'MINUTE';
MINVALUE            : 'MINVALUE';
MONTH               : 'MONTH';
NATURAL             : 'NATURAL';
NEXT                : 'NEXT';
NO                  : 'NO';
NOCACHE             : 'NOCACHE';
NOCHECK             : 'NOCHECK';
NOCYCLE             : 'NOCYCLE';
NONCLUSTERED        : 'NONCLUSTERED';
NOT                 : 'NOT';
NULL                : 'NULL';
NULLS               : 'NULLS';
OF                  : 'OF';
OFFSET              : 'OFFSET';
ON                  : 'ON';
ONLY                : 'ONLY';
OPTION              : 'OPTION';
OR                  : 'OR';
ORDER               : 'ORDER';
OUTER               : 'OUTER';
OVER                : 'OVER';
PARTITION           : 'PARTITION';
PERCENT             : 'PERCENT';
PERSISTED           : 'PERSISTED';
PIVOT               : 'PIVOT';
PRECEDING           : 'PRECEDING';
PRECISION           : 'PRECISION';
PRIMARY             : 'PRIMARY';
PROC                : 'PROC';
PROCEDURE           : 'PROCEDURE';
RANGE               : 'RANGE';
REFERENCES          : 'REFERENCES';
REPLICATION         : 'REPLICATION';
RIGHT               : 'RIGHT';
ROW                 : 'ROW';
ROWGUIDCOL          : 'ROWGUIDCOL';
ROWS                : 'ROWS';
RULE                : 'RULE';
SCHEMA              : 'SCHEMA';
SECOND              : 'SECOND';
SELECT              : 'SELECT';
SEQUENCE            : 'SEQUENCE';
SET                 : 'SET';
SOME                : 'SOME';
SPARSE              : 'SPARSE';
SPATIAL             : 'SPATIAL';
START               : 'START';
SYNONYM             : 'SYNONYM';
TABLE               : 'TABLE';
TEXTIMAGE_ON        : 'TEXTIMAGE_ON';
THEN                : 'THEN';
TIES                : 'TIES';
TIME                : 'TIME';
TIMESTAMP           : 'TIMESTAMP';
TO                  : 'TO';
TOP                 : 'TOP';
TRAILING            : 'TRAILING';
TRIGGER             : 'TRIGGER';
TRIM                : 'TRIM';
TRUE                : 'TRUE';
TRY_CAST            : 'TRY_CAST';
TRY_CONVERT         : 'TRY_CONVERT';
TYPE                : 'TYPE';
UNBOUNDED           : 'UNBOUNDED';
UNION               : 'UNION';
UNIQUE              : 'UNIQUE';
UNPIVOT             : 'UNPIVOT';
UPDATE              : 'UPDATE';
USE                 : 'USE';
USING               : 'USING';
VALUES              : 'VALUES';
VIEW                : 'VIEW';
WHEN                : 'WHEN';
WHERE               : 'WHERE';
WITH                : 'WITH';
WITHIN              : 'WITHIN';
XML                 : 'XML';
YEAR                : 'YEAR';
ZONE                : 'ZONE';

// ---------------------------------------------------------------- operators and punctuation
NOT_EQUALS          : '<>' | '!=';
LESS_EQUALS         : '<=' | '!>';
GREATER_EQUALS      : '>=' | '!<';
EQUALS              : '=';
LESS_THAN           : '<';
GREATER_THAN        : '>';
// T-SQL concatenates with +; || (SQL Server 2025) is the standard's operator.
CONCAT              : '||';
PLUS                : '+';
MINUS_SIGN          : '-';
STAR                : '*';
SLASH               : '/';
PERCENT_SIGN        : '%';
AMPERSAND           : '&';
PIPE                : '|';
CARET               : '^';
TILDE               : '~';
LPAREN              : '(';
RPAREN              : ')';
COMMA               : ',';
DOT                 : '.';
SEMICOLON           : ';';
COLON               : ':';

// ---------------------------------------------------------------- literals
NATIONAL_STRING     : 'N' SINGLE_QUOTED;
STRING_LITERAL      : SINGLE_QUOTED;
BINARY_LITERAL      : '0X' [0-9A-F]*;
REAL_LITERAL        : (DIGIT+ ('.' DIGIT*)? | '.' DIGIT+) 'E' [+-]? DIGIT+;
DECIMAL_LITERAL     : DIGIT+ '.' DIGIT* | '.' DIGIT+;
INTEGER_LITERAL     : DIGIT+;
MONEY_LITERAL       : '$' (DIGIT+ ('.' DIGIT*)? | '.' DIGIT+);

// ---------------------------------------------------------------- names and variables
BRACKET_ID          : '[' ( ~']' | ']]' )+ ']';
DOUBLE_QUOTED_ID    : '"' ( ~'"' | '""' )+ '"';
SYSTEM_VARIABLE     : '@@' ID_PART+;
VARIABLE            : '@' ID_PART+;
// #temp and ##global temporary tables are names too.
ID                  : ('#' '#'?)? ID_START ID_PART*;

// Anything else is one token the parser rejects, so the lexer itself never fails.
UNEXPECTED_CHARACTER: .;

fragment SINGLE_QUOTED : '\'' ( ~'\'' | '\'\'' )* '\'';
fragment DIGIT         : [0-9];
fragment ID_START      : [A-Z_\u0080-\uFFFF];
fragment ID_PART       : [A-Z0-9_@$#\u0080-\uFFFF];
