/*
 * The SQL every source dialect shares: conditions, expressions, queries and data changes (INSERT,
 * UPDATE, DELETE, MERGE) as the SQL standard writes them. A dialect's parser grammar imports this
 * one (`import SqlCoreParser;`) and
 *
 *   - defines the rules this grammar uses but leaves to the dialect: identifier, stringLiteral,
 *     functionName, castType and primaryExtension (the dialect's own primaries: bind variables,
 *     PRIOR, ...; a dialect that overrides primary needs none);
 *   - overrides a rule (same name) only where its syntax really differs: its version replaces
 *     this one entirely, so the rules here are small, and one that a dialect is likely to change
 *     (setOperator, setQuantifier, functionArgument, columnReference, fetchClause) stands alone;
 *   - has a lexer that defines every token named here, with these names.
 *
 * Builders: org.schemashift.source.sql.CoreSqlBuilder builds every alternative labelled here
 * (and the unlabelled rules) the same way for all dialects. A dialect rule that means the same as
 * a core alternative may carry the core's label, and the core builds it too; alternatives the
 * dialect adds get labels of their own and builder methods in the dialect's builder.
 *
 * Nothing here is specific to one vendor: it is what Oracle, MySQL, SQL Server and PostgreSQL
 * all accept, where they accept it with the same meaning.
 */
parser grammar SqlCoreParser;

// ============================================================== queries

query : withClause? queryExpression orderByClause? offsetClause? fetchClause?;

withClause : WITH commonTableExpression (COMMA commonTableExpression)*;

commonTableExpression : identifier (LPAREN identifierList RPAREN)? AS LPAREN query RPAREN;

// INTERSECT binds tighter than UNION and EXCEPT (SQL standard, and every dialect we read).
queryExpression
    : queryBlock                                                                           #simpleQuery
    | LPAREN query RPAREN                                                                  #parenthesizedQuery
    | queryExpression INTERSECT queryExpression                                            #intersectQuery
    | queryExpression setOperator ALL? queryExpression                                     #setOperationQuery
    ;

setOperator : UNION | EXCEPT;

queryBlock
    : SELECT setQuantifier? selectItem (COMMA selectItem)*
      (FROM fromItem (COMMA fromItem)*)?
      whereClause? groupByClause? havingClause?
    ;

setQuantifier : DISTINCT | ALL;

selectItem
    : STAR                                                                                 #allColumns
    | identifier (DOT identifier)* DOT STAR                                                #tableColumns
    | valueExpression (AS? alias=identifier)?                                              #expressionItem
    ;

fromItem : tableReference joinClause*;

tableReference
    : tableName alias=identifier?                                                          #namedTable
    | LATERAL? LPAREN query RPAREN alias=identifier?                                       #subqueryTable
    | LPAREN fromItem RPAREN                                                               #parenthesizedFrom
    ;

joinClause
    : INNER? JOIN tableReference (ON expression | USING LPAREN identifierList RPAREN)      #innerJoin
    | side=(LEFT | RIGHT | FULL) OUTER? JOIN tableReference
      (ON expression | USING LPAREN identifierList RPAREN)                                 #outerJoin
    | CROSS JOIN tableReference                                                            #crossJoin
    | NATURAL (INNER | side=(LEFT | RIGHT | FULL) OUTER?)? JOIN tableReference             #naturalJoin
    ;

whereClause   : WHERE expression;
groupByClause : GROUP BY expressionList;
havingClause  : HAVING expression;

orderByClause : ORDER BY orderItem (COMMA orderItem)*;
orderItem     : valueExpression order=(ASC | DESC)? (NULLS nulls=(FIRST | LAST))?;

offsetClause : OFFSET valueExpression (ROW | ROWS);
fetchClause  : FETCH (FIRST | NEXT) valueExpression? (ROW | ROWS) ONLY;

// ============================================================== conditions and expressions

// Conditions, and any value: `expression` is where SQL takes a condition (WHERE, ON, CHECK),
// `valueExpression` where it takes a value. A dialect where booleans are values (MySQL,
// PostgreSQL) widens the places it takes a value by overriding the rules that name them.
expression
    : NOT expression                                                                       #notExpression
    | expression AND expression                                                            #andExpression
    | expression OR expression                                                             #orExpression
    | predicate                                                                            #predicateExpression
    ;

predicate
    : valueExpression NOT? IN LPAREN (query | expressionList) RPAREN                       #inPredicate
    | valueExpression NOT? BETWEEN valueExpression AND valueExpression                     #betweenPredicate
    | valueExpression NOT? LIKE valueExpression (ESCAPE valueExpression)?                  #likePredicate
    | valueExpression IS NOT? NULL                                                         #isNullPredicate
    | valueExpression comparisonOperator quantifier=(ANY | SOME | ALL)
      LPAREN (query | expressionList) RPAREN                                               #quantifiedPredicate
    | valueExpression comparisonOperator valueExpression                                   #comparisonPredicate
    | EXISTS LPAREN query RPAREN                                                           #existsPredicate
    | LPAREN expression RPAREN                                                             #parenthesizedCondition
    | valueExpression                                                                      #valuePredicate
    ;

comparisonOperator : EQUALS | NOT_EQUALS | LESS_THAN | LESS_EQUALS | GREATER_THAN | GREATER_EQUALS;

valueExpression
    : op=(PLUS | MINUS_SIGN) valueExpression                                               #unaryExpr
    | valueExpression op=(STAR | SLASH) valueExpression                                    #multiplicativeExpr
    | valueExpression op=(PLUS | MINUS_SIGN | CONCAT) valueExpression                      #additiveExpr
    | primary                                                                              #primaryExpr
    ;

