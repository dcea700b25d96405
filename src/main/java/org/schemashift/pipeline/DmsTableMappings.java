package org.schemashift.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.schemashift.emit.TableLoad;

/**
 * OUT/dms-table-mappings.json: the table-mapping document of an AWS DMS replication task
 * ({@code aws dms create-replication-task --table-mappings file://dms-table-mappings.json}), so the
 * task loads into the tables as the conversion named them. A selection rule includes each
 * converted table; a transformation rule renames each schema, table and column whose target name
 * differs from the source's (DMS matches names case-sensitively, as the source catalog stores
 * them), removes the generated columns the target computes itself, and changes the data type of
 * each column whose target type is of another kind than DMS reads the source's as
 * ({@link DmsDataTypes}: TINYINT(1) or NUMBER(1) made boolean, NUMBER made bigint by a rule). A
 * table-settings rule puts each table with a LOB column in full LOB mode. DMS applies one
 * transformation per column (of several, the lowest rule-id: "Transformation rules and actions"),
 * so a column both renamed and retyped is not given a rename and a type change, of which DMS would
 * apply only the first: one {@code add-column} makes the target column, named, typed and valued
 * from the source column ({@code $SOURCE}), and that source column is removed (a rule on another
 * object). A source table without a schema is located in the schema the scripts ran in
 * ({@link CopiedTables#sourceDefaultSchema}: the user's {@code --source-schema}, else the one the
 * dialect fixes, SQL Server's {@code dbo}), renamed to PostgreSQL's {@code public}, where the
 * unqualified table is created; when neither says, in every schema ({@code %}), which a
 * table-settings rule does not take.
 */
public final class DmsTableMappings {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ANY = "%";

    private final JsonGenerator out;
    private int rules;
    private final Set<TableLoad.Copy> lobTables = new LinkedHashSet<>();
    /** The schema a locator names for a table the input names without one: the source's default, else any ({@code %}). */
    private final String unqualified;

    private DmsTableMappings(JsonGenerator out, String unqualified) {
        this.out = out;
        this.unqualified = unqualified;
    }

    public static String render(CopiedTables copied) {
        StringWriter out = new StringWriter();
        try {
            write(copied, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the document a rule at a time, so a large schema's rules are never held together. */
    public static void write(CopiedTables copied, Writer writer) throws IOException {
        JsonGenerator out = JSON.writer().createGenerator(writer).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        out.writeStartObject();
        out.writeArrayFieldStart("rules");
        DmsTableMappings mappings = new DmsTableMappings(out, copied.sourceDefaultSchema() == null ? ANY : copied.sourceDefaultSchema());
        for (TableLoad.Copy table : copied.tables()) {
            mappings.write(mappings.rule("selection", null, mappings.locator(table, null), "include", null));
        }
        Set<String> schemas = new LinkedHashSet<>();
        for (TableLoad.Copy table : copied.tables()) {
            String source = table.source().schema() == null ? copied.sourceDefaultSchema() : table.source().schema();
            String target = table.target().schema() == null && copied.target().equals("postgresql") ? "public" : table.target().schema();
            if (source != null && target != null && !source.equals(target) && schemas.add(source)) {
                Map<String, Object> locator = new LinkedHashMap<>();
                locator.put("schema-name", source);
                mappings.write(mappings.rule("transformation", "schema", locator, "rename", target));
            }
        }
        for (TableLoad.Copy table : copied.tables()) {
            if (!table.source().name().equals(table.target().name())) {
                mappings.write(mappings.rule("transformation", "table", mappings.locator(table, null), "rename", table.target().name()));
            }
            for (TableLoad.CopiedColumn column : table.columns()) mappings.column(table, column, copied.source(), copied.target());
        }
        mappings.lobSettings();
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
        writer.write("\n");
    }

    private void column(TableLoad.Copy table, TableLoad.CopiedColumn column, String source, String target) throws IOException {
        Map<String, Object> locator = locator(table, column.source());
        if (column.generated()) {
            write(rule("transformation", "column", locator, "remove-column", null));
            return;
        }
        DmsDataTypes written = DmsDataTypes.of(target, column.type());
        DmsDataTypes read = column.sourceType() == null ? null : DmsDataTypes.of(source, column.sourceType());
        if (written != null && written.lob() || read != null && read.lob()) lobTables.add(table);
        boolean renamed = !column.source().equals(column.target());
        boolean retyped = written != null && read != null && !written.lob() && !read.lob() && !written.kind().equals(read.kind());
        if (renamed && retyped) {
            Map<String, Object> added = rule("transformation", "column", locator(table, null), "add-column", column.target());
            added.put("expression", "$" + column.source());
            added.put("data-type", written.json());
            write(added);
            write(rule("transformation", "column", locator, "remove-column", null));
        } else if (renamed) {
            write(rule("transformation", "column", locator, "rename", column.target()));
        } else if (retyped) {
            Map<String, Object> rule = rule("transformation", "column", locator, "change-data-type", null);
            rule.put("data-type", written.json());
            write(rule);
        }
    }

    /**
     * Full LOB mode for each table with a LOB column, so DMS copies its LOBs whole (limited LOB
     * mode, the task's usual setting, truncates those longer than its maximum size): AWS's
     * {@code {"mode": "unlimited", "bulk-max-size": "0"}}, "standard full LOB mode" in "Table and
     * collection settings rules and operations". A table-settings locator takes no wildcard, so a
     * table whose source schema neither the input, the user nor the dialect fixes keeps the task's setting.
     */
    private void lobSettings() throws IOException {
        for (TableLoad.Copy table : lobTables) {
            Map<String, Object> locator = locator(table, null);
            if (locator.get("schema-name").equals(ANY)) continue;
            Map<String, Object> lob = new LinkedHashMap<>();
            lob.put("mode", "unlimited");
            lob.put("bulk-max-size", "0");
            Map<String, Object> rule = rule("table-settings", null, locator, null, null);
            rule.put("lob-settings", lob);
            write(rule);
        }
    }

    private Map<String, Object> locator(TableLoad.Copy table, String column) {
        Map<String, Object> locator = new LinkedHashMap<>();
        locator.put("schema-name", table.source().schema() == null ? unqualified : table.source().schema());
        locator.put("table-name", table.source().name());
        if (column != null) locator.put("column-name", column);
        return locator;
    }

    /** The next rule, numbered; the caller may add to it, then {@link #write}s it. */
    private Map<String, Object> rule(String type, String target, Map<String, Object> locator, String action, String value) {
        Map<String, Object> rule = new LinkedHashMap<>();
        String id = Integer.toString(++rules);
        rule.put("rule-type", type);
        rule.put("rule-id", id);
        rule.put("rule-name", id);
        if (target != null) rule.put("rule-target", target);
        rule.put("object-locator", locator);
        if (action != null) rule.put("rule-action", action);
        if (value != null) rule.put("value", value);
        return rule;
    }

    private void write(Map<String, Object> rule) throws IOException {
        out.writeObject(rule);
    }
}
