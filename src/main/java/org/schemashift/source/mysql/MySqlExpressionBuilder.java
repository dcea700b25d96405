package org.schemashift.source.mysql;

import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.antlr.SourcePositions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlAlienSystemTypeNameSpec;
import org.apache.calcite.sql.SqlBinaryStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.BitString;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.source.mysql.grammar.MySqlParser;
import org.schemashift.source.mysql.grammar.MySqlParser.*;
import org.schemashift.source.mysql.grammar.MySqlParserBaseVisitor;

/**
 * Builds Calcite {@link SqlNode}s from MySQL expressions. Conventions:
 *
 * <ul>
 *   <li>Standard operators ({@link SqlStdOperatorTable}) where MySQL means the same: AND ({@code &&}
 *       too), OR ({@code ||} too: the default sql_mode, not PIPES_AS_CONCAT), NOT ({@code !} too),
 *       EQUALS, NOT_EQUALS ({@code <>}, {@code !=}), LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN,
 *       GREATER_THAN_OR_EQUAL, IS_NOT_DISTINCT_FROM ({@code <=>}), IS_[NOT_]NULL/TRUE/FALSE/UNKNOWN,
 *       LIKE / NOT_LIKE (ESCAPE as third operand), IN / NOT_IN (second operand a SqlNodeList),
 *       BETWEEN / NOT_BETWEEN, PLUS, MINUS, MULTIPLY, DIVIDE, MOD ({@code %} and MOD), UNARY_MINUS,
 *       UNARY_PLUS, BITAND ({@code &}), BITOR ({@code |}), BITXOR ({@code ^}), BITNOT ({@code ~}),
 *       BIT_LEFT_SHIFT ({@code <<}), ROW, CASE ({@link SqlCase}), CAST (also for CONVERT(x, type) and
 *       BINARY x, which is CAST(x AS BINARY)), and the functions COALESCE, NULLIF, UPPER, LOWER, ABS,
 *       CHAR_LENGTH, CHARACTER_LENGTH, POWER, FLOOR, CEIL, CEILING, SQRT, LN, EXP, COUNT, SUM, MIN, MAX, AVG.</li>
 *   <li>Current date/time: CURRENT_TIMESTAMP, NOW() and LOCALTIME / LOCALTIMESTAMP (MySQL: all three are
 *       NOW) become calls of SqlStdOperatorTable.CURRENT_TIMESTAMP, except LOCALTIMESTAMP / LOCALTIME
 *       which stay SqlStdOperatorTable.LOCALTIMESTAMP; CURRENT_DATE and CURDATE() become CURRENT_DATE,
 *       CURRENT_TIME and CURTIME() CURRENT_TIME. A fractional-seconds precision, as in
 *       CURRENT_TIMESTAMP(6), is the call's single operand, an exact numeric literal; without it the
 *       call has no operands (with or without empty parentheses in the source).</li>
 *   <li>MySQL operators without a Calcite equivalent are {@link SqlUnresolvedFunction} calls with an
 *       upper-case pseudo-name: {@code XOR(a, b)}, {@code REGEXP(a, pattern)} (NOT REGEXP is
 *       NOT(REGEXP(..)); RLIKE is REGEXP), {@code DIV(a, b)}, {@code RIGHTSHIFT(a, n)},
 *       {@code INTERVAL(expr, 'UNIT')}, {@code COLLATE(expr, 'collation')},
 *       {@code CONVERT_USING(expr, 'charset')}. Every other function is an unresolved call named
 *       in upper case as written (NOW excepted, see above); COUNT(*) has a star identifier operand,
 *       COUNT(DISTINCT x) the DISTINCT function qualifier.</li>
 *   <li>Literals: integers and decimals are exact numerics (a leading minus folds into the
 *       literal), 1e3 approximate; '...' / "..." / N'...' are character strings with escapes
 *       resolved (a charset introducer such as _utf8mb4 is dropped, except _binary, which makes a
 *       binary string); x'..' and 0x.. are binary strings (an odd digit count gets a leading 0);
 *       b'0101' and 0b0101 are binary strings holding a {@link BitString} of exactly the bits
 *       written ({@code getBitString().getBitCount()} is the number of digits), so BIT(n) defaults
 *       convert without loss; TRUE/FALSE booleans; NULL null; DATE/TIME/TIMESTAMP 'x' date, time and
 *       timestamp literals when the text is in canonical form, otherwise
 *       {@link SqlLiteral#createUnknown(String, String, SqlParserPos)} with the text kept.</li>
 *   <li>Columns are {@link SqlIdentifier}s with one name per part (t.c has two); user and system
 *       variables are one-part identifiers spelled as written ({@code @x}, {@code @@sql_mode}).</li>
 * </ul>
 * Every node's {@link SqlParserPos} is its line and column in the file.
 */
