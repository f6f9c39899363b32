package org.exposurecheck.demo;

import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.demo.District.Region;

/**
 * Invented places. Building names are English words rendered into Chinese characters, not Cantonese
 * romanisations as real estates use, so they read as fictional. Estates, courts and gardens sit in a
 * named district (one of the eighteen, which the normaliser knows to drop); street buildings may also
 * sit in a neighbourhood such as Mong Kok, because their key is the name after the street number.
 */
final class Places {
    private static final List<District> DISTRICTS = List.of(
            new District("Sha Tin", "沙田", Region.NEW_TERRITORIES), new District("Tuen Mun", "屯門", Region.NEW_TERRITORIES),
            new District("Tai Po", "大埔", Region.NEW_TERRITORIES), new District("Yuen Long", "元朗", Region.NEW_TERRITORIES),
            new District("Tsuen Wan", "荃灣", Region.NEW_TERRITORIES), new District("Sai Kung", "西貢", Region.NEW_TERRITORIES),
            new District("Kwun Tong", "觀塘", Region.KOWLOON), new District("Sham Shui Po", "深水埗", Region.KOWLOON),
            new District("Wong Tai Sin", "黃大仙", Region.KOWLOON), new District("Wan Chai", "灣仔", Region.HONG_KONG_ISLAND));
    private static final List<District> NEIGHBOURHOODS = List.of(
            new District("Mong Kok", "旺角", Region.KOWLOON), new District("Tsim Sha Tsui", "尖沙咀", Region.KOWLOON),
            new District("Causeway Bay", "銅鑼灣", Region.HONG_KONG_ISLAND), new District("Sheung Wan", "上環", Region.HONG_KONG_ISLAND));
    private static final List<String[]> STEM_STARTS = List.of(
            new String[] {"Silver", "銀"}, new String[] {"Maple", "楓"}, new String[] {"Cloud", "雲"}, new String[] {"Crane", "鶴"},
            new String[] {"Amber", "珀"}, new String[] {"Willow", "柳"}, new String[] {"Lotus", "蓮"}, new String[] {"Heron", "鷺"},
            new String[] {"Cedar", "杉"}, new String[] {"Plum", "梅"}, new String[] {"Orchid", "蘭"}, new String[] {"Pearl", "珠"});
    // 峯 is the Hong Kong variant of 峰: leaks print it, mainland keyboards type 峰.
    private static final List<String[]> STEM_ENDS = List.of(
            new String[] {"brook", "溪"}, new String[] {"crest", "峯"}, new String[] {"ridge", "嶺"},
            new String[] {"shore", "濱"}, new String[] {"spring", "泉"}, new String[] {"glen", "谷"});
    private static final List<String[]> STREETS = List.of(
            new String[] {"Lantern", "燈籠"}, new String[] {"Kestrel", "紅隼"}, new String[] {"Saffron", "番紅"},
            new String[] {"Otter", "水獺"}, new String[] {"Marigold", "金盞"}, new String[] {"Quartz", "石英"},
            new String[] {"Juniper", "杜松"}, new String[] {"Falcon", "獵鷹"}, new String[] {"Walnut", "核桃"});
    private static final List<String[]> STREET_KINDS = List.of(new String[] {"Road", "道"}, new String[] {"Street", "街"});

    private Places() {
    }

    /** Every stem once, each as a building of a random type; the list order is shuffled by the dice. */
    static List<Building> buildings(Dice dice) {
        List<Building> buildings = new ArrayList<>();
        for (String[] start : STEM_STARTS) {
            for (String[] end : STEM_ENDS) {
                buildings.add(building(dice, start[0] + end[0], start[1] + end[1]));
            }
        }
        dice.shuffle(buildings);
        return buildings;
    }

    private static Building building(Dice dice, String englishStem, String chineseStem) {
        double draw = dice.between(0, 99) / 100.0;
        if (draw < 0.75) {
            Building.Type type = draw < 0.35 ? Building.Type.ESTATE : draw < 0.55 ? Building.Type.COURT : Building.Type.GARDEN;
            int blocks = type == Building.Type.ESTATE && dice.chance(0.25) ? 0 : dice.between(2, 12);
            return new Building(englishStem, chineseStem, type, blocks, dice.pick(DISTRICTS), 0, null, null);
        }
        String[] street = dice.pick(STREETS);
        String[] kind = dice.pick(STREET_KINDS);
        District district = dice.chance(0.5) ? dice.pick(NEIGHBOURHOODS) : dice.pick(DISTRICTS);
        return new Building(englishStem, chineseStem, Building.Type.BUILDING, 0, district, dice.between(1, 399),
                street[0] + " " + kind[0], street[1] + kind[1]);
    }
}
