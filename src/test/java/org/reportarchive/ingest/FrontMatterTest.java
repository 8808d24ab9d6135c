package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void aSalutationToTheRetiredLeadersAndComrades() {
        assertTrue(FrontMatter.isSalutation("各位老领导、老同志，各位代表，同志们："));
        assertTrue(FrontMatter.isSalutation("各位老领导、老同志，同志们："));
        assertFalse(FrontMatter.isSalutation("老同志们的关心支持，是我们做好工作的动力。"));
    }

    @Test
    void readsDeliveryLineWithArabicDate() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery("2021年11月24日在乐山市第八届人民代表大会第一次会议上").orElseThrow();
        assertEquals(LocalDate.of(2021, 11, 24), d.date());
        assertEquals("乐山市", d.place());
        assertEquals(8, d.congress());
        assertEquals(1, d.session());
        assertNull(d.speakerPart());
    }

    @Test
    void aDayWithItsWeekdayIsADayAlone() {
        for (String line : List.of("（2022年1月14日　星期五）", "（2022年1月14日，星期五）", "（二〇二二年一月十四日　星期五）")) {
            assertEquals(LocalDate.of(2022, 1, 14), FrontMatter.parseDelivery(line).orElseThrow().date(), line);
            assertTrue(FrontMatter.isDayMaybeBracketed(line), line);
        }
        // a paper's day line without brackets is its page's; a weekday alone, or a day in a sentence, is none
        assertTrue(FrontMatter.parseDelivery("2016年02月22日　星期一").isEmpty());
        assertFalse(FrontMatter.isDayMaybeBracketed("2016年02月22日　星期一"));
        assertTrue(FrontMatter.parseDelivery("星期五").isEmpty());
        assertFalse(FrontMatter.isDay("2022年1月14日星期五上午召开会议"));
    }

    @Test
    void readsDeliveryLineWithChineseNumeralsAndLeadingDash() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery("——二〇二三年一月十二日在绵阳市第八届人民代表大会第三次会议上")
                .orElseThrow();
        assertEquals(LocalDate.of(2023, 1, 12), d.date());
        assertEquals("绵阳市", d.place());
        assertEquals(3, d.session());
    }

    @Test
    void readsDeliveryLineFollowedBySpeaker() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery(
                "2023年2月22日在成都市第十八届人民代表大会第一次会议上 成都市第十七届人民代表大会常务委员会主任包 惠").orElseThrow();
        assertEquals(18, d.congress());
        FrontMatter.Speaker s = FrontMatter.parseSpeaker(d.speakerPart()).orElseThrow();
        assertEquals("成都市第十七届人民代表大会常务委员会主任", s.office());
        assertEquals("包惠", s.name());
    }

    @Test
    void readsCountyLevelAndStandingCommitteeMeetings() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery("2024年1月8日在峨眉山市第十届人民代表大会第四次会议上").orElseThrow();
        assertEquals("峨眉山市", d.place());
        assertEquals(10, d.congress());
        assertEquals(4, d.session());
    }

    @Test
    void aCongressNamedBeforeItsTermIsReadInEitherOrder() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery("——2024年1月11日在市人大十四届三次会议上").orElseThrow();
        assertEquals("市", d.place());
        assertEquals(14, d.congress());
        assertEquals(3, d.session());
        FrontMatter.Delivery full = FrontMatter.parseDelivery("2019年1月9日在嵊州市人民代表大会第十六届第四次会议上").orElseThrow();
        assertEquals(16, full.congress());
        assertEquals(4, full.session());
        FrontMatter.Delivery titled = FrontMatter.meeting("在县人大十七届三次会议闭幕会上的讲话").orElseThrow();
        assertEquals(17, titled.congress());
        assertEquals(3, titled.session());
        FrontMatter.Delivery committee = FrontMatter.parseDelivery("2023年6月28日在区人大十八届常委会第十一次会议上").orElseThrow();
        assertEquals(18, committee.congress());
        assertEquals(11, committee.session());
        assertTrue(committee.standingCommittee());
        // the national congress's session a county's meeting studies is no session of the county's
        assertTrue(FrontMatter.meeting("在全县传达学习全国人大十四届二次会议精神大会上的讲话").isEmpty());
    }

    @Test
    void aSentenceIsNotADeliveryLine() {
        assertTrue(FrontMatter.parseDelivery("2022年是开局之年，我们在市委领导下召开会议上报了材料。").isEmpty());
    }

    @Test
    void aSlogansWordsAreNoDeputysOffice() {
        assertTrue(FrontMatter.parseSpeaker("聚焦主责主业　彰显代表担当").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("发挥代表作用　展现委员风采").isEmpty());
        assertEquals("王红梅", FrontMatter.parseSpeaker("市人大代表　王红梅").orElseThrow().name());
        assertEquals("李明", FrontMatter.parseSpeaker("县政协委员　李明").orElseThrow().name());
        assertEquals("区人大常委会委员", FrontMatter.parseSpeaker("区人大常委会委员　陈　静").orElseThrow().office());
        assertEquals("全国人大代表", FrontMatter.parseSpeaker("全国人大代表　张　华").orElseThrow().office());
        // a group that signs is no person
        assertTrue(FrontMatter.parseSpeaker("石阡县人大代表第三视察组").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("县人大常委会副主任　代表小组").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("泸西县人大代表视察团").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("望都县人大代表评议组").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("人大代表在行动").isEmpty(), "a column's words");
    }

    @Test
    void normalisesNamesTypesetWithSpaces() {
        assertEquals("鞠丽", FrontMatter.parseSpeaker("泸州市人民代表大会常务委员会主任 鞠 丽").orElseThrow().name());
        assertEquals("赖淑芳", FrontMatter.parseSpeaker("乐山市人大常委会主任 赖淑芳").orElseThrow().name());
        FrontMatter.Speaker wide = FrontMatter.parseSpeaker("深圳市人大常委会副主任　王　小　明").orElseThrow();
        assertEquals("王小明", wide.name());
        assertEquals("深圳市人大常委会副主任", wide.office());
        assertEquals("张三丰", FrontMatter.normaliseName("张 三 丰"));
        assertEquals("欧阳明华", FrontMatter.parseSpeaker("县人大常委会主任　欧　阳　明　华").orElseThrow().name());
        FrontMatter.Speaker leader = FrontMatter.parseSpeaker("市人大常委会副主任、视察组组长　胡 建 华").orElseThrow();
        assertEquals("胡建华", leader.name(), "a group's leader: an office too");
        assertEquals("市人大常委会副主任、视察组组长", leader.office());
        assertEquals("执法检查组副组长", FrontMatter.parseSpeaker("执法检查组副组长　李　明").orElseThrow().office());
        assertEquals("杨泉", FrontMatter.parseSpeaker("贵阳市人大常委会主任\u00A0\u00A0杨\u00A0\u00A0泉").orElseThrow().name(),
                "a page's &nbsp; between the characters");
        assertEquals("买买提·吐尔逊", FrontMatter.parseSpeaker("自治区人大常委会副主任　买买提 · 吐尔逊").orElseThrow().name());
        FrontMatter.Speaker first = FrontMatter.parseSpeaker("刘　强　　朝阳县人大常委会主任").orElseThrow();
        assertEquals("刘强", first.name(), "the name first, then a wide space and the office");
        assertEquals("朝阳县人大常委会主任", first.office());
        // a name written whole may stand one space before its office, when it starts with a surname
        FrontMatter.Speaker deputy = FrontMatter.parseSpeaker("李秀兰　市人大代表").orElseThrow();
        assertEquals("李秀兰", deputy.name());
        assertEquals("市人大代表", deputy.office());
        assertEquals("张明", FrontMatter.parseSpeaker("张明　县人大常委会主任").orElseThrow().name());
        assertTrue(FrontMatter.parseSpeaker("聚焦主责　市人大代表").isEmpty(), "a slogan's words, not a name");
        assertTrue(FrontMatter.parseSpeaker("依法履职　县人大常委会主任").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("李　秀兰　市人大代表").isEmpty(), "a spaced name needs two spaces before the office");
        assertTrue(FrontMatter.parseSpeaker("履职为民显担当——2010年度优秀人大代表风采展示").isEmpty(), "a headline's dash and year");
        assertTrue(FrontMatter.parseSpeaker("时刻牢记　我是人大代表").isEmpty(), "a slogan: four characters, and no office starts with 我");
        assertEquals("欧阳明华", FrontMatter.parseSpeaker("欧阳明华　市人大代表").orElseThrow().name());
        // a deputy's work between the office and the name
        FrontMatter.Speaker doctor = FrontMatter.parseSpeaker("宾川县第十七届人大代表　乡村医生　李春花").orElseThrow();
        assertEquals("李春花", doctor.name());
        assertEquals("宾川县第十七届人大代表　乡村医生", doctor.office());
        assertEquals("市人大代表、乡村医生", FrontMatter.parseSpeaker("市人大代表、乡村医生　李春花").orElseThrow().office());
    }

    @Test
    void twoSpeakersAHonorificAndWhoEntrustedTheSpeakerAreNoPartOfTheNameOrOffice() {
        assertEquals("李明、王芳", FrontMatter.parseSpeaker("报告人：县人大常委会副主任　李　明　王　芳").orElseThrow().name());
        assertEquals("李明、王芳", FrontMatter.parseSpeaker("市人大常委会副主任　李　明　　王　芳").orElseThrow().name());
        assertEquals("哈斯巴根", FrontMatter.parseSpeaker("旗人大常委会主任　哈　斯　巴　根").orElseThrow().name(), "one name of four");
        assertEquals("巴桑罗布", FrontMatter.parseSpeaker("市人大常委会主任　巴　桑　罗　布").orElseThrow().name());
        FrontMatter.Speaker both = FrontMatter.parseSpeaker("市人大法制委员会主任委员　王　平　副主任委员　朱　丽").orElseThrow();
        assertEquals("王平、朱丽", both.name());
        assertEquals("市人大法制委员会主任委员、副主任委员", both.office());
        assertEquals("王建", FrontMatter.parseSpeaker("南充市人大常委会主任　王建同志").orElseThrow().name());
        FrontMatter.Speaker entrusted = FrontMatter.parseSpeaker("受市人大常委会主任何平委托　市人大常委会副主任　罗建华")
                .orElseThrow();
        assertEquals("市人大常委会副主任", entrusted.office());
        assertEquals("罗建华", entrusted.name());
        FrontMatter.Speaker behalf = FrontMatter.parseSpeaker("（受市人大常委会主任何　平委托，市人大常委会副主任　罗建华代为报告）")
                .orElseThrow();
        assertEquals("市人大常委会副主任", behalf.office());
        assertEquals("罗建华", behalf.name());
    }

    @Test
    void aSessionsBulletinIsATitleAndAGazettesNameIsNone() {
        assertTrue(FrontMatter.isTitle("乌什县第十八届人民代表大会第三次会议公报"));
        assertTrue(FrontMatter.isTitle("泸州市第十届人民代表大会第一次会议公报（第1号）"));
        assertTrue(FrontMatter.isTitle("羅湖區第七屆人民代表大會第二次會議公報"));
        assertTrue(FrontMatter.isTitle("省十四届人大一次会议公报"));
        assertFalse(FrontMatter.isTitle("四川省人民代表大会常务委员会公报"));
        assertFalse(FrontMatter.isTitle("会议公报"));
        assertFalse(FrontMatter.isTitle("大会通过了乌什县第十八届人民代表大会第三次会议公报。"));
    }

    @Test
    void textIsNotASpeakerLine() {
        assertTrue(FrontMatter.parseSpeaker("主任会议听取汇报，推动工作。").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("过去五年工作回顾").isEmpty());
    }

    @Test
    void recognisesTitlesAndSalutations() {
        assertTrue(FrontMatter.isTitle("乐山市人民代表大会常务委员会工作报告"));
        assertTrue(FrontMatter.isTitle("# 重庆市人民代表大会常务委员会工作报告"));
        assertTrue(FrontMatter.isTitle("在全市人大工作会议上的讲话"));
        // a committee's plan, maybe for a law it names
        assertTrue(FrontMatter.isTitle("六盘水市人大常委会2024年《中华人民共和国安全生产法》执法检查工作方案"));
        assertTrue(FrontMatter.isTitle("县人大常委会2023年代表工作实施方案"));
        // a government's account to the standing committee, titled 汇报
        assertTrue(FrontMatter.isTitle("乐昌市人民政府关于市十六届人大三次会议代表建议、批评和意见办理情况的汇报"));
        assertFalse(FrontMatter.isTitle("听取了县人民政府关于工作情况的汇报。"));
        assertFalse(FrontMatter.isTitle("一、制定《中华人民共和国安全生产法》执法检查工作方案"));
        assertFalse(FrontMatter.isTitle("听取和审议专项工作报告，提出意见建议。"));
        assertTrue(FrontMatter.isSalutation("各位代表："));
        // a standing committee addressed from its chair, who holds another office, down
        assertTrue(FrontMatter.isSalutation("旗人大常委会主任、党组书记，各位副主任、委员："));
        assertTrue(FrontMatter.isSalutation("主任、各位副主任、秘书长、各位委员："));
        assertFalse(FrontMatter.isSalutation("旗人大常委会主任、党组书记，各位副主任、委员分别带队开展调研："));
        assertTrue(FrontMatter.isSalutation("各位代表:"));
        assertTrue(FrontMatter.isSalutation("同志们！"));
        assertFalse(FrontMatter.isSalutation("同志们，大道至简，实干为要。"));
        // those addressed, two or more, in any order
        assertTrue(FrontMatter.isSalutation("各位代表、各位同志："));
        assertTrue(FrontMatter.isSalutation("尊敬的各位领导、各位代表："));
        assertTrue(FrontMatter.isSalutation("各位領導、各位代表："));
        assertTrue(FrontMatter.isSalutation("女士们、先生们、朋友们："));
        assertTrue(FrontMatter.isSalutation("各位代表、各位居民代表："));
        assertTrue(FrontMatter.isSalutation("各位人大代表、各位列席同志："));
        assertTrue(FrontMatter.isSalutation("各位选民代表："));
        assertTrue(FrontMatter.isSalutation("尊敬的主任、各位副主任、秘书长、各位委员："));
        assertTrue(FrontMatter.isSalutation("县人大常委会主任、各位副主任、各位委员："));
        assertTrue(FrontMatter.isSalutation("自治县人大常委会主任、各位副主任、各位委员："));
        assertTrue(FrontMatter.isSalutation("市人民代表大会常务委员会主任、各位副主任、秘书长、各位委员："));
        // an inquiry's record and a meeting's minutes are titles; a record's turn labels are no speaker lines
        assertTrue(FrontMatter.isTitle("“一网通办”改革推进情况专题询问实录（摘编）"));
        assertTrue(FrontMatter.title("“一网通办”改革推进情况专题询问实录（摘编）").excerpt());
        assertTrue(FrontMatter.isTitle("桂平市第十六届人大常委会第三次主任会议纪要"));
        assertTrue(FrontMatter.parseSpeaker("桂平市第十六届人大常委会第三次主任会议纪要").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("询问人：市人大常委会委员　陈丽敏").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("应询人：市政府副秘书长、市政务服务办主任　高振宇").isEmpty());
        // a title's note of the document's form or stage is the title's
        assertTrue(FrontMatter.isTitle("淄博市人民代表大会常务委员会工作报告（书面）"));
        assertTrue(FrontMatter.isTitle("淄博市人民代表大会常务委员会工作报告（书面报告）"));
        assertTrue(FrontMatter.isTitle("淄博市人民代表大会常务委员会工作报告（审议稿）"));
        assertEquals("淄博市人民代表大会常务委员会工作报告（审议稿）", FrontMatter.title("淄博市人民代表大会常务委员会工作报告（审议稿）").title());
        assertTrue(FrontMatter.isIssuerAndDay("桂平市人大常委会办公室　　2017年3月15日"));
        assertFalse(FrontMatter.isIssuerAndDay("2017年3月15日，市人大常委会办公室召开会议"));
        assertFalse(FrontMatter.isSalutation("各位代表、各位委员和列席人员认真审议了报告。"));
        // the other reports titled without 关于, and a list of appointments; not as a section's heading or a sentence
        for (String title : List.of("区人大代表刘晓燕2024年度履职报告", "2024年度述职报告", "全县农村饮用水安全工作专题调研报告",
                "食品安全法执法检查报告", "2024年代表建议办理情况报告", "甘肃省人民代表大会常务委员会任免名单", "致辞")) {
            assertTrue(FrontMatter.isTitle(title), title);
        }
        for (String line : List.of("三、专题调研报告", "（二）执法检查报告", "会议听取了调研组的调研报告，提出了意见。",
                "履职报告", "专题调研报告", "代表履职报告")) { // (the last three a site's column over the title)
            assertFalse(FrontMatter.isTitle(line), line);
        }
    }

    @Test
    void readsDeliveryLinesInOtherForms() {
        FrontMatter.Delivery sc = FrontMatter.parseDelivery("（2022年8月25日在市第十七届人大常委会第二十次会议上）").orElseThrow();
        assertEquals(LocalDate.of(2022, 8, 25), sc.date());
        assertEquals(17, sc.congress());
        assertEquals(20, sc.session());
        assertTrue(sc.standingCommittee());
        FrontMatter.Delivery national = FrontMatter.parseDelivery("——2024年3月8日在第十四届全国人民代表大会第二次会议上")
                .orElseThrow();
        assertEquals(14, national.congress());
        assertFalse(national.standingCommittee());
        assertEquals(LocalDate.of(2021, 1, 5), FrontMatter.parseDelivery("（2021.1.5）").orElseThrow().date());
        assertEquals(LocalDate.of(2023, 6, 28), FrontMatter.parseDelivery("（2023/6/28 巴中市第五届人民代表大会常务委员会第十一次会议）")
                .orElseThrow().date());
        assertEquals(LocalDate.of(2023, 1, 10), FrontMatter.parseDelivery("２０２３年１月１０日在自贡市第１８届人民代表大会第３次会议上")
                .orElseThrow().date());
        FrontMatter.Delivery traditional = FrontMatter.parseDelivery("二〇二四年一月二十三日在深圳市第七屆人民代表大會第五次會議上")
                .orElseThrow();
        assertEquals(LocalDate.of(2024, 1, 23), traditional.date());
        assertEquals(7, traditional.congress());
        FrontMatter.Delivery passed = FrontMatter.parseDelivery("（2022年1月19日乐山市第八届人民代表大会第二次会议通过）")
                .orElseThrow();
        assertEquals(2, passed.session());
    }

    @Test
    void aSpeechTitleNamingAMeetingIsATitleNotADeliveryLine() {
        assertTrue(FrontMatter.parseDelivery("在攀枝花市第十一届人民代表大会第一次会议开幕式上的讲话").isEmpty());
        assertTrue(FrontMatter.isTitle("在攀枝花市第十一届人民代表大会第一次会议开幕式上的讲话"));
        assertEquals(11, FrontMatter.meeting("在攀枝花市第十一届人民代表大会第一次会议开幕式上的讲话").orElseThrow().congress());
    }

    @Test
    void aMeetingATitleIsAboutIsNotTheMeetingItWasGivenAt() {
        assertTrue(FrontMatter.meeting("关于市十五届人大二次会议代表建议办理情况的报告").isEmpty());
        assertTrue(FrontMatter.meeting("关于召开泰州市第六届人民代表大会第三次会议的决定").isEmpty());
        assertEquals(4, FrontMatter.meeting("德阳市第九届人民代表大会第四次会议关于德阳市人民代表大会常务委员会工作报告的决议")
                .orElseThrow().session());
    }

    @Test
    void aProvisionalSessionAndADirectorsMeetingGiveTheirTermAndNoSession() {
        FrontMatter.Delivery title = FrontMatter.meeting("在威县第十七届人民代表大会第一次临时会议闭幕会上的讲话").orElseThrow();
        assertEquals(17, title.congress());
        assertNull(title.session());
        FrontMatter.Delivery committee = FrontMatter.meeting("在秭归县第十八届人民代表大会常务委员会第二次临时会议上的讲话").orElseThrow();
        assertEquals(18, committee.congress());
        assertNull(committee.session());
        assertTrue(committee.standingCommittee());
        assertEquals(10, FrontMatter.meeting("在海門市第十屆人民代表大會第一次臨時會議閉幕會上的講話").orElseThrow().congress());
        FrontMatter.Delivery line = FrontMatter.parseDelivery("——2019年8月16日在威县第十七届人民代表大会第一次临时会议上").orElseThrow();
        assertEquals(17, line.congress());
        assertNull(line.session());
        assertEquals(java.time.LocalDate.of(2019, 8, 16), line.date());
        // a meeting of the directors of a standing committee of a term: the term, and no session
        FrontMatter.Delivery adopted = FrontMatter.parseDelivery("（2024年1月26日市十五届人大常委会第三十八次主任会议通过）").orElseThrow();
        assertEquals(15, adopted.congress());
        assertNull(adopted.session());
        assertEquals(java.time.LocalDate.of(2024, 1, 26), adopted.date());
        assertNull(FrontMatter.parseDelivery("（2025年1月10日大会第三次全体会议通过）").orElseThrow().congress());
        assertEquals(16, FrontMatter.parseDelivery("（2009年2月18日县十六届人大常委会第二十次主任会议讨论通过）").orElseThrow().congress());
        // a clause that opens a list is no delivery line
        assertTrue(FrontMatter.parseDelivery("开平市第十六届人民代表大会第四次会议于2024年1月20日选举：").isEmpty());
        // a provisional session a title is about is not the one it was given at
        assertTrue(FrontMatter.meeting("关于召开威县第十七届人民代表大会第一次临时会议的决定").isEmpty());
    }

    @Test
    void websiteLabelsAreTakenOffTitles() {
        assertEquals("绵阳市人民代表大会常务委员会工作报告", FrontMatter.title("第3篇 绵阳市人民代表大会常务委员会工作报告").title());
        assertEquals(List.of("第3篇"), FrontMatter.title("第3篇 绵阳市人民代表大会常务委员会工作报告").labels());
        assertEquals("德阳市人民代表大会常务委员会工作报告", FrontMatter.title("【全文】德阳市人民代表大会常务委员会工作报告").title());
        assertEquals("南充市人民代表大会常务委员会工作报告", FrontMatter.title("南充市人民代表大会常务委员会工作报告（全文）").title());
        assertTrue(FrontMatter.title("遂宁市人民代表大会常务委员会工作报告（摘要）").excerpt());
        assertTrue(FrontMatter.isTitle("廣州市人民代表大會常務委員會工作報告"));
        assertTrue(FrontMatter.isTitle("关于乐山市人民代表大会常务委员会工作报告的决议"));
        assertTrue(FrontMatter.isTitle("关于《泸州市城市绿化条例（草案）》的说明"));
    }

    @Test
    void readsSpeakersWithLongerOffices() {
        assertEquals("赵乐际", FrontMatter.parseSpeaker("全国人民代表大会常务委员会委员长 赵乐际").orElseThrow().name());
        FrontMatter.Speaker s = FrontMatter.parseSpeaker("南充市人大常委会党组书记、主任 李 华").orElseThrow();
        assertEquals("南充市人大常委会党组书记、主任", s.office());
        assertEquals("李华", s.name());
        assertTrue(FrontMatter.isSalutation("主任、各位副主任、秘书长、各位委员："));
    }
    @Test
    void aNameAloneIsTakenOnlyWhenItStartsWithAFamilyName() {
        assertEquals("赵明华", FrontMatter.parseNameLine("赵明华").orElseThrow());
        assertEquals("杨丽华", FrontMatter.parseNameLine("杨　丽　华").orElseThrow());
        assertEquals("欧阳明", FrontMatter.parseNameLine("欧阳 明").orElseThrow());
        assertEquals("劉強", FrontMatter.parseNameLine("劉  強").orElseThrow(), "traditional, kept as written");
        assertTrue(FrontMatter.parseNameLine("全文").isEmpty());
        assertTrue(FrontMatter.parseNameLine("总则").isEmpty());
        assertTrue(FrontMatter.parseNameLine("过去五年工作回顾").isEmpty());
        assertTrue(FrontMatter.parseNameLine("王").isEmpty());
    }

    @Test
    void officesOfGovernmentDepartmentsAndWideSpacedNames() {
        FrontMatter.Speaker s = FrontMatter.parseSpeaker("广东省林业局局长  陈志远").orElseThrow();
        assertEquals("广东省林业局局长", s.office());
        assertEquals("陈志远", s.name());
        FrontMatter.Speaker wide = FrontMatter.parseSpeaker("雁塔区人大常委会主任  刘  强").orElseThrow();
        assertEquals("刘强", wide.name());
        assertEquals("市人民检察院检察长", FrontMatter.parseSpeaker("市人民检察院检察长 孙一").orElseThrow().office());
    }
    @Test
    void shortFormsOfTheSessionAndTitlesOverTwoLines() throws Exception {
        FrontMatter.Delivery d = FrontMatter.parseDelivery("（2023年2月8日在县十七届人大三次会议上）").orElseThrow();
        assertEquals(17, d.congress());
        assertEquals(3, d.session());
        assertTrue(FrontMatter.isTitleHead("芜湖市人民代表大会常务委员会"));
        assertFalse(FrontMatter.isTitleHead("芜湖市人民代表大会常务委员会工作报告"), "a whole title");
        assertFalse(FrontMatter.isTitleHead("各位代表："));
        // a page's line with a time of day, and an office form's attachment field with its label spaced, are no titles
        assertFalse(FrontMatter.isTitle("李文斌 提交于 2021-08-13 16:42 . 补录高台县2016年常委会工作报告"));
        assertFalse(FrontMatter.isTitle("附　　件：1．寿阳县人民代表大会常务委员会关于加强农村饮用水水源保护的决定（草案）"));
        // a congress's working committee or a township's presidium over its title's second line
        assertTrue(FrontMatter.isTitleHead("郑州经济技术开发区人大工作委员会"));
        assertTrue(FrontMatter.isTitleHead("鹭江街道人大工委"));
        assertTrue(FrontMatter.isTitleHead("黄龙镇人大主席团"));
        org.reportarchive.model.Report zone = Copies.ingest("郑州经开区人大工作会议文件之一\n\n郑州经济技术开发区人大工作委员会\n工　作　报　告\n"
                + "——2022年2月18日在郑州经济技术开发区人大工作会议上\n经开区人大工委主任　杜建国\n同志们：\n"
                + "现在，我代表经开区人大工委，向会议报告2021年工作和2022年工作安排，请予审议。\n");
        assertEquals("郑州经济技术开发区人大工作委员会工作报告", zone.metadata().title());
        assertEquals(org.reportarchive.model.Kind.REPORT, zone.metadata().kind());
        assertTrue(FrontMatter.isTitle("吴忠市人大常委会执法检查组关于检查《中华人民共和国黄河保护法》实施情况的报告"));
    }

    @Test
    void aPlaceholderForTheSpeakersNameLeavesTheOffice() {
        FrontMatter.Speaker s = FrontMatter.parseSpeaker("县人大常委会主任　×××").orElseThrow();
        assertEquals("县人大常委会主任", s.office());
        assertNull(s.name());
    }
    @Test
    void aMonthWithoutItsDayGivesTheYearAndAnOpeningSentenceItsMeeting() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery("（2024年1月在岳池县第十八届人民代表大会第四次会议上）").orElseThrow();
        assertNull(d.date());
        assertEquals(2024, d.year());
        assertEquals(4, d.session());
        FrontMatter.Delivery o = FrontMatter.openingMeeting(
                "2023年8月29日，岳阳市第九届人民代表大会常务委员会第十三次会议听取和审议了市人民政府的报告。").orElseThrow();
        assertEquals(LocalDate.of(2023, 8, 29), o.date());
        assertEquals(13, o.session());
        assertTrue(o.standingCommittee());
        assertTrue(FrontMatter.openingMeeting("2023年，常委会召开常委会会议8次。").isEmpty());
        // a speech's day said as today, and the inquiry the meeting held
        FrontMatter.Delivery today = FrontMatter.openingMeeting("今天，县十七届人大常委会第十一次会议对全县城乡供水工作进行了专题询问。")
                .orElseThrow();
        assertEquals(17, today.congress());
        assertEquals(11, today.session());
        assertTrue(FrontMatter.openingMeeting("今天，我们召开座谈会，听取代表的意见。").isEmpty());
        assertEquals(36, FrontMatter.openingMeeting("今天，市十七届人大常委会第三十六次会议就全市农村人居环境整治工作开展专题询问。")
                .orElseThrow().session());
        assertEquals(22, FrontMatter.openingMeeting("今天上午，县十七届人大常委会第二十二次会议以联组会议形式，围绕全县农村饮水安全工作，"
                + "对县人民政府及其相关部门进行了专题询问。").orElseThrow().session());
        FrontMatter.Delivery inline = FrontMatter.parseDelivery(
                "（2024年1月9日在忠县第十八届人民代表大会第四次会议上）县人大常委会主任　谭志刚").orElseThrow();
        assertEquals("县人大常委会主任　谭志刚", inline.speakerPart());
    }

    @Test
    void aMeetingsDayWithItsHourUnderItsTitleIsItsDayButAnAppsPostingTimeIsNot() {
        assertEquals(java.time.LocalDate.of(2024, 1, 22), FrontMatter.parseDelivery("2024年1月22日 9:00").orElseThrow().date());
        assertEquals(java.time.LocalDate.of(2024, 1, 22), FrontMatter.parseDelivery("2024年1月22日上午9:30").orElseThrow().date());
        assertTrue(FrontMatter.parseDelivery("2024-01-18 10:30").isEmpty());
    }
}