primary
    : literal                                                                              #literalPrimary
    | caseExpression                                                                       #casePrimary
    | castExpression                                                                       #castPrimary
    | EXTRACT LPAREN field=identifier FROM valueExpression RPAREN                          #extractPrimary
    | TRIM LPAREN (side=(LEADING | TRAILING | BOTH)? trimCharacter=valueExpression? FROM)?
      valueExpression RPAREN                                                               #trimPrimary
    | functionCall                                                                         #functionCallPrimary
    | LPAREN query RPAREN                                                                  #scalarSubquery
    | LPAREN valueExpression RPAREN                                                        #parenthesizedExpr
    | LPAREN valueExpression (COMMA valueExpression)+ RPAREN                               #rowExpr
    | columnReference                                                                      #columnReferencePrimary
    | primaryExtension                                                                     #dialectPrimary
    ;

caseExpression
    : CASE caseWhen+ (ELSE elseResult=valueExpression)? END                                #searchedCase
    | CASE operand=valueExpression simpleCaseWhen+ (ELSE elseResult=valueExpression)? END  #simpleCase
    ;

caseWhen       : WHEN condition=expression THEN result=valueExpression;
simpleCaseWhen : WHEN value=valueExpression THEN result=valueExpression;

castExpression : CAST LPAREN valueExpression AS castType RPAREN;

// COUNT(*), COUNT(DISTINCT x), f(a, b), an aggregate's WITHIN GROUP, an analytic function's OVER.
functionCall
    : functionName LPAREN (STAR | setQuantifier? functionArgument (COMMA functionArgument)*)? RPAREN
      withinGroup? overClause?
    ;

functionArgument : expression;

withinGroup : WITHIN GROUP LPAREN orderByClause RPAREN;

overClause : OVER LPAREN (PARTITION BY expressionList)? orderByClause? windowFrame? RPAREN;

windowFrame : unit=(ROWS | RANGE) (BETWEEN frameBound AND frameBound | frameBound);

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)                                                    #unboundedBound
    | CURRENT ROW                                                                          #currentRowBound
    | valueExpression (PRECEDING | FOLLOWING)                                              #offsetBound
    ;

columnReference : identifier (DOT identifier)*;

literal
    : stringLiteral                                                                        #textLiteral
    | INTEGER_LITERAL                                                                      #integerLiteral
    | DECIMAL_LITERAL                                                                      #decimalLiteral
    | REAL_LITERAL                                                                         #realLiteral
    | NULL                                                                                 #nullLiteral
    | (TRUE | FALSE)                                                                       #booleanLiteral
    | kind=(DATE | TIME | TIMESTAMP) STRING_LITERAL                                        #temporalLiteral
    | INTERVAL STRING_LITERAL leading=(YEAR | MONTH | DAY | HOUR | MINUTE | SECOND)
      (LPAREN INTEGER_LITERAL RPAREN)?
      (TO trailing=(YEAR | MONTH | DAY | HOUR | MINUTE | SECOND) (LPAREN INTEGER_LITERAL RPAREN)?)?   #intervalLiteral
    ;

expressionList : valueExpression (COMMA valueExpression)*;

// ============================================================== data changes: INSERT, UPDATE, DELETE, MERGE
// As stored procedures write them. Dialect clauses around them (Oracle RETURNING INTO, MySQL ON
// DUPLICATE KEY UPDATE, multi-table UPDATE and DELETE) are the dialect grammar's, in rules that
// reference these. MERGE is Oracle's form: each branch optional, in either order, with its own
// WHERE, and DELETE WHERE inside the matched branch.

dmlStatement : insertStatement | updateStatement | deleteStatement | mergeStatement;

insertStatement : INSERT INTO dmlTarget (LPAREN identifierList RPAREN)? insertSource;

insertSource
    : VALUES valuesRow (COMMA valuesRow)*                                                  #valuesSource
    | query                                                                                #querySource
    ;

valuesRow : LPAREN columnValue (COMMA columnValue)* RPAREN;

// A column's new value; DEFAULT is the column's default.
columnValue
    : DEFAULT                                                                              #useDefault
    | valueExpression                                                                      #expressionValue
    ;

updateStatement : UPDATE dmlTarget SET setClause (COMMA setClause)* (whereClause | currentOfClause)?;

setClause
    : columnReference EQUALS columnValue                                                   #columnAssignment
    | LPAREN columnReference (COMMA columnReference)* RPAREN EQUALS LPAREN query RPAREN    #rowAssignment
    ;

deleteStatement : DELETE FROM? dmlTarget (whereClause | currentOfClause)?;

// The row the cursor last fetched.
currentOfClause : WHERE CURRENT OF identifier;

mergeStatement
    : MERGE INTO dmlTarget USING tableReference ON expression
      (matchedBranch notMatchedBranch? | notMatchedBranch matchedBranch?)
    ;

matchedBranch    : WHEN MATCHED THEN UPDATE SET setClause (COMMA setClause)* whereClause? mergeDelete?;
mergeDelete      : DELETE whereClause;
// The INSERT columns are the target's; Oracle lets them be qualified (INSERT (t.a, t.b)).
notMatchedBranch : WHEN NOT MATCHED THEN INSERT (LPAREN columnReference (COMMA columnReference)* RPAREN)? VALUES valuesRow whereClause?;

// The table a statement changes.
dmlTarget : tableName (AS? alias=identifier)?;

// ============================================================== names

tableName      : identifier (DOT identifier)?;
identifierList : identifier (COMMA identifier)*;
