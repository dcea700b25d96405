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
 * table-settings rule puts each table with a LOB column in full LOB mode. A column both renamed and
 * retyped gets both rules (check them in the task: DMS documents one transformation per object
 * outside data masking). A source table without a schema is located in every schema ({@code %}).
 */
public final class DmsTableMappings {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final JsonGenerator out;
    private int rules;
    private final Set<TableLoad.Copy> lobTables = new LinkedHashSet<>();

    private DmsTableMappings(JsonGenerator out) {
        this.out = out;
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
        DmsTableMappings mappings = new DmsTableMappings(out);
        for (TableLoad.Copy table : copied.tables()) {
            mappings.write(mappings.rule("selection", null, locator(table, null), "include", null));
        }
        Set<String> schemas = new LinkedHashSet<>();
        for (TableLoad.Copy table : copied.tables()) {
            String source = table.source().schema();
            String target = table.target().schema();
            if (source != null && target != null && !source.equals(target) && schemas.add(source)) {
                Map<String, Object> locator = new LinkedHashMap<>();
                locator.put("schema-name", source);
                mappings.write(mappings.rule("transformation", "schema", locator, "rename", target));
            }
        }
        for (TableLoad.Copy table : copied.tables()) {
            if (!table.source().name().equals(table.target().name())) {
                mappings.write(mappings.rule("transformation", "table", locator(table, null), "rename", table.target().name()));
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
        if (!column.source().equals(column.target())) write(rule("transformation", "column", locator, "rename", column.target()));
        DmsDataTypes written = DmsDataTypes.of(target, column.type());
        DmsDataTypes read = column.sourceType() == null ? null : DmsDataTypes.of(source, column.sourceType());
        if (written != null && read != null && !written.lob() && !read.lob() && !written.kind().equals(read.kind())) {
            Map<String, Object> rule = rule("transformation", "column", locator, "change-data-type", null);
            rule.put("data-type", written.json());
            write(rule);
        }
        if (written != null && written.lob() || read != null && read.lob()) lobTables.add(table);
    }

    /**
     * Full LOB mode for each table with a LOB column, so DMS copies its LOBs whole (limited LOB
     * mode, the task's usual setting, truncates those longer than its maximum size). A table-settings
     * locator takes no wildcard, so a table whose source schema is unknown keeps the task's setting.
     */
    private void lobSettings() throws IOException {
        for (TableLoad.Copy table : lobTables) {
            if (table.source().schema() == null) continue;
            Map<String, Object> lob = new LinkedHashMap<>();
            lob.put("mode", "unlimited");
            lob.put("bulk-max-size", "0");
            Map<String, Object> rule = rule("table-settings", null, locator(table, null), null, null);
            rule.put("lob-settings", lob);
            write(rule);
        }
    }

    private static Map<String, Object> locator(TableLoad.Copy table, String column) {
        Map<String, Object> locator = new LinkedHashMap<>();
        locator.put("schema-name", table.source().schema() == null ? "%" : table.source().schema());
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
