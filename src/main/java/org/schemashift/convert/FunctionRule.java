package org.schemashift.convert;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * One function rule from {@code mappings/functions/<source>-to-<target>.yaml}: calls of any of
 * {@code name} become {@code to}, a target expression in which {0}, {1}, ... stand for the
 * arguments. Without {@code to} the function exists unchanged in the target. {@code action}
 * names an action-item code raised where the rule applies. {@code returns} is the source
 * function's result type for type-aware rules: a type name ("date", "number", "varchar2") or
 * {@code {n}}, the type of argument n.
 */
public record FunctionRule(String id,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> name,
                           Integer args, String to, String action, String note, String returns) {
}
