package org.schemashift.convert.rules.oracle;

import java.util.List;
import org.apache.calcite.config.NullCollation;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.NullOrderRule;

/**
 * The Java rules that read Oracle constructs into canonical trees, whatever the target, in the
 * order the converter offers each node to them (each sees the previous one's output).
 * Pseudo-columns are noted first; query rules come last, after the expressions inside a query
 * block were converted. Ids ORA-Jnnn (mappings/README.md).
 */
public final class OracleRules {
    private OracleRules() {
    }

    public static List<ExpressionRule> all() {
        return List.of(
                new PseudoColumnRule(),
                new EmptyStringIsNullRule(),
                new DateLiteralRule(),
                new CastTypeRule(),
                new CurrentDateRule(),
                new SequenceValueRule(),
                new NvlRule(),
                new DecodeToCaseRule(),
                new ConcatNullAsEmptyRule(),
                new ImplicitConversionRule(),
                new DecimalDivisionRule(),
                new NumToIntervalRule(),
                new DateArithmeticRule(),
                new TruncRoundByTypeRule(),
                new SubstrRule(),
                new TrimToNullRule(),
                new ConversionFunctionsRule(),
                new RegexpRule(),
                new SessionContextRule(),
                new ErrorStackRule(),
                new ListaggRule(),
                new FromDualRule(),
                new MergeUsingDualRule(),
                new OuterJoinToAnsiRule(),
                new RownumToLimitRule(),
                new DerivedTableAliasRule(),
                new ConnectByToRecursiveRule(),
                new NullOrderRule("ORA-J041", NullCollation.HIGH));
    }
}