final class MySqlExpressionBuilder extends MySqlParserBaseVisitor<SqlNode> {

    private static final Map<String, SqlOperator> STANDARD_FUNCTIONS = Map.ofEntries(
            Map.entry("COALESCE", SqlStdOperatorTable.COALESCE),
            Map.entry("NULLIF", SqlStdOperatorTable.NULLIF),
            Map.entry("UPPER", SqlStdOperatorTable.UPPER),
            Map.entry("LOWER", SqlStdOperatorTable.LOWER),
            Map.entry("ABS", SqlStdOperatorTable.ABS),
            Map.entry("CHAR_LENGTH", SqlStdOperatorTable.CHAR_LENGTH),
            Map.entry("CHARACTER_LENGTH", SqlStdOperatorTable.CHARACTER_LENGTH),
            Map.entry("POWER", SqlStdOperatorTable.POWER),
            Map.entry("FLOOR", SqlStdOperatorTable.FLOOR),
            Map.entry("CEIL", SqlStdOperatorTable.CEIL),
            Map.entry("CEILING", SqlStdOperatorTable.CEIL),
            Map.entry("SQRT", SqlStdOperatorTable.SQRT),
            Map.entry("LN", SqlStdOperatorTable.LN),
            Map.entry("EXP", SqlStdOperatorTable.EXP),
            Map.entry("MOD", SqlStdOperatorTable.MOD),
            Map.entry("COUNT", SqlStdOperatorTable.COUNT),
            Map.entry("SUM", SqlStdOperatorTable.SUM),
            Map.entry("MIN", SqlStdOperatorTable.MIN),
            Map.entry("MAX", SqlStdOperatorTable.MAX),
            Map.entry("AVG", SqlStdOperatorTable.AVG));

    private final SourcePositions positions;

    MySqlExpressionBuilder(SourcePositions positions) {
        this.positions = positions;
    }

    /** The expression with its exact source text. */
    Expr expr(ParserRuleContext ctx) {
        return new Expr(visit(ctx), positions.text(ctx));
    }

    private SqlParserPos pos(ParserRuleContext ctx) {
        return positions.pos(ctx);
    }

    private static SqlUnresolvedFunction function(String upperName, SqlParserPos pos) {
        return PseudoFunctions.function(new SqlIdentifier(upperName, pos));
    }

    private SqlNode pseudo(String name, SqlParserPos pos, SqlNode... operands) {
        return function(name, pos).createCall(pos, operands);
    }

    // ------------------------------------------------------------------ column defaults

    @Override
    public SqlNode visitLiteralDefault(LiteralDefaultContext ctx) {
        SqlNode literal = visit(ctx.literal());
        if (ctx.sign == null || ctx.sign.getType() == MySqlParser.PLUS) {
            return literal;
        }
        return literal instanceof SqlNumericLiteral n ? SqlLiteral.createNegative(n, pos(ctx))
                : SqlStdOperatorTable.UNARY_MINUS.createCall(pos(ctx), literal);
    }

    @Override
    public SqlNode visitFunctionDefault(FunctionDefaultContext ctx) {
        return visit(ctx.functionCall());
    }

    @Override
    public SqlNode visitExpressionDefault(ExpressionDefaultContext ctx) {
        return visit(ctx.expression());
    }

    // ------------------------------------------------------------------ logical

    @Override
    public SqlNode visitNotExpression(NotExpressionContext ctx) {
        return SqlStdOperatorTable.NOT.createCall(pos(ctx), visit(ctx.expression()));
    }

    @Override
    public SqlNode visitAndExpression(AndExpressionContext ctx) {
        return SqlStdOperatorTable.AND.createCall(pos(ctx), visit(ctx.expression(0)), visit(ctx.expression(1)));
    }

    @Override
    public SqlNode visitXorExpression(XorExpressionContext ctx) {
        return pseudo("XOR", pos(ctx), visit(ctx.expression(0)), visit(ctx.expression(1)));
    }

