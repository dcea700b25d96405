package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Returns;

/**
 * The members of an object type's body, as the Oracle builder hands them over (routines named
 * {@code <TYPE>_<MEMBER>} taking SELF first, the constructor {@code <TYPE>_<TYPE>}), created on
 * PostgreSQL next to the composite type and called with object values.
 */
class PlPgSqlTypeBodiesTest extends PlPgSqlTestBase {
    private static final ProcType RECTANGLE = new ProcType.Named(List.of("RECTANGLE"));

    @BeforeAll
    static void theCompositeType() throws Exception {
        run("CREATE TYPE rectangle AS (width numeric, height numeric); CREATE TYPE square AS (side numeric);"
                + "CREATE TYPE plot AS (name text, shape rectangle);"
                + "CREATE TABLE plots (id integer, shape rectangle); INSERT INTO plots VALUES (1, ROW(2, 3)), (2, ROW(4, 5))");
    }

    @Test
    void memberFunctionsReadTheAttributesOfSelf() throws Exception {
        String sql = create(function("RECTANGLE_AREA", Returns.value(type("numeric")), List.of(self(ParameterMode.IN)),
                block(returnValue("SELF.WIDTH * SELF.HEIGHT"))));
        create(function("RECTANGLE_WIDER_THAN_ANY_PLOT", Returns.value(type("boolean")), List.of(self(ParameterMode.IN)),
                block(selectInto("SELECT COUNT(*) FROM PLOTS P WHERE P.ID * 2 >= SELF.WIDTH",
                        IntoRows.EXACTLY_ONE, "N"), returnValue("N = 0"))
                        .declare(variable("N", "integer"))));

        assertThat(sql).contains("CREATE FUNCTION rectangle_area(self rectangle) RETURNS numeric", "RETURN self.width * self.height;");
        assertThat(one("SELECT string_agg(rectangle_area(shape)::text, ',' ORDER BY id) FROM plots")).isEqualTo("6,20");
        assertThat(one("SELECT rectangle_wider_than_any_plot(ROW(5, 1)::rectangle)")).isEqualTo("t");
    }

    @Test
    void aMemberProcedureChangesSelfForItsCaller() throws Exception {
        create(procedure("RECTANGLE_SCALE", List.of(self(ParameterMode.INOUT), in("FACTOR", "numeric")),
                block(assign(name("SELF.WIDTH"), expr("SELF.WIDTH * FACTOR")),
                        assign(name("SELF.HEIGHT"), expr("SELF.HEIGHT * FACTOR")))));
        create(function("SCALED_WIDTH", "numeric", List.of(),
                block(assign("R.WIDTH", "1"), assign("R.HEIGHT", "2"), call("RECTANGLE_SCALE", "R", "3"), returnValue("R.WIDTH"))
                        .declare(variable("R", RECTANGLE))));

        assertThat(one("SELECT scaled_width()")).isEqualTo("3");
    }

    @Test
    void aConstructorBuildsTheObjectFromSelf() throws Exception {
        String sql = create(function("RECTANGLE_RECTANGLE", Returns.value(RECTANGLE), List.of(in("SIDE", "numeric")),
                block(assign(name("SELF.WIDTH"), expr("SIDE")), ifThen("SIDE < 0", returnNothing()),
                        assign(name("SELF.HEIGHT"), expr("SIDE")), returnNothing())));
        // a builder that passes SELF to the constructor too gets the same function
        ProcType square = new ProcType.Named(List.of("SQUARE"));
        create(function("SQUARE_SQUARE", Returns.value(square), List.of(new Parameter("SELF", ParameterMode.INOUT, square, null, AT),
                in("S", "numeric")), block(assign(name("SELF.SIDE"), expr("S")), returnNothing())));

        assertThat(sql).contains("CREATE FUNCTION rectangle_rectangle(side numeric) RETURNS rectangle", "self rectangle;",
                "RETURN self;");
        assertThat(one("SELECT (rectangle_rectangle(4)).height")).isEqualTo("4");
        assertThat(one("SELECT coalesce((rectangle_rectangle(-1)).height::text, 'null')")).isEqualTo("null");
        assertThat(one("SELECT (square_square(3)).side")).isEqualTo("3");
    }

    @Test
    void anAttributeOfAnObjectAttributeIsReadAndAssigned() throws Exception {
        ProcType plot = new ProcType.Named(List.of("PLOT"));
        String sql = create(procedure("PLOT_STRETCH", List.of(new Parameter("SELF", ParameterMode.INOUT, plot, null, AT)),
                block(assign(name("SELF.SHAPE.WIDTH"), expr("SELF.SHAPE.WIDTH * 2")),
                        selectInto("SELECT SELF.SHAPE.HEIGHT + 1 FROM PLOTS WHERE SELF.NAME IS NOT NULL AND ID = 1",
                                IntoRows.EXACTLY_ONE, "H"),
                        assign(name("SELF.SHAPE.HEIGHT"), expr("H")))
                        .declare(variable("H", "numeric"))));

        assertThat(sql).contains("self.shape.width := (self.shape).width * 2;");
        assertThat(one("CALL plot_stretch(ROW('p', ROW(2, 3))::plot)")).isEqualTo("(p,\"(4,4)\")");
    }

    private static Parameter self(ParameterMode mode) {
        return new Parameter("SELF", mode, RECTANGLE, null, AT);
    }
}
