/*
 * MySQL parser for SchemaShift: the schema statements of MySQL 5.7 / 8.x (and what MariaDB dumps
 * share with them). One statement per parse, as cut by MySqlStatementSplitter. Statements this
 * grammar does not cover (routines, data) are classified before parsing and never reach it.
 * Written for this project; every alternative that a builder dispatches on carries a label.
 * Expressions and queries are built from the shared core (grammars/imports/SqlCoreParser.g4) with
 * MySQL's operator precedence, at the end of this file.
 */
parser grammar MySqlParser;

options { tokenVocab = MySqlLexer; }

import SqlCoreParser;

@header { package org.schemashift.source.mysql.grammar; }

// ============================================================== statements

statement
    : CREATE TEMPORARY? TABLE ifNotExists? tableName
      LPAREN tableElement (COMMA tableElement)* RPAREN tableOptions? partitionClause? EOF        #createTable
    | CREATE TEMPORARY? TABLE ifNotExists? tableName
      (LIKE likeTable=tableName | LPAREN LIKE likeTable=tableName RPAREN) EOF                    #createTableLike
    | CREATE indexKind=(UNIQUE | FULLTEXT | SPATIAL)? INDEX identifier indexType?
      ON tableName LPAREN keyPart (COMMA keyPart)* RPAREN indexOption* executionOption* EOF      #createIndex
    | CREATE (DATABASE | SCHEMA) ifNotExists? identifier databaseOption* EOF                     #createDatabase
    | ALTER (ONLINE | OFFLINE)? IGNORE? TABLE tableName
      (alterSpecification (COMMA alterSpecification)*)? partitionClause? EOF                    #alterTable
    | DROP TEMPORARY? TABLE ifExists? tableName (COMMA tableName)* (RESTRICT | CASCADE)? EOF    #dropTable
    | DROP INDEX identifier ON tableName executionOption* EOF                                   #dropIndex
    | DROP (DATABASE | SCHEMA) ifExists? identifier EOF                                         #dropDatabase
    | (CREATE (OR REPLACE)? | ALTER) viewOption* VIEW tableName (LPAREN identifierList RPAREN)?
      AS query (WITH (CASCADED | LOCAL)? CHECK OPTION)? EOF                                     #createView
    | DROP objectKind=(VIEW | PROCEDURE | FUNCTION | TRIGGER | EVENT) ifExists?
      tableName (COMMA tableName)* (RESTRICT | CASCADE)? EOF                                    #dropOtherObject
    | RENAME TABLE renamePair (COMMA renamePair)* EOF                                           #renameTables
    | USE identifier EOF                                                                        #useDatabase
    | SET .*? EOF                                                                               #setStatement
    | LOCK (TABLES | TABLE) .*? EOF                                                             #lockTables
    | UNLOCK (TABLES | TABLE) EOF                                                               #unlockTables
    | (START TRANSACTION | BEGIN | COMMIT | ROLLBACK) .*? EOF                                   #transactionControl
    | CREATE definerClause? (PROCEDURE | FUNCTION) ifNotExists? tableName
      LPAREN (routineParameter (COMMA routineParameter)*)? RPAREN (RETURNS routineType)?
      routineCharacteristic* procStatement SEMICOLON? EOF                                                #createRoutine
    | CREATE definerClause? TRIGGER ifNotExists? tableName timing=(BEFORE | AFTER)
      event=(INSERT | UPDATE | DELETE) ON tableName FOR EACH ROW
      (order=(FOLLOWS | PRECEDES) other=identifier)? procStatement SEMICOLON? EOF                        #createTrigger
    | CREATE definerClause? EVENT ifNotExists? tableName ON SCHEDULE eventSchedule
      (ON COMPLETION NOT? PRESERVE)? (ENABLE | DISABLE (ON identifier)?)? (COMMENT stringLiteral)?
      DO procStatement SEMICOLON? EOF                                                                    #createEvent
    ;

// One INSERT, UPDATE, DELETE or MERGE on its own; stored programs embed the core's rules directly.
singleDmlStatement : dmlStatement EOF;

ifExists    : IF EXISTS;
ifNotExists : IF NOT EXISTS;
renamePair  : from=tableName TO to=tableName;

databaseOption
    : DEFAULT? (CHARACTER SET | CHARSET) EQUALS? charsetName                                   #databaseCharset
    | DEFAULT? COLLATE EQUALS? collationName                                                   #databaseCollate
    | DEFAULT? ENCRYPTION EQUALS? stringLiteral                                                #databaseEncryption
    ;

executionOption : (ALGORITHM | LOCK) EQUALS? optionValue;

// ============================================================== views

viewOption
    : ALGORITHM EQUALS identifier                                                              #viewAlgorithm
    | DEFINER EQUALS definer                                                                   #viewDefiner
    | SQL SECURITY (DEFINER | INVOKER)                                                         #viewSqlSecurity
    ;

