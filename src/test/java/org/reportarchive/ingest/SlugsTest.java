package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void placesAreReadAsTheyReadThemselves() {
        assertEquals("leshan", Slugs.pinyin("乐山"));
        assertEquals("minhangqu", Slugs.pinyin("闵行区"));
        assertEquals("chaoyang", Slugs.pinyin("朝阳"));
        assertEquals("laotingxian", Slugs.pinyin("乐亭县"));
        assertEquals("shanghai-minhang", Slugs.pinyin("上海·闵行"));
        assertEquals("kangbashiqu", Slugs.pinyin("康巴什区"));
        assertEquals("shifangshi", Slugs.pinyin("什邡市"));
        assertEquals("wushixian", Slugs.pinyin("乌什县"));
        // 都 in a place's name is du, whether HanLP knows the name or not
        assertEquals("yudu", Slugs.pinyin("于都"));
        assertEquals("piduqu", Slugs.pinyin("郫都区"));
        assertEquals("duyunshi", Slugs.pinyin("都匀市"));
        assertEquals("chengdu", Slugs.pinyin("成都"));
        assertEquals("zengduqu", Slugs.pinyin("曾都区"));
        assertEquals("suiningxian", Slugs.pinyin("睢宁县"));
        assertEquals("yushixian", Slugs.pinyin("尉氏县")); // (as the county reads itself)
        // a glossary term's syllables, a reading inside a longer text too
        assertEquals("si-ge-ji-guan", Slugs.syllables("四个机关"));
        assertEquals("chao-yang-qun-zhong", Slugs.syllables("朝阳群众"));
        assertEquals("1-7-n", Slugs.syllables("1+7+N"));
    }
}
