/*
 * Oracle parser for SchemaShift: the schema statements of Oracle Database 11g-23ai as
 * DBMS_METADATA, SQL Developer, expdp SQLFILE= and hand-written install scripts write them.
 * One statement per parse, as cut by OracleScriptSplitter (SQL*Plus framing never reaches it;
 * PL/SQL objects are classified before parsing). Written for this project; every alternative a
 * builder dispatches on carries a label. Physical attributes are parsed so they can be reported
 * and ignored; expressions and queries are complete enough for views, defaults and checks.
 */
parser grammar OracleParser;

options { tokenVocab = OracleLexer; }

@header { package org.schemashift.source.oracle.grammar; }

// ============================================================== statements

statement : statementBody SEMICOLON? EOF;

statementBody
    : CREATE (GLOBAL TEMPORARY | PRIVATE TEMPORARY)? TABLE tableName
      (LPAREN relationalProperty (COMMA relationalProperty)* RPAREN)?
      tableOption* (AS query)?                                                             #createTable
    | CREATE (OR REPLACE)? indexKind=(UNIQUE | BITMAP)? INDEX tableName
      ON tableName LPAREN indexPart (COMMA indexPart)* RPAREN indexOption*       #createIndex
    | CREATE SEQUENCE tableName sequenceOption*                                            #createSequence
    | CREATE (OR REPLACE)? PUBLIC? SYNONYM tableName FOR tableName (AT_SIGN dbLink)?       #createSynonym
    | CREATE (OR REPLACE)? (NO? FORCE | NOFORCE)? (EDITIONABLE | EDITIONING | NONEDITIONABLE)? VIEW tableName
      (LPAREN viewColumn (COMMA viewColumn)* RPAREN)? AS query
      subqueryRestriction?                                                                 #createView
    | CREATE MATERIALIZED VIEW tableName (LPAREN viewColumn (COMMA viewColumn)* RPAREN)?
      materializedViewOption* AS query                                                     #createMaterializedView
    | CREATE (OR REPLACE)? (EDITIONABLE | NONEDITIONABLE)? TYPE tableName (FORCE)?
      (OID STRING_LITERAL)? (AUTHID (CURRENT_USER | DEFINER))? (IS | AS) typeDefinition     #createType
    | COMMENT ON TABLE tableName IS stringLiteral                                          #commentOnTable
    | COMMENT ON MATERIALIZED VIEW tableName IS stringLiteral                              #commentOnMaterializedView
    | COMMENT ON COLUMN columnPath IS stringLiteral                                        #commentOnColumn
    | ALTER TABLE tableName alterTableAction (COMMA? alterTableAction)*                    #alterTable
    | DROP objectType=(TABLE | VIEW | SEQUENCE | SYNONYM | INDEX | TYPE) tableName dropOption*   #dropObject
    | DROP PUBLIC SYNONYM tableName FORCE?                                                 #dropPublicSynonym
    | DROP MATERIALIZED VIEW tableName (PRESERVE TABLE)?                                   #dropMaterializedView
    | GRANT grantPrivilege (COMMA grantPrivilege)* (ON grantObject)?
      TO grantee (COMMA grantee)* (WITH (GRANT | ADMIN) OPTION)?                           #grantStatement
    ;

dropOption : CASCADE CONSTRAINTS? | PURGE | FORCE | VALIDATE;
dbLink     : identifier (DOT identifier)*;

// ============================================================== CREATE TABLE

relationalProperty
    : columnDefinition                                                                     #columnElement
    | outOfLineConstraint                                                                  #constraintElement
    | SUPPLEMENTAL LOG anyParenthesized                                                    #supplementalLogElement
    ;

columnDefinition
    : identifier dataType? (SORT)? (VISIBLE | INVISIBLE)? columnOption*
    ;

columnOption
    : DEFAULT (ON NULL_)? defaultExpression=expr                                           #columnDefault
    | GENERATED (ALWAYS | BY DEFAULT (ON NULL_)?)? AS IDENTITY
      (LPAREN identityOption* RPAREN)?                                                     #columnIdentity
    | (GENERATED ALWAYS)? AS LPAREN expr RPAREN VIRTUAL?                                   #columnVirtual
    | inlineConstraint                                                                     #columnConstraint
    | ENCRYPT anyParenthesized?                                                            #columnEncrypt
    | COLLATE identifier                                                                   #columnCollate
    ;