// `user`@`host`, 'user'@'host', user@host or CURRENT_USER.
definer : CURRENT_USER (LPAREN RPAREN)? | (identifier | stringLiteral) USER_VARIABLE?;

// ============================================================== queries: the core's, with LIMIT and MySQL's select items

query : withClause? queryExpression orderByClause? limitClause? lockingClause* intoClause?;

// Locking reads (https://dev.mysql.com/doc/refman/8.0/en/select.html, innodb-locking-reads.html);
// a statement's INTO may also come last, after them.
lockingClause
    : FOR strength=(UPDATE | SHARE) (OF tableName (COMMA tableName)*)? (NOWAIT | SKIP_ LOCKED)?
    | LOCK IN SHARE MODE
    ;

// LIMIT n, LIMIT offset, n and LIMIT n OFFSET m.
limitClause
    : LIMIT count=valueExpression (OFFSET offset=valueExpression)?                               #limitOffset
    | LIMIT offset=valueExpression COMMA count=valueExpression                                   #limitCommaOffset
    ;

// Booleans are values: a select item is any expression; an alias may be a string ('INFO').
selectItem
    : STAR                                                                                     #allColumns
    | identifier (DOT identifier)* DOT STAR                                                    #tableColumns
    | expression (AS? (alias=identifier | aliasText=textPart))?                                #expressionItem
    ;

tableReference
    : tableName AS? alias=identifier? indexHint*                                               #namedTable
    | LATERAL? LPAREN query RPAREN AS? alias=identifier? (LPAREN identifierList RPAREN)?       #subqueryTable
    | LPAREN fromItem RPAREN                                                                   #parenthesizedFrom
    | JSON_TABLE LPAREN expression COMMA path=stringLiteral COLUMNS LPAREN jsonTableColumns RPAREN RPAREN
      AS? alias=identifier                                                                     #jsonTable
    ;

jsonTableColumns : jsonTableColumn (COMMA jsonTableColumn)*;

jsonTableColumn
    : identifier FOR ORDINALITY                                                                #jsonOrdinalityColumn
    | identifier dataType EXISTS? PATH path=stringLiteral jsonTableOnMissing*                  #jsonPathColumn
    | NESTED PATH? path=stringLiteral COLUMNS LPAREN jsonTableColumns RPAREN                   #jsonNestedColumns
    ;

jsonTableOnMissing : (NULL | raise=ERROR | DEFAULT value=stringLiteral) ON on=(EMPTY | ERROR);

// USE / FORCE / IGNORE INDEX (...): optimizer hints, without meaning on the target.
indexHint : (USE | FORCE | IGNORE) (INDEX | KEY) (FOR (JOIN | ORDER BY | GROUP BY))? LPAREN identifierList? RPAREN;

// ============================================================== CREATE TABLE

tableElement
    : columnDefinition                                                                         #columnElement
    | keyDefinition                                                                            #keyElement
    ;

columnDefinition : identifier dataType columnOption*;

columnOption
    : NOT? NULL                                                                                #nullability
    | DEFAULT defaultValue                                                                     #columnDefault
    | ON UPDATE functionValue                                                                  #columnOnUpdate
    | AUTO_INCREMENT                                                                           #columnAutoIncrement
    | SERIAL DEFAULT VALUE                                                                     #columnSerialDefault
    | PRIMARY? KEY                                                                             #columnPrimaryKey
    | UNIQUE KEY?                                                                              #columnUnique
    | COMMENT stringLiteral                                                                    #columnComment
    | (CHARACTER SET | CHARSET) charsetName BINARY?                                            #columnCharset
    | COLLATE collationName                                                                    #columnCollate
    | (VISIBLE | INVISIBLE)                                                                    #columnVisibility
    | (GENERATED ALWAYS)? AS LPAREN expression RPAREN storage=(VIRTUAL | STORED | PERSISTENT)? #columnGenerated
    | referenceDefinition                                                                      #columnReferences
    | constraintName? CHECK LPAREN expression RPAREN enforcement?                              #columnCheck
    | COLUMN_FORMAT (FIXED | DYNAMIC | DEFAULT)                                                #columnFormat
    | STORAGE (DISK | MEMORY | DEFAULT)                                                        #columnStorage
    | SRID INTEGER_LITERAL                                                                     #columnSrid
    ;

defaultValue
    : sign=(MINUS_SIGN | PLUS)? literal                                                        #literalDefault
    | functionValue                                                                            #functionDefault
    | LPAREN expression RPAREN                                                                 #expressionDefault
    ;