    @Override
    public SqlNode visitOrExpression(OrExpressionContext ctx) {
        return SqlStdOperatorTable.OR.createCall(pos(ctx), visit(ctx.expression(0)), visit(ctx.expression(1)));
    }

    @Override
    public SqlNode visitBooleanPrimaryExpression(BooleanPrimaryExpressionContext ctx) {
        return visit(ctx.booleanPrimary());
    }

    // ------------------------------------------------------------------ predicates

    @Override
    public SqlNode visitIsExpression(IsExpressionContext ctx) {
        boolean not = ctx.NOT() != null;
        SqlOperator op = switch (ctx.truthValue.getType()) {
            case MySqlParser.NULL -> not ? SqlStdOperatorTable.IS_NOT_NULL : SqlStdOperatorTable.IS_NULL;
            case MySqlParser.TRUE -> not ? SqlStdOperatorTable.IS_NOT_TRUE : SqlStdOperatorTable.IS_TRUE;
            case MySqlParser.FALSE -> not ? SqlStdOperatorTable.IS_NOT_FALSE : SqlStdOperatorTable.IS_FALSE;
            default -> not ? SqlStdOperatorTable.IS_NOT_UNKNOWN : SqlStdOperatorTable.IS_UNKNOWN;
        };
        return op.createCall(pos(ctx), visit(ctx.booleanPrimary()));
    }

    @Override
    public SqlNode visitComparisonExpression(ComparisonExpressionContext ctx) {
        SqlOperator op = switch (ctx.comparisonOperator().getStart().getType()) {
            case MySqlParser.EQUALS -> SqlStdOperatorTable.EQUALS;
            case MySqlParser.NULL_SAFE_EQUALS -> SqlStdOperatorTable.IS_NOT_DISTINCT_FROM;
            case MySqlParser.NOT_EQUALS -> SqlStdOperatorTable.NOT_EQUALS;
            case MySqlParser.LESS_THAN -> SqlStdOperatorTable.LESS_THAN;
            case MySqlParser.LESS_EQUALS -> SqlStdOperatorTable.LESS_THAN_OR_EQUAL;
            case MySqlParser.GREATER_THAN -> SqlStdOperatorTable.GREATER_THAN;
            default -> SqlStdOperatorTable.GREATER_THAN_OR_EQUAL;
        };
        return op.createCall(pos(ctx), visit(ctx.booleanPrimary()), visit(ctx.predicate()));
    }

    @Override
    public SqlNode visitPredicateExpression(PredicateExpressionContext ctx) {
        return visit(ctx.predicate());
    }

    @Override
    public SqlNode visitInPredicate(InPredicateContext ctx) {
        SqlNodeList list = new SqlNodeList(pos(ctx.expressionList()));
        for (ExpressionContext e : ctx.expressionList().expression()) {
            list.add(visit(e));
        }
        SqlOperator op = ctx.NOT() != null ? SqlStdOperatorTable.NOT_IN : SqlStdOperatorTable.IN;
        return op.createCall(pos(ctx), visit(ctx.bitExpression()), list);
    }

    @Override
    public SqlNode visitBetweenPredicate(BetweenPredicateContext ctx) {
        SqlOperator op = ctx.NOT() != null ? SqlStdOperatorTable.NOT_BETWEEN : SqlStdOperatorTable.BETWEEN;
        return op.createCall(pos(ctx), visit(ctx.bitExpression(0)), visit(ctx.bitExpression(1)), visit(ctx.predicate()));
    }

    @Override
    public SqlNode visitLikePredicate(LikePredicateContext ctx) {
        SqlOperator op = ctx.NOT() != null ? SqlStdOperatorTable.NOT_LIKE : SqlStdOperatorTable.LIKE;
        List<SqlNode> operands = new ArrayList<>();
        operands.add(visit(ctx.bitExpression()));
        for (SimpleExpressionContext s : ctx.simpleExpression()) {
            operands.add(visit(s));
        }
        return op.createCall(pos(ctx), operands);
    }

    @Override
    public SqlNode visitRegexpPredicate(RegexpPredicateContext ctx) {
        SqlNode call = pseudo("REGEXP", pos(ctx), visit(ctx.bitExpression(0)), visit(ctx.bitExpression(1)));
        return ctx.NOT() != null ? SqlStdOperatorTable.NOT.createCall(pos(ctx), call) : call;
    }