identityOption
    : START WITH (signedNumber | LIMIT VALUE)                                              #identityStart
    | INCREMENT BY signedNumber                                                            #identityIncrement
    | MAXVALUE signedNumber                                                                #identityMaxValue
    | MINVALUE signedNumber                                                                #identityMinValue
    | CACHE signedNumber                                                                   #identityCache
    | CYCLE                                                                                #identityCycle
    | (NOMAXVALUE | NOMINVALUE | NOCYCLE | NOCACHE | ORDER | NOORDER | KEEP | NOKEEP | SCALE | NOSCALE
      | EXTEND | NOEXTEND | SHARD | NOSHARD | SESSION | GLOBAL)                             #identityIgnoredOption
    ;

inlineConstraint
    : (CONSTRAINT identifier)? NOT? NULL_ constraintState*                                 #inlineNullConstraint
    | (CONSTRAINT identifier)? PRIMARY KEY constraintState*                                #inlinePrimaryKey
    | (CONSTRAINT identifier)? UNIQUE constraintState*                                     #inlineUnique
    | (CONSTRAINT identifier)? referencesClause constraintState*                           #inlineReferences
    | (CONSTRAINT identifier)? CHECK LPAREN condition RPAREN constraintState*              #inlineCheck
    ;

outOfLineConstraint
    : (CONSTRAINT identifier)? PRIMARY KEY LPAREN identifierList RPAREN constraintState*   #primaryKeyConstraint
    | (CONSTRAINT identifier)? UNIQUE LPAREN identifierList RPAREN constraintState*        #uniqueConstraint
    | (CONSTRAINT identifier)? FOREIGN KEY LPAREN identifierList RPAREN
      referencesClause constraintState*                                                    #foreignKeyConstraint
    | (CONSTRAINT identifier)? CHECK LPAREN condition RPAREN constraintState*              #checkConstraint
    ;

referencesClause
    : REFERENCES tableName (LPAREN identifierList RPAREN)? (ON DELETE (cascade=CASCADE | setNull=SET NULL_))?
    ;

constraintState
    : NOT? DEFERRABLE                                                                      #deferrableState
    | INITIALLY (DEFERRED | IMMEDIATE)                                                     #initiallyState
    | ENABLE                                                                               #enableState
    | DISABLE                                                                              #disableState
    | VALIDATE                                                                             #validateState
    | NOVALIDATE                                                                           #novalidateState
    | (RELY | NORELY)                                                                      #relyState
    | USING INDEX (anyParenthesized | tableName | physicalOption*)                          #usingIndexState
    | EXCEPTIONS INTO tableName                                                            #exceptionsState
    ;

tableOption
    : ON COMMIT action=(DELETE | PRESERVE) ROWS                                            #onCommitOption
    | ORGANIZATION EXTERNAL anyParenthesized (REJECT LIMIT (INTEGER_LITERAL | UNLIMITED))? #externalOrganization
    | ORGANIZATION (INDEX | HEAP)                                                          #organizationOption
    | partitionClause                                                                      #partitionOption
    | physicalOption                                                                       #physicalTableOption
    ;

// Storage and performance attributes: parsed so a script reads, then reported and ignored.
physicalOption
    : TABLESPACE (identifier | SET identifier)
    | (PCTFREE | PCTUSED | INITRANS | MAXTRANS | PCTTHRESHOLD | PCTVERSION | FREEPOOLS) INTEGER_LITERAL
    | STORAGE anyParenthesized
    | LOGGING | NOLOGGING | CACHE | NOCACHE | MONITORING | NOMONITORING | ROWDEPENDENCIES | NOROWDEPENDENCIES
    | NOPARALLEL | NOCOMPRESS | COMPUTE STATISTICS | NOSORT | REVERSE | ONLINE | VISIBLE | INVISIBLE
    | COMPRESS (INTEGER_LITERAL | FOR? identifier (FOR identifier)? (identifier)?)?
    | ROW STORE COMPRESS identifier?
    | COLUMN STORE COMPRESS (FOR identifier (identifier)?)?
    | PARALLEL (INTEGER_LITERAL | anyParenthesized)?
    | SEGMENT CREATION (IMMEDIATE | DEFERRED)
    | (ENABLE | DISABLE) ROW MOVEMENT
    | LOB anyParenthesized STORE AS (SECUREFILE | BASICFILE)? identifier? anyParenthesized?
    | (VARRAY | NESTED TABLE) identifier STORE AS (SECUREFILE | BASICFILE)? LOB? identifier? anyParenthesized?
    | OVERFLOW
    | INCLUDING identifier
    | MAPPING TABLE
    | RESULT_CACHE anyParenthesized
    | NO? INMEMORY anyParenthesized?
    | FLASHBACK ARCHIVE identifier?
    ;