keyDefinition
    : (INDEX | KEY) indexName=identifier? indexType? LPAREN keyPart (COMMA keyPart)* RPAREN indexOption*     #plainIndex
    | kind=(FULLTEXT | SPATIAL) (INDEX | KEY)? indexName=identifier?
      LPAREN keyPart (COMMA keyPart)* RPAREN indexOption*                                                   #fulltextOrSpatialIndex
    | constraintName? PRIMARY KEY indexType? LPAREN keyPart (COMMA keyPart)* RPAREN indexOption*             #primaryKeyDefinition
    | constraintName? UNIQUE (INDEX | KEY)? indexName=identifier? indexType?
      LPAREN keyPart (COMMA keyPart)* RPAREN indexOption*                                                   #uniqueKeyDefinition
    | constraintName? FOREIGN KEY indexName=identifier? LPAREN identifierList RPAREN referenceDefinition     #foreignKeyDefinition
    | constraintName? CHECK LPAREN expression RPAREN enforcement?                                           #checkDefinition
    ;

constraintName : CONSTRAINT identifier?;
enforcement    : NOT? ENFORCED;

keyPart
    : identifier fieldLength? order=(ASC | DESC)?                                              #columnKeyPart
    | LPAREN expression RPAREN order=(ASC | DESC)?                                             #expressionKeyPart
    ;

indexType : USING method=(BTREE | HASH | RTREE);

indexOption
    : KEY_BLOCK_SIZE EQUALS? INTEGER_LITERAL                                                   #keyBlockSizeIndexOption
    | indexType                                                                                #usingIndexOption
    | WITH PARSER identifier                                                                   #parserIndexOption
    | COMMENT stringLiteral                                                                    #commentIndexOption
    | (VISIBLE | INVISIBLE)                                                                    #visibilityIndexOption
    | (ENGINE_ATTRIBUTE | SECONDARY_ENGINE_ATTRIBUTE) EQUALS? stringLiteral                    #attributeIndexOption
    ;

referenceDefinition
    : REFERENCES tableName (LPAREN identifierList RPAREN)? (MATCH (FULL | PARTIAL | SIMPLE))? referenceTrigger*
    ;

referenceTrigger
    : ON DELETE referenceAction                                                                #onDeleteTrigger
    | ON UPDATE referenceAction                                                                #onUpdateTrigger
    ;

referenceAction
    : RESTRICT                                                                                 #restrictAction
    | CASCADE                                                                                  #cascadeAction
    | SET NULL                                                                                 #setNullAction
    | SET DEFAULT                                                                              #setDefaultAction
    | NO ACTION                                                                                #noAction
    ;

tableOptions : tableOption (COMMA? tableOption)*;

tableOption
    : (ENGINE | TYPE) EQUALS? optionValue                                                      #engineTableOption
    | DEFAULT? (CHARACTER SET | CHARSET) EQUALS? charsetName                                   #charsetTableOption
    | DEFAULT? COLLATE EQUALS? collationName                                                   #collateTableOption
    | COMMENT EQUALS? stringLiteral                                                            #commentTableOption
    | UNION EQUALS? LPAREN tableName (COMMA tableName)* RPAREN                                 #unionTableOption
    | (DATA | INDEX) DIRECTORY EQUALS? stringLiteral                                           #directoryTableOption
    | STORAGE (DISK | MEMORY)                                                                  #storageTableOption
    | name=(AUTO_INCREMENT | AVG_ROW_LENGTH | CHECKSUM | TABLE_CHECKSUM | COMPRESSION | CONNECTION
      | DELAY_KEY_WRITE | ENCRYPTION | INSERT_METHOD | KEY_BLOCK_SIZE | MAX_ROWS | MIN_ROWS | PACK_KEYS
      | PASSWORD | ROW_FORMAT | STATS_AUTO_RECALC | STATS_PERSISTENT | STATS_SAMPLE_PAGES | TABLESPACE
      | ENGINE_ATTRIBUTE | SECONDARY_ENGINE_ATTRIBUTE | AUTOEXTEND_SIZE | PAGE_CHECKSUM | TRANSACTIONAL)
      EQUALS? optionValue                                                                      #namedTableOption
    ;

optionValue : (DEFAULT | INTEGER_LITERAL | DECIMAL_LITERAL | stringLiteral | identifier);

// ============================================================== partitioning

partitionClause
    : PARTITION BY partitionMethod (PARTITIONS INTEGER_LITERAL)?
      (SUBPARTITION BY subpartitionMethod=partitionMethod (SUBPARTITIONS INTEGER_LITERAL)?)?
      (LPAREN partitionDefinition (COMMA partitionDefinition)* RPAREN)?
    ;

partitionMethod
    : LINEAR? HASH LPAREN expression RPAREN                                                    #hashPartitioning
    | LINEAR? KEY (ALGORITHM EQUALS INTEGER_LITERAL)? LPAREN identifierList? RPAREN            #keyPartitioning
    | RANGE LPAREN expression RPAREN                                                           #rangePartitioning
    | RANGE COLUMNS LPAREN identifierList RPAREN                                               #rangeColumnsPartitioning
    | LIST LPAREN expression RPAREN                                                            #listPartitioning
    | LIST COLUMNS LPAREN identifierList RPAREN                                                #listColumnsPartitioning
    ;

