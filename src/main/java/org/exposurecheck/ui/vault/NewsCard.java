package org.exposurecheck.ui.vault;

import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.exposurecheck.app.ReportDigest;
import org.exposurecheck.app.ResultsText;
import org.exposurecheck.app.vault.VaultRecheck;
import org.exposurecheck.store.vault.RecordChange;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.WrappedLabel;

/** What a re-check found new since the last one, calmly and first: per saved profile, the news, then its usual summary. */
final class NewsCard {
    private final I18n i18n;

    NewsCard(I18n i18n) {
        this.i18n = i18n;
    }

    VBox card(VaultRecheck.Checked checked) {
        VBox card = new VBox(6);
        card.getStyleClass().addAll("card", "summary", checked.newFindings() > 0 ? "found" : "not-found");
        card.setId("newsCard");
        card.getChildren().add(WrappedLabel.of(i18n.text("vault.news.heading"), "subheading"));
        for (VaultRecheck.ProfileResult result : checked.profiles()) {
            Label line = WrappedLabel.of(i18n.format("vault.news.profile",
                    Map.of("label", result.label(), "news", result.newsSentence().in(i18n.locale()))));
            line.setFocusTraversable(true);
            card.getChildren().add(line);
            for (RecordChange change : result.news()) {
                card.getChildren().add(WrappedLabel.of("•  " + changeText(result, change)));
            }
            ResultsText usual = new ResultsText(i18n.messages(), new ReportDigest(result.report()));
            card.getChildren().add(WrappedLabel.of(usual.summary(), "note"));
        }
        return card;
    }

    private String changeText(VaultRecheck.ProfileResult result, RecordChange change) {
        String dataset = result.report().matches().stream().filter(match -> match.packId().equals(change.packId())).findFirst()
                .map(match -> match.packTitle()).orElse(change.packId());
        String kinds = String.join(i18n.text("list.separator"), change.kinds().stream().map(type -> i18n.text("type." + type.id())).toList());
        return i18n.format(change.newRecord() ? "vault.news.newRecord" : "vault.news.newKinds", Map.of("dataset", dataset, "kinds", kinds));
    }
}