anyParenthesized : LPAREN (anyParenthesized | ~(LPAREN | RPAREN))* RPAREN;
methodToken      : anyParenthesized | ~(LPAREN | RPAREN | COMMA);

// ============================================================== partitioning

partitionClause
    : PARTITION BY RANGE LPAREN identifierList RPAREN
      (INTERVAL LPAREN expr RPAREN (STORE IN anyParenthesized)?)?
      subpartitionBy? partitionList                                                        #rangePartitioning
    | PARTITION BY LIST LPAREN identifierList RPAREN (AUTOMATIC)? subpartitionBy? partitionList   #listPartitioning
    | PARTITION BY HASH LPAREN identifierList RPAREN subpartitionBy?
      (PARTITIONS INTEGER_LITERAL (STORE IN anyParenthesized)? | partitionList)            #hashPartitioning
    | PARTITION BY REFERENCE LPAREN identifier RPAREN partitionList?                       #referencePartitioning
    | PARTITION BY SYSTEM (PARTITIONS INTEGER_LITERAL | partitionList)?                     #systemPartitioning
    ;

subpartitionBy
    : SUBPARTITION BY (RANGE | LIST | HASH) LPAREN identifierList RPAREN
      (SUBPARTITIONS INTEGER_LITERAL)? (SUBPARTITION TEMPLATE anyParenthesized)?
    ;

partitionList : LPAREN partitionDefinition (COMMA partitionDefinition)* RPAREN;

partitionDefinition
    : PARTITION identifier? partitionBound? (physicalOption | anyParenthesized | SUBPARTITIONS INTEGER_LITERAL)*
    ;

partitionBound
    : VALUES LESS THAN LPAREN expressionList RPAREN                                        #lessThanBound
    | VALUES LPAREN DEFAULT RPAREN                                                         #defaultBound
    | VALUES LPAREN expressionList RPAREN                                                  #listBound
    ;

// ============================================================== ALTER TABLE

alterTableAction
    : ADD LPAREN relationalProperty (COMMA relationalProperty)* RPAREN                     #addProperties
    | ADD outOfLineConstraint                                                              #addConstraint
    | ADD columnDefinition                                                                 #addColumn
    | MODIFY LPAREN columnDefinition (COMMA columnDefinition)* RPAREN                      #modifyColumns
    | MODIFY CONSTRAINT identifier constraintState+                                        #modifyConstraint
    | MODIFY PRIMARY KEY constraintState+                                                  #modifyPrimaryKey
    | MODIFY columnDefinition                                                              #modifyColumn
    | DROP COLUMN identifier (CASCADE CONSTRAINTS)?                                        #dropColumn
    | DROP LPAREN identifierList RPAREN (CASCADE CONSTRAINTS)?                             #dropColumns
    | DROP CONSTRAINT identifier (CASCADE)? (KEEP INDEX | DROP INDEX)?                     #dropConstraint
    | DROP PRIMARY KEY (CASCADE)? (KEEP INDEX | DROP INDEX)?                               #dropPrimaryKey
    | DROP UNIQUE LPAREN identifierList RPAREN (CASCADE)?                                  #dropUnique
    | RENAME COLUMN oldName=identifier TO newName=identifier                               #renameColumn
    | RENAME CONSTRAINT oldName=identifier TO newName=identifier                           #renameConstraint
    | RENAME TO tableName                                                                  #renameTable
    | state=(ENABLE | DISABLE) (VALIDATE | NOVALIDATE)? CONSTRAINT identifier (CASCADE)? (KEEP INDEX | DROP INDEX)?   #switchConstraint
    | state=(ENABLE | DISABLE) (VALIDATE | NOVALIDATE)? PRIMARY KEY (CASCADE)?            #switchPrimaryKey
    | (ENABLE | DISABLE) (TABLE LOCK | ALL TRIGGERS)                                       #switchOther
    | physicalOption+                                                                      #alterPhysical
    ;

// ============================================================== indexes, sequences, views, types

indexPart : expr order=(ASC | DESC)?;

