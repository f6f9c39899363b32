package org.exposurecheck.pack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.junit.jupiter.api.Test;

/** Every person and number here is fictional. */
class FreeTextExtractorTest {
    private final FreeTextExtractor defaults = new FreeTextExtractor(Map.of());

    @Test
    void labelsInChineseAndEnglishWithEitherColonAndTwoOnALine() {
        List<Identifier> found = defaults.extract("【起底】記者\n姓名：陳大文 CHAN Tai Man  電話: 9123 4567\n住址：香港沙田和諧邨第3座12樓A室\n"
                + "DOB: 01/05/1990\nEmployer: Goldleaf Trading Co. Ltd.\n身分證號碼：A123456(3)\n車牌：AB 1234");
        assertThat(found).contains(id(IdentifierType.NAME, "陳大文 CHAN Tai Man"), id(IdentifierType.PHONE, "9123 4567"),
                id(IdentifierType.ADDRESS, "香港沙田和諧邨第3座12樓A室"), id(IdentifierType.DOB, "01/05/1990"),
                id(IdentifierType.EMPLOYER, "Goldleaf Trading Co. Ltd."), id(IdentifierType.HKID, "A123456(3)"),
                id(IdentifierType.PLATE, "AB 1234"));
    }

    @Test
    void unlabelledPhonesHkidsEmailsAndHandlesAreFoundInProse() {
        List<Identifier> found = defaults.extract("佢嘅電話係 +852 6234 5678，澳門號碼 +853 6612 3456，內地手機 13812345678。"
                + "證件 B765432(A) 已核實，有人話 A123456(4) 都係佢。電郵 ka.yan.wong@gmail.com，"
                + "IG https://www.instagram.com/kayan_w/?igshid=abc 同 @kayan_tg");
        assertThat(found).contains(id(IdentifierType.PHONE, "+852 6234 5678"), id(IdentifierType.PHONE, "+853 6612 3456"),
                id(IdentifierType.PHONE, "+86 13812345678"), id(IdentifierType.EMAIL, "ka.yan.wong@gmail.com"),
                id(IdentifierType.HANDLE, "https://www.instagram.com/kayan_w/?igshid=abc"), id(IdentifierType.HANDLE, "@kayan_tg"));
        assertThat(found).filteredOn(identifier -> identifier.type() == IdentifierType.HKID)
                .as("B765432(A) has a valid check digit; A123456(4) does not").containsExactly(id(IdentifierType.HKID, "B765432(A)"));
    }

    @Test
    void maskedHkidsFullWidthTextAndSeveralNumbersUnderOneLabel() {
        List<Identifier> found = defaults.extract("身份證：Ａ１２３＊＊＊（３）\n電話：9123 4567 / 6234 5678\nHKID: C6543**(*)");
        assertThat(found).contains(id(IdentifierType.HKID, "A123***(3)"), id(IdentifierType.HKID, "C6543**(*)"),
                id(IdentifierType.PHONE, "9123 4567"), id(IdentifierType.PHONE, "6234 5678"));
    }

    @Test
    void datesAndOrdinaryNumbersAreNotPhones() {
        assertThat(defaults.extract("2001-05-12 同 12/05/2001 嘅事，門牌 1234，2019年8月20日")).isEmpty();
    }

    @Test
    void latinLabelsStartAWordAndMappingReplacesTheLabelsOfATypeItNames() {
        assertThat(defaults.extract("Paid: 91234567")).as("\"ID\" inside \"Paid\" is no label")
                .containsExactly(id(IdentifierType.PHONE, "91234567"));
        FreeTextExtractor custom = new FreeTextExtractor(Map.of(IdentifierType.NAME, List.of("Target")));
        assertThat(custom.extract("Target: 李小明\n姓名：張志強")).contains(id(IdentifierType.NAME, "李小明"))
                .doesNotContain(id(IdentifierType.NAME, "張志強"));
        assertThat(custom.extract("電話：6234 5678")).as("types the mapping does not name keep their defaults")
                .containsExactly(id(IdentifierType.PHONE, "6234 5678"));
    }

    private static Identifier id(IdentifierType type, String value) {
        return new Identifier(type, value);
    }
}
