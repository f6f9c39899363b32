package org.exposurecheck.demo;

import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.demo.District.Region;

/**
 * Invented places. Most building names are two Cantonese syllables with their Hong Kong government
 * romanisation, as real estates are named (華富邨 Wah Fu Estate), written by hand with that romanisation's
 * habits rather than derived from the normaliser: "Kwun" for 觀, "Sun" for 新, "Shun" for 順, "Hom" for 磡,
 * "Lek" for 瀝, "Cheong" for 昌, "Kip" for 硤. Auspicious words in new pairs, so the names read as invented.
 * About one building in six has an English name of its own rendered into Chinese ("Silverbrook" 銀溪), which
 * nothing links across scripts without a gazetteer. Estates, courts and gardens sit in a named district (one
 * of the eighteen, which the normaliser knows to drop); street buildings may also sit in a neighbourhood such
 * as Mong Kok, because their key is the name after the street number.
 */
final class Places {
    private static final int READ_ALOUD_BUILDINGS = 64;
    private static final int ENGLISH_NAMED_BUILDINGS = 12;
    private static final List<District> DISTRICTS = List.of(
            new District("Sha Tin", "沙田", Region.NEW_TERRITORIES), new District("Tuen Mun", "屯門", Region.NEW_TERRITORIES),
            new District("Tai Po", "大埔", Region.NEW_TERRITORIES), new District("Yuen Long", "元朗", Region.NEW_TERRITORIES),
            new District("Tsuen Wan", "荃灣", Region.NEW_TERRITORIES), new District("Sai Kung", "西貢", Region.NEW_TERRITORIES),
            new District("Kwun Tong", "觀塘", Region.KOWLOON), new District("Sham Shui Po", "深水埗", Region.KOWLOON),
            new District("Wong Tai Sin", "黃大仙", Region.KOWLOON), new District("Wan Chai", "灣仔", Region.HONG_KONG_ISLAND));
    private static final List<District> NEIGHBOURHOODS = List.of(
            new District("Mong Kok", "旺角", Region.KOWLOON), new District("Tsim Sha Tsui", "尖沙咀", Region.KOWLOON),
            new District("Causeway Bay", "銅鑼灣", Region.HONG_KONG_ISLAND), new District("Sheung Wan", "上環", Region.HONG_KONG_ISLAND));
    /** First and second syllables: each romanisation once per list, so no two names sound alike. */
    private static final List<String[]> FIRST_SYLLABLES = List.of(
            new String[] {"Wah", "華"}, new String[] {"Fu", "富"}, new String[] {"Hong", "康"}, new String[] {"On", "安"},
            new String[] {"Lai", "麗"}, new String[] {"King", "景"}, new String[] {"Tak", "德"}, new String[] {"Hing", "興"},
            new String[] {"Mei", "美"}, new String[] {"Po", "寶"}, new String[] {"Tsui", "翠"}, new String[] {"Kwun", "觀"},
            new String[] {"Sun", "新"}, new String[] {"Shek", "石"}, new String[] {"Yee", "怡"}, new String[] {"Ka", "嘉"});
    private static final List<String[]> SECOND_SYLLABLES = List.of(
            new String[] {"Lok", "樂"}, new String[] {"Shing", "盛"}, new String[] {"Ming", "明"}, new String[] {"Fai", "輝"},
            new String[] {"Yan", "欣"}, new String[] {"Tin", "田"}, new String[] {"Lam", "林"}, new String[] {"Hoi", "海"},
            new String[] {"Hom", "磡"}, new String[] {"Lek", "瀝"}, new String[] {"Kip", "硤"}, new String[] {"Cheong", "昌"},
            new String[] {"Shun", "順"}, new String[] {"Wo", "和"}, new String[] {"Yat", "逸"});
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
    private static final List<Building.Type> STREET_BUILDING_TYPES = List.of(Building.Type.BUILDING, Building.Type.BUILDING,
            Building.Type.MANSION, Building.Type.CENTRE);

    private Places() {
    }

    /** Read-aloud and English-named buildings, each name once, each of a random type; the list order is shuffled by the dice. */
    static List<Building> buildings(Dice dice) {
        List<String[]> readAloud = new ArrayList<>();
        for (String[] first : FIRST_SYLLABLES) {
            for (String[] second : SECOND_SYLLABLES) {
                readAloud.add(new String[] {first[0] + " " + second[0], first[1] + second[1]});
            }
        }
        List<String[]> englishNamed = new ArrayList<>();
        for (String[] start : STEM_STARTS) {
            for (String[] end : STEM_ENDS) {
                englishNamed.add(new String[] {start[0] + end[0], start[1] + end[1]});
            }
        }
        dice.shuffle(readAloud);
        dice.shuffle(englishNamed);
        List<Building> buildings = new ArrayList<>();
        readAloud.subList(0, READ_ALOUD_BUILDINGS).forEach(name -> buildings.add(building(dice, name[0], name[1], true)));
        englishNamed.subList(0, ENGLISH_NAMED_BUILDINGS).forEach(name -> buildings.add(building(dice, name[0], name[1], false)));
        dice.shuffle(buildings);
        return buildings;
    }

    private static Building building(Dice dice, String englishStem, String chineseStem, boolean readAloud) {
        double draw = dice.between(0, 99) / 100.0;
        if (draw < 0.75) {
            Building.Type type = draw < 0.35 ? Building.Type.ESTATE : draw < 0.55 ? Building.Type.COURT : Building.Type.GARDEN;
            int blocks = type == Building.Type.ESTATE && dice.chance(0.25) ? 0 : dice.between(2, 12);
            return new Building(englishStem, chineseStem, readAloud, type, blocks, dice.pick(DISTRICTS), 0, null, null);
        }
        String[] street = dice.pick(STREETS);
        String[] kind = dice.pick(STREET_KINDS);
        District district = dice.chance(0.5) ? dice.pick(NEIGHBOURHOODS) : dice.pick(DISTRICTS);
        return new Building(englishStem, chineseStem, readAloud, dice.pick(STREET_BUILDING_TYPES), 0, district, dice.between(1, 399),
                street[0] + " " + kind[0], street[1] + kind[1]);
    }
}