indexOption
    : physicalOption                                                                       #physicalIndexOption
    | LOCAL anyParenthesized?                                                              #localIndexOption
    | GLOBAL partitionClause?                                                              #globalIndexOption
    | INDEXTYPE IS tableName (PARAMETERS anyParenthesized)?                                #domainIndexOption
    ;

sequenceOption
    : START WITH signedNumber                                                              #sequenceStart
    | INCREMENT BY signedNumber                                                            #sequenceIncrement
    | MAXVALUE signedNumber                                                                #sequenceMaxValue
    | MINVALUE signedNumber                                                                #sequenceMinValue
    | CACHE signedNumber                                                                   #sequenceCache
    | CYCLE                                                                                #sequenceCycle
    | ORDER                                                                                #sequenceOrder
    | (NOMAXVALUE | NOMINVALUE | NOCYCLE | NOCACHE | NOORDER | KEEP | NOKEEP | SCALE | NOSCALE
      | EXTEND | NOEXTEND | SHARD | NOSHARD | SESSION | GLOBAL)                             #sequenceIgnoredOption
    ;

viewColumn : identifier (VISIBLE | INVISIBLE)? inlineConstraint*;

subqueryRestriction
    : WITH READ ONLY (CONSTRAINT identifier)?                                              #readOnlyRestriction
    | WITH CHECK OPTION (CONSTRAINT identifier)?                                           #checkOptionRestriction
    ;

materializedViewOption
    : BUILD (IMMEDIATE | DEFERRED)                                                         #buildOption
    | REFRESH refreshPart*                                                                 #refreshOption
    | NEVER REFRESH                                                                        #neverRefreshOption
    | (ENABLE | DISABLE) QUERY REWRITE                                                     #rewriteOption
    | ON PREBUILT TABLE ((WITH | WITHOUT) REDUCED PRECISION)?                              #prebuiltOption
    | USING (NO INDEX | INDEX physicalOption*)                                             #indexUsingOption
    | partitionClause                                                                      #mviewPartitionOption
    | physicalOption                                                                       #mviewPhysicalOption
    ;

refreshPart
    : FAST | COMPLETE | FORCE | ON (DEMAND | COMMIT | STATEMENT)
    | (START WITH | NEXT) expr
    | WITH (PRIMARY KEY | ROWID)
    | USING (DEFAULT | ENFORCED | TRUSTED) (LOCAL | MASTER)? ROLLBACK SEGMENT
    ;

typeDefinition
    : OBJECT LPAREN typeAttribute (COMMA typeAttribute)* RPAREN typeModifier*             #objectType
    | (VARRAY | VARYING? ARRAY) LPAREN INTEGER_LITERAL RPAREN OF dataType (NOT NULL_)?     #varrayType
    | TABLE OF dataType (NOT NULL_)?                                                       #nestedTableType
    | UNDER tableName LPAREN typeAttribute (COMMA typeAttribute)* RPAREN typeModifier*     #subtypeType
    ;

// Member subprogram declarations are kept as text: their bodies are PL/SQL (a TYPE BODY).
typeAttribute
    : identifier dataType                                                                  #attributeDefinition
    | (MAP | ORDER | NOT? (OVERRIDING | FINAL | INSTANTIABLE))* (MEMBER | STATIC | CONSTRUCTOR)
      (FUNCTION | PROCEDURE) methodToken+                                                    #methodDeclaration
    ;

typeModifier : NOT? (FINAL | INSTANTIABLE | PERSISTABLE);

grantPrivilege : grantWord+ (LPAREN identifierList RPAREN)?;
grantWord      : ~(ON | TO | COMMA | LPAREN | RPAREN | SEMICOLON);
grantObject    : (DIRECTORY | JAVA SOURCE | JAVA RESOURCE)? tableName;
grantee        : identifier | PUBLIC;

// ============================================================== data types

