package org.exposurecheck.demo;

/**
 * An invented building with an English and a Chinese name that follow Hong Kong patterns ("X Estate" ↔
 * "X邨"). Only a {@link Type#BUILDING} stands on a named street; {@code blocks} is 0 for a building
 * without numbered blocks.
 */
record Building(String englishStem, String chineseStem, Type type, int blocks, District district,
                int streetNumber, String streetEnglish, String streetChinese) {
    enum Type {
        ESTATE("Estate", "Est", "邨"),
        COURT("Court", "Ct", "苑"),
        GARDEN("Garden", "Gdn", "花園"),
        BUILDING("Building", "Bldg", "大廈");

        private final String english;
        private final String abbreviation;
        private final String chinese;

        Type(String english, String abbreviation, String chinese) {
            this.english = english;
            this.abbreviation = abbreviation;
            this.chinese = chinese;
        }
    }

    String englishName() {
        return englishStem + " " + type.english;
    }

    /** "Silverbrook Est", the Hongkong Post abbreviation of the type word. */
    String englishAbbreviated() {
        return englishStem + " " + type.abbreviation;
    }

    String chineseName() {
        return chineseStem + type.chinese;
    }

    boolean onStreet() {
        return streetEnglish != null;
    }

    /** "123 Kestrel Road". */
    String englishStreet() {
        return streetNumber + " " + streetEnglish;
    }

    /** "紅隼道123號". */
    String chineseStreet() {
        return streetChinese + streetNumber + "號";
    }
}
