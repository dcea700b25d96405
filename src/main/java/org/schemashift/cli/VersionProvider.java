package org.schemashift.cli;

import picocli.CommandLine;

/** The version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = SchemaShiftCommand.class.getPackage().getImplementationVersion();
        return new String[] {"schemashift " + (version == null ? "development" : version)};
    }
}