    @Override
    public SqlNode visitBitExpressionPredicate(BitExpressionPredicateContext ctx) {
        return visit(ctx.bitExpression());
    }

    // ------------------------------------------------------------------ arithmetic and bits

    @Override
    public SqlNode visitBitXorExpression(BitXorExpressionContext ctx) {
        return SqlStdOperatorTable.BITXOR.createCall(pos(ctx), visit(ctx.bitExpression(0)), visit(ctx.bitExpression(1)));
    }

    @Override
    public SqlNode visitMultiplicativeExpression(MultiplicativeExpressionContext ctx) {
        SqlNode left = visit(ctx.bitExpression(0));
        SqlNode right = visit(ctx.bitExpression(1));
        return switch (ctx.op.getType()) {
            case MySqlParser.STAR -> SqlStdOperatorTable.MULTIPLY.createCall(pos(ctx), left, right);
            case MySqlParser.SLASH -> SqlStdOperatorTable.DIVIDE.createCall(pos(ctx), left, right);
            case MySqlParser.DIV -> pseudo("DIV", pos(ctx), left, right);
            default -> SqlStdOperatorTable.MOD.createCall(pos(ctx), left, right);
        };
    }

    @Override
    public SqlNode visitAdditiveExpression(AdditiveExpressionContext ctx) {
        SqlOperator op = ctx.op.getType() == MySqlParser.PLUS ? SqlStdOperatorTable.PLUS : SqlStdOperatorTable.MINUS;
        return op.createCall(pos(ctx), visit(ctx.bitExpression(0)), visit(ctx.bitExpression(1)));
    }

    @Override
    public SqlNode visitShiftExpression(ShiftExpressionContext ctx) {
        SqlNode left = visit(ctx.bitExpression(0));
        SqlNode right = visit(ctx.bitExpression(1));
        return ctx.op.getType() == MySqlParser.SHIFT_LEFT
                ? SqlStdOperatorTable.BIT_LEFT_SHIFT.createCall(pos(ctx), left, right)
                : pseudo("RIGHTSHIFT", pos(ctx), left, right);
    }

    @Override
    public SqlNode visitBitAndExpression(BitAndExpressionContext ctx) {
        return SqlStdOperatorTable.BITAND.createCall(pos(ctx), visit(ctx.bitExpression(0)), visit(ctx.bitExpression(1)));
    }

    @Override
    public SqlNode visitBitOrExpression(BitOrExpressionContext ctx) {
        return SqlStdOperatorTable.BITOR.createCall(pos(ctx), visit(ctx.bitExpression(0)), visit(ctx.bitExpression(1)));
    }

    @Override
    public SqlNode visitSimpleBitExpression(SimpleBitExpressionContext ctx) {
        return visit(ctx.simpleExpression());
    }

    // ------------------------------------------------------------------ simple expressions

    @Override
    public SqlNode visitCollateExpression(CollateExpressionContext ctx) {
        return pseudo("COLLATE", pos(ctx), visit(ctx.simpleExpression()),
                SqlLiteral.createCharString(name(ctx.collationName()), pos(ctx.collationName())));
    }

    @Override
    public SqlNode visitUnaryExpression(UnaryExpressionContext ctx) {
        SqlNode operand = visit(ctx.simpleExpression());
        return switch (ctx.op.getType()) {
            case MySqlParser.MINUS -> operand instanceof SqlNumericLiteral n
                    ? SqlLiteral.createNegative(n, pos(ctx))
                    : SqlStdOperatorTable.UNARY_MINUS.createCall(pos(ctx), operand);
            case MySqlParser.PLUS -> SqlStdOperatorTable.UNARY_PLUS.createCall(pos(ctx), operand);
            default -> SqlStdOperatorTable.BITNOT.createCall(pos(ctx), operand);
        };
    }

    @Override
    public SqlNode visitBangExpression(BangExpressionContext ctx) {
        return SqlStdOperatorTable.NOT.createCall(pos(ctx), visit(ctx.simpleExpression()));
    }

