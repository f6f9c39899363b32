package org.exposurecheck.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Name pools: common Hong Kong surnames and given-name characters with their Cantonese romanisation,
 * and Western given names. Random combinations of common characters inevitably recreate some real
 * names; the block list removes the combinations we know belong to well-known public figures, so a
 * demo on a projector never pins a fictional phone number on a famous person.
 */
final class Names {
    private static final List<String[]> SURNAMES = List.of(
            new String[] {"陳", "Chan"}, new String[] {"李", "Lee"}, new String[] {"張", "Cheung"}, new String[] {"黃", "Wong"},
            new String[] {"林", "Lam"}, new String[] {"劉", "Lau"}, new String[] {"吳", "Ng"}, new String[] {"梁", "Leung"},
            new String[] {"何", "Ho"}, new String[] {"郭", "Kwok"}, new String[] {"周", "Chau"}, new String[] {"鄭", "Cheng"},
            new String[] {"謝", "Tse"}, new String[] {"馮", "Fung"}, new String[] {"曾", "Tsang"}, new String[] {"葉", "Yip"},
            new String[] {"蔡", "Choi"}, new String[] {"羅", "Law"}, new String[] {"朱", "Chu"}, new String[] {"鄧", "Tang"},
            new String[] {"許", "Hui"}, new String[] {"蘇", "So"}, new String[] {"盧", "Lo"}, new String[] {"余", "Yu"},
            new String[] {"麥", "Mak"}, new String[] {"袁", "Yuen"}, new String[] {"潘", "Poon"}, new String[] {"譚", "Tam"},
            new String[] {"莫", "Mok"}, new String[] {"歐陽", "Au Yeung"}, new String[] {"鍾", "Chung"}, new String[] {"楊", "Yeung"},
            new String[] {"馬", "Ma"}, new String[] {"江", "Kong"}, new String[] {"姚", "Yiu"}, new String[] {"司徒", "Szeto"});
    // 峯 and 衞 are Hong Kong variant forms; the normaliser must meet them with 峰 and 衛/卫.
    private static final List<String[]> GIVEN = List.of(
            new String[] {"大", "Tai"}, new String[] {"文", "Man"}, new String[] {"小", "Siu"}, new String[] {"明", "Ming"},
            new String[] {"家", "Ka"}, new String[] {"偉", "Wai"}, new String[] {"詠", "Wing"}, new String[] {"思", "Sze"},
            new String[] {"志", "Chi"}, new String[] {"俊", "Chun"}, new String[] {"美", "Mei"}, new String[] {"玲", "Ling"},
            new String[] {"欣", "Yan"}, new String[] {"子", "Tsz"}, new String[] {"浩", "Ho"}, new String[] {"雅", "Nga"},
            new String[] {"麗", "Lai"}, new String[] {"國", "Kwok"}, new String[] {"強", "Keung"}, new String[] {"華", "Wah"},
            new String[] {"輝", "Fai"}, new String[] {"珊", "Shan"}, new String[] {"詩", "Sze"}, new String[] {"琪", "Kei"},
            new String[] {"朗", "Long"}, new String[] {"晴", "Ching"}, new String[] {"樂", "Lok"}, new String[] {"希", "Hei"},
            new String[] {"彤", "Tung"}, new String[] {"瑩", "Ying"}, new String[] {"婷", "Ting"}, new String[] {"軒", "Hin"},
            new String[] {"傑", "Kit"}, new String[] {"寶", "Po"}, new String[] {"柏", "Pak"}, new String[] {"健", "Kin"},
            new String[] {"峯", "Fung"}, new String[] {"衞", "Wai"}, new String[] {"敏", "Man"}, new String[] {"穎", "Wing"},
            new String[] {"芷", "Tsz"}, new String[] {"霖", "Lam"}, new String[] {"恩", "Yan"}, new String[] {"澄", "Ching"},
            new String[] {"卓", "Cheuk"}, new String[] {"翠", "Chui"}, new String[] {"泳", "Wing"}, new String[] {"盈", "Ying"},
            new String[] {"晞", "Hei"}, new String[] {"蕎", "Kiu"}, new String[] {"皓", "Ho"}, new String[] {"雯", "Man"});
    private static final List<String> WESTERN = List.of("Peter", "Mary", "Kelvin", "Winnie", "Cathy", "Jason", "Karen",
            "Alan", "Chloe", "Raymond", "Ivy", "Kenneth", "Vincent", "Gloria", "Samuel", "Tiffany", "Wilson", "Phoebe",
            "Dickson", "Yvonne", "Horace", "Queenie", "Felix", "Janice", "Terence", "Bonnie");
    private static final Set<String> PUBLIC_FIGURES = Set.of("梁家輝", "梁詠琪", "黃偉文", "張家輝", "曾志偉", "李麗珊",
            "黃國健", "曾俊華", "劉小麗", "黃子華", "劉家輝", "吳家樂", "黃家強", "羅文", "林峯", "鄧麗欣", "林欣彤", "余文樂",
            "梁家傑", "陳家強", "謝偉俊", "盧偉國", "蔡子強", "郭偉強", "林志玲", "林志穎", "周美玲", "張敏", "蔡健雅", "林俊傑",
            "周華健", "張衞健", "李樂詩", "譚家明", "馬國明", "江華", "楊明", "周慧敏");
    private static final Set<String> PUBLIC_ENGLISH_NAMES = Set.of("Karen Mok", "Alan Tam", "Raymond Lam");

    private Names() {
    }

    static PersonName draw(Dice dice) {
        while (true) {
            String[] surname = dice.pick(SURNAMES);
            int length = dice.chance(0.1) ? 1 : 2;
            StringBuilder given = new StringBuilder();
            List<String> givenRoman = new ArrayList<>();
            while (givenRoman.size() < length) {
                String[] character = dice.pick(GIVEN);
                if (given.indexOf(character[0]) < 0) {
                    given.append(character[0]);
                    givenRoman.add(character[1]);
                }
            }
            String western = dice.chance(0.3) ? dice.pick(WESTERN) : null;
            PersonName name = new PersonName(surname[0], surname[1], given.toString(), givenRoman, western);
            if (!isPublicFigure(name)) {
                return name;
            }
        }
    }

    /** The same Chinese name with a different Western given name, for a namesake who shares only the Chinese name. */
    static PersonName namesake(Dice dice, PersonName name) {
        PersonName namesake;
        do {
            namesake = name.withWestern(dice.pick(WESTERN));
        } while (namesake.western().equals(name.western()) || isPublicFigure(namesake));
        return namesake;
    }

    private static boolean isPublicFigure(PersonName name) {
        return PUBLIC_FIGURES.contains(name.chinese())
                || name.hasWestern() && PUBLIC_ENGLISH_NAMES.contains(name.western() + " " + name.surnameRoman());
    }
}
