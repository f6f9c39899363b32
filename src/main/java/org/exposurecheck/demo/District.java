package org.exposurecheck.demo;

/** A Hong Kong district or neighbourhood with its region, as written at the end (English) or start (Chinese) of an address. */
record District(String english, String chinese, Region region) {
    enum Region {
        NEW_TERRITORIES("N.T.", "New Territories", "新界"),
        KOWLOON("Kowloon", "Kln", "九龍"),
        HONG_KONG_ISLAND("Hong Kong", "HK", "香港");

        private final String english;
        private final String englishVariant;
        private final String chinese;

        Region(String english, String englishVariant, String chinese) {
            this.english = english;
            this.englishVariant = englishVariant;
            this.chinese = chinese;
        }

        String english() {
            return english;
        }

        String englishVariant() {
            return englishVariant;
        }

        String chinese() {
            return chinese;
        }
    }
}
