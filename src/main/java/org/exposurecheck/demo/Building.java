package org.exposurecheck.demo;

/**
 * An invented building with an English and a Chinese name that follow Hong Kong patterns ("X Estate" ↔
 * "X邨"). {@code readAloud}: the English stem is the Cantonese reading of the Chinese one in the government's
 * romanisation ("Wah Fu" for 華富), as most estate names are; otherwise it is an English name of its own.
 * Only a building, mansion or centre stands on a named street; {@code blocks} is 0 for a building without
 * numbered blocks.
 */
record Building(String englishStem, String chineseStem, boolean readAloud, Type type, int blocks, District district,
                int streetNumber, String streetEnglish, String streetChinese) {
    enum Type {
        ESTATE("Estate", "Est", "邨"),
        COURT("Court", "Ct", "苑"),
        GARDEN("Garden", "Gdn", "花園"),
        BUILDING("Building", "Bldg", "大廈"),
        MANSION("Mansion", "Mans", "大廈"),
        CENTRE("Centre", "Ctr", "中心");

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
