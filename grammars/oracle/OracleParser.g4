/*
 * Oracle parser for SchemaShift: the schema statements of Oracle Database 11g-23ai as
 * DBMS_METADATA, SQL Developer, expdp SQLFILE= and hand-written install scripts write them.
 * One statement per parse, as cut by OracleScriptSplitter (SQL*Plus framing never reaches it;
 * PL/SQL objects are classified before parsing). Written for this project; every alternative a
 * builder dispatches on carries a label. Physical attributes are parsed so they can be reported
 * and ignored. Expressions and queries are the shared core's (grammars/imports/SqlCoreParser.g4);
 * what Oracle adds or spells its own way is at the end of this file.
 */
parser grammar OracleParser;

options { tokenVocab = OracleLexer; }

import SqlCoreParser;

@header { package org.schemashift.source.oracle.grammar; }

// ============================================================== statements

statement : statementBody SEMICOLON? EOF;

// One INSERT, UPDATE, DELETE or MERGE on its own; PL/SQL bodies embed the core's rules directly.
singleDmlStatement : dmlStatement SEMICOLON? EOF;

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
    | ALTER TRIGGER tableName (state=(ENABLE | DISABLE) | option=identifier ~SEMICOLON*)          #alterTrigger
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

// MODIFY (c INVISIBLE): the keyword, not a type named INVISIBLE (the first alternative wins the tie)
columnDefinition
    : identifier (VISIBLE | INVISIBLE) columnOption*
    | identifier dataType? (SORT)? (VISIBLE | INVISIBLE)? columnOption*
    ;

columnOption
    : DEFAULT (ON NULL (FOR INSERT (ONLY | AND UPDATE))?)? defaultExpression=valueExpression         #columnDefault
    | GENERATED (ALWAYS | BY DEFAULT (ON NULL)?)? AS IDENTITY
      (LPAREN identityOption* RPAREN)?                                                     #columnIdentity
    | (GENERATED ALWAYS)? AS LPAREN valueExpression RPAREN VIRTUAL?                                 #columnVirtual
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
    : (CONSTRAINT identifier)? NOT? NULL constraintState*                                 #inlineNullConstraint
    | (CONSTRAINT identifier)? PRIMARY KEY constraintState*                                #inlinePrimaryKey
    | (CONSTRAINT identifier)? UNIQUE constraintState*                                     #inlineUnique
    | (CONSTRAINT identifier)? referencesClause constraintState*                           #inlineReferences
    | (CONSTRAINT identifier)? CHECK LPAREN expression RPAREN constraintState*              #inlineCheck
    ;

outOfLineConstraint
    : (CONSTRAINT identifier)? PRIMARY KEY LPAREN identifierList RPAREN constraintState*   #primaryKeyConstraint
    | (CONSTRAINT identifier)? UNIQUE LPAREN identifierList RPAREN constraintState*        #uniqueConstraint
    | (CONSTRAINT identifier)? FOREIGN KEY LPAREN identifierList RPAREN
      referencesClause constraintState*                                                    #foreignKeyConstraint
    | (CONSTRAINT identifier)? CHECK LPAREN expression RPAREN constraintState*              #checkConstraint
    ;

referencesClause
    : REFERENCES tableName (LPAREN identifierList RPAREN)? (ON DELETE (cascade=CASCADE | setNull=SET NULL))?
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
      (INTERVAL LPAREN valueExpression RPAREN (STORE IN anyParenthesized)?)?
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

indexPart : valueExpression order=(ASC | DESC)?;

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
    | (START WITH | NEXT) valueExpression
    | WITH (PRIMARY KEY | ROWID)
    | USING (DEFAULT | ENFORCED | TRUSTED) (LOCAL | MASTER)? ROLLBACK SEGMENT
    ;

typeDefinition
    : OBJECT LPAREN typeAttribute (COMMA typeAttribute)* RPAREN typeModifier*             #objectType
    | (VARRAY | VARYING? ARRAY) LPAREN INTEGER_LITERAL RPAREN OF dataType (NOT NULL)?     #varrayType
    | TABLE OF dataType (NOT NULL)?                                                       #nestedTableType
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

// ============================================================== PL/SQL units
// One CREATE PROCEDURE / FUNCTION / PACKAGE [BODY] / TRIGGER / TYPE BODY per parse, as the script
// splitter cuts it; conditional compilation ($IF) is resolved before (PlSqlPreprocessor).
// Builders: source/oracle/plsql.

