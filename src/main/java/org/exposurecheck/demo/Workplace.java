package org.exposurecheck.demo;

import java.util.List;

/** An invented employer or school, with its English and Chinese name. */
record Workplace(String english, String chinese) {
    private static final List<String[]> STEMS = List.of(
            new String[] {"Goldleaf", "金葉"}, new String[] {"Brightwave", "明浪"}, new String[] {"Evergain", "恆益"},
            new String[] {"Swiftlink", "速聯"}, new String[] {"Kitewind", "鳶風"}, new String[] {"Tealstone", "青石"},
            new String[] {"Hillmoon", "山月"}, new String[] {"Cobaltsea", "藍海"}, new String[] {"Pinecove", "松灣"},
            new String[] {"Dawnfield", "曉田"});
    private static final List<String[]> COMPANIES = List.of(
            new String[] {"Trading Co. Ltd.", "貿易有限公司"}, new String[] {"Logistics Limited", "物流有限公司"},
            new String[] {"Printing Co. Ltd.", "印刷有限公司"});
    private static final List<String[]> SCHOOLS = List.of(
            new String[] {"Memorial College", "紀念書院"}, new String[] {"Primary School", "小學"},
            new String[] {"Secondary School", "中學"});

    /** A school for students and teachers, a company for everyone else. */
    static Workplace draw(Dice dice, String category) {
        String[] stem = dice.pick(STEMS);
        boolean school = category.equals("student") || category.equals("teacher");
        String[] kind = dice.pick(school ? SCHOOLS : COMPANIES);
        return new Workplace(stem[0] + " " + kind[0], stem[1] + kind[1]);
    }
}
