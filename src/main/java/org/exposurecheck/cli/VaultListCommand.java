package org.exposurecheck.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.base.Json;
import org.exposurecheck.report.Advice;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the saved profiles: label, kinds of detail (never their values), last check and checklist.")
final class VaultListCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    PassphraseSource passphrase;

    @Option(names = "--json", description = "One JSON object per saved profile, one per line.")
    boolean json;

    VaultListCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws VaultException {
        PrintWriter out = spec.commandLine().getOut();
        try (UnlockedVault vault = VaultAccess.unlock(dataDir, passphrase, spec.commandLine().getErr())) {
            List<SavedProfile> profiles = vault.contents().profiles();
            if (!json) {
                out.println(profiles.size() + (profiles.size() == 1 ? " saved profile." : " saved profiles."));
            }
            for (SavedProfile profile : profiles) {
                out.println(json ? ReportJson.text(node(profile)) : line(profile));
            }
        }
        return 0;
    }

    private static Set<IdentifierType> kinds(SavedProfile profile) {
        Set<IdentifierType> kinds = EnumSet.noneOf(IdentifierType.class);
        profile.identifiers().forEach(identifier -> kinds.add(identifier.type()));
        if (!profile.photoHashes().isEmpty()) {
            kinds.add(IdentifierType.PHOTO);
        }
        return kinds;
    }

    private String line(SavedProfile profile) {
        StringBuilder line = new StringBuilder(profile.label()).append(": ").append(ReportText.ids(kinds(profile)));
        profile.lastCheck().ifPresentOrElse(history -> line.append("; last checked ")
                        .append(history.checkedAt().atZone(clock.getZone()).toLocalDate()).append(" against ")
                        .append(history.packSequences().size()).append(history.packSequences().size() == 1 ? " dataset, " : " datasets, ")
                        .append(history.records().size()).append(history.records().size() == 1 ? " record found" : " records found"),
                () -> line.append("; not checked yet"));
        profile.checklist().ticked().forEach((type, steps) -> line.append("; ").append(type.id()).append(": ").append(steps.size())
                .append(" of ").append(stepCount(type)).append(" steps done"));
        return line.append('.').toString();
    }

    private static ObjectNode node(SavedProfile profile) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("label", profile.label());
        ReportJson.types(node.putArray("types"), kinds(profile));
        node.put("last_check", profile.lastCheck().map(history -> history.checkedAt().toString()).orElse(null));
        node.put("records_found", profile.lastCheck().map(history -> history.records().size()).orElse(0));
        ObjectNode ticked = node.putObject("checklist");
        profile.checklist().ticked().forEach((type, steps) -> steps.forEach(ticked.putArray(type.id())::add));
        return node;
    }

    static int stepCount(IdentifierType type) {
        return Advice.forTypes(List.of(type), Locale.ENGLISH).get(0).steps().size();
    }
}