plsqlUnit : CREATE (OR REPLACE)? (EDITIONABLE | NONEDITIONABLE | EDITIONING)? plsqlUnitBody SEMICOLON? EOF;

// A package body or type body alone (no CREATE) is also read: a package body split into
// subprograms parses each one with `subprogramAlone`.
plsqlUnitBody
    : subprogram                                                                           #createSubprogram
    | PACKAGE tableName unitAttribute* (IS | AS) declaration* END identifier?               #createPackage
    | PACKAGE BODY tableName (IS | AS) declaration*
      (BEGIN statementSequence exceptionSection?)? END identifier?                          #createPackageBody
    | TRIGGER tableName triggerDefinition                                                  #createTrigger
    | TYPE BODY tableName (IS | AS) typeBodyMember+ END                                    #createTypeBody
    ;

subprogramAlone : subprogram EOF;

// An anonymous block ([DECLARE ...] BEGIN ... END;) of an install script, read for what it calls.
anonymousBlock : block SEMICOLON? EOF;

subprogram
    : PROCEDURE name=subprogramName parameterList? unitAttribute*
      ((IS | AS) subprogramImplementation)? SEMICOLON
    | FUNCTION name=subprogramName parameterList? RETURN functionResult unitAttribute*
      ((IS | AS) subprogramImplementation)? SEMICOLON
    ;

// A package member may be named with a reserved word (PROCEDURE rename, FUNCTION comment).
subprogramName : (schema=identifier DOT)? memberName;

functionResult : SELF AS RESULT | plsqlType;

subprogramImplementation
    : callSpecification                                                                    #externalImplementation
    | declaration* block                                                                   #plsqlImplementation
    ;

// LANGUAGE JAVA NAME '...', LANGUAGE C ..., EXTERNAL ...: code outside PL/SQL.
callSpecification : (LANGUAGE | EXTERNAL) ~SEMICOLON*;

unitAttribute
    : AUTHID (CURRENT_USER | DEFINER)                                                      #authidAttribute
    | DETERMINISTIC                                                                        #deterministicAttribute
    | PIPELINED                                                                            #pipelinedAttribute
    | PARALLEL_ENABLE anyParenthesized?                                                    #parallelEnableAttribute
    | RESULT_CACHE (RELIES_ON anyParenthesized)?                                           #resultCacheAttribute
    | ACCESSIBLE BY anyParenthesized                                                       #accessibleByAttribute
    | DEFAULT COLLATE identifier                                                           #collationAttribute
    ;

parameterList : LPAREN parameter (COMMA parameter)* RPAREN;

parameter : identifier (IN OUT? | OUT)? NOCOPY? plsqlType ((ASSIGN | DEFAULT) expression)?;

plsqlType
    : REF CURSOR (RETURN plsqlType)?                                                       #refCursorType
    | identifier (DOT identifier)* anchor=(PERCENT_TYPE | PERCENT_ROWTYPE)                 #anchoredType
    | identifier DOT identifier (DOT identifier)+                                          #qualifiedType
    | NATURAL                                                                              #naturalType
    | dataType                                                                             #declaredType
    ;

// ============================================================== PL/SQL declarations

// A subprogram comes first: PROCEDURE and FUNCTION are also names, and `procedure p;` (a forward
// declaration) must not read as a variable p of type PROCEDURE.
declaration
    : subprogram                                                                           #subprogramDeclaration
    | identifier CONSTANT plsqlType (NOT NULL)? (ASSIGN | DEFAULT) expression SEMICOLON    #constantDeclaration
    | identifier EXCEPTION SEMICOLON                                                       #exceptionDeclaration
    | identifier plsqlType (NOT NULL)? ((ASSIGN | DEFAULT) expression)? SEMICOLON           #variableDeclaration
    | CURSOR identifier parameterList? (RETURN plsqlType)? (IS query)? SEMICOLON            #cursorDeclaration
    | TYPE identifier IS RECORD LPAREN fieldDefinition (COMMA fieldDefinition)* RPAREN SEMICOLON   #recordTypeDeclaration
    | TYPE identifier IS TABLE OF plsqlType (NOT NULL)? (INDEX BY plsqlType)? SEMICOLON     #tableTypeDeclaration
    | TYPE identifier IS (VARRAY | VARYING? ARRAY) LPAREN INTEGER_LITERAL RPAREN
      OF plsqlType (NOT NULL)? SEMICOLON                                                   #varrayTypeDeclaration
    | TYPE identifier IS REF CURSOR (RETURN plsqlType)? SEMICOLON                          #refCursorTypeDeclaration
    | SUBTYPE identifier IS plsqlType (RANGE signedNumber DOUBLE_DOT signedNumber)? (NOT NULL)? SEMICOLON   #subtypeDeclaration
    | PRAGMA identifier (LPAREN functionArgument (COMMA functionArgument)* RPAREN)? SEMICOLON   #pragmaDeclaration
    ;

