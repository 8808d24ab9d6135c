package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Heading;
import org.reportarchive.model.HeadingStyle;
import org.reportarchive.model.Report;

class HeadingRecognizerTest {

    @Test
    void aNameWithItsDaySetApartIsARowNotAHeading() {
        for (String row : List.of("恩施日报　2022-03-15", "工作回顾　2023-01-05", "湖北日报 2022.06.28", "代表座谈会　2023年1月5日",
                "陽江日報　２０２２－１１－１０")) {
            assertEquals(Optional.empty(), HeadingRecognizer.standalone(row), row);
        }
        // a bare heading with a year, or a day that is part of its words, stays one
        assertEquals(Optional.of(HeadingStyle.TITLE), HeadingRecognizer.standalone("2023年工作回顾"));
        assertEquals(Optional.of(HeadingStyle.TITLE), HeadingRecognizer.standalone("过去五年工作回顾"));
        assertEquals(Optional.of(HeadingStyle.CHINESE_NUMBER), HeadingRecognizer.standalone("一、2023年1月5日座谈会"));
    }

    @Test
    void standAloneHeadingsByNumbering() {
        assertEquals(Optional.of(HeadingStyle.CHINESE_NUMBER), HeadingRecognizer.standalone("一、旗帜鲜明坚持党的领导，牢牢把握人大工作正确政治方向"));
        assertEquals(Optional.of(HeadingStyle.PAREN_CHINESE_NUMBER), HeadingRecognizer.standalone("（二）加强监督工作"));
        // a scan's 一 read as a dash
        assertEquals(Optional.of(HeadingStyle.CHINESE_NUMBER), HeadingRecognizer.standalone("—、认真抓好地方立法，推进依法治市"));
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("——在全市人大工作会议上的讲话"));
        assertEquals(Optional.of(HeadingStyle.PAREN_CHINESE_NUMBER), HeadingRecognizer.standalone("(十二)代表工作"));
        assertEquals(Optional.of(HeadingStyle.ARABIC_NUMBER), HeadingRecognizer.standalone("1.加强备案审查"));
        assertEquals(Optional.of(HeadingStyle.ARABIC_NUMBER), HeadingRecognizer.numbering("1.2021年工作回顾"), "a year after a number");
        assertEquals(Optional.of(HeadingStyle.ARABIC_NUMBER), HeadingRecognizer.numbering("2．2022年主要任务"));
        assertEquals(Optional.empty(), HeadingRecognizer.numbering("1.5万元用于……"), "a decimal number");
        assertEquals(Optional.of(HeadingStyle.DECIMAL_NUMBER), HeadingRecognizer.standalone("1.1 工程建设情况"));
        assertEquals(Optional.of(HeadingStyle.DECIMAL_NUMBER), HeadingRecognizer.standalone("2.3.1　水质安全存在隐患"));
        assertEquals(Optional.empty(), HeadingRecognizer.numbering("3.5 万人次参加了活动"), "a figure and its unit");
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("四、四明山区域内禁止下列行为："), "a provision introducing items");
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("（三）加强生物多样性保护，重点保护以下物种及其栖息地："));
        assertEquals(Optional.of(HeadingStyle.CHINESE_NUMBER), HeadingRecognizer.standalone("一、主要做法"));
        assertEquals(Optional.of(HeadingStyle.PAREN_ARABIC_NUMBER), HeadingRecognizer.standalone("（3）完善制度"));
        // a word processor's list: 1) and 1）, never a figure or a day's number
        assertEquals(Optional.of(HeadingStyle.ARABIC_PAREN_NUMBER), HeadingRecognizer.standalone("1）完善制度"));
        assertEquals(Optional.of(HeadingStyle.ARABIC_PAREN_NUMBER), HeadingRecognizer.numbering("2)\t始终坚持依法理财，自觉接受监督。"));
        assertEquals(Optional.empty(), HeadingRecognizer.numbering("3)号文件已经印发。"));
        assertEquals(Optional.empty(), HeadingRecognizer.numbering("5)2023年"));
        assertEquals(HeadingStyle.ARABIC_PAREN_NUMBER,
                HeadingRecognizer.runIn("1)\t始终坚持政治引领，做到对党忠诚。我将认真学习。").orElseThrow().style());
        assertEquals(Optional.of(HeadingStyle.CHINESE_NUMBER), HeadingRecognizer.standalone("## 二、聚焦重大战略重大任务"));
        assertEquals(Optional.of(HeadingStyle.TITLE), HeadingRecognizer.standalone("## 今后一年工作任务"));
        assertEquals(Optional.of(HeadingStyle.CHINESE_NUMBER), HeadingRecognizer.standalone("七、建设“四个机关”"));
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("一、坚持党的领导。依法履职。"));
    }

    @Test
    void bareSectionTitles() {
        assertEquals(Optional.of(HeadingStyle.TITLE), HeadingRecognizer.standalone("过去五年工作回顾"));
        // a subtitle led by a dash under a section's heading is the section's, no heading of its own
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("——以有力监督回应群众期盼"));
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("—以代表履职汇聚发展合力"));
        // a signature's day and a flow of steps are no sections
        for (String line : java.util.List.of("2021年1月6日", "二〇一三年一月十日", "2024年1月", "申请→受理→审查→决定")) {
            assertEquals(Optional.empty(), HeadingRecognizer.standalone(line), line);
        }
        assertEquals(Optional.of(HeadingStyle.TITLE), HeadingRecognizer.standalone("2023年工作回顾"));
        assertEquals(Optional.of(HeadingStyle.TITLE), HeadingRecognizer.standalone("2023年主要任务"));
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("地"));
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("各位代表，这是一句话。"));
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("常委会会议\t9\t+1"), "a table's row");
        assertEquals(Optional.of(HeadingStyle.CHINESE_NUMBER), HeadingRecognizer.standalone("📌 一、2022年工作回顾"));
        // a list's member, name then office, and a file an attachment list names, are none
        for (String line : java.util.List.of("谢　芳　市人大常委会委员", "李卫东　市人大代表", "温国华　市人大常委会教科文卫工委副主任",
                "1.审议意见（PDF版）.pdf", "2.审议意见回执表.doc")) {
            assertEquals(Optional.empty(), HeadingRecognizer.standalone(line), line);
        }
        assertEquals(Optional.of(HeadingStyle.TITLE), HeadingRecognizer.standalone("代表工作　不断加强"));
    }

    @Test
    void runInHeadings() {
        HeadingRecognizer.Match m = HeadingRecognizer.runIn("（一）党的领导全面落实。坚持把党的领导贯穿于人大工作各方面全过程。").orElseThrow();
        assertEquals(HeadingStyle.PAREN_CHINESE_NUMBER, m.style());
        assertEquals("（一）党的领导全面落实。".length(), m.length());
        assertEquals(HeadingStyle.ORDINAL_PHRASE,
                HeadingRecognizer.runIn("一是突出首要任务强化政治引领。坚持把学习贯彻党的二十大精神作为首要政治任务。").orElseThrow().style());
        assertEquals(HeadingStyle.ORDINAL_PHRASE,
                HeadingRecognizer.runIn("二要加深对坚持党的领导这个最大优势的认识。坚持党的领导是本质特征。").orElseThrow().style());
    }

    @Test
    void listsInsideSentencesAreNotHeadings() {
        assertTrue(HeadingRecognizer.runIn("一是市人大常委会主导立法的作用有待进一步发挥，立法质量还需提高；二是监督实效还需增强。").isEmpty());
        assertTrue(HeadingRecognizer.runIn("一年来，市人大常委会坚持党的领导。取得新成效。").isEmpty());
        // a list run into one paragraph, its items one sentence each or clauses: no heading before its text
        assertTrue(HeadingRecognizer.runIn("一是部分工程老化，管网漏损严重。二是水费收缴难。三是水质检测能力薄弱。").isEmpty());
        assertTrue(HeadingRecognizer.runIn("一是案多人少矛盾依然突出，二是少数案件审判质效有待提高。今后，我将自觉接受监督。").isEmpty());
        assertTrue(HeadingRecognizer.runIn("第一，加强重点领域立法。第二，增强监督实效。").isEmpty());
        // nor the first, whose own list reaches the next number
        assertEquals(11, HeadingRecognizer.runIn("一是强化经济运行监督。常委会重点做了两项工作：一是听取审议计划执行情况报告，二是开展专题询问。")
                .orElseThrow().length());
        // a quoted item that ends the quotation is no heading
        assertTrue(HeadingRecognizer.runIn("（三）及时清除责任区内的积雪。”").isEmpty());
        // but an item whose text holds a list of its own opens with its heading
        assertEquals(9, HeadingRecognizer.runIn("三是聚焦中心工作。常委会着力做好三件事：一是听取专项报告；二是开展执法检查；三是组织专题询问。")
                .orElseThrow().length());
        assertTrue(HeadingRecognizer.numbering("2022年是开局之年。").isEmpty());
        assertTrue(HeadingRecognizer.numbering("1.1万余个问题得到解决。").isEmpty());
    }

    @Test
    void aHalfWidthCopysPointAfterAChineseCharacterIsAFullStop() {
        String item = "(四)加强司法监督.听取和审议了市中级人民法院关于执行工作情况的报告.";
        assertEquals(Optional.empty(), HeadingRecognizer.standalone(item));
        assertEquals(Optional.of(new HeadingRecognizer.Match(HeadingStyle.PAREN_CHINESE_NUMBER, 10)),
                HeadingRecognizer.runIn(item));
        // a number's point is none
        assertEquals(Optional.of(HeadingStyle.ARABIC_NUMBER), HeadingRecognizer.standalone("1.加强代表工作"));
        assertEquals(Optional.of(HeadingStyle.CHINESE_NUMBER), HeadingRecognizer.standalone("一、财政收入增长8.4%"));
    }

    @Test
    void aTablesRowWithItsCellsApartByWideSpacesIsNoTitle() {
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("类别　　件数　　已解决或列入计划解决　　满意率"));
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("教育卫生　　41"));
        // a heading's label and its words apart by a wide space stay a heading
        assertEquals(Optional.of(HeadingStyle.TITLE), HeadingRecognizer.standalone("第一部分　　过去五年工作回顾"));
    }

    @Test
    void aNameAndOfficeOverAParagraphAboutThePersonIsAProfilesHeading() throws Exception {
        String head = "桃江縣人大常委會關於2023年度縣人大代表履職情況的報告\n——2023年12月26日在桃江縣第十八屆人民代表大會常務委員會第十五次會議上\n"
                + "主任、各位副主任、各位委員：\n一、代表履職的基本情況\n全縣現有縣人大代表198名。\n二、代表履職典型\n";
        Report r = Copies.ingest(head + "王德明　縣人大代表\n王德明代表是桃花江鎮一名村黨支部書記，帶領村民發展楠竹深加工產業。\n"
                + "陳秀蘭　縣人大代表\n陳秀蘭代表是縣人民醫院的一名護士長，牽頭開展義診活動26場。\n三、下一步打算\n代表工委將健全代表履職檔案。\n");
        assertEquals(List.of("王德明　縣人大代表", "陳秀蘭　縣人大代表"), r.headings().stream()
                .filter(h -> h.style() == HeadingStyle.TITLE).map(Heading::text).toList());
        assertEquals(2, r.headings().stream().filter(h -> h.style() == HeadingStyle.TITLE).mapToInt(Heading::level).max()
                .orElse(0));
        // a list of members, and a name and office over a paragraph about something else, are no headings
        Report list = Copies.ingest(head + "谢　芳　市人大常委会委员\n李卫东　市人大代表\n常委会组织代表开展视察3次。\n"
                + "王德明　縣人大代表\n全縣代表開展調研12次。\n");
        assertTrue(list.headings().stream().noneMatch(h -> h.style() == HeadingStyle.TITLE), list.headings().toString());
        // a deputy's own work after the office, and the section's introduction between its heading and the profiles
        Report work = Copies.ingest(head.replace("二、代表履职典型\n", "二、代表履职典型\n一年来，全县代表立足岗位、履职尽责。\n")
                + "陈秀兰　县人大代表、县人民医院主任医师\n陈秀兰代表长期坚持送医下乡，一年来义诊42场。\n"
                + "刘建军　县人大代表、宝庆农业开发有限公司董事长\n刘建军代表带领企业与1200余户农户建立利益联结机制。\n"
                + "三、下一步打算\n代表工委将健全代表履职档案。\n");
        assertEquals(List.of(2, 2), work.headings().stream().filter(h -> h.style() == HeadingStyle.TITLE)
                .map(Heading::level).toList(), work.headings().toString());
        // a list of the presidium's members in traditional characters is no heading
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("王建國　縣委書記"));
        assertEquals(Optional.of("王建國"), HeadingRecognizer.nameBeforeOffice("王建國　縣委書記"));
    }

    @Test
    void aHeadingSetWithABulletMayJoinItsTwoPhrasesWithAComma() throws Exception {
        String head = "潢川县人民代表大会常务委员会工作报告\n——2025年1月9日在潢川县第十七届人民代表大会第四次会议上\n各位代表：\n"
                + "一、2024年工作回顾\n2024年，县人大常委会依法履职，各项工作取得新成效。\n";
        Report r = Copies.ingest(head + "◆聚焦高质量发展，监督工作精准有力\n●听取审议计划执行和预算执行情况的报告，推进预算联网监督。\n"
                + "◆聚焦民生福祉，回应群众期盼\n●听取审议城乡养老服务工作情况的报告。\n二、2025年主要任务\n县人大常委会将重点做好以下工作。\n");
        assertEquals(List.of("◆聚焦高质量发展，监督工作精准有力", "◆聚焦民生福祉，回应群众期盼"), r.headings().stream()
                .filter(h -> h.style() == HeadingStyle.TITLE).map(Heading::text).toList());
        assertEquals(List.of(2, 2), r.headings().stream().filter(h -> h.style() == HeadingStyle.TITLE).map(Heading::level).toList());
        // items of a list set with bullets, one under another, and a bulleted sentence are no headings
        Report items = Copies.ingest(head + "一年来，常委会主要做了以下工作：\n◆听取审议专项工作报告12个，开展执法检查3次\n"
                + "◆组织专题询问1次，开展专题调研5次\n常委会始终坚持党的领导。\n二、2025年主要任务\n县人大常委会将重点做好以下工作。\n");
        assertTrue(items.headings().stream().noneMatch(h -> h.style() == HeadingStyle.TITLE), items.headings().toString());
        assertFalse(HeadingRecognizer.isBareTitle("■围绕高质量发展加强监督，推动开发区提质升级。"));
        assertFalse(HeadingRecognizer.isBareTitle("聚焦高质量发展，监督工作精准有力"));
        assertTrue(HeadingRecognizer.isBareTitle("☆紧扣中心大局,加强监督"), "a half-width comma as well");
        assertFalse(HeadingRecognizer.isBareTitle("☆紧扣中心大局,加强监督,服务发展"));
    }

    @Test
    void circledNumbersNumberTheDeepestHeadings() throws Exception {
        Report r = Copies.ingest("镜湖区人民代表大会常务委员会工作报告\n各位代表：\n一、2023年工作回顾\n（一）坚持党的全面领导\n"
                + "常委会党组全年召开党组会议22次。\n（1）抓好理论学习\n组织集中学习研讨12次。\n（2）抓好检视整改\n①建立问题清单\n"
                + "梳理问题清单4类19项，已全部整改到位。\n②健全长效机制\n制定完善常委会议事规则等制度9项。\n（二）依法履行监督职责\n"
                + "听取审议区政府专项工作报告14个。\n");
        assertEquals(List.of(4, 4), r.headings().stream().filter(h -> h.style() == HeadingStyle.CIRCLED_NUMBER)
                .map(Heading::level).toList(), r.headings().toString());
        // an item that goes on in clauses, a note's term and definition, and a long line are none
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("①坚持以习近平新时代中国特色社会主义思想为指导，深入"));
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("①周四接待日：指每周四由人大代表轮流到“家站点”接待群众。"));
        assertEquals(Optional.empty(), HeadingRecognizer.standalone("①推动全区城乡饮用水水源地保护和农村供水工程长效管护机制建设"));
    }

    @Test
    void aListsFirstItemThatLostItsEndIsAnItemLikeTheNext() throws Exception {
        String head = "泽库县人大常委会关于全县草原生态保护情况的调研报告\n各位委员：\n一、基本情况\n全县草原面积较大，生态总体稳定。\n二、存在的问题\n";
        Report r = Copies.ingest(head + "一，草原管护队伍人员不足，专职管护员占比仅为百分之\n二，部分牧区超载过牧，草畜矛盾仍然突出。\n"
                + "三，监测手段落后，信息化水平不高。\n三、意见建议\n加强队伍建设，推进科学监测。\n");
        assertEquals(List.of("一、基本情况", "二、存在的问题", "三、意见建议"), r.headings().stream().map(Heading::text).toList());
        // (an agenda's items, the first without a stop and the rest with: one list)
        Report agenda = Copies.ingest("同仁县第十七届人民代表大会第二次会议议程\n一、听取和审议县人民政府工作报告\n"
                + "二、审查和批准县人民政府2023年财政预算，批准县级预算。\n三、听取和审议县人民代表大会常务委员会工作报告。\n");
        assertEquals(List.of(), r.headings().stream().filter(h -> h.text().startsWith("一，")).toList());
        assertEquals(List.of(), agenda.headings(), agenda.headings().toString());
        // a heading over a sentence that starts with numbers in a row (二、三月份) stays one
        Report months = Copies.ingest("湄潭县人大常委会关于全县茶产业发展情况的调研报告\n一、调研基本情况\n"
                + "二、三月份，调研组深入茶园、企业开展调研，召开座谈会5场。\n二、存在的问题\n茶叶品牌影响力不强。\n");
        assertEquals(List.of("一、调研基本情况", "二、存在的问题"), months.headings().stream().map(Heading::text).toList());
        // a heading that starts with a count of years (二、五年来的主要体会) is a heading
        Report years = Copies.ingest("平安区人民代表大会常务委员会工作报告\n一、五年来的主要工作\n常委会依法履职。\n二、五年来的主要体会\n"
                + "必须坚持党的领导。\n");
        assertEquals(List.of("一、五年来的主要工作", "二、五年来的主要体会"), years.headings().stream().map(Heading::text).toList());
        // a heading with text under it, over a section numbered alike, stays one
        Report sections = Copies.ingest(head.replace("二、存在的问题\n", "二、存在的问题\n管护和监测还有短板。\n"));
        assertEquals(List.of("一、基本情况", "二、存在的问题"), sections.headings().stream().map(Heading::text).toList());
    }

    @Test
    void aBoxsCaptionInASectionIsNoHeading() throws Exception {
        Report r = Copies.ingest("六盘水市人民代表大会常务委员会工作报告\n各位代表：\n一、过去五年的主要工作\n（一）坚持立法先行\n"
                + "五年来制定地方性法规6件。\n专栏1　五年来制定的地方性法规\n1.《六盘水市水城河保护条例》（2018年）\n"
                + "2.《六盘水市城市绿化条例》（2020年）\n常委会设立基层立法联系点12个。\n（二）坚持依法监督\n专栏2：监督工作情况\n"
                + "听取审议专项工作报告96个。\n");
        assertEquals(List.of("一、过去五年的主要工作", "（一）坚持立法先行", "（二）坚持依法监督"),
                r.headings().stream().map(Heading::text).toList());
    }

    @Test
    void capitalAndRomanNumeralsNumberPartsAboveTheTextsSections() throws Exception {
        assertEquals(Optional.of(HeadingStyle.CAPITAL_NUMBER), HeadingRecognizer.standalone("貳、2009年工作任務"));
        assertEquals(Optional.of(HeadingStyle.ROMAN_NUMBER), HeadingRecognizer.standalone("Ⅱ．对今后工作的建议"));
        assertEquals(Optional.of(HeadingStyle.BRACKET_CHINESE_NUMBER), HeadingRecognizer.standalone("【三】加强代表工作"));
        // a class is no number, nor a note's bracketed digit
        assertEquals(Optional.empty(), HeadingRecognizer.numbering("Ⅲ类水质断面占比达到85%"));
        assertEquals(Optional.empty(), HeadingRecognizer.numbering("【1】基层立法联系点"));
        Report r = Copies.ingest("湄潭县人民代表大会常务委员会工作报告\n——2009年1月12日在湄潭县第十五届人民代表大会第三次会议上\n各位代表：\n"
                + "壹、2008年工作回顾\n一、围绕中心工作，增强监督实效\n常委会听取专项工作报告8个。\n二、重视代表工作\n代表提出建议126件。\n"
                + "贰、2009年工作任务\n一、突出监督重点\n常委会将听取专项工作报告9个。\n");
        assertEquals(List.of(1, 2, 2, 1, 2), r.headings().stream().map(Heading::level).toList());
    }

    @Test
    void aTitleRightUnderANumberedHeadingIsItsSubtitle() throws Exception {
        Report r = Copies.ingest("信阳市人民代表大会常务委员会工作报告\n（2023年1月13日）\n各位代表：\n过去一年的主要工作\n2022年，常委会依法履职。\n"
                + "【一】坚持党的全面领导\n旗帜鲜明讲政治\n严格执行重大事项请示报告制度。\n【二】坚持立法为民\n良法善治促发展\n审议通过条例3件。\n"
                + "今年的主要任务\n2023年，常委会将继续依法履职。\n");
        assertEquals(List.of(1, 2, 3, 2, 3, 1), r.headings().stream().map(Heading::level).toList());
    }

    @Test
    void aSectionsProfilesShareOneLevelAndAListsLastMemberIsNoProfile() throws Exception {
        String head = "利川市人大常委会关于2023年度市人大代表履职情况的报告\n各位代表：\n一、基本情况\n全市现有市人大代表226名。\n三、履职典型\n";
        Report r = Copies.ingest(head + "向德明　市人大代表\n向德明代表是一名村支部书记，带领村民发展茶叶产业。\n"
                + "谭春燕　市人大代表\n谭春燕代表是一名乡村教师，长期关注农村教育。\n");
        assertEquals(List.of(1, 1, 2, 2), r.headings().stream().map(Heading::level).toList());
        Report list = Copies.ingest(head + "小组成员：\n李　明　县人大代表\n王　芳　县人大代表\n汪德胜　县人大代表\n"
                + "汪德胜代表作为小组召集人，牵头制定了小组年度活动计划。\n");
        assertTrue(list.headings().stream().noneMatch(h -> h.style() == HeadingStyle.TITLE), list.headings().toString());
        // a table's row of two classes of water is no Roman-numbered heading
        assertEquals(Optional.empty(), HeadingRecognizer.numbering("Ⅰ、Ⅱ类水质断面9个　　占39.1%"));
    }
}