partitionDefinition
    : PARTITION identifier partitionValues? partitionOption*
      (LPAREN subpartitionDefinition (COMMA subpartitionDefinition)* RPAREN)?
    ;

partitionValues
    : VALUES LESS THAN (LPAREN partitionValue (COMMA partitionValue)* RPAREN | MAXVALUE)        #lessThanValues
    | VALUES IN LPAREN partitionValue (COMMA partitionValue)* RPAREN                           #inValues
    ;

partitionValue
    : MAXVALUE                                                                                 #maxPartitionValue
    | expression                                                                               #expressionPartitionValue
    ;

partitionOption
    : STORAGE? ENGINE EQUALS? optionValue                                                      #enginePartitionOption
    | COMMENT EQUALS? stringLiteral                                                            #commentPartitionOption
    | (DATA | INDEX) DIRECTORY EQUALS? stringLiteral                                           #directoryPartitionOption
    | (MAX_ROWS | MIN_ROWS | NODEGROUP) EQUALS? INTEGER_LITERAL                                #numberPartitionOption
    | TABLESPACE EQUALS? optionValue                                                           #tablespacePartitionOption
    ;

subpartitionDefinition : SUBPARTITION identifier partitionOption*;

// ============================================================== ALTER TABLE

alterSpecification
    : ADD COLUMN? columnDefinition columnPosition?                                             #addColumn
    | ADD COLUMN? LPAREN columnDefinition (COMMA columnDefinition)* RPAREN                     #addColumns
    | ADD keyDefinition                                                                        #addKey
    | DROP COLUMN? identifier (RESTRICT | CASCADE)?                                            #dropColumn
    | DROP PRIMARY KEY                                                                         #dropPrimaryKey
    | DROP FOREIGN KEY identifier                                                              #dropForeignKey
    | DROP (INDEX | KEY) identifier                                                            #dropKey
    | DROP (CONSTRAINT | CHECK) identifier                                                     #dropConstraint
    | MODIFY COLUMN? columnDefinition columnPosition?                                          #modifyColumn
    | CHANGE COLUMN? oldName=identifier columnDefinition columnPosition?                       #changeColumn
    | RENAME COLUMN oldName=identifier TO newName=identifier                                   #renameColumn
    | RENAME (TO | AS)? tableName                                                              #renameTo
    | ALTER COLUMN? identifier SET DEFAULT defaultValue                                        #setColumnDefault
    | ALTER COLUMN? identifier DROP DEFAULT                                                    #dropColumnDefault
    | CONVERT TO (CHARACTER SET | CHARSET) charsetName (COLLATE collationName)?                #convertToCharset
    | tableOption+                                                                             #alterTableOptions
    | executionOption                                                                          #alterExecutionOption
    | (ENABLE | DISABLE) KEYS                                                                  #alterKeysSwitch
    | FORCE                                                                                    #alterForce
    | REMOVE PARTITIONING                                                                      #removePartitioning
    | RENAME (INDEX | KEY) oldName=identifier TO newName=identifier                            #renameIndex
    | ALTER COLUMN? identifier SET visibility=(VISIBLE | INVISIBLE)                            #setColumnVisibility
    // ADD/DROP/TRUNCATE/COALESCE/REORGANIZE/EXCHANGE/... PARTITION: partition maintenance, which
    // MySQL allows only as the last clause, so its arguments may run to the end of the statement.
    | (ADD | DROP | identifier) PARTITION partitionMaintenanceArgument*                        #partitionMaintenance
    ;

partitionMaintenanceArgument
    : LPAREN partitionMaintenanceArgument* RPAREN
    | ~(LPAREN | RPAREN)
    ;

columnPosition
    : FIRST                                                                                    #firstPosition
    | AFTER identifier                                                                         #afterPosition
    ;

// ============================================================== data types

dataType
    : typeName=(TINYINT | SMALLINT | MEDIUMINT | MIDDLEINT | INT | INTEGER | BIGINT
      | INT1 | INT2 | INT3 | INT4 | INT8) fieldLength? numberModifier*                        #integerType
    | typeName=(DECIMAL | DEC | NUMERIC | FIXED) precisionSpec? numberModifier*                #decimalType
    | typeName=(FLOAT | REAL | FLOAT4 | FLOAT8) precisionSpec? numberModifier*                 #floatType
    | DOUBLE PRECISION? precisionSpec? numberModifier*                                         #doubleType
    | BIT fieldLength?                                                                         #bitType
    | (BOOL | BOOLEAN)                                                                         #booleanType
    | SERIAL                                                                                   #serialType
    | characterTypeName fieldLength? BINARY?                                                   #characterType
    | BINARY fieldLength?                                                                      #binaryType
    | VARBINARY fieldLength                                                                    #varbinaryType
    | typeName=(TINYTEXT | TEXT | MEDIUMTEXT | LONGTEXT) fieldLength? BINARY?                  #textType
    | typeName=(TINYBLOB | BLOB | MEDIUMBLOB | LONGBLOB) fieldLength?                          #blobType
    | LONG VARBINARY                                                                           #longVarbinaryType
    | LONG (VARCHAR | CHAR VARYING)? BINARY?                                                   #longVarcharType
    | JSON                                                                                     #jsonType
    | typeName=(DATE | TIME | DATETIME | TIMESTAMP | YEAR) fieldLength?                        #temporalType
    | typeName=(ENUM | SET) LPAREN stringLiteral (COMMA stringLiteral)* RPAREN BINARY?         #enumType
    | typeName=(GEOMETRY | POINT | LINESTRING | POLYGON | MULTIPOINT | MULTILINESTRING
      | MULTIPOLYGON | GEOMETRYCOLLECTION | GEOMCOLLECTION)                                    #spatialType
    ;

