/*
 * SQL Server parser for SchemaShift: the schema statements of T-SQL (SQL Server 2005-2022) as SSMS
 * "Generate Scripts", SSDT projects and hand-written install scripts write them. One statement per
 * parse, as cut by SqlServerScriptSplitter (GO batches, then statement starts inside a batch);
 * procedures, functions and triggers are classified before parsing and never reach it. Written for
 * this project; every alternative a builder dispatches on carries a label. Storage options
 * (filegroups, WITH (...)) are parsed so they can be noted and ignored. Expressions and queries
 * are the shared core's (grammars/imports/SqlCoreParser.g4); what T-SQL adds or spells its own way
 * is at the end of this file.
 */
parser grammar SqlServerParser;

options { tokenVocab = SqlServerLexer; }

import SqlCoreParser;

@header { package org.schemashift.source.sqlserver.grammar; }

// ============================================================== statements

statement : statementBody SEMICOLON* EOF;

// A script-level SELECT: converted only when it is SELECT ... INTO a new table.
scriptQuery : query SEMICOLON* EOF;

statementBody
    : CREATE TABLE tableName LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN
      tableOption*                                                                         #createTable
    | CREATE UNIQUE? clustering? INDEX identifier ON tableName
      LPAREN indexColumn (COMMA indexColumn)* RPAREN (INCLUDE LPAREN identifierList RPAREN)?
      whereClause? tableOption*                                                            #createIndex
    | CREATE (clustering | PRIMARY)? kind=(COLUMNSTORE | XML | SPATIAL | FULLTEXT)
      INDEX ~SEMICOLON*                                                                    #createSpecialIndex
    | (CREATE (OR ALTER)? | ALTER) VIEW tableName (LPAREN identifierList RPAREN)?
      (WITH viewAttribute (COMMA viewAttribute)*)? AS query (WITH CHECK OPTION)?           #createView
    | CREATE SEQUENCE tableName sequenceOption*                                            #createSequence
    | CREATE SCHEMA identifier (AUTHORIZATION identifier)?                                 #createSchema
    | CREATE SYNONYM tableName FOR tableName                                               #createSynonym
    | CREATE TYPE tableName FROM dataType (NOT? NULL)?                                     #createAliasType
    | CREATE TYPE tableName AS TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN  #createTableType
    | CREATE RULE tableName AS expression                                                  #createRule
    | CREATE DEFAULT tableName AS valueExpression                                          #createDefault
    | ALTER TABLE tableName alterTableAction                                               #alterTable
    | DROP kind=(TABLE | VIEW | SEQUENCE | SYNONYM | TYPE | SCHEMA | RULE | DEFAULT | PROCEDURE | PROC
      | FUNCTION | TRIGGER) (IF EXISTS)? tableName (COMMA tableName)*                       #dropObject
    | DROP INDEX (IF EXISTS)? indexTarget (COMMA indexTarget)*                             #dropIndex
    | (EXEC | EXECUTE) (returnVariable=VARIABLE EQUALS)? procedure=tableName
      (procedureArgument (COMMA procedureArgument)*)?                                      #executeProcedure
    | USE identifier                                                                       #useDatabase
    // IF OBJECT_ID(...) IS NULL CREATE ..., IF EXISTS (...) DROP ...: the guarded DDL is what counts.
    // The ELSE part runs only where the object exists: DDL or not (PRINT, RAISERROR), it is reported.
    | IF expression guarded=guardedBlock (ELSE (otherwise=guardedBlock | ~EOF+))?          #ifGuard
    ;

guardedBlock
    : statementBody                                                                        #singleGuarded
    | BEGIN (statementBody SEMICOLON*)* END                                                #blockGuarded
    ;

// DROP INDEX ix ON t, and the old form DROP INDEX t.ix.
indexTarget
    : identifier ON tableName                                                              #indexOnTable
    | tableName                                                                            #qualifiedIndex
    ;

procedureArgument : (VARIABLE EQUALS)? value=procedureValue output=identifier?;