dataType
    : NUMBER (LPAREN precision=numberPrecision (COMMA scale=signedInteger)? RPAREN)?       #numberType
    | FLOAT (LPAREN INTEGER_LITERAL RPAREN)?                                               #floatType
    | (DECIMAL | DEC | NUMERIC) (LPAREN INTEGER_LITERAL (COMMA signedInteger)? RPAREN)?     #decimalType
    | name=(INTEGER | INT | SMALLINT | REAL | BINARY_FLOAT | BINARY_DOUBLE | BINARY_INTEGER
      | PLS_INTEGER | BOOLEAN | BOOL | DATE | CLOB | NCLOB | BLOB | BFILE | ROWID | JSON)   #simpleType
    | DOUBLE PRECISION                                                                     #doublePrecisionType
    | characterTypeName (LPAREN INTEGER_LITERAL semantics=(BYTE | CHAR)? RPAREN)?
      (CHARACTER SET identifier)?                                                          #characterType
    | TIMESTAMP (LPAREN INTEGER_LITERAL RPAREN)? (WITH LOCAL? TIME ZONE)?                  #timestampType
    | INTERVAL YEAR (LPAREN INTEGER_LITERAL RPAREN)? TO MONTH                              #intervalYearType
    | INTERVAL DAY (LPAREN dayPrecision=INTEGER_LITERAL RPAREN)?
      TO SECOND (LPAREN secondPrecision=INTEGER_LITERAL RPAREN)?                           #intervalDayType
    | LONG RAW?                                                                            #longType
    | (RAW | UROWID) (LPAREN INTEGER_LITERAL RPAREN)?                                      #rawType
    | tableName (LPAREN INTEGER_LITERAL RPAREN)? (PERCENT_TYPE | PERCENT_ROWTYPE)?         #namedType
    ;

numberPrecision : INTEGER_LITERAL | STAR;

characterTypeName
    : VARCHAR2 | VARCHAR | NVARCHAR2 | CHAR VARYING? | NCHAR VARYING? | CHARACTER VARYING?
    | NATIONAL (CHAR | CHARACTER) VARYING?
    ;

// ============================================================== queries

query : withClause? queryExpression orderByClause? offsetClause? fetchClause? forUpdateClause?;

withClause : WITH commonTableExpression (COMMA commonTableExpression)*;

commonTableExpression : identifier (LPAREN identifierList RPAREN)? AS LPAREN query RPAREN;

queryExpression
    : queryBlock                                                                           #simpleQuery
    | LPAREN query RPAREN                                                                  #parenthesizedQuery
    | queryExpression INTERSECT queryExpression                                            #intersectQuery
    | queryExpression operator=(UNION | MINUS | EXCEPT) ALL? queryExpression               #setOperationQuery
    ;

queryBlock
    : SELECT quantifier=(DISTINCT | UNIQUE | ALL)? selectItem (COMMA selectItem)*
      (FROM fromItem (COMMA fromItem)*)?
      whereClause? hierarchicalClause? groupByClause? havingClause?
    ;

selectItem
    : STAR                                                                                 #allColumns
    | identifier (DOT identifier)* DOT STAR                                                #tableColumns
    | expr (AS? alias=identifier)?                                                         #expressionItem
    ;

fromItem : tableReference joinClause*;

tableReference
    : tableName (AT_SIGN dbLink)? (PARTITION LPAREN identifier RPAREN)? alias=identifier?  #namedTable
    | LATERAL? LPAREN query RPAREN alias=identifier?                                       #subqueryTable
    | LPAREN fromItem RPAREN                                                               #parenthesizedFrom
    | TABLE LPAREN expr RPAREN alias=identifier?                                           #collectionTable
    ;

joinClause
    : (INNER)? JOIN tableReference (ON condition | USING LPAREN identifierList RPAREN)     #innerJoin
    | side=(LEFT | RIGHT | FULL) OUTER? JOIN tableReference
      (ON condition | USING LPAREN identifierList RPAREN)                                  #outerJoin
    | CROSS JOIN tableReference                                                            #crossJoin
    | NATURAL (INNER | side=(LEFT | RIGHT | FULL) OUTER?)? JOIN tableReference             #naturalJoin
    ;

whereClause : WHERE condition;

hierarchicalClause
    : START WITH startWith=condition CONNECT BY NOCYCLE? connectBy=condition
    | CONNECT BY NOCYCLE? connectBy=condition (START WITH startWith=condition)?
    ;

groupByClause : GROUP BY expressionList;
havingClause  : HAVING condition;

orderByClause : ORDER SIBLINGS? BY orderItem (COMMA orderItem)*;
orderItem     : expr order=(ASC | DESC)? (NULLS nulls=(FIRST | LAST))?;

offsetClause : OFFSET expr (ROW | ROWS);
fetchClause  : FETCH (FIRST | NEXT) expr? PERCENT? (ROW | ROWS) (ONLY | WITH TIES);
forUpdateClause : FOR UPDATE ~SEMICOLON*;

// ============================================================== conditions and expressions

