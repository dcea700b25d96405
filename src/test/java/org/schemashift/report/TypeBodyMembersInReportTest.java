package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.source.SourceFile;

/**
 * Each member of a type body is reported once, under its own line with what it became: the routine
 * made of that member, not of the member before it (its statement starts at MEMBER / STATIC /
 * CONSTRUCTOR, where the routine's code starts); the type body itself folds into its type.
 */
class TypeBodyMembersInReportTest {

    @Test
    void eachMemberIsReportedWithItsOwnRoutine() {
        Report report = ReportBuilder.build(new ConversionPipeline("oracle", "postgresql", null).run(List.of(new SourceFile("shape.sql", """
                CREATE TYPE shape AS OBJECT (
                  side NUMBER,
                  CONSTRUCTOR FUNCTION shape(p NUMBER) RETURN SELF AS RESULT,
                  MEMBER FUNCTION area RETURN NUMBER,
                  STATIC FUNCTION unit RETURN NUMBER
                );
                /
                CREATE TYPE BODY shape AS
                  CONSTRUCTOR FUNCTION shape(p NUMBER) RETURN SELF AS RESULT IS
                  BEGIN
                    side := p;
                    RETURN;
                  END;
                  MEMBER FUNCTION area RETURN NUMBER IS
                  BEGIN
                    RETURN side * side;
                  END;
                  STATIC FUNCTION unit RETURN NUMBER IS
                  BEGIN
                    RETURN 1;
                  END;
                END;
                /
                """))));
        assertThat(report.objects().stream().map(e -> e.name() + "@" + e.source().line() + "->" + e.target()))
                .containsExactly("SHAPE@1->[shape]", "SHAPE.SHAPE@9->[shape_shape]", "SHAPE.AREA@14->[shape_area]",
                        "SHAPE.UNIT@18->[shape_unit]");
    }
}