procedureValue
    : sign=MINUS_SIGN? literal                                                             #literalArgument
    | tableName                                                                            #nameArgument
    | VARIABLE                                                                             #variableArgument
    | DEFAULT                                                                              #defaultArgument
    ;

viewAttribute : identifier;

sequenceOption
    : AS dataType                                                                          #sequenceType
    | START WITH signedNumber                                                              #sequenceStart
    | INCREMENT BY signedNumber                                                            #sequenceIncrement
    | MINVALUE signedNumber                                                                #sequenceMinValue
    | MAXVALUE signedNumber                                                                #sequenceMaxValue
    | NO (MINVALUE | MAXVALUE | CYCLE | CACHE)                                             #sequenceNoOption
    | CYCLE                                                                                #sequenceCycle
    | NOCYCLE                                                                              #sequenceNoCycle
    | CACHE signedNumber?                                                                  #sequenceCache
    | NOCACHE                                                                              #sequenceNoCache
    ;

signedNumber : (MINUS_SIGN | PLUS)? INTEGER_LITERAL;

// ============================================================== code objects: procedures, functions, triggers
// Read whole, as SQL Server compiles them: a body's statements need no semicolons, each ends where
// the grammar cannot continue it (https://learn.microsoft.com/sql/t-sql/language-elements/transact-sql-syntax-conventions-transact-sql).

routine : (CREATE (OR ALTER)? | ALTER) routineDefinition SEMICOLON* EOF;

routineDefinition
    : (PROC | PROCEDURE) tableName (SEMICOLON INTEGER_LITERAL)?
      (LPAREN routineParameters? RPAREN | routineParameters)?
      (WITH routineOption (COMMA routineOption)*)? (FOR REPLICATION)? AS
      (externalName | statementList)                                                       #createProcedure
    | FUNCTION tableName LPAREN routineParameters? RPAREN RETURNS functionResult
      (WITH routineOption (COMMA routineOption)*)? AS? functionBody                        #createFunction
    | TRIGGER tableName ON triggerTarget (WITH routineOption (COMMA routineOption)*)?
      timing=(FOR | AFTER | INSTEAD) OF? triggerEvent (COMMA triggerEvent)*
      (WITH identifier)? (NOT FOR REPLICATION)? AS (externalName | statementList)          #createTrigger
    ;

routineParameters : routineParameter (COMMA routineParameter)*;

routineParameter
    : VARIABLE AS? dataType (EQUALS defaultValue=valueExpression)?
      output=(OUT | OUTPUT)? READONLY?
    ;

// RECOMPILE, ENCRYPTION, SCHEMABINDING, NATIVE_COMPILATION, EXECUTE AS ..., RETURNS NULL ON NULL INPUT, CALLED ON NULL INPUT.
routineOption
    : EXECUTE AS (identifier | stringLiteral)                                              #executeAsOption
    | RETURNS NULL ON NULL identifier                                                      #returnsNullOption
    | identifier (ON NULL identifier)?                                                     #namedOption
    ;

externalName : EXTERNAL identifier tableName;

functionResult
    : TABLE                                                                                #inlineTableResult
    | TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN                        #clrTableResult
    | VARIABLE TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN               #tableVariableResult
    | dataType                                                                             #scalarResult
    ;

functionBody
    : BEGIN statementList END SEMICOLON*                                                   #blockBody
    | RETURN (LPAREN query RPAREN | query)                                                 #inlineBody
    | externalName                                                                         #externalBody
    ;

triggerTarget
    : ALL identifier                                                                       #serverTarget
    | tableName                                                                  #tableTarget
    ;

triggerEvent : INSERT | UPDATE | DELETE | identifier;

statementList : (tsqlStatement | SEMICOLON)*;

// the text EXEC() or sp_executesql runs, read as statements of a procedure
dynamicBatch : statementList EOF;