characterTypeName
    : NATIONAL? (CHAR | CHARACTER) VARYING?                                                    #charTypeName
    | NATIONAL? (VARCHAR | VARCHARACTER)                                                       #varcharTypeName
    | NCHAR VARYING?                                                                           #ncharTypeName
    | (NCHAR VARCHAR | NVARCHAR)                                                               #nvarcharTypeName
    ;

fieldLength    : LPAREN INTEGER_LITERAL RPAREN;
precisionSpec  : LPAREN precision=INTEGER_LITERAL (COMMA scale=INTEGER_LITERAL)? RPAREN;
numberModifier : (UNSIGNED | SIGNED | ZEROFILL);

castType
    : SIGNED (INT | INTEGER)?                                                                  #signedCastType
    | UNSIGNED (INT | INTEGER)?                                                                #unsignedCastType
    | dataType ((CHARACTER SET | CHARSET) charsetName)?                                        #dataCastType
    ;

// ============================================================== stored programs
// https://dev.mysql.com/doc/refman/8.0/en/sql-compound-statements.html. Variables and parameters are
// plain names (column references); NEW.c and OLD.c in triggers too. A statement inside a body that
// the IR does not hold (DDL, LOCK, ...) is read as otherStatement and reported by the builder.

definerClause : DEFINER EQUALS definer;

routineParameter : direction=(IN | OUT | INOUT)? identifier routineType;

// Parameters, RETURNS and DECLAREd variables take a character set and a collation after the type
// (https://dev.mysql.com/doc/refman/8.0/en/create-procedure.html); mysqldump writes RETURNS ... CHARSET cs.
routineType : dataType ((CHARACTER SET | CHARSET) charsetName)? (COLLATE collationName)?;

routineCharacteristic
    : COMMENT stringLiteral                                                                    #routineComment
    | LANGUAGE SQL                                                                             #routineLanguage
    | NOT? DETERMINISTIC                                                                       #routineDeterminism
    | (CONTAINS SQL | NO SQL | READS SQL DATA | MODIFIES SQL DATA)                              #routineDataAccess
    | SQL SECURITY rights=(DEFINER | INVOKER)                                                  #routineSecurity
    ;

eventSchedule
    : AT expression                                                                            #eventAt
    | EVERY count=expression unit=identifier (STARTS starts=expression)? (ENDS ends=expression)? #eventEvery
    ;

procBody : (procStatement SEMICOLON)+;

// the text of a prepared statement (PREPARE s FROM 'text'), read as the same statement in a program
dynamicStatement : procStatement SEMICOLON? EOF;

