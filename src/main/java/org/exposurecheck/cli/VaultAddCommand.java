package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.Profile;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "add", description = "Save a profile (the same JSON as 'check --profile', with a label of its own) in the vault.")
final class VaultAddCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    PassphraseSource passphrase;

    @Option(names = "--profile", required = true, paramLabel = "FILE.json", description = "The profile: {\"label\": …, \"identifiers\": […]}.")
    Path profileFile;

    VaultAddCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws VaultException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile profile = ProfileFiles.readOne(profileFile);
        try (UnlockedVault vault = VaultAccess.unlock(dataDir, passphrase, err)) {
            vault.save(vault.contents().withAdded(SavedProfile.added(profile.label(), profile.identifiers(), profile.photoProbes())));
            out.println("Saved \"" + profile.label() + "\" in the vault: " + details(profile) + ". "
                    + vault.contents().profiles().size() + " saved in all; 'vault check' checks them.");
        }
        out.println("The file " + profileFile + " is not encrypted: delete it if you no longer need it.");
        Normaliser normaliser = new Normaliser(clock);
        for (int i = 0; i < profile.identifiers().size(); i++) {
            Identifier identifier = profile.identifiers().get(i);
            Normalised normalised = normaliser.normalise(identifier);
            if (!normalised.isValid()) {
                err.println(profile.label() + ": identifier " + (i + 1) + " (" + identifier.type().id() + ") will not be checked: "
                        + normalised.problem().orElseThrow().message());
            }
        }
        return 0;
    }

    private static String details(Profile profile) {
        Set<IdentifierType> types = EnumSet.noneOf(IdentifierType.class);
        profile.identifiers().forEach(identifier -> types.add(identifier.type()));
        String photos = profile.photoProbes().isEmpty() ? "" : ", and the fingerprints of a photo";
        return profile.identifiers().size() + (profile.identifiers().size() == 1 ? " detail" : " details")
                + (types.isEmpty() ? "" : " (" + ReportText.ids(types) + ")") + photos;
    }
}