tsqlStatement
    : BEGIN TRY tryBody=statementList END TRY BEGIN CATCH catchBody=statementList END CATCH #tryCatchStatement
    | BEGIN distributed=identifier? (TRAN | TRANSACTION) (identifier | VARIABLE)?
      (WITH identifier (stringLiteral)?)?                                                  #beginTransactionStatement
    | COMMIT (TRAN | TRANSACTION | identifier)? (identifier | VARIABLE)?                   #commitStatement
    | ROLLBACK (TRAN | TRANSACTION | identifier)? (identifier | VARIABLE)?                 #rollbackStatement
    | SAVE (TRAN | TRANSACTION) (identifier | VARIABLE)                                    #saveTransactionStatement
    | BEGIN statementList END                                                              #blockStatement
    | DECLARE variableDeclaration (COMMA variableDeclaration)*                             #declareStatement
    | DECLARE identifier cursorOption* CURSOR cursorOption* FOR query
      (FOR (identifier identifier | UPDATE (OF identifierList)?))?                         #declareCursorStatement
    | SET VARIABLE compound=(PLUS | MINUS_SIGN | STAR | SLASH | PERCENT_SIGN)? EQUALS
      (CURSOR cursorOption* FOR query | expression)                                        #setVariableStatement
    | SET (TRAN | TRANSACTION) identifier identifier identifier identifier?                #setIsolationStatement
    | SET identifier (COMMA identifier)* (ON | identifier | signedNumber | VARIABLE | stringLiteral)  #setOptionStatement
    | IF expression thenBranch=tsqlStatement SEMICOLON* (ELSE elseBranch=tsqlStatement)?   #ifStatement
    | WHILE expression tsqlStatement                                                       #whileStatement
    | BREAK                                                                                #breakStatement
    | CONTINUE                                                                             #continueStatement
    | GOTO identifier                                                                      #gotoStatement
    | identifier COLON                                                                     #labelStatement
    | RETURN valueExpression?                                                              #returnStatement
    | PRINT valueExpression                                                                #printStatement
    | RAISERROR LPAREN valueExpression (COMMA valueExpression)* RPAREN
      (WITH identifier (COMMA identifier)*)?                                               #raiserrorStatement
    | RAISERROR INTEGER_LITERAL valueExpression                                            #oldRaiserrorStatement
    | THROW (valueExpression COMMA valueExpression COMMA valueExpression)?                 #throwStatement
    | WAITFOR identifier valueExpression                                                   #waitforStatement
    | OPEN identifier                                                                      #openStatement
    | FETCH ((NEXT | FIRST | LAST | direction=identifier) count=valueExpression? FROM)?
      identifier (INTO VARIABLE (COMMA VARIABLE)*)?                                        #fetchStatement
    | CLOSE identifier                                                                     #closeStatement
    | DEALLOCATE identifier                                                                #deallocateStatement
    | INSERT INTO? tsqlTarget (LPAREN identifierList RPAREN)? executeCall                  #insertExecStatement
    | executeCall                                                                          #executeStatement
    | tsqlDml                                                                              #dmlStatementItem
    | query                                                                                #selectStatement
    | truncate=identifier TABLE tableName                                                  #truncateStatement
    | CREATE TABLE tableName LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN       #createTempTableStatement
    | DROP TABLE (IF EXISTS)? tableName (COMMA tableName)*                                 #dropTableStatement
    // DROP LOGIN, DROP ASSEMBLY, RECONFIGURE ...: server administration, kept for the report.
    | DROP kind=identifier (IF EXISTS)? tableName (COMMA tableName)*                       #dropServerObjectStatement
    | RECONFIGURE (WITH identifier)?                                                       #reconfigureStatement
    ;

variableDeclaration
    : VARIABLE AS? TABLE LPAREN tableElement (COMMA tableElement)* COMMA? RPAREN           #tableVariable
    | VARIABLE AS? CURSOR                                                                  #cursorVariable
    | VARIABLE AS? dataType (EQUALS expression)?                                           #scalarVariable
    ;

cursorOption : identifier;

executeCall
    : (EXEC | EXECUTE) LPAREN valueExpression (PLUS valueExpression)* RPAREN               #executeString
    | (EXEC | EXECUTE) (returnVariable=VARIABLE EQUALS)? procedure=tableName
      (callArgument (COMMA callArgument)*)? (WITH identifier)?                             #executeProcedureCall
    // EXEC @name ...: the procedure's name is the variable's value (ola-hallengren's db.sys.sp_executesql).
    | (EXEC | EXECUTE) (returnVariable=VARIABLE EQUALS)? procedureVariable=VARIABLE
      (callArgument (COMMA callArgument)*)? (WITH identifier)?                             #executeVariableProcedure
    ;

