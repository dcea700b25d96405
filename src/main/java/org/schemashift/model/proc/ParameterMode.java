package org.schemashift.model.proc;

/** How a routine parameter passes data: Oracle IN / OUT / IN OUT, MySQL IN / OUT / INOUT, T-SQL OUTPUT (= INOUT). */
public enum ParameterMode { IN, OUT, INOUT }
