package org.schemashift.convert;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * One function rule: calls of any of {@code name} (with {@code args} arguments, when given) are
 * read by it. In a dialect's {@code read:} section ({@code mappings/functions/<dialect>.yaml})
 * {@code to} is a canonical expression in which {0}, {1}, ... stand for the arguments; without
 * {@code to} the function is the canonical operator of the same name; {@code java} names the Java
 * rule that converts it instead (the entry then declares only its type). In a user's or a pair's
 * {@code functions:} list, {@code to} is the target's own SQL (without it, the call is written
 * unchanged). {@code action} names an action-item code raised where the rule applies.
 * {@code unsupported} (a read rule) says why no target has an equivalent: the call makes its
 * expression unconvertible, with the {@code action} item naming it. A name may end in
 * {@code .*} and use {@code *} in its package part ({@code UTL_*.*}): it matches every member of
 * the packages it names, after every rule naming the call exactly.
 * {@code returns} is the source function's result type for type-aware rules: a type name
 * ("date", "number", "varchar2") or {@code {n}}, the type of argument n.
 */
public record FunctionRule(String id,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> name,
                           Integer args, String to, String java, String action, String note, String returns,
                           String unsupported) {
}