fieldDefinition : memberName plsqlType (NOT NULL)? ((ASSIGN | DEFAULT) expression)?;

// ============================================================== PL/SQL statements

// END name: a subprogram's name, which may be a keyword (END rename).
block : (DECLARE declaration*)? BEGIN statementSequence exceptionSection? END memberName?;

statementSequence : labeledStatement+;

labeledStatement : label* plsqlStatement SEMICOLON;

// Labels are names, and may be keywords (<<outer>>).
label : LABEL_START memberName LABEL_END;

exceptionSection : EXCEPTION exceptionHandler+;

exceptionHandler : WHEN exceptionName (OR exceptionName)* THEN statementSequence;

exceptionName : identifier (DOT identifier)*;

plsqlStatement
    : block                                                                                #blockStatement
    | IF expression THEN statementSequence elsifBranch* (ELSE otherwise=statementSequence)? END IF   #ifStatement
    | CASE selector=expression? caseStatementWhen+ (ELSE otherwise=statementSequence)? END CASE memberName?   #caseStatement
    | LOOP statementSequence END LOOP memberName?                                          #basicLoop
    | WHILE expression LOOP statementSequence END LOOP memberName?                         #whileLoop
    | FOR variable=identifier IN REVERSE? lower=valueExpression DOUBLE_DOT upper=valueExpression
      LOOP statementSequence END LOOP memberName?                                          #numericForLoop
    | FOR variable=identifier IN LPAREN query RPAREN LOOP statementSequence END LOOP memberName?     #queryForLoop
    | FOR variable=identifier IN cursor=columnReference arguments? LOOP statementSequence END LOOP memberName?   #cursorForLoop
    | FORALL identifier IN forallBounds (SAVE EXCEPTIONS)? plsqlStatement                  #forallStatement
    | EXIT memberName? (WHEN expression)?                                                  #exitStatement
    | CONTINUE memberName? (WHEN expression)?                                              #continueStatement
    | GOTO memberName                                                                      #gotoStatement
    | NULL                                                                                 #nullStatement
    | RETURN expression?                                                                   #returnStatement
    | RAISE exceptionName?                                                                 #raiseStatement
    | OPEN cursor=columnReference arguments? (FOR (query | dynamic=valueExpression) usingClause?)?   #openStatement
    | FETCH cursor=columnReference intoClause (LIMIT valueExpression)?                     #fetchStatement
    | CLOSE cursor=columnReference                                                         #closeStatement
    | EXECUTE IMMEDIATE valueExpression intoClause? usingClause? ((RETURNING | RETURN) returnedInto=intoClause)?   #executeImmediateStatement
    | query                                                                                #selectStatement
    | dmlStatement returningInto?                                                          #dmlWithReturning
    | COMMIT WORK? (COMMENT stringLiteral)?                                                #commitStatement
    | ROLLBACK WORK? (TO SAVEPOINT? identifier)?                                           #rollbackStatement
    | SAVEPOINT identifier                                                                 #savepointStatement
    | SET TRANSACTION ~SEMICOLON*                                                          #setTransactionStatement
    | LOCK TABLE ~SEMICOLON*                                                               #lockTableStatement
    | PIPE ROW LPAREN expression RPAREN                                                    #pipeRowStatement
    | target (ASSIGN expression)?                                                          #assignOrCall
    ;

elsifBranch : ELSIF expression THEN statementSequence;

caseStatementWhen : WHEN expression THEN statementSequence;

forallBounds
    : lower=valueExpression DOUBLE_DOT upper=valueExpression                               #forallRange
    | INDICES OF columnReference (BETWEEN valueExpression AND valueExpression)?            #forallIndices
    | VALUES OF columnReference                                                            #forallValues
    ;

// What a statement writes to or calls: v, r.f, v(i), v(i).f, :NEW.c, pkg.proc(a, b => c), v.EXTEND(2).
target : (BIND_VARIABLE | identifier) (DOT memberName | arguments)*;

