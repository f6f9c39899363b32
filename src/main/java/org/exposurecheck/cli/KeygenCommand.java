package org.exposurecheck.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "keygen", description = "Create a publisher key pair for signing packs.")
final class KeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for publisher.key (private) and publisher.pub.")
    Path out;

    @Override
    public Integer call() throws Exception {
        SigningKey key = SigningKey.generate(new SecureRandom());
        try {
            KeyFiles.write(out, key);
            var print = spec.commandLine().getOut();
            print.println("Wrote " + out.resolve(KeyFiles.PRIVATE_FILE) + " (private: keep it secret and backed up) and "
                    + out.resolve(KeyFiles.PUBLIC_FILE) + ".");
            print.println("Fingerprint: " + key.publicKey().fingerprint());
        } finally {
            key.wipe();
        }
        return 0;
    }
}
