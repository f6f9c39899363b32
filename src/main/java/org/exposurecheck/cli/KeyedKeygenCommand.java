package org.exposurecheck.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.exposurecheck.pack.KeyedKeyFiles;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "keygen", description = "Create the VOPRF key pair of a keyed service.")
final class KeyedKeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for keyed.key (private) and keyed.pub.")
    Path out;

    @Override
    public Integer call() throws Exception {
        VoprfPrivateKey key = VoprfPrivateKey.generate(new SecureRandom());
        try {
            KeyedKeyFiles.write(out, key);
            var print = spec.commandLine().getOut();
            print.println("Wrote " + out.resolve(KeyedKeyFiles.PRIVATE_FILE) + " (private: keep it secret and backed up, and copy it only"
                    + " to the service's own machines) and " + out.resolve(KeyedKeyFiles.PUBLIC_FILE) + ".");
            print.println("Fingerprint: " + key.publicKey().fingerprint());
        } finally {
            key.wipe();
        }
        return 0;
    }
}
