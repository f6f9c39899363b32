package org.exposurecheck.ui.shell;

/** The app's screens, each an FXML file named {@code <feature>_<step>.fxml} with its own controller. */
public enum Screen {
    WELCOME("welcome_consent"), FORM("form_entry"), RESULTS("results_summary"), PACKS("packs_list"), VAULT("vault_profiles");

    private final String fxml;

    Screen(String fxml) {
        this.fxml = fxml;
    }

    public String fxml() {
        return fxml;
    }
}
