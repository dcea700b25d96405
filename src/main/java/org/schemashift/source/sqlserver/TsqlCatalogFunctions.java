package org.schemashift.source.sqlserver;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.ActionItem;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.sql.CanonicalOperators;

/**
 * The catalog views {@code sys.objects}, {@code sys.tables}, {@code sys.views}, {@code sys.procedures},
 * {@code sys.schemas}, {@code sys.columns}, {@code sys.types}, {@code sys.indexes}, {@code sys.index_columns},
 * {@code sys.foreign_keys} and {@code sys.extended_properties} read through helper functions of the same columns over PostgreSQL's catalog
 * ({@code mssql_compat.sys_objects()}, ...: object_id and schema_id are PostgreSQL's oids, as OBJECT_ID and
 * SCHEMA_ID give them). A statement that names a column of the view the helper does not have keeps the
 * view, reported as before, so no query is rewritten into one that fails.
 */
final class TsqlCatalogFunctions {
    /** The views with a helper of their columns ({@code compat/mssql_compat/sys_<view>.sql}) → the canonical rows they are. */
    private static final Map<String, SqlFunction> VIEWS = Map.ofEntries(Map.entry("objects", CanonicalOperators.CATALOG_OBJECTS),
            Map.entry("tables", CanonicalOperators.CATALOG_TABLES), Map.entry("views", CanonicalOperators.CATALOG_VIEWS),
            Map.entry("procedures", CanonicalOperators.CATALOG_PROCEDURES), Map.entry("schemas", CanonicalOperators.CATALOG_SCHEMAS),
            Map.entry("columns", CanonicalOperators.CATALOG_COLUMNS), Map.entry("types", CanonicalOperators.CATALOG_TYPES),
            Map.entry("indexes", CanonicalOperators.CATALOG_INDEXES),
            Map.entry("index_columns", CanonicalOperators.CATALOG_INDEX_COLUMNS),
            Map.entry("foreign_keys", CanonicalOperators.CATALOG_FOREIGN_KEYS),
            Map.entry("extended_properties", CanonicalOperators.CATALOG_EXTENDED_PROPERTIES));
    /** Columns of those views in SQL Server that the helpers lack: a statement naming one keeps the view. */
    private static final Set<String> MISSING = Set.of("is_published", "is_schema_published", "lob_data_space_id",
            "filestream_data_space_id", "max_column_id_used", "lock_on_bulk_load", "uses_ansi_nulls", "is_replicated",
            "has_replication_filter", "is_merge_published", "is_sync_tran_subscribed", "has_unchecked_assembly_data",
            "text_in_row_limit", "large_value_types_out_of_row", "is_tracked_by_cdc", "lock_escalation", "lock_escalation_desc",
            "is_filetable", "is_memory_optimized", "durability", "durability_desc", "temporal_type", "temporal_type_desc",
            "history_table_id", "is_remote_data_archive_enabled", "is_external", "is_node", "is_edge", "is_auto_executed",
            "is_execution_replicated", "is_repl_serializable_only", "skips_repl_constraints", "has_opaque_metadata",
            "with_check_option", "is_date_correlation_view", "is_dropped_ledger_table", "is_dropped_ledger_view", "ledger_type",
            "ledger_view_type", "has_snapshot", "is_xml_document", "xml_collection_id", "is_non_sql_subscribed",
            "is_dts_replicated", "generated_always_type", "generated_always_type_desc", "encryption_type",
            "encryption_type_desc", "encryption_algorithm_name", "column_encryption_key_id",
            "column_encryption_key_database_name", "is_hidden", "is_masked", "graph_type", "graph_type_desc",
            "is_data_deletion_filter_column", "ledger_view_column_type", "is_dropped_ledger_column", "vector_dimensions",
            "vector_base_type", "is_ignored_in_optimization", "suppress_dup_key_messages", "auto_created",
            "optimize_for_sequential_key", "compression_delay", "is_column_store");

    private TsqlCatalogFunctions() {
    }

    /**
     * {@code node} (a statement of code, a view's query) reading the catalog as the converted schema holds it: names
     * written as strings in catalog lookups as the conversion gives them ({@link TsqlCatalogNames}), then each
     * supported sys view read through its helper; {@code notes} gets an item at {@code at} for each.
     */
    static SqlNode read(SqlNode node, SourceSpan at, List<ActionItem> notes) {
        Set<String> names = new TreeSet<>();
        SqlNode named = TsqlCatalogNames.inTarget(node, names);
        if (!names.isEmpty()) {
            notes.add(SqlServerCode.CATALOG_NAME_IN_TARGET.at(at, String.join(", ", names)
                    + ": looked up in the catalog as the conversion names them"));
        }
        Set<String> helped = new TreeSet<>();
        SqlNode read = readThroughHelpers(named, helped);
        for (String view : helped) {
            notes.add(SqlServerCode.CATALOG_VIEW_THROUGH_HELPER.at(at, "sys." + view + " is read through mssql_compat.sys_"
                    + view + "(), of its columns over PostgreSQL's catalog: object_id and schema_id are PostgreSQL's oids, "
                    + "names as PostgreSQL holds them (folded to lower case), bit columns 0 or 1, dates NULL"));
        }
        return read;
    }

    /** {@code node} with each supported sys view it reads replaced by its helper; {@code read} gets the views replaced. */
    private static SqlNode readThroughHelpers(SqlNode node, Set<String> read) {
        if (namesMissingColumn(node)) return node;
        return node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                if (call.getKind() == SqlKind.AS && view(call.operand(0)) != null) {
                    List<SqlNode> operands = new java.util.ArrayList<>(call.getOperandList());
                    operands.set(0, helper(view(call.operand(0)), read, call.getParserPosition()));
                    return call.getOperator().createCall(call.getParserPosition(), operands);
                }
                return super.visit(call);
            }

            @Override
            public SqlNode visit(SqlIdentifier id) {
                String view = view(id);
                if (view == null) return id;
                return SqlStdOperatorTable.AS.createCall(id.getParserPosition(), helper(view, read, id.getParserPosition()),
                        new SqlIdentifier(view, id.getParserPosition()));
            }
        });
    }

    /** The supported view {@code node} names ({@code sys.objects}, {@code db.sys.objects}), lower case, else null. */
    private static String view(SqlNode node) {
        if (!(node instanceof SqlIdentifier id) || id.names.size() < 2 || id.names.size() > 3) return null;
        String view = id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT);
        return id.names.get(id.names.size() - 2).equalsIgnoreCase("sys") && VIEWS.containsKey(view) ? view : null;
    }

    private static SqlNode helper(String view, Set<String> read, SqlParserPos pos) {
        read.add(view);
        return VIEWS.get(view).createCall(pos);
    }

    private static boolean namesMissingColumn(SqlNode node) {
        Set<String> names = new HashSet<>();
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                names.add(id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT));
                return null;
            }
        });
        return names.stream().anyMatch(MISSING::contains);
    }
}