callArgument : (VARIABLE EQUALS)? (callValue | DEFAULT) output=(OUT | OUTPUT)?;

callValue : valueExpression;

// T-SQL's data changes: TOP, OUTPUT, UPDATE / DELETE ... FROM; INSERT without INTO.
tsqlDml
    : withClause? INSERT topClause? INTO? tsqlTarget (LPAREN identifierList RPAREN)? outputClause? insertSource   #tsqlInsert
    | withClause? INSERT topClause? INTO? tsqlTarget (LPAREN identifierList RPAREN)? outputClause? DEFAULT VALUES #tsqlInsertDefaults
    | withClause? UPDATE topClause? tsqlTarget tableHints? SET tsqlSetClause (COMMA tsqlSetClause)* outputClause?
      (FROM fromItem (COMMA fromItem)*)? (whereClause | currentOfClause)? (OPTION LPAREN anyTokens RPAREN)?     #tsqlUpdate
    | withClause? DELETE topClause? FROM? tsqlTarget tableHints? outputClause?
      (FROM fromItem (COMMA fromItem)*)? (whereClause | currentOfClause)? (OPTION LPAREN anyTokens RPAREN)?     #tsqlDelete
    | withClause? MERGE topClause? INTO? tableName tableHints? (AS? alias=identifier)? USING tableReference ON expression
      tsqlMergeBranch+ outputClause? (OPTION LPAREN anyTokens RPAREN)?                     #tsqlMerge
    ;

// WHEN [NOT] MATCHED [BY TARGET | BY SOURCE] [AND condition] THEN action.
tsqlMergeBranch : WHEN NOT? MATCHED (BY side=identifier)? (AND expression)? THEN tsqlMergeAction;

tsqlMergeAction
    : UPDATE SET tsqlSetClause (COMMA tsqlSetClause)*                                      #mergeUpdateAction
    | DELETE                                                                               #mergeDeleteAction
    | INSERT (LPAREN identifierList RPAREN)? (VALUES valuesRow | DEFAULT VALUES)           #mergeInsertAction
    ;

tsqlSetClause
    : VARIABLE EQUALS (columnReference EQUALS)? columnValue                                #variableSetClause
    | columnReference compound=(PLUS | MINUS_SIGN | STAR | SLASH)? EQUALS columnValue      #columnSetClause
    ;

tsqlTarget : VARIABLE | dmlTarget;

outputClause : OUTPUT outputItem (COMMA outputItem)* (INTO tsqlTarget (LPAREN identifierList RPAREN)?)?;

// $action: in MERGE's OUTPUT, the branch that changed the row ('INSERT', 'UPDATE' or 'DELETE')
outputItem : MERGE_ACTION (AS? identifier)? | selectItem;

// ============================================================== CREATE TABLE

tableElement
    : columnDefinition                                                                     #columnElement
    | identifier AS expression PERSISTED? (NOT NULL)? columnConstraint*                    #computedColumnElement
    | tableConstraint                                                                      #constraintElement
    | INDEX identifier UNIQUE? clustering? LPAREN indexColumn (COMMA indexColumn)* RPAREN
      (INCLUDE LPAREN identifierList RPAREN)? whereClause? tableOption*                    #inlineIndexElement
    | period=identifier FOR identifier LPAREN identifier COMMA identifier RPAREN          #periodElement
    ;

columnDefinition : identifier dataType columnOption*;

