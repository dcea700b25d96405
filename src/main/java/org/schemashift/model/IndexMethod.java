package org.schemashift.model;

/** How an index is organised in the source. FULLTEXT and SPATIAL are MySQL index kinds. */
public enum IndexMethod {
    DEFAULT, BTREE, HASH, FULLTEXT, SPATIAL, BITMAP, GIST, GIN, BRIN, SPGIST
}