    @Override
    public SqlNode visitBinaryExpression(BinaryExpressionContext ctx) {
        SqlParserPos p = pos(ctx);
        SqlDataTypeSpec binary = new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.BINARY, p), p);
        return SqlStdOperatorTable.CAST.createCall(p, visit(ctx.simpleExpression()), binary);
    }

    @Override
    public SqlNode visitLiteralExpression(LiteralExpressionContext ctx) {
        return visit(ctx.literal());
    }

    @Override
    public SqlNode visitFunctionCallExpression(FunctionCallExpressionContext ctx) {
        return visit(ctx.functionCall());
    }

    @Override
    public SqlNode visitColumnReferenceExpression(ColumnReferenceExpressionContext ctx) {
        List<String> names = new ArrayList<>();
        for (IdentifierContext id : ctx.columnReference().identifier()) {
            names.add(MySqlNames.identifier(id));
        }
        return new SqlIdentifier(names, pos(ctx));
    }

    @Override
    public SqlNode visitVariableExpression(VariableExpressionContext ctx) {
        return new SqlIdentifier(ctx.getText(), pos(ctx));
    }

    @Override
    public SqlNode visitParenthesizedExpression(ParenthesizedExpressionContext ctx) {
        return visit(ctx.expression());
    }

    @Override
    public SqlNode visitRowExpression(RowExpressionContext ctx) {
        List<SqlNode> items = new ArrayList<>();
        for (ExpressionContext e : ctx.expression()) {
            items.add(visit(e));
        }
        return SqlStdOperatorTable.ROW.createCall(pos(ctx), items);
    }

    @Override
    public SqlNode visitCaseExpression(CaseExpressionContext ctx) {
        SqlNodeList whens = new SqlNodeList(pos(ctx));
        SqlNodeList thens = new SqlNodeList(pos(ctx));
        for (CaseWhenContext when : ctx.caseWhen()) {
            whens.add(visit(when.condition));
            thens.add(visit(when.result));
        }
        SqlNode value = ctx.operand != null ? visit(ctx.operand) : null;
        SqlNode otherwise = ctx.elseResult != null ? visit(ctx.elseResult) : null;
        return new SqlCase(pos(ctx), value, whens, thens, otherwise);
    }

    @Override
    public SqlNode visitIntervalExpression(IntervalExpressionContext ctx) {
        String unit = MySqlNames.identifier(ctx.unit).toUpperCase(Locale.ROOT);
        return pseudo("INTERVAL", pos(ctx), visit(ctx.expression()), SqlLiteral.createCharString(unit, pos(ctx.unit)));
    }

    // ------------------------------------------------------------------ function calls

    @Override
    public SqlNode visitCastCall(CastCallContext ctx) {
        return SqlStdOperatorTable.CAST.createCall(pos(ctx), visit(ctx.expression()), castType(ctx.castType()));
    }

    @Override
    public SqlNode visitConvertCall(ConvertCallContext ctx) {
        return SqlStdOperatorTable.CAST.createCall(pos(ctx), visit(ctx.expression()), castType(ctx.castType()));
    }

    @Override
    public SqlNode visitConvertUsingCall(ConvertUsingCallContext ctx) {
        return pseudo("CONVERT_USING", pos(ctx), visit(ctx.expression()),
                SqlLiteral.createCharString(charset(ctx.charsetName()), pos(ctx.charsetName())));
    }

    @Override
    public SqlNode visitCurrentTimestampCall(CurrentTimestampCallContext ctx) {
        return timeFunction(SqlStdOperatorTable.CURRENT_TIMESTAMP, ctx.fsp, pos(ctx));
    }

    @Override
    public SqlNode visitLocalTimestampCall(LocalTimestampCallContext ctx) {
        return timeFunction(SqlStdOperatorTable.LOCALTIMESTAMP, ctx.fsp, pos(ctx));
    }

    @Override
    public SqlNode visitCurrentDateCall(CurrentDateCallContext ctx) {
        return SqlStdOperatorTable.CURRENT_DATE.createCall(pos(ctx));
    }

    @Override
    public SqlNode visitCurrentTimeCall(CurrentTimeCallContext ctx) {
        return timeFunction(SqlStdOperatorTable.CURRENT_TIME, ctx.fsp, pos(ctx));
    }

    @Override
    public SqlNode visitCurrentUserCall(CurrentUserCallContext ctx) {
        return SqlStdOperatorTable.CURRENT_USER.createCall(pos(ctx));
    }

    private SqlNode timeFunction(SqlOperator op, Token fsp, SqlParserPos pos) {
        return fsp == null ? op.createCall(pos)
                : op.createCall(pos, SqlLiteral.createExactNumeric(fsp.getText(), positions.pos(fsp)));
    }

    @Override
    public SqlNode visitStarCall(StarCallContext ctx) {
        String name = functionName(ctx.functionName());
        SqlOperator op = STANDARD_FUNCTIONS.getOrDefault(name, function(name, pos(ctx.functionName())));
        return op.createCall(pos(ctx), SqlIdentifier.star(pos(ctx)));
    }

    @Override
    public SqlNode visitGenericCall(GenericCallContext ctx) {
        String name = functionName(ctx.functionName());
        SqlParserPos p = pos(ctx);
        List<SqlNode> args = new ArrayList<>();
        if (ctx.expressionList() != null) {
            for (ExpressionContext e : ctx.expressionList().expression()) {
                args.add(visit(e));
            }
        }
        switch (name) {
            case "NOW":
                return timeFunction(SqlStdOperatorTable.CURRENT_TIMESTAMP, args, p);
            case "CURDATE":
                return SqlStdOperatorTable.CURRENT_DATE.createCall(p);
            case "CURTIME":
                return timeFunction(SqlStdOperatorTable.CURRENT_TIME, args, p);
            default:
                break;
        }
        SqlOperator op = STANDARD_FUNCTIONS.getOrDefault(name, function(name, pos(ctx.functionName())));
        SqlLiteral qualifier = ctx.quantifier == null ? null
                : ctx.quantifier.getType() == MySqlParser.DISTINCT ? SqlSelectKeyword.DISTINCT.symbol(p)
                : SqlSelectKeyword.ALL.symbol(p);
        return op.createCall(qualifier, p, args.toArray(new SqlNode[0]));
    }

    private static SqlNode timeFunction(SqlOperator op, List<SqlNode> args, SqlParserPos pos) {
        return op.createCall(pos, args.toArray(new SqlNode[0]));
    }

    private static String functionName(FunctionNameContext ctx) {
        String name = MySqlNames.unquoteIdentifier(ctx.name.getText()).toUpperCase(Locale.ROOT);
        return ctx.qualifier == null ? name : MySqlNames.identifier(ctx.qualifier).toUpperCase(Locale.ROOT) + "." + name;
    }

    // ------------------------------------------------------------------ CAST types

    private SqlDataTypeSpec castType(CastTypeContext ctx) {
        SqlParserPos p = pos(ctx);
        SqlTypeNameSpec spec;
        if (ctx instanceof SignedCastTypeContext) {
            spec = new SqlBasicTypeNameSpec(SqlTypeName.BIGINT, p);
        } else if (ctx instanceof UnsignedCastTypeContext) {
            spec = new SqlAlienSystemTypeNameSpec("UNSIGNED", SqlTypeName.BIGINT, p);
        } else {
            DataType type = new MySqlTypeBuilder(positions).type(((DataCastTypeContext) ctx).dataType());
            spec = typeNameSpec(type, p);
        }
        return new SqlDataTypeSpec(spec, p);
    }

    /** The Calcite spelling of a MySQL type inside CAST; types SQL has no name for keep MySQL's. */
    private static SqlTypeNameSpec typeNameSpec(DataType type, SqlParserPos p) {
        int length = type.length() == null ? -1 : type.length();
        int scale = type.scale() == null ? -1 : type.scale();
        SqlTypeName name = switch (type.name()) {
            case "char" -> SqlTypeName.CHAR;
            case "varchar" -> SqlTypeName.VARCHAR;
            case "binary" -> SqlTypeName.BINARY;
            case "varbinary" -> SqlTypeName.VARBINARY;
            case "date" -> SqlTypeName.DATE;
            case "time" -> SqlTypeName.TIME;
            case "datetime" -> SqlTypeName.TIMESTAMP;
            case "decimal" -> SqlTypeName.DECIMAL;
            case "float" -> SqlTypeName.REAL;
            case "double" -> SqlTypeName.DOUBLE;
            case "tinyint" -> SqlTypeName.TINYINT;
            case "smallint" -> SqlTypeName.SMALLINT;
            case "int" -> SqlTypeName.INTEGER;
            case "bigint" -> SqlTypeName.BIGINT;
            case "boolean" -> SqlTypeName.BOOLEAN;
            default -> null;
        };
        if (name == null) {
            return new SqlAlienSystemTypeNameSpec(type.sourceText().toUpperCase(Locale.ROOT), SqlTypeName.ANY, p);
        }
        if (name == SqlTypeName.DECIMAL && length < 0) {
            length = 10; // MySQL: DECIMAL without precision is DECIMAL(10,0)
        }
        return new SqlBasicTypeNameSpec(name, length, scale, null, p);
    }

    // ------------------------------------------------------------------ literals

    @Override
    public SqlNode visitTextLiteral(TextLiteralContext ctx) {
        StringLiteralContext s = ctx.stringLiteral();
        String value = MySqlNames.string(s);
        if (s instanceof PlainStringContext plain && plain.CHARSET_INTRODUCER() != null
                && plain.CHARSET_INTRODUCER().getText().equalsIgnoreCase("_binary")) {
            return SqlLiteral.createBinaryString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8), pos(ctx));
        }
        return SqlLiteral.createCharString(value, pos(ctx));
    }

    @Override
    public SqlNode visitIntegerLiteral(IntegerLiteralContext ctx) {
        return SqlLiteral.createExactNumeric(ctx.getText(), pos(ctx));
    }

    @Override
    public SqlNode visitDecimalLiteral(DecimalLiteralContext ctx) {
        String text = ctx.getText();
        return SqlLiteral.createExactNumeric(text.startsWith(".") ? "0" + text : text, pos(ctx));
    }

    @Override
    public SqlNode visitRealLiteral(RealLiteralContext ctx) {
        return SqlLiteral.createApproxNumeric(ctx.getText(), pos(ctx));
    }

    @Override
    public SqlNode visitHexLiteral(HexLiteralContext ctx) {
        String text = ctx.HEX_LITERAL().getText();
        String digits = text.charAt(0) == '0' ? text.substring(2) : text.substring(2, text.length() - 1);
        if (digits.length() % 2 == 1) {
            digits = "0" + digits;
        }
        return SqlLiteral.createBinaryString(digits, pos(ctx));
    }

    @Override
    public SqlNode visitBitLiteral(BitLiteralContext ctx) {
        String text = ctx.BIT_LITERAL().getText();
        String bits = text.charAt(0) == '0' ? text.substring(2) : text.substring(2, text.length() - 1);
        return MySqlBitLiteral.of(bits, pos(ctx));
    }

    @Override
    public SqlNode visitBooleanLiteral(BooleanLiteralContext ctx) {
        return SqlLiteral.createBoolean(ctx.TRUE() != null, pos(ctx));
    }

    @Override
    public SqlNode visitNullLiteral(NullLiteralContext ctx) {
        return SqlLiteral.createNull(pos(ctx));
    }

    @Override
    public SqlNode visitTemporalLiteral(TemporalLiteralContext ctx) {
        String value = MySqlNames.string(ctx.STRING_LITERAL().getSymbol());
        SqlParserPos p = pos(ctx);
        try {
            return switch (ctx.kind.getType()) {
                case MySqlParser.DATE -> SqlLiteral.createDate(new DateString(value), p);
                case MySqlParser.TIME -> SqlLiteral.createTime(new TimeString(value), precision(value), p);
                default -> SqlLiteral.createTimestamp(new TimestampString(value), precision(value), p);
            };
        } catch (RuntimeException notCanonical) {
            return SqlLiteral.createUnknown(ctx.kind.getText().toUpperCase(Locale.ROOT), value, p);
        }
    }

    private static int precision(String value) {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? 0 : value.length() - dot - 1;
    }

    // ------------------------------------------------------------------ helpers

    static String name(CollationNameContext ctx) {
        return ctx.STRING_LITERAL() != null ? MySqlNames.string(ctx.STRING_LITERAL().getSymbol())
                : MySqlNames.unquoteIdentifier(ctx.getText());
    }

    static String charset(CharsetNameContext ctx) {
        return ctx.STRING_LITERAL() != null ? MySqlNames.string(ctx.STRING_LITERAL().getSymbol())
                : MySqlNames.unquoteIdentifier(ctx.getText());
    }

    /** A binary string literal holding exactly the bits of a MySQL b'...' literal. */
    static final class MySqlBitLiteral extends SqlBinaryStringLiteral {
        private MySqlBitLiteral(BitString bits, SqlParserPos pos) {
            super(bits, pos);
        }

        static SqlBinaryStringLiteral of(String bits, SqlParserPos pos) {
            return new MySqlBitLiteral(BitString.createFromBitString(bits), pos);
        }
    }
}
