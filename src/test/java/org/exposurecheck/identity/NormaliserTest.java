package org.exposurecheck.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormaliserTest {
    private static final Normaliser N1 = new Normaliser(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

    static Set<String> forms(IdentifierType type, String raw, FormKind kind) {
        Normalised result = N1.normalise(type, raw);
        assertThat(result.isValid()).as("%s should be readable as %s, got %s", raw, type, result.problem()).isTrue();
        return result.forms().stream().filter(f -> f.kind() == kind).map(CanonicalForm::value).collect(Collectors.toSet());
    }

    static void assertMeet(IdentifierType type, FormKind kind, String a, String b) {
        Set<String> common = forms(type, a, kind);
        common.retainAll(forms(type, b, kind));
        assertThat(common).as("%s and %s share a %s form", a, b, kind).isNotEmpty();
    }

    static void assertApart(IdentifierType type, String a, String b) {
        Set<CanonicalForm> common = Set.copyOf(N1.normalise(type, a).forms()).stream()
                .filter(N1.normalise(type, b).forms()::contains).collect(Collectors.toSet());
        assertThat(common).as("%s and %s must not share a form", a, b).isEmpty();
    }

    static Problem problem(IdentifierType type, String raw) {
        return N1.normalise(type, raw).problem().orElseThrow(() -> new AssertionError(raw + " should be refused"));
    }

    @Nested
    class Names {
        @ParameterizedTest
        @ValueSource(strings = {"陳大文", "陈大文", "陳 大文", "陳大文 Peter"})
        void traditionalAndSimplifiedMeet(String written) {
            assertMeet(IdentifierType.NAME, FormKind.NAME, "陳大文", written);
        }

        @Test
        void hongKongVariantCharactersMeetTheirStandardForms() {
            assertMeet(IdentifierType.NAME, FormKind.NAME, "李峯", "李峰");
            assertMeet(IdentifierType.NAME, FormKind.NAME, "何衞明", "何卫明");
        }

        @ParameterizedTest
        @ValueSource(strings = {"CHAN Tai Man", "Chan Tai-man", "Tai Man Chan", "CHAN, Tai Man", "Peter CHAN Tai Man",
                "chan tai man", "ＣＨＡＮ Ｔａｉ Ｍａｎ", "Chän Tai Man"})
        void romanisedOrdersMeet(String written) {
            assertMeet(IdentifierType.NAME, FormKind.NAME, "Chan Tai Man", written);
        }

        @Test
        void westernGivenNameBeforeUpperCaseSurnameMeetsWithAndWithoutIt() {
            assertMeet(IdentifierType.NAME, FormKind.NAME, "Peter CHAN Tai Man", "Peter Chan");
            assertMeet(IdentifierType.NAME, FormKind.NAME, "Peter CHAN Tai Man", "Peter Chan Tai Man");
            assertMeet(IdentifierType.NAME, FormKind.NAME, "Peter CHAN Tai Man", "CHAN Tai Man");
            assertMeet(IdentifierType.NAME, FormKind.NAME, "Peter AU YEUNG Tai Man", "Peter Au Yeung");
        }

        @ParameterizedTest
        @ValueSource(strings = {"陳大文|Chan Tai Man", "陈大文|Tai Man Chan", "李澄琪|LEE Ching Kei", "葉詠詩|Ip Wing Sze",
                "葉詠詩|Yip Wing See", "周志明|Chow Chi Ming", "周志明|Chau Chi Ming", "歐陽子晴|AU YEUNG Tsz Ching",
                "吳小明|Ng Siu Ming", "區家樂|Au Ka Lok", "潘浩|Poon Ho", "潘浩|Pun Ho"})
        void chineseCharactersMeetTheirHongKongRomanisation(String pair) {
            String[] names = pair.split("\\|");
            assertMeet(IdentifierType.NAME, FormKind.NAME, names[0], names[1]);
        }

        @Test
        void spellingVariantsOfOneSyllableMeet() {
            assertMeet(IdentifierType.NAME, FormKind.NAME, "Lee Ka Yan", "Li Ka Yan");
            assertMeet(IdentifierType.NAME, FormKind.NAME, "Wong Tsz Ho", "Wong Chi Ho");
            assertMeet(IdentifierType.NAME, FormKind.NAME, "Lam Sze Wing", "Lum See Wing");
        }

        @Test
        void differentPeopleDoNotMeet() {
            assertApart(IdentifierType.NAME, "Chan Tai Man", "Chan Tai Ming");
            assertApart(IdentifierType.NAME, "陳大文", "陳小文");
            assertApart(IdentifierType.NAME, "Peter CHAN Tai Man", "John Chan");
            assertApart(IdentifierType.NAME, "CHAN, Tai Man", "Wong Tai Man");
            assertApart(IdentifierType.NAME, "陳大文", "Chan Tai Ming");
            assertApart(IdentifierType.NAME, "陳大文", "Chan Siu Man");
        }

        @Test
        void aNameWithoutLettersIsRefused() {
            assertThat(problem(IdentifierType.NAME, "12345")).isEqualTo(Problem.NAME_UNREADABLE);
            assertThat(problem(IdentifierType.NAME, "  ")).isEqualTo(Problem.EMPTY);
        }
    }

    @Nested
    class Hkids {
        @ParameterizedTest
        @ValueSource(strings = {"A123456(3)", "A1234563", "a123456 3", "Ａ１２３４５６（３）", " A 123456 (3) "})
        void writtenFormsMeet(String written) {
            assertThat(forms(IdentifierType.HKID, written, FormKind.HKID)).containsExactly("A1234563");
        }

        @Test
        void twoLetterPrefixAndCheckDigitA() {
            String body = "AB987654";
            char check = Hkid.checkCharacter(body);
            assertThat(forms(IdentifierType.HKID, body + "(" + check + ")", FormKind.HKID)).containsExactly(body + check);
        }

        @ParameterizedTest
        @ValueSource(strings = {"A123***(3)", "A1234**(*)", "A123XXX(X)", "a123xxx(x)", "A123●●●(3)"})
        void maskedLeakFormsMeetTheFullNumber(String masked) {
            assertMeet(IdentifierType.HKID, FormKind.HKID_MASKED, "A123456(3)", masked);
        }

        @Test
        void aMaskedValueIsOnlyAMaskedForm() {
            assertThat(N1.normalise(IdentifierType.HKID, "A123***(3)").forms())
                    .extracting(CanonicalForm::kind).containsOnly(FormKind.HKID_MASKED);
        }

        @Test
        void wrongCheckDigitIsRefusedWithItsOwnMessage() {
            assertThat(problem(IdentifierType.HKID, "A123456(4)")).isEqualTo(Problem.HKID_CHECK_DIGIT);
            assertThat(Problem.HKID_CHECK_DIGIT.message()).contains("check digit");
        }

        @ParameterizedTest
        @ValueSource(strings = {"123456(3)", "A12345(3)", "ABC123456(3)", "A12E456(3)"})
        void malformedNumbersAreRefused(String written) {
            assertThat(problem(IdentifierType.HKID, written)).isEqualTo(Problem.HKID_FORMAT);
        }

        @Test
        void differentNumbersDoNotShareTheFullForm() {
            assertApart(IdentifierType.HKID, "A123456(3)", "A123***(4)");
            assertThat(forms(IdentifierType.HKID, "A123456(3)", FormKind.HKID))
                    .doesNotContainAnyElementsOf(forms(IdentifierType.HKID, "B123456(" + Hkid.checkCharacter("B123456") + ")", FormKind.HKID));
        }
    }

    @Nested
    class Phones {
        @ParameterizedTest
        @ValueSource(strings = {"9123 4567", "+852 9123 4567", "+852-91234567", "(852)91234567", "0085291234567",
                "85291234567", "+852 9123-4567", "９１２３４５６７", "(+852) 9123 4567"})
        void hongKongFormsMeet(String written) {
            assertThat(forms(IdentifierType.PHONE, written, FormKind.PHONE)).containsExactly("+85291234567");
        }

        @Test
        void macauAndMainland() {
            assertThat(forms(IdentifierType.PHONE, "+853 6612 3456", FormKind.PHONE)).containsExactly("+85366123456");
            assertThat(forms(IdentifierType.PHONE, "00853 6612 3456", FormKind.PHONE)).containsExactly("+85366123456");
            assertThat(forms(IdentifierType.PHONE, "+86 138 0013 8000", FormKind.PHONE)).containsExactly("+8613800138000");
            assertThat(forms(IdentifierType.PHONE, "13800138000", FormKind.PHONE)).containsExactly("+8613800138000");
            assertThat(forms(IdentifierType.PHONE, "8613800138000", FormKind.PHONE)).containsExactly("+8613800138000");
        }

        @Test
        void offByOneDigitIsADifferentNumber() {
            assertApart(IdentifierType.PHONE, "9123 4567", "9123 4568");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234", "9123 456", "phone me", "+852 0123 4567", "1234 5678", "8512 3456", "+852 9123 45678",
                "10012345678", "+853 1234 5678"})
        void unreadableNumbersAreRefused(String written) {
            assertThat(problem(IdentifierType.PHONE, written)).isEqualTo(Problem.PHONE_INVALID);
        }

        @Test
        void aNumberKnownAsAssignedHasNoNote() {
            assertThat(N1.normalise(IdentifierType.PHONE, "9123 4567").note()).isEmpty();
            assertThat(N1.normalise(IdentifierType.PHONE, "+853 6612 3456").note()).isEmpty();
        }

        /** Ranges libphonenumber 9.0.43 does not list as assigned (99xx, 41xx, 50xx in Hong Kong; 61xx in Macau). */
        @ParameterizedTest
        @ValueSource(strings = {"9912 3456", "+852 9912 3456", "(852)99123456", "00852 9912 3456", "852-9912-3456", "９９１２３４５６"})
        void aNumberFromARangeNotKnownAsAssignedIsReadWithANote(String written) {
            Normalised read = N1.normalise(IdentifierType.PHONE, written);
            assertThat(read.isValid()).as(written).isTrue();
            assertThat(read.forms()).extracting(CanonicalForm::value).containsExactly("+85299123456");
            assertThat(read.note()).contains(Note.PHONE_NOT_KNOWN_ASSIGNED);
        }

        @Test
        void otherRangesNotKnownAsAssigned() {
            assertThat(forms(IdentifierType.PHONE, "4123 4567", FormKind.PHONE)).containsExactly("+85241234567");
            assertThat(forms(IdentifierType.PHONE, "5012 3456", FormKind.PHONE)).containsExactly("+85250123456");
            assertThat(forms(IdentifierType.PHONE, "+853 6100 0000", FormKind.PHONE)).containsExactly("+85361000000");
            assertThat(N1.normalise(IdentifierType.PHONE, "+853 6100 0000").note()).contains(Note.PHONE_NOT_KNOWN_ASSIGNED);
        }

        @Test
        void offByOneDigitIsStillADifferentNumberInARangeNotKnownAsAssigned() {
            assertApart(IdentifierType.PHONE, "9912 3456", "9912 3457");
            assertApart(IdentifierType.PHONE, "4123 4567", "4123 4568");
            assertApart(IdentifierType.PHONE, "9912 3456", "9812 3456");
        }
    }

    @Nested
    class Emails {
        @Test
        void gmailIgnoresDotsAndTags() {
            assertMeet(IdentifierType.EMAIL, FormKind.EMAIL, "tai.man.chan@gmail.com", "TaiManChan+news@googlemail.com");
            assertMeet(IdentifierType.EMAIL, FormKind.EMAIL, " Tai.Man@Gmail.com ", "taiman@gmail.com");
        }

        @Test
        void outlookAndProtonIgnoreTagsButKeepDots() {
            assertMeet(IdentifierType.EMAIL, FormKind.EMAIL, "tai.man+hk@outlook.com", "tai.man@outlook.com");
            assertMeet(IdentifierType.EMAIL, FormKind.EMAIL, "tai.man+x@hotmail.com", "Tai.Man@hotmail.com");
            assertMeet(IdentifierType.EMAIL, FormKind.EMAIL, "someone+tag@proton.me", "someone@proton.me");
            assertApart(IdentifierType.EMAIL, "tai.man@outlook.com", "taiman@outlook.com");
        }

        @Test
        void dotsElsewhereMatter() {
            assertApart(IdentifierType.EMAIL, "tai.man@example.org", "taiman@example.org");
            assertApart(IdentifierType.EMAIL, "a+b@example.org", "a@example.org");
        }

        @ParameterizedTest
        @ValueSource(strings = {"taiman", "tai man@example.org", "@example.org", "taiman@", "taiman@example"})
        void malformedAddressesAreRefused(String written) {
            assertThat(problem(IdentifierType.EMAIL, written)).isEqualTo(Problem.EMAIL_INVALID);
        }
    }

    @Nested
    class Addresses {
        private static final String ENGLISH = "Flat A, 12/F, Block 3, Sunny Estate, Sha Tin, N.T.";

        @ParameterizedTest
        @ValueSource(strings = {"Flt A, 12/F, Blk 3, Sunny Est, Sha Tin, New Territories", "Room A, 12th Floor, Block 3, Sunny Estate",
                "FLAT A 12/F BLOCK 3 SUNNY ESTATE SHA TIN NT", "Unit A, 12 / F, Tower 3, Sunny Estate, N.T.",
                "Flat 0A, 12/F, Block 03, Sunny Estate"})
        void englishVariantsMeetAtFlatLevel(String written) {
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, ENGLISH, written);
        }

        @ParameterizedTest
        @ValueSource(strings = {"新界沙田陽光邨第3座12樓A室", "陽光邨3座12樓A室", "沙田區陽光村第三座12楼A室", "香港新界沙田陽光邨 第3座 12樓 A室"})
        void chineseVariantsMeetAtFlatLevel(String written) {
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, "陽光邨第3座12樓A室", written);
        }

        @Test
        void aDistrictNamedAfterItsRegionIsStrippedWhole() {
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, "九龍九龍城樂景苑第2座5樓C室", "樂景苑2座5樓C室");
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, "九龍城樂景苑第2座5樓C室", "樂景苑2座5樓C室");
        }

        @Test
        void streetAddressesWithABuilding() {
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, "Flat B, G/F, Lucky Building, 123 Nathan Road, Mong Kok, Kln",
                    "Flt B, Ground Floor, Lucky Bldg, 123 Nathan Rd, Kowloon");
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, "九龍旺角彌敦道123號幸運大廈地下B室", "彌敦道123號幸運大廈地下B室");
        }

        @Test
        void aStreetAloneIsTheBuilding() {
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, "Flat 5, 3/F, 12 Hill Road, Kowloon", "Flat 5, 3rd Floor, 12 Hill Rd");
        }

        @Test
        void sameBuildingDifferentFlatMeetsOnlyAtBuildingLevel() {
            String neighbour = "Flat B, 12/F, Block 3, Sunny Estate, Sha Tin, N.T.";
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_BUILDING, ENGLISH, neighbour);
            assertThat(forms(IdentifierType.ADDRESS, ENGLISH, FormKind.ADDRESS_FLAT))
                    .doesNotContainAnyElementsOf(forms(IdentifierType.ADDRESS, neighbour, FormKind.ADDRESS_FLAT));
        }

        @Test
        void differentBlocksAreDifferentBuildings() {
            assertApart(IdentifierType.ADDRESS, ENGLISH, "Flat A, 12/F, Block 4, Sunny Estate, Sha Tin, N.T.");
        }

        @Test
        void buildingOnlyAddressHasNoFlatForm() {
            assertThat(N1.normalise(IdentifierType.ADDRESS, "Sunny Estate, Sha Tin").forms())
                    .extracting(CanonicalForm::kind).containsOnly(FormKind.ADDRESS_BUILDING);
        }

        /** The same flat in English and in Chinese (Traditional or Simplified): Cantonese building names, HK romanisation. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Flat A, 12/F, Block 3, Wah Fu Estate, Pok Fu Lam, HK | 香港華富邨第3座12樓A室",
                "Flat A, 12/F, Blk 3, Wah Fu Est | 华富村3座12楼A室",
                "Flat 5, 3/F, Block 22, Shek Kip Mei Estate, Sham Shui Po, Kowloon | 九龍深水埗石硤尾邨第22座3樓5室",
                "Rm 10, 8th Floor, Kwai Chung Estate, N.T. | 新界葵涌邨8字樓10室",
                "Flat C, 20/F, Tower 1, Kwun Tong Garden | 觀塘花園1座20樓C室",
                "Flat 2, 16/F, Block B, Hung Hom Court | 紅磡苑B座16樓2室",
                "Flat 7, 9/F, Block 4, Lek Yuen Estate, Sha Tin | 沙田瀝源邨第四座9樓7室",
                "Flat D, 7/F, Hing Cheong Mansion, 12 Nathan Road | 彌敦道12號興昌大廈7樓D室",
                "Flat 3, 5/F, Block 2, Taikoo Shing | 太古城第2座5樓3室",
                "Flat E, 2/F, Block 9, Mei Foo Sun Chuen | 美孚新邨第9座2樓E室"})
        void cantoneseBuildingNamesMeetAcrossScriptsAtFlatLevel(String english, String chinese) {
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, english, chinese);
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_BUILDING, english, chinese);
        }

        @Test
        void acrossScriptsAnotherFlatOfTheBlockMeetsOnlyAtBuildingLevel() {
            String english = "Flat A, 12/F, Block 3, Wah Fu Estate";
            for (String neighbour : List.of("華富邨第3座12樓B室", "華富邨第3座11樓A室", "華富邨第3座2樓A室")) {
                assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_BUILDING, english, neighbour);
                assertThat(forms(IdentifierType.ADDRESS, english, FormKind.ADDRESS_FLAT))
                        .as(neighbour).doesNotContainAnyElementsOf(forms(IdentifierType.ADDRESS, neighbour, FormKind.ADDRESS_FLAT));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"華貴邨第3座12樓A室", "華富苑第3座12樓A室", "華富邨第4座12樓A室", "富華邨第3座12樓A室"})
        void acrossScriptsAnotherBuildingIsApart(String other) {
            assertApart(IdentifierType.ADDRESS, "Flat A, 12/F, Block 3, Wah Fu Estate", other);
        }

        @Test
        void aBuildingNamedInEnglishWordsIsNotLinkedToItsChineseName() {
            assertApart(IdentifierType.ADDRESS, "Flat A, 12/F, Block 3, Silverbrook Estate", "銀溪邨第3座12樓A室");
            assertThat(N1.normalise(IdentifierType.ADDRESS, "Flat A, 12/F, Block 3, Silverbrook Estate").forms()).hasSize(2);
        }

        @Test
        void aBuildingNamedAfterItsDistrictKeepsItsName() {
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, "九龍觀塘花園1座20樓C室", "觀塘花園第1座20樓C室");
            assertApart(IdentifierType.ADDRESS, "九龍觀塘花園1座20樓C室", "新界沙田花園1座20樓C室");
        }

        @Test
        void theWordsForFloorAreOne() {
            assertMeet(IdentifierType.ADDRESS, FormKind.ADDRESS_FLAT, "華富邨第3座12字樓A室", "華富邨第3座12樓A室");
        }

        /** N1 forms already in packs stay exactly as they were; sound keys are added beside them (decision 0019). */
        @Test
        void theFormsWrittenBeforeSoundKeysAreUnchanged() {
            assertThat(forms(IdentifierType.ADDRESS, ENGLISH, FormKind.ADDRESS_FLAT)).contains("sunny estate#3#12#a");
            assertThat(forms(IdentifierType.ADDRESS, ENGLISH, FormKind.ADDRESS_BUILDING)).contains("sunny estate#3");
            assertThat(forms(IdentifierType.ADDRESS, "新界沙田陽光邨第3座12樓A室", FormKind.ADDRESS_FLAT)).contains("阳光村#3#12#a");
            assertThat(forms(IdentifierType.ADDRESS, "Flat A, 12/F, Block 3, Wah Fu Estate", FormKind.ADDRESS_FLAT))
                    .containsExactlyInAnyOrder("wah fu estate#3#12#a", "~w-a f-u estate#3#12#a");
            assertThat(forms(IdentifierType.ADDRESS, "九龍旺角彌敦道123號幸運大廈地下B室", FormKind.ADDRESS_FLAT)).contains("幸运大厦##g#b");
        }

        @Test
        void anAddressWithoutABuildingIsRefused() {
            assertThat(problem(IdentifierType.ADDRESS, "Flat A, 12/F")).isEqualTo(Problem.ADDRESS_UNREADABLE);
        }
    }

    @Nested
    class DatesOfBirth {
        @ParameterizedTest
        @ValueSource(strings = {"1990-05-01", "01/05/1990", "1/5/1990", "1990年5月1日", "1990/5/1", "1 May 1990", "May 1, 1990", "01.05.1990"})
        void writtenFormsMeet(String written) {
            assertThat(forms(IdentifierType.DOB, written, FormKind.DOB)).containsExactly("1990-05-01");
        }

        @Test
        void dayComesFirst() {
            assertThat(forms(IdentifierType.DOB, "2/3/1990", FormKind.DOB)).containsExactly("1990-03-02");
        }

        @Test
        void impossibleAndImplausibleDatesAreRefused() {
            assertThat(problem(IdentifierType.DOB, "31/02/1990")).isEqualTo(Problem.DOB_IMPOSSIBLE);
            assertThat(problem(IdentifierType.DOB, "1/13/1990")).isEqualTo(Problem.DOB_IMPOSSIBLE);
            assertThat(problem(IdentifierType.DOB, "1/5/2030")).isEqualTo(Problem.DOB_OUT_OF_RANGE);
            assertThat(problem(IdentifierType.DOB, "1/5/1850")).isEqualTo(Problem.DOB_OUT_OF_RANGE);
            assertThat(problem(IdentifierType.DOB, "1/5/90")).isEqualTo(Problem.DOB_FORMAT);
        }
    }

    @Nested
    class Handles {
        @ParameterizedTest
        @ValueSource(strings = {"@sunnyday", "sunnyday", "https://t.me/sunnyday", "t.me/SunnyDay",
                "https://www.instagram.com/sunnyday/?igshid=abc123", "https://x.com/sunnyday", "https://twitter.com/SunnyDay/status/1"})
        void platformsMeetOnTheUserName(String written) {
            assertThat(forms(IdentifierType.HANDLE, written, FormKind.HANDLE)).contains("sunnyday");
        }

        @Test
        void facebookIgnoresDotsAndCase() {
            assertMeet(IdentifierType.HANDLE, FormKind.HANDLE, "https://www.facebook.com/Sunny.Day", "facebook.com/sunnyday");
            assertMeet(IdentifierType.HANDLE, FormKind.HANDLE, "@sunny.day", "https://m.facebook.com/sunnyday");
        }

        @Test
        void instagramDotsMatterAgainstOtherInstagramNames() {
            assertThat(forms(IdentifierType.HANDLE, "https://instagram.com/sunny.day", FormKind.HANDLE))
                    .doesNotContain("sunnyday");
        }

        @Test
        void otherSitesAndJunkAreRefused() {
            assertThat(problem(IdentifierType.HANDLE, "https://example.com/sunnyday")).isEqualTo(Problem.HANDLE_INVALID);
            assertThat(problem(IdentifierType.HANDLE, "@ sunny day")).isEqualTo(Problem.HANDLE_INVALID);
        }
    }

    @Nested
    class PlatesAndEmployers {
        @Test
        void platesIgnoreSpacesAndCase() {
            assertThat(forms(IdentifierType.PLATE, "ab 1234", FormKind.PLATE)).containsExactly("AB1234");
            assertThat(problem(IdentifierType.PLATE, "AB-12*4")).isEqualTo(Problem.PLATE_INVALID);
        }

        @Test
        void employersIgnoreLegalSuffixesAndScript() {
            assertMeet(IdentifierType.EMPLOYER, FormKind.EMPLOYER, "The Sunny Trading Co. Ltd.", "Sunny Trading Company Limited");
            assertMeet(IdentifierType.EMPLOYER, FormKind.EMPLOYER, "陽光貿易有限公司", "阳光贸易");
            assertApart(IdentifierType.EMPLOYER, "Sunny Trading Ltd", "Sunny Travel Ltd");
        }
    }

    @Test
    void everyProblemHasASentenceInEveryLanguage() {
        for (Problem problem : Problem.values()) {
            for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("zh-HK"),
                    java.util.Locale.forLanguageTag("zh-CN"))) {
                assertThat(problem.message(locale)).as("%s in %s", problem, locale).isNotBlank();
            }
        }
        assertThat(Problem.HKID_CHECK_DIGIT.message(java.util.Locale.forLanguageTag("zh-HK"))).contains("核對數字");
        assertThat(Problem.HKID_CHECK_DIGIT.message(java.util.Locale.forLanguageTag("zh-CN"))).contains("校验码");
    }

    @Test
    void formsNeverPrintTheirValue() {
        CanonicalForm form = N1.normalise(IdentifierType.PHONE, "9123 4567").forms().get(0);
        assertThat(form.toString()).doesNotContain("9123").doesNotContain("4567");
        assertThat(new Identifier(IdentifierType.PHONE, "9123 4567").toString()).doesNotContain("9123");
    }
}
