package org.reportarchive.analysis.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.analysis.Segmenter;
import org.reportarchive.model.NoteKind;

class NoteDetectorsTest {

    @Test
    void emptyQuotationMarks() {
        List<Finding> f = new EmptyQuoteDetector().find(Segmenter.analyse("坚决反对“”，积极支持《》的工作，反对“四风”。"));
        assertEquals(2, f.size());
        assertEquals("坚决反对“”".length(), f.get(0).offset());
        assertEquals(NoteKind.EMPTY_QUOTES, f.get(0).kind());
        assertTrue(new EmptyQuoteDetector().find(Segmenter.analyse("做到“两个维护”。")).isEmpty());
        List<Finding> spaced = new EmptyQuoteDetector().find(Segmenter.analyse("落实「 」制度，推进『』和“ 两个”。"));
        assertEquals(List.of("落实「 」".length(), "落实「 」制度，推进『』".length()),
                spaced.stream().map(Finding::offset).toList());
        assertTrue(spaced.get(0).message().contains("「 」"), spaced.get(0).message());
        assertTrue(new EmptyQuoteDetector().find(Segmenter.analyse("《》")).size() == 1);
        assertTrue(new EmptyQuoteDetector().find(Segmenter.analyse("“”》")).size() == 1);
    }

    @Test
    void fixedPhrasesWithAGap() {
        PhraseGapDetector d = PhraseGapDetector.defaults();
        List<Finding> f = d.find(Segmenter.analyse("坚持以习新时代中国特色社会主义思想为指导，同以习同志为核心的党中央保持一致，深入整治、官僚主义。"));
        assertEquals(3, f.size());
        assertTrue(f.get(0).message().contains("“习新时代中国特色社会主义思想”"));
        assertTrue(f.get(0).message().contains("习近平新时代中国特色社会主义思想"));
        assertTrue(f.get(1).message().contains("以习同志为核心的党中央"));
        assertTrue(f.get(2).message().contains("形式主义、官僚主义"));
        assertEquals(1, d.find(Segmenter.analyse("学习习经济思想、生态文明思想。")).size());
    }

    @Test
    void completePhrasesAndOrdinaryWordsAreNotGaps() {
        PhraseGapDetector d = PhraseGapDetector.defaults();
        assertTrue(d.find(Segmenter.analyse("坚持以习近平新时代中国特色社会主义思想为指导，同以习近平同志为核心的党中央保持高度一致。")).isEmpty());
        assertTrue(d.find(Segmenter.analyse("加强学习强调实效，深入整治形式主义、官僚主义。")).isEmpty());
        assertTrue(d.find(Segmenter.analyse("学习习近平总书记重要讲话精神。")).isEmpty());
    }

    @Test
    void strayTraditionalCharactersInSimplifiedText() {
        String simplifiedDocument = "严格执行重大事項请示报告制度，本屆共安排立法项目116个，其中审议项目54个，调研项目62个，"
                + "包括数字经济发展、人工智能技术创新、学前教育、养老服务、土壤污染防治等重点领域新兴领域立法。";
        NoteDetector d = new VariantCharacterDetector().forDocument(simplifiedDocument);
        List<Finding> f = d.find(Segmenter.analyse("严格执行重大事項请示报告制度，本屆共安排立法项目。"));
        assertEquals(2, f.size());
        assertTrue(f.get(0).message().contains("“項”") && f.get(0).message().contains("“项”"));
        String traditional = "嚴格執行重大事項請示報告制度，本屆共安排立法項目。";
        assertTrue(new VariantCharacterDetector().forDocument(traditional).find(Segmenter.analyse(traditional)).isEmpty(),
                "a report written in traditional characters is left alone");
    }

    @Test
    void latinWordsBetweenChineseCharacters() {
        List<Finding> f = new ForeignWordDetector().find(Segmenter.analyse("狠抓警示教育 and 业务培训，推广智慧人大APP和TOD开发，打造融e查应用。"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("“and”"));
    }

    @Test
    void wordsWrittenTwice() {
        List<Finding> f = new RepeatedWordDetector().find(Segmenter.analyse("扎实开展开展“人大代表在行动”活动，认真研究研究。"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("开展开展"));
        assertTrue(new RepeatedWordDetector().find(Segmenter.analyse("人人参与，常常检查，天天向上。")).isEmpty());
        assertTrue(new RepeatedWordDetector().find(Segmenter.analyse("一步一步推进，人大代表代表人民的利益。")).isEmpty(),
                "reduplication and a noun followed by the same verb are not slips");
    }

    @Test
    void wordsWrittenTwiceWhereTheDictionaryJoinsACopyToTheNextWord() {
        Segmenter.addWords(List.of("中央人大工作会议", "疫情防控"), "nz", 1024);
        List<Finding> f = new RepeatedWordDetector().find(
                Segmenter.analyse("听取新冠肺炎疫情疫情防控工作情况报告，贯彻中央人大工作会议会议精神。"));
        assertEquals(List.of("疫情", "会议"), f.stream().map(x -> x.message().replaceAll("^原文“(.+)\\1”.*", "$1"))
                .toList());
    }
}