columnOption
    : NOT? NULL                                                                            #nullability
    | (CONSTRAINT identifier)? DEFAULT valueExpression (WITH VALUES)?                      #columnDefault
    | IDENTITY (LPAREN seed=signedNumber COMMA increment=signedNumber RPAREN)?             #columnIdentity
    | NOT FOR REPLICATION                                                                  #notForReplication
    | ROWGUIDCOL                                                                           #rowGuidColumn
    | COLLATE identifier                                                                   #columnCollate
    | SPARSE                                                                               #sparseColumn
    | FILESTREAM                                                                           #filestreamColumn
    | generated=identifier always=identifier AS (ROW | identifier) (START | END) hidden=identifier?  #periodColumn
    | identifier WITH LPAREN anyTokens RPAREN                                              #maskedOrEncryptedColumn
    | columnConstraint                                                                     #constraintOption
    ;

columnConstraint
    : (CONSTRAINT identifier)? PRIMARY KEY clustering? tableOption*                        #columnPrimaryKey
    | (CONSTRAINT identifier)? UNIQUE clustering? tableOption*                             #columnUnique
    | (CONSTRAINT identifier)? (FOREIGN KEY)? REFERENCES tableName
      (LPAREN identifierList RPAREN)? referentialClause*                                   #columnReferences
    | (CONSTRAINT identifier)? CHECK (NOT FOR REPLICATION)? LPAREN expression RPAREN       #columnCheck
    ;

tableConstraint
    : (CONSTRAINT identifier)? PRIMARY KEY clustering?
      LPAREN indexColumn (COMMA indexColumn)* RPAREN tableOption*                          #primaryKeyConstraint
    | (CONSTRAINT identifier)? UNIQUE clustering?
      LPAREN indexColumn (COMMA indexColumn)* RPAREN tableOption*                          #uniqueConstraint
    | (CONSTRAINT identifier)? FOREIGN KEY LPAREN identifierList RPAREN
      REFERENCES tableName (LPAREN identifierList RPAREN)? referentialClause*              #foreignKeyConstraint
    | (CONSTRAINT identifier)? CHECK (NOT FOR REPLICATION)? LPAREN expression RPAREN       #checkConstraint
    | (CONSTRAINT identifier)? DEFAULT valueExpression FOR identifier (WITH VALUES)?       #defaultConstraint
    ;

clustering : CLUSTERED | NONCLUSTERED;

indexColumn : identifier order=(ASC | DESC)?;

referentialClause
    : ON DELETE referentialAction                                                          #onDeleteClause
    | ON UPDATE referentialAction                                                          #onUpdateClause
    | NOT FOR REPLICATION                                                                  #referenceNotForReplication
    ;

referentialAction
    : NO ACTION                                                                            #noAction
    | CASCADE                                                                              #cascadeAction
    | SET NULL                                                                             #setNullAction
    | SET DEFAULT                                                                          #setDefaultAction
    ;

// Where and how the data is stored: filegroups, partition schemes, WITH (...) options.
tableOption
    : ON (identifier | PRIMARY | DEFAULT) (LPAREN identifier RPAREN)?                      #onStorage
    | (TEXTIMAGE_ON | filestreamOn=identifier) (identifier | PRIMARY | DEFAULT)             #largeValueStorage
    | WITH LPAREN anyTokens RPAREN                                                         #withOptions
    ;

anyTokens : (LPAREN anyTokens RPAREN | ~(LPAREN | RPAREN))*;

// ============================================================== ALTER TABLE

alterTableAction
    : (WITH check=(CHECK | NOCHECK))? ADD addition (COMMA addition)*                       #addToTable
    | ALTER COLUMN identifier dataType (COLLATE identifier)? (NOT? NULL)?                  #alterColumn
    | DROP dropTarget (COMMA dropTarget)*                                                  #dropFromTable
    | (WITH (CHECK | NOCHECK))? enable=(CHECK | NOCHECK) CONSTRAINT (ALL | identifierList) #checkConstraints
    | (identifier) TRIGGER (ALL | identifierList)                                          #enableTrigger
    | SET LPAREN anyTokens RPAREN                                                          #setTableOptions
    ;

addition
    : tableConstraint                                                                      #addConstraint
    | columnDefinition                                                                     #addColumn
    | identifier AS expression PERSISTED? (NOT NULL)? columnConstraint*                    #addComputedColumn
    ;

