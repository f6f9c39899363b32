package org.exposurecheck.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ExposureCheckCli.class.getPackage().getImplementationVersion();
        return new String[] {"Exposure Check " + (version != null ? version : "(development build)")};
    }
}