arguments : LPAREN (functionArgument (COMMA functionArgument)*)? RPAREN;

intoClause : (BULK COLLECT)? INTO target (COMMA target)*;

usingClause : USING bindArgument (COMMA bindArgument)*;

bindArgument : (IN OUT? | OUT)? expression;

// DML ... RETURNING a, b INTO x, y (BULK COLLECT INTO: every changed row).
returningInto : (RETURNING | RETURN) expression (COMMA expression)* intoClause;

// ============================================================== triggers

triggerDefinition
    : timing=(BEFORE | AFTER) dmlEvent (OR dmlEvent)* ON tableName referencingClause?
      (FOR EACH ROW)? triggerOrdering* (ENABLE | DISABLE)? (WHEN LPAREN expression RPAREN)?
      block                                                                          #dmlTrigger
    | INSTEAD OF dmlEvent (OR dmlEvent)* ON tableName referencingClause?
      (FOR EACH ROW)? triggerOrdering* (ENABLE | DISABLE)? block                     #insteadOfTrigger
    | FOR dmlEvent (OR dmlEvent)* ON tableName referencingClause? triggerOrdering*
      (ENABLE | DISABLE)? (WHEN LPAREN expression RPAREN)?
      COMPOUND TRIGGER declaration* timingPointSection+ END identifier?                    #compoundTrigger
    | (BEFORE | AFTER | INSTEAD OF) ~ON+ ON (identifier DOT)? (SCHEMA | DATABASE)
      triggerOrdering* (ENABLE | DISABLE)? (WHEN LPAREN expression RPAREN)? block     #systemTrigger
    ;

dmlEvent : INSERT | DELETE | UPDATE (OF identifierList)?;

referencingClause : REFERENCING referencingName+;

referencingName : which=(NEW | OLD | PARENT) AS? identifier;

triggerOrdering : (FOLLOWS | PRECEDES) tableName (COMMA tableName)*;

timingPointSection : timingPoint IS BEGIN statementSequence exceptionSection? END timingPoint SEMICOLON;

timingPoint : (BEFORE | AFTER) (STATEMENT | EACH ROW) | INSTEAD OF EACH ROW;

// ============================================================== type bodies

typeBodyMember : (NOT? (OVERRIDING | FINAL | INSTANTIABLE))* (MAP | ORDER)? (MEMBER | STATIC | CONSTRUCTOR) subprogram;

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

// ============================================================== queries: what Oracle adds to the core

query : withClause? queryExpression orderByClause? offsetClause? fetchClause? forUpdateClause?;

setOperator   : UNION | MINUS | EXCEPT;
setQuantifier : DISTINCT | UNIQUE | ALL;

// intoClause: PL/SQL's SELECT ... INTO; the query builder ignores it, the PL/SQL builder reads it.
queryBlock
    : SELECT setQuantifier? selectItem (COMMA selectItem)* intoClause?
      (FROM fromItem (COMMA fromItem)*)?
      whereClause? hierarchicalClause? groupByClause? havingClause?
    ;

tableReference
    : tableName (AT_SIGN dbLink)? partitionExtension? alias=identifier?                     #namedTable
    | LATERAL? LPAREN query RPAREN alias=identifier?                                       #subqueryTable
    | LPAREN fromItem RPAREN                                                               #parenthesizedFrom
    | TABLE LPAREN valueExpression RPAREN alias=identifier?                                #collectionTable
    | XMLTABLE anyParenthesized alias=identifier?                                          #xmlTable
    ;

// A query reads one partition: the table is what the conversion keeps.
partitionExtension : PARTITION LPAREN identifier RPAREN;

hierarchicalClause
    : START WITH startWith=expression CONNECT BY NOCYCLE? connectBy=expression
    | CONNECT BY NOCYCLE? connectBy=expression (START WITH startWith=expression)?
    ;

orderByClause : ORDER SIBLINGS? BY orderItem (COMMA orderItem)*;

fetchClause : FETCH (FIRST | NEXT) valueExpression? PERCENT? (ROW | ROWS) (ONLY | WITH TIES);

// https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SELECT.html#GUID-CFA006CA-6FF1-4972-821E-6996142A51C6__BABFJCEH
forUpdateClause
    : FOR UPDATE (OF columnReference (COMMA columnReference)*)? (NOWAIT | WAIT seconds=INTEGER_LITERAL | SKIP_ LOCKED)?
    ;