procStatement
    : (label=identifier COLON)? BEGIN (procDeclaration SEMICOLON)* (procStatement SEMICOLON)*
      END endLabel=identifier?                                                                 #blockStatement
    | (label=identifier COLON)? LOOP procBody END LOOP endLabel=identifier?                    #loopStatement
    | (label=identifier COLON)? WHILE expression DO procBody END WHILE endLabel=identifier?    #whileStatement
    | (label=identifier COLON)? REPEAT procBody UNTIL expression END REPEAT endLabel=identifier? #repeatStatement
    | IF expression THEN procBody (ELSEIF expression THEN procBody)* (ELSE elseBody=procBody)? END IF #ifStatement
    | CASE operand=expression? (WHEN expression THEN procBody)+ (ELSE elseBody=procBody)? END CASE #caseStatement
    | LEAVE identifier                                                                         #leaveStatement
    | ITERATE identifier                                                                       #iterateStatement
    | RETURN expression                                                                        #returnStatement
    | SET setTarget (COMMA setTarget)*                                                         #setStatementInBody
    | OPEN identifier                                                                          #openStatement
    | FETCH (NEXT? FROM)? identifier INTO intoTarget (COMMA intoTarget)*                        #fetchStatement
    | CLOSE identifier                                                                         #closeStatement
    | SIGNAL (SQLSTATE VALUE? state=stringLiteral | name=identifier)
      (SET signalItem (COMMA signalItem)*)?                                                    #signalStatement
    | RESIGNAL (SQLSTATE VALUE? state=stringLiteral | name=identifier)?
      (SET signalItem (COMMA signalItem)*)?                                                    #resignalStatement
    | GET (CURRENT | STACKED)? DIAGNOSTICS (CONDITION expression)?
      diagnosticItem (COMMA diagnosticItem)*                                                   #getDiagnostics
    | CALL tableName (LPAREN expressionList? RPAREN)?                                          #callStatement
    | PREPARE identifier FROM expression                                                       #prepareStatement
    | EXECUTE identifier (USING variable (COMMA variable)*)?                                   #executeStatement
    | (DEALLOCATE | DROP) PREPARE identifier                                                   #deallocateStatement
    | query                                                                                    #selectStatement
    | insertStatement                                                                          #insertInBody
    | updateStatement                                                                          #updateInBody
    | deleteStatement                                                                          #deleteInBody
    | joinedUpdate                                                                             #joinedUpdateInBody
    | joinedDelete                                                                             #joinedDeleteInBody
    | (START TRANSACTION | BEGIN WORK | COMMIT WORK? | ROLLBACK WORK?)                         #transactionInBody
    | CREATE TEMPORARY TABLE ifNotExists? tableName
      LPAREN tableElement (COMMA tableElement)* RPAREN tableOptions?                           #createTemporaryInBody
    | DROP TEMPORARY TABLE ifExists? tableName (COMMA tableName)*                               #dropTemporaryInBody
    | DROP TABLE ifExists? tableName (COMMA tableName)* (RESTRICT | CASCADE)?                  #dropTableInBody
    | TRUNCATE TABLE? tableName                                                                 #truncateInBody
    | (CREATE | DROP | ALTER | LOCK | UNLOCK | DO) ~SEMICOLON*                                  #otherStatement
    ;

procDeclaration
    : DECLARE identifier (COMMA identifier)* routineType (DEFAULT expression)?                    #variableDeclaration
    | DECLARE identifier CONDITION FOR conditionValue                                          #conditionDeclaration
    | DECLARE identifier CURSOR FOR query                                                      #cursorDeclaration
    | DECLARE kind=(CONTINUE | EXIT | UNDO) HANDLER FOR conditionValue (COMMA conditionValue)*
      procStatement                                                                            #handlerDeclaration
    ;

conditionValue
    : SQLSTATE VALUE? stringLiteral                                                            #sqlStateCondition
    | INTEGER_LITERAL                                                                          #errorNumberCondition
    | SQLWARNING                                                                               #warningCondition
    | NOT FOUND                                                                                #notFoundCondition
    | SQLEXCEPTION                                                                             #exceptionCondition
    | identifier                                                                               #namedCondition
    ;

setTarget    : (variable | columnReference) (EQUALS | ASSIGN) expression;
intoTarget   : variable | columnReference;
intoClause   : INTO intoTarget (COMMA intoTarget)*;
signalItem   : name=identifier EQUALS expression;
diagnosticItem : intoTarget EQUALS name=identifier;

// The core's data changes with MySQL's additions: INSERT IGNORE, REPLACE, ON DUPLICATE KEY UPDATE,
// ORDER BY and LIMIT on UPDATE and DELETE. The core's builder reads the parts it knows by name.
insertStatement
    : verb=(INSERT | REPLACE) IGNORE? INTO? dmlTarget (LPAREN identifierList RPAREN)? insertSource
      (ON DUPLICATE KEY UPDATE setClause (COMMA setClause)*)?
    ;
updateStatement : UPDATE IGNORE? dmlTarget SET setClause (COMMA setClause)* whereClause? orderByClause? limitClause?;
deleteStatement : DELETE IGNORE? FROM dmlTarget whereClause? orderByClause? limitClause?;

// The multiple-table forms (https://dev.mysql.com/doc/refman/8.0/en/update.html, .../delete.html):
// UPDATE joins its tables and SET names their columns; DELETE names the tables it deletes from
// before FROM, or after FROM with the joined tables after USING.
joinedUpdate : UPDATE IGNORE? fromItem (COMMA fromItem)* SET setClause (COMMA setClause)* whereClause?;
joinedDelete
    : DELETE IGNORE? deletedTable (COMMA deletedTable)* FROM fromItem (COMMA fromItem)* whereClause?
    | DELETE IGNORE? FROM deletedTable (COMMA deletedTable)* USING fromItem (COMMA fromItem)* whereClause?
    ;
deletedTable : tableName (DOT STAR)?;

// The core's SELECT with MySQL's INTO, before FROM or at the end (a body's SELECT ... INTO v).
queryBlock
    : SELECT setQuantifier? selectItem (COMMA selectItem)* intoClause?
      (FROM fromItem (COMMA fromItem)*)?
      whereClause? groupByClause? havingClause? intoClause?
    ;

// ============================================================== expressions: MySQL's precedence over the core's pieces
// https://dev.mysql.com/doc/refman/8.0/en/operator-precedence.html: XOR between AND and OR, && and ||
// for AND and OR (the default sql_mode), IS and comparisons chain, bit operators between the
// arithmetic ones and the comparisons. So MySQL overrides the core's expression levels; an
// alternative that means what the core's does carries the core's label and the core builds it.

