package org.schemashift.convert;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The options a rules file may set ({@code options: {key: value}}), defined once in
 * {@code mappings/options.yaml}: per option the sources it applies to (and the targets, when not
 * every one), its values, and the rules each value adds (tried after the user's rules, before the
 * bundled ones).
 */
public final class RuleOptions {
    /** Where the options are defined, as {@code schemashift rules} names it. */
    static final String FILE = "mappings/options.yaml";

    /** An option as {@code schemashift rules} lists it: the value in effect, its default, what it decides. */
    record Setting(String key, String value, @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue,
                   String description) {
    }
    record Value(List<TypeReadRule> read, List<TypeRule> types) {
        Value {
            read = read == null ? List.of() : read;
            types = types == null ? List.of() : types;
        }
    }

    record Option(String key, List<String> sources, List<String> targets, String description, Map<String, Value> values,
                  @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue) {
        boolean appliesTo(String source, String target) {
            return sources.contains(source) && (targets == null || targets.contains(target));
        }
    }

    record OptionsFile(List<Option> options) {
    }

    private RuleOptions() {
    }

    /** The rules the chosen {@code options} (at {@code origins}' lines) add for {@code source} → {@code target}; an unknown or ill-valued option is an error. */
    static Value chosen(Map<String, String> options, String source, String target, MappingRules.Origins origins) {
        if (options.isEmpty()) return new Value(List.of(), List.of()); // the usual run: options.yaml is not read
        List<TypeReadRule> read = new ArrayList<>();
        List<TypeRule> types = new ArrayList<>();
        Map<String, Option> defined = defined();
        for (Map.Entry<String, String> set : options.entrySet()) {
            Option option = defined.get(set.getKey());
            String where = origins.of("/options/" + set.getKey()) + ": options." + set.getKey() + ": ";
            if (option == null) {
                throw new MappingRules.RulesException(where + "unknown option (known: " + String.join(", ", defined.keySet()) + ")", null);
            }
            Value value = option.values().get(set.getValue());
            if (value == null) {
                throw new MappingRules.RulesException(where + "unknown value " + set.getValue() + " (" + String.join(", ",
                        option.values().keySet()) + ")", null);
            }
            if (option.appliesTo(source, target)) {
                read.addAll(value.read());
                types.addAll(value.types());
            }
        }
        return new Value(read, types);
    }

    /** The options the user set (checked by {@link #chosen}) that apply to {@code source} → {@code target}, by key. */
    static Map<String, String> inEffect(Map<String, String> options, String source, String target) {
        if (options.isEmpty()) return Map.of();
        Map<String, Option> defined = defined();
        Map<String, String> applying = new java.util.HashMap<>();
        options.forEach((key, value) -> {
            if (defined.get(key).appliesTo(source, target)) applying.put(key, value);
        });
        return Map.copyOf(applying);
    }

    /**
     * Every option of {@code source} → {@code target} with the value in effect: from the user's file (origin its
     * line) when it sets one, else the default (origin {@value #FILE}).
     */
    static List<MappingRules.ListedRule> listed(Map<String, String> chosen, String source, String target, MappingRules.Origins origins) {
        List<MappingRules.ListedRule> out = new ArrayList<>();
        for (Option option : defined().values()) {
            if (!option.appliesTo(source, target)) continue;
            String value = chosen.get(option.key());
            String origin = value == null ? FILE : origins.of("/options/" + option.key());
            out.add(new MappingRules.ListedRule("options", origin, new Setting(option.key(), value == null ? option.defaultValue() : value,
                    option.defaultValue(), option.description())));
        }
        return out;
    }

    /** The options by key, in file order. */
    static Map<String, Option> defined() {
        try (InputStream in = RuleOptions.class.getResourceAsStream("/mappings/options.yaml")) {
            OptionsFile file = MappingRules.YAML.readValue(in, OptionsFile.class);
            return file.options().stream().collect(Collectors.toMap(Option::key, o -> o, (a, b) -> a,
                    java.util.LinkedHashMap::new));
        } catch (IOException e) {
            throw new MappingRules.RulesException("bundled options mappings/options.yaml are malformed: " + e.getMessage(), e);
        }
    }
}