// ============================================================== expressions: what Oracle adds to the core

// the core's conditions, and the membership of an element in a nested table or VARRAY (MEMBER [OF])
predicate
    : valueExpression NOT? IN LPAREN (query | expressionList) RPAREN                       #inPredicate
    | valueExpression NOT? BETWEEN valueExpression AND valueExpression                     #betweenPredicate
    | valueExpression NOT? LIKE valueExpression (ESCAPE valueExpression)?                  #likePredicate
    | valueExpression IS NOT? NULL                                                         #isNullPredicate
    | valueExpression NOT? MEMBER OF? valueExpression                                      #memberPredicate
    | valueExpression comparisonOperator quantifier=(ANY | SOME | ALL)
      LPAREN (query | expressionList) RPAREN                                               #quantifiedPredicate
    | valueExpression comparisonOperator valueExpression                                   #comparisonPredicate
    | EXISTS LPAREN query RPAREN                                                           #existsPredicate
    | LPAREN expression RPAREN                                                             #parenthesizedCondition
    | valueExpression                                                                      #valuePredicate
    ;

primaryExtension
    : PRIOR primary                                                                        #priorExpr
    | CONNECT_BY_ROOT primary                                                              #connectByRootExpr
    | BIND_VARIABLE                                                                        #bindVariable
    // PL/SQL: :NEW.c in triggers, c%FOUND / SQL%BULK_ROWCOUNT(i), v(i).f, $$PLSQL_UNIT
    | BIND_VARIABLE DOT identifier                                                         #rowField
    | columnReference CURSOR_ATTRIBUTE (LPAREN valueExpression RPAREN)?                    #cursorAttribute
    | functionCall (DOT memberName arguments? | arguments)+                                #memberOfCall
    | INQUIRY_DIRECTIVE                                                                    #inquiryDirective
    ;

// col(+): the old outer-join marker.
columnReference : identifier (DOT memberName)* (LPAREN PLUS RPAREN)?;

// Named notation: f(p => 1).
functionArgument : (identifier ARROW)? expression;

functionName : identifier (DOT memberName)* | LEFT | RIGHT | REPLACE | INSERT | CHAR | DATE | TIMESTAMP;

// After a dot: a name, or a collection method whose name is a reserved word (v.EXISTS(i), v.DELETE).
memberName : identifier | anyWord;

// Any keyword: after a dot, and as a record field or package member name, Oracle takes reserved words.
anyWord
    : ~(LPAREN | RPAREN | COMMA | DOT | SEMICOLON | ARROW | ASSIGN | DOUBLE_DOT | LABEL_START | LABEL_END | NOT_EQUALS
      | LESS_EQUALS | GREATER_EQUALS | EQUALS | LESS_THAN | GREATER_THAN | CONCAT | PLUS | MINUS_SIGN | STAR | SLASH
      | AT_SIGN | PERCENT_ROWTYPE | PERCENT_TYPE | CURSOR_ATTRIBUTE | QUOTED_STRING | NATIONAL_STRING | STRING_LITERAL
      | REAL_LITERAL | DECIMAL_LITERAL | INTEGER_LITERAL | BIND_VARIABLE | INQUIRY_DIRECTIVE | UNEXPECTED_CHARACTER)
    ;

castType : dataType;

stringLiteral : STRING_LITERAL | NATIONAL_STRING | QUOTED_STRING;

// ============================================================== names

columnPath     : identifier DOT identifier (DOT identifier)?;
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
    | MATCHED | MERGE
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
    | XMLTABLE | XMLTYPE | YEAR | ZONE | LOG | PERCENT | USER | NOFORCE | ROWID | WAIT | SKIP_ | LOCKED
    // PL/SQL words that are not reserved
    | ACCESSIBLE | AFTER | BEFORE | BODY | BULK | CLOSE | COLLECT | COMPOUND | CONSTANT | CONTINUE | DATABASE
    | DETERMINISTIC | EACH | FOLLOWS | INDICES | INSTEAD | LANGUAGE | NEW | NOCOPY | OLD | OPEN | OUT | PACKAGE
    | PARALLEL_ENABLE | PARENT | PIPE | PIPELINED | PRECEDES | RECORD | REF | REFERENCING | RELIES_ON | RESULT
    | RETURNING | SAVE | SAVEPOINT | SCHEMA | SELF | SUBTYPE | TRANSACTION | TRIGGER | WORK
    ;