expression
    : NOT expression                                                                           #notExpression
    | expression (AND | LOGICAL_AND) expression                                                #andExpression
    | expression XOR expression                                                                #xorExpression
    | expression (OR | LOGICAL_OR) expression                                                  #orExpression
    | booleanPrimary                                                                           #booleanPrimaryExpression
    ;

booleanPrimary
    : booleanPrimary IS NOT? truthValue=(NULL | TRUE | FALSE | UNKNOWN)                        #isExpression
    | booleanPrimary comparisonOperator predicate                                              #comparisonPredicate
    | predicate                                                                                #predicateExpression
    ;

comparisonOperator
    : EQUALS | NULL_SAFE_EQUALS | NOT_EQUALS | LESS_THAN | LESS_EQUALS | GREATER_THAN | GREATER_EQUALS
    ;

predicate
    : valueExpression NOT? IN LPAREN (query | expressionList) RPAREN                           #inPredicate
    | valueExpression NOT? BETWEEN valueExpression AND predicate                               #betweenPredicate
    | valueExpression NOT? LIKE primary (ESCAPE primary)?                                      #likePredicate
    | valueExpression NOT? (REGEXP | RLIKE) valueExpression                                    #regexpPredicate
    | EXISTS LPAREN query RPAREN                                                               #existsPredicate
    | valueExpression                                                                          #valuePredicate
    ;

valueExpression
    : valueExpression CARET valueExpression                                                    #bitXorExpression
    | valueExpression op=(STAR | SLASH | PERCENT | DIV | MOD) valueExpression                  #multiplicativeExpr
    | valueExpression op=(PLUS | MINUS_SIGN) valueExpression                                   #additiveExpr
    | valueExpression op=(SHIFT_LEFT | SHIFT_RIGHT) valueExpression                            #shiftExpression
    | valueExpression AMPERSAND valueExpression                                                #bitAndExpression
    | valueExpression PIPE valueExpression                                                     #bitOrExpression
    | primary                                                                                  #primaryExpr
    ;

primary
    : primary COLLATE collationName                                                            #collateExpression
    | op=(MINUS_SIGN | PLUS | TILDE) primary                                                   #unaryExpr
    | BANG primary                                                                             #bangExpression
    | BINARY primary                                                                           #binaryExpression
    | literal                                                                                  #literalPrimary
    | specialFunctionCall                                                                      #specialFunctionPrimary
    | functionCall                                                                             #functionCallPrimary
    | columnReference                                                                          #columnReferencePrimary
    | variable                                                                                 #variableExpression
    | LPAREN query RPAREN                                                                      #scalarSubquery
    | LPAREN expression RPAREN                                                                 #parenthesizedExpr
    | ROW? LPAREN expression (COMMA expression)+ RPAREN                                        #rowExpr
    | caseExpression                                                                           #casePrimary
    | INTERVAL expression unit=identifier                                                      #intervalExpression
    | primary op=(JSON_ARROW | JSON_UNQUOTE_ARROW) path=stringLiteral                          #jsonPathExpression
    ;

// Booleans are values in MySQL: CASE, CAST and lists take any expression.
caseExpression
    : CASE caseWhen+ (ELSE elseResult=expression)? END                                         #searchedCase
    | CASE operand=expression simpleCaseWhen+ (ELSE elseResult=expression)? END                #simpleCase
    ;

caseWhen       : WHEN condition=expression THEN result=expression;
simpleCaseWhen : WHEN value=expression THEN result=expression;
castExpression : CAST LPAREN expression AS castType RPAREN;
expressionList : expression (COMMA expression)*;

columnValue
    : DEFAULT                                                                                  #useDefault
    | expression                                                                               #expressionValue
    ;

// The functions with a syntax of their own; every other call is the core's functionCall.
specialFunctionCall
    : castExpression                                                                           #castCall
    | CONVERT LPAREN expression COMMA castType RPAREN                                          #convertCall
    | CONVERT LPAREN expression USING charsetName RPAREN                                       #convertUsingCall
    | name=(CURRENT_TIMESTAMP | LOCALTIMESTAMP | LOCALTIME | CURRENT_TIME)
      (LPAREN fsp=INTEGER_LITERAL? RPAREN)?                                                    #currentTimeCall
    | name=(CURRENT_DATE | CURRENT_USER) (LPAREN RPAREN)?                                      #currentValueCall
    | GROUP_CONCAT LPAREN DISTINCT? expressionList orderByClause? (SEPARATOR separator=stringLiteral)? RPAREN  #groupConcatCall
    ;

// DEFAULT and ON UPDATE take a function call without parentheses around it.
functionValue : specialFunctionCall | functionCall;