dropTarget
    : CONSTRAINT? (IF EXISTS)? identifier                                                  #dropConstraint
    | COLUMN (IF EXISTS)? identifier (COMMA identifier)*                                   #dropColumn
    ;

// ============================================================== data types

// Every SQL Server type is a name with up to two arguments (varchar(max) included); alias types
// are names too, resolved by the conversion against CREATE TYPE / sp_addtype.
dataType
    : DOUBLE PRECISION                                                                     #doublePrecisionType
    | tableName (LPAREN typeArgument (COMMA typeArgument)? RPAREN)?                        #namedType
    ;

typeArgument : INTEGER_LITERAL | max=identifier;

castType : dataType;

// ============================================================== queries: what T-SQL adds to the core

// SELECT TOP n [PERCENT] [WITH TIES], and SELECT ... INTO t.
queryBlock
    : SELECT setQuantifier? topClause? selectItem (COMMA selectItem)*
      (INTO tableName)?
      (FROM fromItem (COMMA fromItem)*)?
      whereClause? groupByClause? havingClause?
    ;

// GROUP BY a, b WITH ROLLUP | WITH CUBE: the pre-2008 spelling of ROLLUP (a, b) and CUBE (a, b).
groupByClause : GROUP BY expressionList (WITH summary=identifier)?;

topClause : TOP (INTEGER_LITERAL | LPAREN valueExpression RPAREN) PERCENT? (WITH TIES)?;

// FOR XML PATH(''), FOR JSON ...: the whole query's output becomes a document.
query : withClause? queryExpression orderByClause? offsetClause? fetchClause? forClause? (OPTION LPAREN anyTokens RPAREN)?;

forClause : FOR (XML | identifier) anyTokens;

selectItem
    : STAR                                                                                 #allColumns
    | identifier (DOT identifier)* DOT STAR                                                #tableColumns
    | VARIABLE compound=(PLUS | MINUS_SIGN | STAR | SLASH)? EQUALS valueExpression          #variableItem
    | alias=identifier EQUALS valueExpression                                              #assignedItem
    | valueExpression AS? textAlias=stringLiteral                                          #textAliasedItem
    | valueExpression (AS? alias=identifier)?                                              #expressionItem
    ;

tableReference
    : tableName AS? alias=identifier? tableHints?                                          #namedTable
    | LATERAL? LPAREN query RPAREN AS? alias=identifier? (LPAREN identifierList RPAREN)?   #subqueryTable
    | LPAREN fromItem RPAREN                                                               #parenthesizedFrom
    | functionCall AS? alias=identifier? (LPAREN identifierList RPAREN)?                   #functionTable
    | VARIABLE AS? alias=identifier?                                                       #variableTable
    | LPAREN VALUES valuesRow (COMMA valuesRow)* RPAREN AS? alias=identifier
      LPAREN identifierList RPAREN                                                         #valuesTable
    ;

tableHints : WITH LPAREN anyTokens RPAREN;

// a JOIN b JOIN c ON c.x = b.x ON b.y = a.y: the joins between a table and its ON nest, each ON
// binding the innermost open join (a JOIN (b JOIN c ON ...) ON ...), as in SQL Server's <joined_table>
// (https://learn.microsoft.com/sql/t-sql/queries/from-transact-sql).
joinClause
    : INNER? JOIN tableReference joinClause* (ON expression | USING LPAREN identifierList RPAREN)  #innerJoin
    | side=(LEFT | RIGHT | FULL) OUTER? JOIN tableReference joinClause*
      (ON expression | USING LPAREN identifierList RPAREN)                                 #outerJoin
    | CROSS JOIN tableReference                                                            #crossJoin
    | NATURAL (INNER | side=(LEFT | RIGHT | FULL) OUTER?)? JOIN tableReference             #naturalJoin
    | kind=(CROSS | OUTER) APPLY tableReference                                            #applyJoin
    | PIVOT LPAREN functionCall FOR pivoted=identifier IN LPAREN identifierList RPAREN RPAREN
      AS? alias=identifier                                                                 #pivotJoin
    | UNPIVOT LPAREN value=identifier FOR name=identifier IN LPAREN identifierList RPAREN RPAREN
      AS? alias=identifier                                                                 #unpivotJoin
    | (PIVOT | UNPIVOT) LPAREN anyTokens RPAREN AS? identifier                             #otherPivotJoin
    ;

