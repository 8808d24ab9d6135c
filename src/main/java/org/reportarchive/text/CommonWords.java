package org.reportarchive.text;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Whether a place's short name is first of all a word of the language, as HanLP's dictionary of the language's words
 * tags it most often: 合作 (to cooperate), 安康 (well-being), 平安, 和平, 共和, 安宁 are words before they are 合作市,
 * 安康市, 平安区 …, and a sentence that holds them (推动开放合作, 幸福安康) names no place; 洛川, 临夏, 荆州 are names.
 */
public final class CommonWords {

    private CommonWords() {
    }

    /** Whether the dictionary knows the word and tags it most often as something other than a name. */
    public static boolean isCommonWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.nature.length == 0) {
            return false;
        }
        Nature first = attribute.nature[0];
        return first != Nature.ns && first != Nature.nz && first != Nature.nr && first != Nature.nt;
    }
}