functionName
    : (qualifier=identifier DOT)?
      name=(ID | BACKTICK_ID | IF | LEFT | RIGHT | REPLACE | INSERT | DATABASE | SCHEMA | CHAR | MOD | VALUES
      | DATE | TIME | TIMESTAMP | YEAR | POINT | POLYGON | LINESTRING | MULTIPOINT | MULTILINESTRING
      | MULTIPOLYGON | GEOMETRYCOLLECTION | CHARSET | TRUNCATE)
    ;

variable : (USER_VARIABLE | SYSTEM_VARIABLE);

literal
    : stringLiteral                                                                            #textLiteral
    | INTEGER_LITERAL                                                                          #integerLiteral
    | DECIMAL_LITERAL                                                                          #decimalLiteral
    | REAL_LITERAL                                                                             #realLiteral
    | CHARSET_INTRODUCER? HEX_LITERAL                                                          #hexLiteral
    | CHARSET_INTRODUCER? BIT_LITERAL                                                          #bitLiteral
    | (TRUE | FALSE)                                                                           #booleanLiteral
    | NULL                                                                                     #nullLiteral
    | kind=(DATE | TIME | TIMESTAMP) STRING_LITERAL                                            #temporalLiteral
    ;

stringLiteral
    : CHARSET_INTRODUCER? textPart+                                                            #plainString
    | NATIONAL_STRING textPart*                                                                #nationalString
    ;

textPart : (STRING_LITERAL | DOUBLE_QUOTED_STRING);

// ============================================================== names

charsetName   : (identifier | STRING_LITERAL | BINARY | DEFAULT);
collationName : (identifier | STRING_LITERAL | BINARY);

identifier : (ID | BACKTICK_ID | nonReservedKeyword);

// Keywords MySQL does not reserve: they name columns and tables in real schemas (`comment`, `type`, `date`).
nonReservedKeyword
    : (ACTION | AFTER | ALGORITHM | AT | BEFORE | CLOSE | COMPLETION | CONTAINS | DEALLOCATE | DEFINER
    | DIAGNOSTICS | DO | DUPLICATE | ENDS | EVERY | EXECUTE | FOLLOWS | FOUND | HANDLER | INVOKER | LANGUAGE
    | MESSAGE_TEXT | MYSQL_ERRNO | OPEN | PRECEDES | PREPARE | PRESERVE | RETURNS | SCHEDULE | SECURITY
    | STACKED | STARTS | ALWAYS | ANY | AUTO_INCREMENT | AUTOEXTEND_SIZE | AVG_ROW_LENGTH | BEGIN
    | CASCADED | GROUP_CONCAT | LOCAL | SEPARATOR
    | LOCKED | MODE | NOWAIT | SHARE | SKIP_
    | BIT | BOOL | BOOLEAN | BTREE | CHARSET | CHECKSUM | COLUMN_FORMAT | COLUMNS | COMMENT | COMMIT
    | COMPRESSION | CONNECTION | CURRENT | DATA | DATE | DATETIME | DELAY_KEY_WRITE | DIRECTORY | DISABLE
    | DISK | DYNAMIC | ENABLE | ENCRYPTION | END | ENFORCED | ENGINE | ENGINE_ATTRIBUTE | ENUM | ESCAPE
    | EVENT | FETCH | FIRST | FIXED | FOLLOWING | FULL | GEOMCOLLECTION | GEOMETRY | GEOMETRYCOLLECTION | HASH
    | INSERT_METHOD | INVISIBLE | JSON | KEY_BLOCK_SIZE | LAST | LATERAL | LESS | LINESTRING | LIST | MAX_ROWS
    | MATCHED | MERGE
    | MEMORY | MIN_ROWS | MODIFY | MULTILINESTRING | MULTIPOINT | MULTIPOLYGON | NATIONAL | NCHAR | NEXT | NO
    | NODEGROUP | NULLS | NVARCHAR | OFFLINE | OFFSET | ONLINE | ONLY | OVER | PACK_KEYS | PAGE_CHECKSUM
    | PARSER | PARTIAL | PARTITIONING | PARTITIONS | PASSWORD | PERSISTENT | POINT | POLYGON | PRECEDING
    | REMOVE | ROLLBACK | ROW_FORMAT | ROWS | RTREE | SECONDARY_ENGINE_ATTRIBUTE | SERIAL | SIGNED | SIMPLE
    | SRID | START | STATS_AUTO_RECALC | STATS_PERSISTENT | STATS_SAMPLE_PAGES | STORAGE | SUBPARTITION
    | SUBPARTITIONS | TABLES | TABLESPACE | TABLE_CHECKSUM | TEMPORARY | TEXT | THAN | TIME | TIMESTAMP
    | TRANSACTION | TRANSACTIONAL | TRUNCATE | TYPE | UNBOUNDED | UNKNOWN | VALUE | VISIBLE | WITHIN | WORK | YEAR
    | EMPTY | ERROR | NESTED | ORDINALITY | PATH)
    ;