// ============================================================== expressions: T-SQL's precedence over the core's pieces
// https://learn.microsoft.com/sql/t-sql/language-elements/operator-precedence-transact-sql:
// ~, then * / %, then + - & ^ |, then comparisons, NOT, AND, OR.

valueExpression
    : op=(PLUS | MINUS_SIGN) valueExpression                                               #unaryExpr
    | TILDE valueExpression                                                                #bitNotExpr
    | valueExpression op=(STAR | SLASH) valueExpression                                    #multiplicativeExpr
    | valueExpression PERCENT_SIGN valueExpression                                         #moduloExpr
    | valueExpression op=(PLUS | MINUS_SIGN | CONCAT) valueExpression                      #additiveExpr
    | valueExpression op=(AMPERSAND | PIPE | CARET) valueExpression                        #bitwiseExpr
    | valueExpression COLLATE identifier                                                   #collateExpr
    | valueExpression AT TIME ZONE valueExpression                                         #atTimeZoneExpr
    | primary                                                                              #primaryExpr
    ;

primaryExtension
    : VARIABLE                                                                             #variablePrimary
    | SYSTEM_VARIABLE                                                                      #systemVariablePrimary
    | BINARY_LITERAL                                                                       #binaryLiteral
    | MONEY_LITERAL                                                                        #moneyLiteral
    | CONVERT LPAREN castType COMMA valueExpression (COMMA style=valueExpression)? RPAREN  #convertCall
    | TRY_CONVERT LPAREN castType COMMA valueExpression (COMMA style=valueExpression)? RPAREN  #tryConvertCall
    | TRY_CAST LPAREN valueExpression AS castType RPAREN                                   #tryCastCall
    // (SELECT ... FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)'): an xml method on the subquery's document.
    | LPAREN query RPAREN DOT method=identifier LPAREN valueExpression (COMMA valueExpression)* RPAREN  #subqueryMethodCall
    // type::method(...): a static method of a CLR type (an assembly's class, hierarchyid, geometry).
    | tableName COLON COLON method=identifier LPAREN (valueExpression (COMMA valueExpression)*)? RPAREN  #clrMethodCall
    ;

functionName : identifier (DOT identifier)* | LEFT | RIGHT | INSERT | UPDATE;

stringLiteral : STRING_LITERAL | NATIONAL_STRING;

// ============================================================== names

// db.schema.object and schema..object: the conversion keeps the last two parts.
tableName : identifier (DOT identifier?)*;

identifier : ID | BRACKET_ID | DOUBLE_QUOTED_ID | nonReservedKeyword;

// Keywords SQL Server does not reserve (and some it does but scripts quote): real schemas name columns with them.
nonReservedKeyword
    : ACTION | APPLY | AT | CACHE | COLUMNSTORE | CYCLE | DATE | DAY | FIRST | FOLLOWING | HOUR | INCLUDE
    | INCREMENT | INTERVAL | LAST | LATERAL | LEADING | MATCHED | MAXVALUE | MINUTE | MINVALUE | MONTH | NEXT
    | NO | NOCACHE | NOCYCLE | NULLS | OFFSET | ONLY | OVER | PARTITION | PERSISTED | PRECEDING | RANGE
    | ROW | ROWS | SECOND | SEQUENCE | SPARSE | START | SYNONYM | TIES | TIME | TIMESTAMP | TRAILING | TRIM
    | TYPE | UNBOUNDED | VALUES | WITHIN | XML | YEAR | ZONE | EXTRACT | SPATIAL | COLUMN | TEXTIMAGE_ON
    | FILESTREAM | ROWGUIDCOL | NOCHECK | NONCLUSTERED | CLUSTERED | PROC | RULE | BOTH
    | REPLICATION | DOUBLE | PRECISION | AFTER | CATCH | INSTEAD | OUT | OUTPUT | READONLY | RETURNS | THROW | TRY
    ;
