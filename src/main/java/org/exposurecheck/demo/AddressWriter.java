package org.exposurecheck.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Home} the Hong Kong ways: English small→large ("Flat A, 12/F, Block 3, Silverbrook
 * Estate, Sha Tin, N.T.") and Chinese large→small ("新界沙田銀溪邨第3座12樓A室"). Leak sites print the
 * full form; people abbreviate and leave parts out, in the ways the normaliser reads (Hongkong Post usage).
 */
final class AddressWriter {
    private static final String[] CHINESE_NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private AddressWriter() {
    }

    static String printedEnglish(Home home) {
        return english(home, "Flat", floorSlash(home), "Block", home.building().englishName(), true, home.building().district().region().english());
    }

    static String printedChinese(Home home) {
        return chinese(home, true, "第" + home.block() + "座");
    }

    /** As a person types it: Flat/Flt/Rm/Unit, 12/F or 12th Floor, Block/Blk, Est/Ct/Gdn/Bldg, district often left out. */
    static String typedEnglish(Home home, Dice dice) {
        String building = dice.chance(0.5) ? home.building().englishAbbreviated() : home.building().englishName();
        String floor = dice.chance(0.5) ? floorSlash(home) : floorWords(home);
        District.Region region = home.building().district().region();
        return english(home, dice.pick(List.of("Flat", "Flt", "Rm", "Unit")), floor, dice.pick(List.of("Block", "Blk")), building,
                dice.chance(0.4), dice.chance(0.5) ? region.english() : region.englishVariant());
    }

    /** As a person types it in Traditional characters, region often left out, block as 第3座, 3座 or 第三座. */
    static String typedChinese(Home home, Dice dice) {
        String block = dice.pick(List.of("第" + home.block() + "座", home.block() + "座", "第" + CHINESE_NUMERALS[home.block()] + "座"));
        return chinese(home, dice.chance(0.4), block);
    }

    private static String english(Home home, String flatWord, String floor, String blockWord, String buildingName,
                                  boolean withDistrict, String region) {
        Building building = home.building();
        List<String> parts = new ArrayList<>(List.of(flatWord + " " + home.flat(), floor));
        if (home.block() > 0) {
            parts.add(blockWord + " " + home.block());
        }
        parts.add(buildingName);
        if (building.onStreet()) {
            parts.add(building.englishStreet());
        }
        if (withDistrict) {
            parts.add(building.district().english());
            parts.add(region);
        }
        return String.join(", ", parts);
    }

    private static String chinese(Home home, boolean withDistrict, String block) {
        Building building = home.building();
        StringBuilder address = new StringBuilder();
        if (withDistrict) {
            address.append(building.district().region().chinese()).append(building.district().chinese());
        }
        if (building.onStreet()) {
            address.append(building.chineseStreet());
        }
        address.append(building.chineseName());
        if (home.block() > 0) {
            address.append(block);
        }
        address.append(home.floor() == 0 ? "地下" : home.floor() + "樓").append(home.flat()).append("室");
        return address.toString();
    }

    private static String floorSlash(Home home) {
        return home.floor() == 0 ? "G/F" : home.floor() + "/F";
    }

    /** "12th Floor", "1st Floor", "Ground Floor". */
    private static String floorWords(Home home) {
        int floor = home.floor();
        if (floor == 0) {
            return "Ground Floor";
        }
        String suffix = floor % 100 >= 11 && floor % 100 <= 13 ? "th"
                : switch (floor % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return floor + suffix + " Floor";
    }
}
