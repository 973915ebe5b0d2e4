package dev.techshift.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest (or "development" when run from classes). */
final class KgVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Kg.class.getPackage().getImplementationVersion();
        return new String[] {"techshift kg " + (v == null ? "development" : v)};
    }
}
