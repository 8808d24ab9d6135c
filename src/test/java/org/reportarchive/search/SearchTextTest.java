package org.reportarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsCharacterForCharacter() {
        assertEquals("四个机关", SearchText.fold("四個機關"));
        assertEquals("人民代表大会常务委员会", SearchText.fold("人民代表大會常務委員會"));
        assertEquals("abc123+", SearchText.fold("ＡＢＣ１２３＋"));
        assertEquals("\"四个机关\"", SearchText.fold("“四个机关”"));
        assertEquals("yi dian yi ku lv", SearchText.fold("yī diǎn yī kù lǜ"));
        assertEquals("12万m2,108元,co2", SearchText.fold("12万m²，10⁸元，CO₂"));
        assertEquals("icp备", SearchText.fold("ICP備"));
        String any = "乾隆年間，臺灣、後來的發展。";
        assertEquals(any.length(), SearchText.fold(any).length(), "offsets stay where they were");
    }

    @Test
    void theBrowsersTableAndRulesGiveTheSameFoldForEveryCharacter() {
        SearchText.Table table = SearchText.table();
        assertEquals(table.from().length(), table.to().length());
        java.util.Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < table.from().length(); i++) {
            map.put(table.from().charAt(i), table.to().charAt(i));
        }
        for (int code = 0; code <= 0xFFFF; code++) {
            char c = (char) code;
            if (Character.isSurrogate(c)) {
                continue;
            }
            char browser = map.containsKey(c) ? map.get(c) : SearchText.simpleRules(c);
            if (SearchText.fold(c) != browser) {
                throw new AssertionError("U+" + Integer.toHexString(code) + " folds to " + SearchText.fold(c)
                        + " but the browser makes it " + browser);
            }
        }
    }
}
