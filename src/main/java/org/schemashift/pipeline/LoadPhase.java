package org.schemashift.pipeline;

/**
 * The two halves of a schema around a data load, as {@code pg_dump --section} names them: what the
 * copy task loads into, and what is created once the rows are in.
 */
public enum LoadPhase {
    PRE_DATA("pre-data"), POST_DATA("post-data");

    private final String id;

    LoadPhase(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The script of this phase in OUT/. */
    public String fileName() {
        return id + ".sql";
    }

    /** The phase with this id, or null. */
    public static LoadPhase fromId(String id) {
        for (LoadPhase phase : values()) {
            if (phase.id.equals(id)) return phase;
        }
        return null;
    }
}