condition
    : NOT condition                                                                        #notCondition
    | condition AND condition                                                              #andCondition
    | condition OR condition                                                               #orCondition
    | predicate                                                                            #predicateCondition
    ;

predicate
    : expr NOT? IN LPAREN (query | expressionList) RPAREN                                  #inPredicate
    | expr NOT? BETWEEN expr AND expr                                                      #betweenPredicate
    | expr NOT? LIKE expr (ESCAPE expr)?                                                   #likePredicate
    | expr IS NOT? NULL_                                                                   #isNullPredicate
    | expr comparisonOperator quantifier=(ANY | SOME | ALL) LPAREN (query | expressionList) RPAREN   #quantifiedPredicate
    | expr comparisonOperator expr                                                         #comparisonPredicate
    | EXISTS LPAREN query RPAREN                                                           #existsPredicate
    | LPAREN condition RPAREN                                                              #parenthesizedCondition
    | expr                                                                                 #expressionPredicate
    ;

comparisonOperator : EQUALS | NOT_EQUALS | LESS_THAN | LESS_EQUALS | GREATER_THAN | GREATER_EQUALS;

expr
    : op=(PLUS | MINUS_SIGN) expr                                                             #unaryExpr
    | PRIOR expr                                                                           #priorExpr
    | CONNECT_BY_ROOT expr                                                                 #connectByRootExpr
    | expr op=(STAR | SLASH) expr                                                          #multiplicativeExpr
    | expr op=(PLUS | MINUS_SIGN | CONCAT) expr                                                 #additiveExpr
    | primary                                                                              #primaryExpr
    ;

primary
    : literal                                                                              #literalPrimary
    | CASE (caseWhen)+ (ELSE elseResult=expr)? END                                         #searchedCase
    | CASE operand=expr (simpleCaseWhen)+ (ELSE elseResult=expr)? END                      #simpleCase
    | CAST LPAREN expr AS dataType RPAREN                                                  #castPrimary
    | EXTRACT LPAREN field=identifier FROM expr RPAREN                                     #extractPrimary
    | TRIM LPAREN (side=(LEADING | TRAILING | BOTH)? trimChar=expr? FROM)? expr RPAREN     #trimPrimary
    | functionName LPAREN (STAR | quantifier=(DISTINCT | UNIQUE | ALL)? argument (COMMA argument)*)? RPAREN
      withinGroup? overClause?                                                             #functionCall
    | LPAREN query RPAREN                                                                  #scalarSubquery
    | LPAREN expr RPAREN                                                                   #parenthesizedExpr
    | LPAREN expr (COMMA expr)+ RPAREN                                                     #rowExpr
    | identifier (DOT identifier)* (LPAREN PLUS RPAREN)?                                   #columnReference
    | BIND_VARIABLE                                                                        #bindVariable
    ;

argument : (identifier ARROW)? condition;
caseWhen : WHEN condition THEN result=expr;
simpleCaseWhen : WHEN value=expr THEN result=expr;
withinGroup : WITHIN GROUP LPAREN orderByClause RPAREN;

overClause
    : OVER LPAREN (PARTITION BY expressionList)? orderByClause? windowFrame? RPAREN
    ;

windowFrame
    : unit=(ROWS | RANGE) (BETWEEN lower=frameBound AND upper=frameBound | lower=frameBound)
    ;

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)                                                    #unboundedBound
    | CURRENT ROW                                                                          #currentRowBound
    | expr (PRECEDING | FOLLOWING)                                                         #offsetBound
    ;

functionName : identifier (DOT identifier)* | LEFT | RIGHT | REPLACE | INSERT | CHAR | DATE | TIMESTAMP;

literal
    : stringLiteral                                                                        #textLiteral
    | INTEGER_LITERAL                                                                      #integerLiteral
    | DECIMAL_LITERAL                                                                      #decimalLiteral
    | REAL_LITERAL                                                                         #realLiteral
    | NULL_                                                                                #nullLiteral
    | (TRUE | FALSE)                                                                       #booleanLiteral
    | DATE STRING_LITERAL                                                                  #dateLiteral
    | TIMESTAMP STRING_LITERAL                                                             #timestampLiteral
    | INTERVAL STRING_LITERAL leading=intervalUnit (LPAREN INTEGER_LITERAL RPAREN)?
      (TO trailing=intervalUnit (LPAREN INTEGER_LITERAL RPAREN)?)?                         #intervalLiteral
    ;

