package org.schemashift.apply;

/** A throwaway database server owned by this process (stopped when the JVM exits). */
public interface EmbeddedServer {
    /** Connection settings for a new, empty database whose name starts with {@code prefix}. */
    ConnectionSettings freshDatabase(String prefix);
}