intervalUnit : YEAR | MONTH | DAY | HOUR | MINUTE | SECOND;

stringLiteral : STRING_LITERAL | NATIONAL_STRING | QUOTED_STRING;

expressionList : expr (COMMA expr)*;

// ============================================================== names

tableName      : identifier (DOT identifier)?;
columnPath     : identifier DOT identifier (DOT identifier)?;
identifierList : identifier (COMMA identifier)*;
signedNumber   : (MINUS_SIGN | PLUS)? (INTEGER_LITERAL | DECIMAL_LITERAL);
signedInteger  : MINUS_SIGN? INTEGER_LITERAL;

identifier : ID | QUOTED_ID | nonReservedKeyword;

// Oracle keywords that are not reserved: real schemas use them as column and table names.
nonReservedKeyword
    : ADMIN | ALWAYS | ARCHIVE | ARRAY | AUTHID | AUTOMATIC | BASICFILE | BFILE | BINARY_DOUBLE | BINARY_FLOAT
    | BINARY_INTEGER | BLOB | BOOL | BOOLEAN | BOTH | BUILD | BYTE | CACHE | CASCADE | CLOB | COLLATE
    | COMPLETE | COMPUTE | CONSTRAINTS | CONSTRUCTOR | CREATION | CURRENT_USER | CYCLE | DAY | DEC
    | DEFERRABLE | DEFERRED | DEFINER | DEMAND | DIRECTORY | DISABLE | DOUBLE | EDITIONABLE | EDITIONING
    | ENABLE | ENCRYPT | ENFORCED | EXCEPTIONS | EXECUTE | EXTEND | EXTERNAL | EXTRACT | FAST | FINAL | FIRST
    | FLASHBACK | FOLLOWING | FORCE | FREEPOOLS | FUNCTION | GENERATED | GLOBAL | HASH | HEAP | HOUR
    | IDENTITY | INCLUDING | INDEXTYPE | INITIALLY | INITRANS | INMEMORY | INSTANTIABLE | INT | INTERVAL
    | INVISIBLE | JAVA | JSON | KEEP | KEY | LAST | LATERAL | LESS | LIMIT | LIST | LOB | LOCAL | LOGGING
    | MAP | MAPPING | MASTER | MATERIALIZED | MAXTRANS | MAXVALUE | MEMBER | MINUTE | MINVALUE | MONITORING
    | MONTH | MOVEMENT | NATIONAL | NCHAR | NCLOB | NESTED | NEVER | NEXT | NO | NOCACHE | NOCYCLE | NOEXTEND
    | NOKEEP | NOLOGGING | NOMAXVALUE | NOMINVALUE | NOMONITORING | NOORDER | NOPARALLEL | NORELY
    | NOROWDEPENDENCIES | NOSCALE | NOSHARD | NOSORT | NOVALIDATE | NULLS | NVARCHAR2 | OBJECT | OFFSET | OID
    | ONLY | ORGANIZATION | OVER | OVERFLOW | OVERRIDING | PARALLEL | PARAMETERS | PARTITION | PARTITIONS
    | PCTTHRESHOLD | PCTUSED | PCTVERSION | PERSISTABLE | PLS_INTEGER | PRECEDING | PRECISION | PREBUILT
    | PRESERVE | PRIVATE | PRIVILEGES | PROCEDURE | PURGE | QUERY | RANGE | REAL | REDUCED | REFERENCE
    | REFRESH | REJECT | RELY | REPLACE | RESOURCE | RESULT_CACHE | REVERSE | REWRITE | ROLLBACK
    | ROWDEPENDENCIES | SCALE | SECOND | SECUREFILE | SEGMENT | SEQUENCE | SHARD | SIBLINGS | SORT | SOURCE
    | STATEMENT | STATIC | STATISTICS | STORAGE | STORE | SUBPARTITION | SUBPARTITIONS | SUPPLEMENTAL | SYSTEM
    | TABLESPACE | TEMPLATE | TEMPORARY | TIES | TIME | TIMESTAMP | TRAILING | LEADING | TRUSTED | TYPE
    | UNBOUNDED | UNDER | UNLIMITED | UROWID | VALUE | VARRAY | VARYING | VIRTUAL | VISIBLE | WITHIN | WITHOUT
    | XMLTYPE | YEAR | ZONE | LOG | PERCENT | USER | NOFORCE | ROWID
    ;
