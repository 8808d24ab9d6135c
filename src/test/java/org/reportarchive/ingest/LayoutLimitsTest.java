package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Block;
import org.reportarchive.model.Heading;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/**
 * Ordinary reports that look like what the rules for layout look for: lists, scripts, rows of names, notices set
 * apart by blank lines, sentences that name other meetings. The rules must leave them as they are.
 */
class LayoutLimitsTest {

    private static List<String> texts(Report r) {
        return r.body().stream().map(Block::text).toList();
    }

    @Test
    void rowsOfNamesAndOfStationsAndAddressesAreNeverJoined() throws Exception {
        Report names = Copies.ingest("苏州市相城区第三届人民代表大会第一次会议公告\n（第2号）\n\n"
                + "苏州市相城区第三届人民代表大会第一次会议于2021年12月29日选举产生了常务委员会组成人员。现予公告。\n\n"
                + "委　员（按姓氏笔画为序）：\n丁晓红　王　刚　王建民　孔令华　石　磊\n田　野　朱卫东　朱雪芬　许　静　孙伟峰\n"
                + "李　平　李永根　吴惠良　沈　洁　张　军\n张晓燕　陆建英　陈　勇　金卫国　周　红\n");
        assertEquals(List.of("苏州市相城区第三届人民代表大会第一次会议于2021年12月29日选举产生了常务委员会组成人员。现予公告。",
                "委　员（按姓氏笔画为序）：", "丁晓红　王　刚　王建民　孔令华　石　磊", "田　野　朱卫东　朱雪芬　许　静　孙伟峰",
                "李　平　李永根　吴惠良　沈　洁　张　军", "张晓燕　陆建英　陈　勇　金卫国　周　红"), texts(names));
        assertTrue(names.body().stream().noneMatch(b -> b instanceof Heading && b.text().contains("王　刚")),
                "a row of names is no heading");
        Report stations = Copies.ingest("吴兴区人大常委会关于公布人大代表联络站地址的公告\n\n现将联络站地址公告如下：\n\n"
                + "织里镇人大代表联络站　织里镇珍贝路588号\n八里店镇人大代表联络站　八里店镇紫金路11号\n"
                + "妙西镇人大代表联络站　妙西镇妙山村便民中心\n埭溪镇人大代表联络站　埭溪镇上强工业园区路2号\n");
        assertTrue(texts(stations).containsAll(List.of("织里镇人大代表联络站　织里镇珍贝路588号", "八里店镇人大代表联络站　八里店镇紫金路11号",
                "妙西镇人大代表联络站　妙西镇妙山村便民中心", "埭溪镇人大代表联络站　埭溪镇上强工业园区路2号")), texts(stations).toString());
    }

    @Test
    void aColumnsLinesWithDigitsAndNoCommaGoOnWhetherTheCopyWrapsByWidthOrByCharacters() throws Exception {
        String head = "XX市人民代表大会常务委员会工作报告\n——2024年1月12日在XX市第十五届人民代表大会第三次会议上\n各位代表：\n";
        List<String> expected = List.of("各位代表：",
                "2022年1月至2023年12月期间常委会先后审议了2022年度和2023年度市级预算执行情况和其他财政收支审计工作报告并提出审议意见。",
                "常委会听取审议了市人民政府关于2022年度国有资产管理情况的综合报告和2022年度企业国有资产管理情况的专项报告并开展了专题询问。",
                "截至2023年12月31日全市共有各级人大代表6782名其中市人大代表512名县区人大代表2150名乡镇人大代表4120名。");
        // set by width: a line with digits holds more characters
        Report byWidth = Copies.ingest(head + String.join("\n",
                "　　2022年1月至2023年12月期间常委会先后审议了202",
                "2年度和2023年度市级预算执行情况和其他财政收支审",
                "计工作报告并提出审议意见。",
                "　　常委会听取审议了市人民政府关于2022年度国有资",
                "产管理情况的综合报告和2022年度企业国有资产管理情",
                "况的专项报告并开展了专题询问。",
                "　　截至2023年12月31日全市共有各级人大代表6782名",
                "其中市人大代表512名县区人大代表2150名乡镇人大代",
                "表4120名。"));
        assertEquals(expected, texts(byWidth));
        // wrapped after 24 characters, digits or not: its lines with digits are narrower, and full all the same
        Report byCount = Copies.ingest(head + String.join("\n",
                "　　2022年1月至2023年12月期间常委会先",
                "后审议了2022年度和2023年度市级预算执行情",
                "况和其他财政收支审计工作报告并提出审议意见。",
                "　　常委会听取审议了市人民政府关于2022年度国",
                "有资产管理情况的综合报告和2022年度企业国有资",
                "产管理情况的专项报告并开展了专题询问。",
                "　　截至2023年12月31日全市共有各级人大代",
                "表6782名其中市人大代表512名县区人大代表2",
                "150名乡镇人大代表4120名。"));
        assertEquals(expected, texts(byCount));
        assertTrue(byCount.body().stream().noneMatch(b -> b instanceof Heading), "no line of a column is a title");
    }

    @Test
    void aShortCopyUnderAnAddresseeThatIndentsItsParagraphsGoesOnInAnUnindentedLineAfterAFullStop() throws Exception {
        String opinion = String.join("\n",
                "关于市人民政府2023年度环境状况和环境保护目标完成情况报告的审议意见",
                "市人民政府：",
                "　　2024年4月25日，市十五届人大常委会第十八次会议听",
                "取和审议了市人民政府关于2023年度环境状况和环境保护目",
                "标完成情况的报告。现将审议意见函告如下。",
                "　　会议认为，市人民政府认真贯彻落实习近平生态文明思想",
                "，全市生态环境质量持续改善，全年空气质量优良天数比例达",
                "到百分之九十一，同比上升二点三个百分点，成效十分明显。",
                "同时也要看到，生态环境保护任务依然艰巨，还存在一些问题",
                "和不足。",
                "　　以上审议意见，请认真研究处理，并于六个月内将研究处理",
                "情况报告市人大常委会。");
        Report r = Copies.ingest(opinion);
        assertEquals(4, r.paragraphs().size(), texts(r).toString());
        assertTrue(texts(r).get(2).endsWith("成效十分明显。同时也要看到，生态环境保护任务依然艰巨，还存在一些问题和不足。"),
                texts(r).toString());
        // a copy whose surely new paragraphs (under a short line's full stop) start unindented does not indent them
        Report plain = Copies.ingest(opinion.replace("和不足。\n　　以上", "和不足。\n以上").replace("函告如下。\n　　会议", "函告如下。\n会议"));
        assertTrue(texts(plain).contains("同时也要看到，生态环境保护任务依然艰巨，还存在一些问题和不足。"), texts(plain).toString());
    }

    @Test
    void aTablesCaptionWithoutANumberAnAttachmentsLabelLineAndAListsItemsAreNoHeadings() throws Exception {
        Report r = Copies.ingest(String.join("\n", "巩义市人民代表大会常务委员会工作报告",
                "——2024年1月10日在巩义市第十七届人民代表大会第三次会议上", "各位代表：",
                "一、2023年主要工作", "（一）强化监督。听取审议专项工作报告12个。",
                "表　2023年市人大常委会监督工作一览", "序号\t类别\t议题", "1\t经济\t计划执行情况", "2\t财政\t财政决算",
                "二、2024年工作安排", "全年将围绕大局强化监督，尊重代表主体地位。",
                "三、加强自身建设", "持续推进“四个机关”建设。",
                "附件：巩义市人大常委会2023年度听取审议报告目录",
                "1.市人民政府关于2023年上半年国民经济和社会发展计划执行情况的报告",
                "2.市人民政府关于2022年度本级预算执行和其他财政收支的审计工作报告",
                "3.市人民法院关于民事审判工作情况的报告"));
        List<Heading> headings = r.headings();
        assertEquals(List.of("一、2023年主要工作", "二、2024年工作安排", "三、加强自身建设"),
                headings.stream().map(Heading::text).toList(), "the caption and the list's items are no headings");
        assertTrue(headings.stream().allMatch(h -> h.level() == 1), headings.toString());
        assertTrue(texts(r).contains("表　2023年市人大常委会监督工作一览"));
        assertTrue(texts(r).contains("2.市人民政府关于2022年度本级预算执行和其他财政收支的审计工作报告"));
        // the attachment's label on a line of its own: its headings have a scale of their own
        Report attached = Copies.ingest(String.join("\n", "关于2023年度监督工作情况的报告", "各位委员：",
                "一、主要工作", "常委会全年听取审议报告12个。", "二、下步打算", "将继续加强监督。",
                "附件：监督工作明细", "（一）经济监督", "听取审议计划执行情况报告。", "（二）民生监督", "开展养老服务专题询问。"));
        assertEquals(List.of(1, 1, 1, 1), attached.headings().stream().map(Heading::level).toList(),
                attached.headings().toString());
        // numbered lines with text between them, or a part that starts again at 二、, are headings
        Report parts = Copies.ingest(String.join("\n", "工作要点汇编", "各位委员：", "一、围绕中心工作，加强监督",
                "听取和审议计划执行情况报告。", "二、依法做好换届选举工作", "三、加强代表工作", "四、加强自身建设", "二、执法检查",
                "常委会组成执法检查组开展执法检查。"));
        assertTrue(parts.headings().stream().map(Heading::text).toList().containsAll(List.of("一、围绕中心工作，加强监督",
                "二、执法检查")), parts.headings().toString());
        assertTrue(texts(parts).containsAll(List.of("二、依法做好换届选举工作", "三、加强代表工作", "四、加强自身建设")),
                texts(parts).toString());
    }

    @Test
    void aCopyWhoseParagraphsStartIndentedUnderTheirHeadingsGoesOnInAnUnindentedLineAfterAFullStop() throws Exception {
        Report r = Copies.ingest(String.join("\n", "楚雄彝族自治州人民代表大会常务委员会工作报告", "各位代表：",
                "（一）坚持党的领导，确保正确政治方向",
                "　　常委会党组认真落实全面从严治党主体责任，严格执行",
                "重大事项请示报告制度，全年向州委请示报告重大事项19件。",
                "深入学习宣传贯彻宪法修正案，组织开展“宪法宣传周”系",
                "列活动，推动宪法精神深入人心。",
                "（二）立足民族自治，提高立法质量",
                "　　常委会充分行使民族区域自治地方立法权，制定了《楚",
                "雄彝族自治州彝族火把节条例》，修订了《楚雄彝族自治州",
                "城乡规划建设管理条例》，立法质量不断提高。",
                "（三）聚焦脱贫攻坚，增强监督实效",
                "　　围绕打好“三大攻坚战”，常委会把脱贫攻坚作为监督工",
                "作的重中之重，连续两年听取和审议州人民政府的报告。"));
        assertTrue(texts(r).contains("常委会党组认真落实全面从严治党主体责任，严格执行重大事项请示报告制度，全年向州委请示报告重大事项19件。"
                + "深入学习宣传贯彻宪法修正案，组织开展“宪法宣传周”系列活动，推动宪法精神深入人心。"), texts(r).toString());
    }

    @Test
    void aClausesNextItemOnTheNextLineGoesOnThoughItStartsWithItsOrdinal() throws Exception {
        Report r = Copies.ingest(String.join("\n", "楚雄彝族自治州人民代表大会常务委员会工作报告", "各位代表：",
                "（二）围绕打赢脱贫攻坚战强化监督",
                "重点抓好三个方面：一是持续听取和审议脱贫攻坚工作情况报告，",
                "推动中央和省州各项扶贫政策和帮扶措施落实，",
                "二是对《中华人民共和国农村土地承包法》和《云南省农村",
                "扶贫开发条例》实施情况开展执法检查；三是就产业扶贫开",
                "展专题询问。"));
        assertEquals(List.of("各位代表：", "（二）围绕打赢脱贫攻坚战强化监督",
                "重点抓好三个方面：一是持续听取和审议脱贫攻坚工作情况报告，推动中央和省州各项扶贫政策和帮扶措施落实，"
                        + "二是对《中华人民共和国农村土地承包法》和《云南省农村扶贫开发条例》实施情况开展执法检查；三是就产业扶贫开展专题询问。"),
                texts(r));
    }

    @Test
    void aHeadingAsWideAsTheColumnOrWrappedOverTwoLinesStaysAHeadingOverItsIndentedParagraph() throws Exception {
        String head = String.join("\n", "江阴市人民代表大会常务委员会工作报告", "各位代表：",
                "　　现在，我代表市人民代表大会常务委员会向大会报告工",
                "作，请予审议。",
                "一、坚持围绕中心，在服务发展大局中彰显人大担当",
                "　　常委会紧扣全市中心工作，听取和审议计划执行、预算",
                "执行、审计工作等报告，推动各项决策部署落地见效。", "");
        Report wide = Copies.ingest(head + String.join("\n",
                "二、坚持代表主体地位，在发挥代表作用中展现人大风采",
                "　　市十七届人大二次会议期间，代表提出的245件建议全",
                "部办结，代表满意率达99.2%。"));
        assertEquals(List.of("一、坚持围绕中心，在服务发展大局中彰显人大担当", "二、坚持代表主体地位，在发挥代表作用中展现人大风采"),
                wide.headings().stream().map(Heading::text).toList());
        assertTrue(texts(wide).contains("市十七届人大二次会议期间，代表提出的245件建议全部办结，代表满意率达99.2%。"), texts(wide).toString());
        Report wrapped = Copies.ingest(head + String.join("\n",
                "二、坚持代表主体地位，持续密切常委会同人大代表和人",
                "民群众的联系",
                "　　市十七届人大二次会议期间，代表提出的245件建议全",
                "部办结，代表满意率达99.2%。"));
        assertTrue(wrapped.headings().stream().anyMatch(h -> h.text().equals("二、坚持代表主体地位，持续密切常委会同人大代表和人民群众的联系")),
                wrapped.headings().toString());
        assertTrue(texts(wrapped).contains("市十七届人大二次会议期间，代表提出的245件建议全部办结，代表满意率达99.2%。"), texts(wrapped).toString());
    }

    @Test
    void inANarrowIndentedColumnAnItemsFirstLineAndAPlainRunOfCharactersGoOn() throws Exception {
        Report r = Copies.ingest(String.join("\n", "平塘县人民代表大会常务委员会工作报告", "各位代表：",
                "　　（一）围绕抗灾重建，积极开展监督",
                "　　凝冻灾害发生后，常委会组成人员深入受",
                "灾乡镇，了解灾情，帮助群众恢复生产生活。",
                "常委会听取和审议了县人民政府关于灾后恢复",
                "重建工作情况的报告，提出了以下审议意见：",
                "　　（1）加快电网、通信、交通等基础设施",
                "的修复，确保春耕生产顺利进行；",
                "　　（2）加强救灾资金和物资的管理，做到",
                "专款专用、公开透明；",
                "　　（3）抓好农房重建，确保受灾群众在年",
                "底前住进新房。",
                "　　县人民政府认真研究处理审议意见，全县",
                "灾后恢复重建工作进展顺利。",
                "　　（二）加强代表工作，发挥代表作用",
                "　　常委会重视代表在闭会期间的活动。",
                "　　一年来，组织代表视察调研十二次。"));
        assertEquals(List.of("（一）围绕抗灾重建，积极开展监督", "（二）加强代表工作，发挥代表作用"),
                r.headings().stream().map(Heading::text).toList());
        assertTrue(texts(r).containsAll(List.of(
                "凝冻灾害发生后，常委会组成人员深入受灾乡镇，了解灾情，帮助群众恢复生产生活。常委会听取和审议了县人民政府关于灾后恢复"
                        + "重建工作情况的报告，提出了以下审议意见：",
                "（1）加快电网、通信、交通等基础设施的修复，确保春耕生产顺利进行；", "（2）加强救灾资金和物资的管理，做到专款专用、公开透明；",
                "（3）抓好农房重建，确保受灾群众在年底前住进新房。")), texts(r).toString());
    }

    @Test
    void aParagraphsNextItemOnTheLineUnderAFullOneGoesOnWhenItHoldsTheItemBefore() throws Exception {
        List<String> column = List.of("今年常委会将重点做好以下工作：一是加强经", "济运行监督，推动产业转型升级，助力发展；",
                "二是加强民生领域监督，推动解决群众急难愁", "盼问题，认真办好全年十件民生实事工作；三",
                "是加强生态环境监督，持续开展长江流域大保", "护执法检查，推动生态文明建设上台阶。四是",
                "加强代表工作，提升代表履职水平，更好发挥", "人大代表作用，密切联系人民群众。");
        String head = "潜江市人民代表大会常务委员会工作报告\n各位代表：\n";
        Report r = Copies.ingest(head + String.join("\n", column));
        assertEquals(List.of("各位代表：", String.join("", column)), texts(r));
        // an item whose predecessor the paragraph does not hold starts a paragraph of its own
        Report other = Copies.ingest(head + String.join("\n", column).replace("一是", "首先"));
        assertEquals(3, texts(other).size(), texts(other).toString());
        // an item on a line that starts indented is a paragraph of its own, full line above it or not
        Report indented = Copies.ingest(head + String.join("\n", "　　2023年，市人大常委会在市委的正确领导下，坚持以人民为中心，",
                "深入贯彻落实党的二十大精神，认真履行宪法和法律赋予的各项职责，", "全年召开常委会会议八次，主任会议二十一次，审议通过决议决定十一",
                "项。", "　　一是加强对经济运行的监督。听取和审议市政府关于稳定经济增长", "情况的报告，提出审议意见七条，推动各项政策措施落地见效。",
                "　　二是加强对民生工作的监督。围绕湿地补水、城市供热等问题开展", "视察，督促有关部门加快解决群众反映强烈的热点难点问题三十一个。",
                "　　三是依法做好人事任免工作。全年任免国家机关工作人员八十四人次。"));
        assertEquals(5, texts(indented).size(), texts(indented).toString());
        assertTrue(texts(indented).get(4).startsWith("三是"), texts(indented).toString());
    }

    @Test
    void aTablesCellsOneALineUnderItsCaptionAreNoHeadings() throws Exception {
        Report r = Copies.ingest("张店区人民政府关于代表建议办理情况的报告\n主任、各位副主任、秘书长、各位委员：\n一、办理基本情况\n"
                + "区十七届人大一次会议期间，代表共提出建议156件。\n表1　代表建议分类办理情况\n类别\n件数\n城乡建设\n58\n经济发展\n41\n"
                + "二、主要做法\n区政府召开专题会议部署办理工作。\n");
        assertEquals(List.of("一、办理基本情况", "二、主要做法"), r.headings().stream().map(Heading::text).toList());
    }

    @Test
    void aPagesFormFeedBeforeAnIndentedLineDoesNotHideItsIndent() throws Exception {
        Report r = Copies.ingest(String.join("\n",
                "关于《云南省生活垃圾管理条例（草案）》的说明",
                "——2020年5月26日在云南省第六届人民代表大会常务委员会第二十次会议上",
                "云南省住房和城乡建设厅厅长　李　明",
                "主任、各位副主任、秘书长、各位委员：",
                "　　受省人民政府委托，现就《云南省生活垃圾管理条例（草案）》（以下简",
                "称《条例（草案）》）作如下说明：",
                "　　一、制定《条例》的必要性",
                "　　近年来，我省生活垃圾产生量逐年增长，2019年全省城乡生活垃圾清运",
                "量达到412万吨。现行《云南经济特区城乡环境卫生管理条例》对生活垃",
                "圾分类、减量等缺乏具体规定，难以适应国家生态文明试验区建设要求，",
                "有必要制定专门法规。",
                "— 1 —",
                "\f　　二、《条例（草案）》的起草过程",
                "　　2019年10月，省住房和城乡建设厅启动起草工作，先后赴上海、厦门等",
                "地学习考察，召开座谈会12场，两次在网上公开征求社会意见，形成了《条",
                "例（草案）》送审稿。省司法厅经审查修改，形成了《条例（草案）》。",
                "　　三、《条例（草案）》的主要内容",
                "　　《条例（草案）》共八章六十二条，主要规定了以下内容：",
                "　　（一）明确分类标准。将生活垃圾分为可回收物、有害垃圾、厨余垃圾和",
                "其他垃圾四类。",
                "　　（二）压实各方责任。规定实行生活垃圾分类管理责任人制度。",
                "　　（三）强化源头减量。禁止生产、销售和使用国家和本省禁止的一次性不",
                "可降解塑料制品，推行净菜上市和快递包装减量，鼓励使用再生产品。",
                "— 2 —",
                "\f　　《条例（草案）》和以上说明，请予审议。",
                "— 3 —"));
        assertEquals("《条例（草案）》和以上说明，请予审议。", texts(r).get(texts(r).size() - 1), texts(r).toString());
    }

    @Test
    void aParagraphsIndentedFirstLineInAColumnGoesOnAndMayBeTheTextsFirst() throws Exception {
        Report r = Copies.ingest(String.join("\n",
                "1  岳阳市第四届人民代表大会第三次会议",
                "2  关于岳阳市人民代表大会常务委员会工作报告的决议",
                "3  （1999年3月5日岳阳市第四届人民代表大会第三次会议通过）",
                "4",
                "5      岳阳市第四届人民代表大会第三次会议听取和审议了罗建",
                "6  华同志代表市人民代表大会常务委员会所作的工作报告。会议",
                "7  充分肯定市人大常委会一年来的工作，同意这个报告。",
                "8      会议认为，过去的一年，市人大常委会在中共岳阳市委的",
                "9  领导下，认真贯彻党的十五大和十五届三中全会精神，围绕全",
                "10 市改革、发展、稳定的大局，依法行使各项职权，加强执法检",
                "11 查和工作监督，积极开展抗洪救灾和灾后重建的监督、视察工",
                "12 作，为保障和促进全市经济发展和社会进步作出了积极贡献。",
                "13     二、加强执法检查，推进依法治市工作取得新",
                "14     会议要求，市人大常委会要在新的一年里，继续高举邓小",
                "15 平理论伟大旗帜，全面贯彻党的十五大精神，进一步加强地方",
                "16 国家权力机关建设，加大监督力度，推进依法治市，为实现全",
                "17 市国民经济和社会发展的各项目标而努力奋斗。"));
        List<String> texts = r.body().stream().map(b -> b.text()).toList();
        assertTrue(texts.get(0).startsWith("岳阳市第四届人民代表大会第三次会议听取和审议了罗建华同志"), texts.toString());
        assertTrue(texts.get(1).contains("中共岳阳市委的领导下"), texts.toString());
        // a heading's line is whole however wide it is
        assertTrue(texts.contains("二、加强执法检查，推进依法治市工作取得新"), texts.toString());
    }

    @Test
    void aColumnsLineThatEndsOnAClosingQuoteOrTitleMarkGoesOnUnlessItsSentenceEndedInside() throws Exception {
        Report r = Copies.ingest(String.join("\n", "桂林市人大常委会执法检查组关于检查水污染防治法实施情况的报告",
                "主任、各位副主任、秘书长、各位委员：",
                "　　（二）统筹推进农业面源污染治理。严格落实畜禽养殖禁养区、", "限养区管理规定，推广测土配方施肥和病虫害绿色防控技术，实现化",
                "肥农药使用量负增长。", "　　（三）切实加强执法队伍建设。推进生态环境保护综合行政执法",
                "改革，充实基层执法力量，加大对涉水违法行为的查处力度，做到有", "案必查、违法必究，推动落实市人大常委会审议通过的《条例》",
                "等三部法规。会议强调，要坚持“绿水青山就是金山银山。”", "　　（四）广泛开展普法宣传。利用“六五”环境日、“世界水日”",
                "等时间节点，深入宣传《水污染防治法》，引导公众积极参与水环境", "保护和监督。"));
        List<String> texts = r.body().stream().map(b -> b.text()).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("“世界水日”等时间节点")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("《条例》等三部法规")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("就是金山银山。”")), "a stop inside the quote ends it: " + texts);
    }

    @Test
    void aParagraphsIndentedFirstLineInAColumnGoesOnUnderAHeadingToo() throws Exception {
        Report r = Copies.ingest(String.join("\n",
                "景德镇市第十五届人大常委会第二十一次会议文件之五",
                "",
                "关于《景德镇市御窑厂遗址保护管理条例",
                "（草案）》的说明",
                "",
                "——2019年6月25日在景德镇市第十五届人民代表大会常务委员会",
                "第二十一次会议上",
                "",
                "景德镇市司法局局长　胡志坚",
                "",
                "主任、各位副主任、秘书长、各位委员：",
                "　　受市人民政府委托，现就《景德镇市御窑厂遗址保护管理",
                "条例（草案）》（以下简称《条例（草案）》）作如下说明。",
                "一、制定《条例》的必要性",
                "　　御窑厂遗址是明清两代专为宫廷烧造御用瓷器的皇家窑场",
                "遗存，是全国重点文物保护单位，也是景德镇“世界瓷都”的",
                "历史见证。近年来，市委、市政府高度重视御窑厂遗址保护工",
                "作，先后实施了御窑厂遗址考古发掘、保护展示和周边环境整",
                "治等工程，御窑厂国家考古遗址公园已列入国家考古遗址公园",
                "立项名单。",
                "　　但是，御窑厂遗址保护管理工作中仍然存在一些问题：一",
                "",
                "",
                "是保护范围内违法建设、占用遗址本体的现象时有发生；二是",
                "遗址保护与周边历史街区开发利用的关系有待理顺；三是保护",
                "管理体制不够健全，相关部门职责不够明确；四是社会力量参",
                "与遗址保护的渠道不畅。现行法律、法规对上述问题规定比较",
                "原则，有必要制定一部专门的地方性法规，为御窑厂遗址的保",
                "护管理提供法治保障。",
                "二、《条例（草案）》的起草过程",
                "　　2018年，《条例》被列入市人大常委会立法计划和市",
                "人民政府立法工作计划。市文化广电新闻出版旅游局（市文物",
                "局）在深入调研的基础上起草了《条例（草案）》送审稿。市"));
        List<String> texts = r.body().stream().map(b -> b.text()).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("御窑厂遗址是明清两代专为宫廷烧造御用瓷器的皇家窑场遗存，")), texts.toString());
        assertTrue(texts.contains("一、制定《条例》的必要性"), "the heading stays whole: " + texts);
    }

    @Test
    void twoColumnsSetSideBySideAreFoundAndWarnedOfButAGridOfNamesIsNot() throws Exception {
        Report r = Copies.ingest(String.join("\n", "兰陵县人民代表大会常务委员会工作报告",
                "各位代表：                              名县”战略，组织代表视察重点项目建",
                "　　现在，我代表县人民代表大会常务      设，提出意见建议23条。围绕兰陵国",
                "委员会向大会报告工作，请予审议。        家农业公园建设开展专题调研，推动解",
                "一、2015年主要工作                      决土地流转、基础设施配套等问题9个",
                "　　2015年是苍山县更名为兰陵县          。",
                "后的第二年。县人大常委会在县委的坚      （二）突出监督重点，增强监督实效",
                "强领导下，全年召开常委会会议8次、       　　开展《食品安全法》执法检查，督",
                "主任会议22次，听取审议“一府两院         促整改问题31个；听取审议蔬菜产业",
                "”专项工作报告17项，作出决议决定         发展情况报告，推动建成冷链物流中心",
                "11项，任免国家机关工作人员64人          2处。首次对县政府债务管理情况开展"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("lines 2-11: the copy sets two columns side by side")),
                r.warnings().toString());
        Report names = Copies.ingest(String.join("\n", "七台河市第十七届人民代表大会第一次会议主席团名单", "各位代表：",
                "于海波　　马立新　　王　刚　　王玉梅（女）　　王建军", "尹德福　　孔繁明　　石　磊　　卢晓东　　田淑华（女）",
                "冯志强　　曲洪涛　　吕　军　　朱丽娟（女）　　刘广生", "刘东明　　刘振江　　关　伟（满族）　　孙成林　　孙洪亮",
                "杜建国　　李文斌　　李秀珍（女）　　李国栋　　李建华", "杨　帆　　吴德胜　　何　平　　张　伟　　张丽华（女）",
                "大会主席团由以上人员组成，请予审议。"));
        assertTrue(names.warnings().stream().noneMatch(w -> w.contains("side by side")), names.warnings().toString());
    }

    @Test
    void aNumberedHeadingThatEndsInAFullStopOnItsOwnLineIsAHeadingWhereItsSiblingsOpenTheirParagraphs() throws Exception {
        Report r = Copies.ingest(String.join("\n", "盐城市人大常委会执法检查组关于检查固体废物污染环境防治法实施情况的报告",
                "主任、各位副主任、秘书长、各位委员：", "四、意见和建议", "（一）强化源头减量。推动企业开展清洁生产审核。",
                "（二）补齐设施短板。加快建设飞灰资源化利用项目。", "（三）加强监管执法。", "建立健全固体废物全过程信息化监管平台。",
                "以上报告，请予审议。"));
        assertTrue(r.headings().stream().anyMatch(h -> h.text().equals("（三）加强监管执法。")), r.headings().toString());
        // a long one, its clauses and all
        Report wide = Copies.ingest(String.join("\n", "洛阳市人民代表大会常务委员会工作报告", "各位代表：", "一、2012年工作回顾",
                "（一）依法开展监督。", "听取和审议市人民政府关于洛阳新区建设、城市供水等专项工作报告十二个，开展执法检查五次，推动解决了一批问题。",
                "（二）加强常委会自身建设，努力建设学习型、服务型、法治型、效能型机关。",
                "坚持常委会会前学法制度，举办专题讲座六次，修订完善机关管理制度十四项，常委会自身建设不断加强。"));
        assertTrue(wide.headings().stream().anyMatch(h -> h.text().startsWith("（二）加强常委会自身建设")), wide.headings().toString());
        // but not the last of a list over the text's closing line
        Report closing = Copies.ingest(String.join("\n", "关于区人民政府农村饮水安全工作情况报告的审议意见", "区人民政府：",
                "为此，会议提出如下审议意见：", "1.加快推进城乡供水一体化。统筹规划城乡供水布局，加大管网延伸力度，逐步实现城乡供水同网同质同价。",
                "2.建立健全农村供水工程长效管护机制，确保管护人员、管护经费和水质检测落实到位。",
                "以上审议意见，请区人民政府认真研究处理，并于2022年9月底前将研究处理情况书面报告区人大常委会。"));
        assertTrue(closing.headings().isEmpty(), closing.headings().toString());
        // a list's items, each alone on its line, stay paragraphs, the last one too
        Report list = Copies.ingest(String.join("\n", "盐城市人民代表大会常务委员会工作报告", "各位代表：",
                "二、2024年主要任务", "（一）突出监督重点，增强监督实效。", "（二）加强代表工作。", "（三）加强常委会自身建设。",
                "各位代表，让我们在市委的坚强领导下，为建设新盐城而努力奋斗！"));
        assertEquals(List.of("二、2024年主要任务"), list.headings().stream().map(h -> h.text()).toList());
        // a section's text under it, its first item too, though no sibling opens its paragraph
        Report sections = Copies.ingest(String.join("\n", "海宁市人民代表大会常务委员会工作报告", "各位代表：", "2020年主要任务",
                "一、紧扣高质量发展，加强经济工作监督。", "围绕“十四五”规划编制，听取和审议市人民政府关于规划纲要编制情况的报告，提出意见建议。",
                "二、紧扣民生福祉，加强民生领域监督。", "一是开展养老服务体系建设专题询问，推动居家养老服务中心全覆盖，提升农村养老服务水平和质量。",
                "各位代表，让我们在市委的坚强领导下，为建设新海宁而努力奋斗！"));
        assertEquals(List.of("2020年主要任务", "一、紧扣高质量发展，加强经济工作监督。", "二、紧扣民生福祉，加强民生领域监督。"),
                sections.headings().stream().map(h -> h.text()).toList());
        // siblings read alike: one of the style with a section's text under it makes all of that style headings,
        // whatever the length of the sentence under each
        Report siblings = Copies.ingest(String.join("\n", "关于外来人口服务管理情况的调研报告", "二、主要做法和成效",
                "（一）管理服务体制逐步理顺。", "市委、市政府成立了新市民事务管理委员会，全市建立社区新市民服务站196个，配备专职协管员1580名。",
                "（二）居住证制度全面实施。", "持证人员享受与户籍人口同等待遇。", "三、存在的问题", "一是服务管理力量不足。",
                "协管员与外来人口之比约为1比1046，部分社区“管不过来”的问题比较突出，基础信息采集不及时。",
                "二是信息共享程度不高。", "部门数据不能互通。", "四、意见和建议", "（一）进一步理顺体制机制。", "建议明确职责分工。",
                "（二）进一步推进信息化建设。", "要加快建设统一平台。"));
        assertEquals(List.of("二、主要做法和成效", "（一）管理服务体制逐步理顺。", "（二）居住证制度全面实施。", "三、存在的问题",
                "一是服务管理力量不足。", "二是信息共享程度不高。", "四、意见和建议", "（一）进一步理顺体制机制。",
                "（二）进一步推进信息化建设。"), siblings.headings().stream().map(h -> h.text()).toList());
    }

    @Test
    void anIndentedFirstLineAsWideAsTheColumnIsAParagraphsThoughItReadsLikeABareTitle() throws Exception {
        Report r = ReportIngester.defaults().ingest(java.nio.file.Path.of(
                "src/test/resources/heldout21/g11-yichun-heilongjiang-1996-newspaper-ocr-two-columns-interleaved-page-jump.txt"));
        assertTrue(r.headings().stream().noneMatch(h -> h.text().startsWith("常委会把监督的重点放在")), r.headings().toString());
        assertTrue(r.paragraphs().stream().anyMatch(p -> p.text().startsWith("常委会把监督的重点放在林区经济体制改革和发展多种经营上。")),
                "the line goes on in the next");
    }

    @Test
    void whereParagraphsStartIndentedAFullLineGoesOnInALineThatIsNotEvenAfterAFullStop() throws Exception {
        Report r = ReportIngester.defaults().ingest(java.nio.file.Path.of(
                "src/test/resources/layouts/pdf-column-indented-paragraphs-huzhou-2023.txt"));
        assertTrue(r.paragraphs().stream().anyMatch(p -> p.text().contains("收集意见建议612条。二是坚持精准立法")),
                "二是 at the margin goes on the paragraph above");
        assertTrue(r.headings().stream().anyMatch(h -> h.text().equals("（一）坚持以法治保障绿色发展")), "a heading at the margin stays one");
    }

    @Test
    void anAttachmentsHeadingsHaveAScaleOfTheirOwn() throws Exception {
        Report r = Copies.ingest(String.join("\n", "关于《余姚市人民代表大会常务委员会关于加强四明山区域保护的决定（草案）》的说明",
                "主任、各位副主任、秘书长、各位委员：", "一、制定《决定》的必要性", "四明山区域是我市重要的生态屏障。",
                "二、《决定（草案）》的主要内容", "（一）明确保护范围和原则", "草案明确了保护范围。", "以上说明，请予审议。", "附件",
                "需重点整改的问题清单", "一、规划管控方面", "部分区域存在违法建设。"));
        Map<String, Integer> levels = new java.util.LinkedHashMap<>();
        r.headings().forEach(h -> levels.put(h.text(), h.level()));
        assertEquals(1, levels.get("一、制定《决定》的必要性"), levels.toString());
        assertEquals(2, levels.get("（一）明确保护范围和原则"), levels.toString());
    }

    @Test
    void aCopyThatSetsItsParagraphsApartByBlankLinesKeepsItsShortLinesApart() throws Exception {
        String script = "宪法宣誓仪式主持词\n\n（2022年12月30日）\n\n同志们：\n\n"
                + "现在举行宪法宣誓仪式，请宣誓人面向国旗站立\n\n宣誓仪式结束，请宣誓人员回到座位\n\n"
                + "请全体同志起立，奏唱中华人民共和国国歌\n\n请坐下\n\n下面，请新任命的同志作表态发言\n";
        assertEquals(List.of("同志们：", "现在举行宪法宣誓仪式，请宣誓人面向国旗站立", "宣誓仪式结束，请宣誓人员回到座位",
                "请全体同志起立，奏唱中华人民共和国国歌", "请坐下", "下面，请新任命的同志作表态发言"), texts(Copies.ingest(script)));
        // a paragraph a copy broke after a blank line, in a word after its first sentence, is joined as before
        String broken = "某市人民代表大会常务委员会工作报告\n\n各位代表：\n\n一年来，常委会依法履职。\n\n"
                + "——坚持依法履职是做好人大工作的根本遵循。地\n\n方人大作为地方国家权力机关，担负着行使地方国家权力的使命。\n\n"
                + "二是加强监督。\n\n三是加强代表工作。\n\n四是加强自身建设。\n";
        assertTrue(texts(Copies.ingest(broken)).contains(
                "——坚持依法履职是做好人大工作的根本遵循。地方人大作为地方国家权力机关，担负着行使地方国家权力的使命。"));
    }

    @Test
    void aLineThatEndsInACommaGoesOnButAHeadingAtAPagesFootIsWhole() throws Exception {
        Report r = Copies.ingest("某县人民代表大会常务委员会工作报告\n各位代表：\n2013年，县人大常委会将围绕县委中心工作，依法行使职权，\n"
                + "为建设富裕和谐新县城作出新贡献。\n");
        assertEquals("2013年，县人大常委会将围绕县委中心工作，依法行使职权，为建设富裕和谐新县城作出新贡献。", texts(r).get(1));
        String page = "深入学习贯彻党的十八大和十八届三中、四中、五中、六中全\n会精神，紧紧围绕社会稳定和长治久安总目标，依法履行宪法\n"
                + "和法律赋予的职责。全年召开常委会会议8次，审议法规草案\n和法规性决定草案19件，通过11件，批准自治州、设区的\n"
                + "市单行条例和地方性法规14件，听取审议专项工作报告21\n个，开展执法检查5次。\n"
                + "（一）坚持立法先行，为社会稳定和长治久安提供法治保障\n— 1 —\n"
                + "自治区十二届人大五次会议文件　　　　　　　　　　　　常委会工作报告\n"
                + "紧扣总目标开展立法工作，制定新疆维吾尔自治区实施《中华\n人民共和国反恐怖主义法》办法，启动自治区宗教事务条例修\n"
                + "订的调研论证工作。\n";
        Report pages = Copies.ingest("新疆维吾尔自治区人民代表大会常务委员会工作报告\n各位代表：\n" + page);
        assertTrue(texts(pages).contains("（一）坚持立法先行，为社会稳定和长治久安提供法治保障"), texts(pages).toString());
        assertTrue(pages.removals().stream().anyMatch(x -> x.reason() == RemovalReason.RUNNING_HEAD),
                "a session document's header with the document's short title is the page's: " + pages.removals());
    }

    @Test
    void aHeadingAPagesBreakCutInAWordGoesOnInItsLastWordsAndOneThatEndsInAQuotedNameIsAHeading() throws Exception {
        String head = "赣州市人民代表大会常务委员会工作报告\n各位代表：\n　　我代表赣州市人民代表大会常务委员会，向大会报告工作，\n请予审议。\n"
                + "　　四、依法行使决定权任免权，保证市委意图顺利实现\n　　坚持党委决策、人大决定、政府执行相统一，依法作出关于\n"
                + "批准2017年市本级财政决算的决议、关于设立“赣州市法治宣传\n教育日”的决定等决议决定11项。坚持党管干部原则与人大依法\n"
                + "任免相统一，全年任免国家机关工作人员136人次，组织任前法\n律知识考试9场，颁发任命书、组织宪法宣誓7次，增强了被任命\n"
                + "人员的宪法意识和公仆意识。\n";
        Report r = Copies.ingest(head + "　　五、尊重代表主体地位，充分发挥代表作用，密切同人民群\n— 4 —\n赣州市人大常委会工作报告\n"
                + "众的联系\n　　坚持把代表工作作为常委会的基础性工作，不断完善代表工\n作机制，为代表依法履职提供服务保障。\n"
                + "　　（一）密切常委会与代表的联系\n　　常委会组成人员直接联系代表326名。\n");
        assertEquals(List.of("四、依法行使决定权任免权，保证市委意图顺利实现", "五、尊重代表主体地位，充分发挥代表作用，密切同人民群众的联系",
                "（一）密切常委会与代表的联系"), r.headings().stream().map(h -> h.text()).toList());
        assertEquals(2, r.headings().get(2).level());
        // the heading's own words end at the page's foot: the next page's paragraph is the text's
        Report whole = Copies.ingest(head + "　　五、尊重代表主体地位，充分发挥代表作用\n— 4 —\n赣州市人大常委会工作报告\n"
                + "　　坚持把代表工作作为常委会的基础性工作。\n");
        assertTrue(texts(whole).contains("五、尊重代表主体地位，充分发挥代表作用"), texts(whole).toString());
        assertTrue(texts(whole).contains("坚持把代表工作作为常委会的基础性工作。"), texts(whole).toString());
        Report quoted = Copies.ingest(head + "　　（三）加强生态环境保护监督，助力打造美丽中国“江西样\n板”\n"
                + "　　开展大气污染防治法执法检查，督促整改问题128个。\n　　（四）关注保障和改善民生\n　　开展专题调研3次。\n");
        assertTrue(quoted.headings().stream().anyMatch(h -> h.text().equals("（三）加强生态环境保护监督，助力打造美丽中国“江西样板”")),
                quoted.headings().toString());
        // a whole heading at a page's foot over a short line of its own on the next page: the break is no word's
        Report own = Copies.ingest(head + "　　五、加强自身建设，努力打造让党放心让人民满意的人大机关\n— 4 —\n赣州市人大常委会工作报告\n"
                + "机关作风建设\n　　常委会深入开展作风建设年活动，机关干部依法履职能力持续增强。\n");
        assertTrue(texts(own).contains("五、加强自身建设，努力打造让党放心让人民满意的人大机关"), texts(own).toString());
        assertTrue(texts(own).contains("机关作风建设"), texts(own).toString());
        assertTrue(org.reportarchive.text.WordBreaks.insideAWord("发挥人大常委", "会作用"));
        assertFalse(org.reportarchive.text.WordBreaks.insideAWord("依法履职", "工作亮点"), "职工 is no word here");
        // a paragraph that opens with its number among paragraphs that do, wrapped, ending in a quotation: a paragraph
        Report slogan = Copies.ingest(head + "　　（一）常委会组织代表开展集中视察3次，提出意见建议26条。\n"
                + "　　（二）常委会推动代表联络站规范化建设，全市建成联络站186个。\n"
                + "　　（三）群众亲切地称赞代表联络站是“家门口的连心桥、\n贴心站”\n");
        assertTrue(slogan.headings().stream().noneMatch(h -> h.text().startsWith("（三）")), slogan.headings().toString());
        // its nearest siblings wrapped as it is, headings all the same
        Report wrapped = Copies.ingest(head + "　　（一）聚焦革命老区高质量发展，推动落实国务院关于新时\n代支持革命老区振兴发展的意见\n"
                + "　　常委会听取审议市人民政府关于革命老区振兴发展情况的报\n告，提出审议意见12条。\n"
                + "　　（二）坚持生态优先绿色发展，助力打造美丽中国“江西样\n板”\n　　常委会开展大气污染防治法执法检查，推动解决问题17个。\n");
        assertTrue(wrapped.headings().stream().anyMatch(h -> h.text().endsWith("美丽中国“江西样板”")), wrapped.headings().toString());
        // a numbered item whose title or quotation the line's end left open goes on in the line that closes it
        Report items = Copies.ingest(head + "　　2016年，常委会审议通过地方性法\n规两部：\n　　（一）《新余市城市市容和环境卫\n生管理条例》\n"
                + "　　（二）《新余市仙女湖水体保护条\n例》\n　　两部法规经省人大常委会批准后施\n行，为建设美丽新余提供了法治保障。\n");
        assertTrue(texts(items).contains("（一）《新余市城市市容和环境卫生管理条例》"), texts(items).toString());
        assertTrue(texts(items).contains("（二）《新余市仙女湖水体保护条例》"), texts(items).toString());
    }

    @Test
    void theTitleInShortBesideOnePagesNumberIsItsRunningHead() throws Exception {
        Report r = Copies.ingest("杭州市上城区人民代表大会常务委员会工作报告\n——2024年1月9日在杭州市上城区第二届人民代表大会第四次会议上\n\n"
                + "各位代表：\n　　我受区人民代表大会常务委员会委托，向大会报告工作，请\n予审议。\n　　一、聚焦中心大局，依法履行监督职能\n"
                + "　　常委会听取审议区人民政府专项工作报告12项，开展执法检\n查3次、专题询问1次，提出审议意见41条。\n"
                + "　　二、坚持代表主体地位，全力支持和保障人大代表依法履职\n　　全区建成代表联络站58个，实现街道全覆盖。代表通过联络\n"
                + "- 1 -\n上城区人大常委会工作报告\n站收集意见建议1260条，推动解决民生实事320件。\n　　三、加强自身建设\n"
                + "　　常委会坚持会前学法制度，全年组织集中学习10次。\n- 2 -\n");
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.RUNNING_HEAD
                && x.text().equals("上城区人大常委会工作报告")), r.removals().toString());
        assertEquals(List.of(1, 1, 1), r.headings().stream().map(h -> h.level()).toList(), "no title among the headings");
        assertTrue(texts(r).contains("全区建成代表联络站58个，实现街道全覆盖。代表通过联络站收集意见建议1260条，推动解决民生实事320件。"),
                texts(r).toString());
    }

    @Test
    void aListOfNamesInASentenceIsNoParagraphsRunTogether() {
        StringBuilder names = new StringBuilder("区第十八届人民代表大会第一次会议选举产生的市人大代表名单：");
        for (String n : List.of("丁　力", "王　红", "王建国", "石　磊", "田　野", "朱卫东", "许　静", "孙伟峰", "李　平", "沈　洁")) {
            names.append(n).append("\u3000\u3000");
        }
        names.append("戴　强（共50名）。上述人员的代表资格经代表资格审查委员会审查，确认有效。".repeat(4));
        assertEquals(List.of(), ReportIngester.indentedParagraphs(names.toString()));
    }

    @Test
    void aMeetingThatClosedBeforeIsNotTheSpeechs() throws Exception {
        Report after = Copies.ingest("在全县人大工作会议上的讲话\n同志们：\n"
                + "县第十七届人民代表大会第四次会议胜利闭幕不久，今天，县委召开全县人大工作会议，主要任务是部署工作。\n");
        assertNull(after.metadata().session());
        Report since = Copies.ingest("沅陵县人民代表大会常务委员会工作报告\n各位代表：\n"
                + "县第十八届人民代表大会第二次会议胜利闭幕以来，县人大常委会依法履职。\n");
        assertNull(since.metadata().session());
    }

    @Test
    void aMemberOfAListOverADayIsNoSigner() throws Exception {
        Report r = Copies.ingest("关于检查《中华人民共和国农产品质量安全法》实施情况的报告\n"
                + "寿光市人大常委会执法检查组对农产品质量安全法实施情况进行了检查。现将检查情况报告如下。\n"
                + "检查组成员：\n组长：市人大常委会副主任　李　明\n副组长：市人大常委会农业农村工作委员会主任　王　刚\n2023年9月20日\n");
        assertNull(r.metadata().speaker());
    }

    @Test
    void aMayorSigningHisInauguralSpeechNamesTheCity() throws Exception {
        Report r = Copies.ingest("就职讲话\n各位代表：\n刚才，大会选举我为市人民政府市长，这是全市人民对我的信任和重托。\n"
                + "谢谢大家！\n彭州市人民政府市长　李明月\n2022年1月6日\n");
        assertEquals("510182", r.metadata().place().code(), r.warnings().toString());
        assertEquals("李明月", r.metadata().speaker());
    }

    @Test
    void aCellOfShortParagraphsOnOneLineIsOnePhraseAndABindingLineIsAScansNote() throws Exception {
        Report r = Copies.ingest("<h2>萧山区人大常委会关于2021年度代表建议办理情况的报告</h2>\n<p>主任、各位副主任、各位委员：</p>\n"
                + "<p>重点督办建议办理情况如下：</p>\n<table>\n<tr>\n<td><p>关于加快湘湖三期</p><p>配套道路建设的建议</p></td>\n"
                + "<td><p>已列入2022年</p><p>区重点工程计划</p></td>\n</tr>\n</table>\n<p>以上报告，请予审议。</p>\n");
        assertEquals(List.of("主任、各位副主任、各位委员：", "重点督办建议办理情况如下：", "关于加快湘湖三期配套道路建设的建议\t已列入2022年区重点工程计划",
                "以上报告，请予审议。"), texts(r));
        Report scan = Copies.ingest("某省人民代表大会常务委员会工作报告\n各位代表：\n在环境保护方面，常委会组织部分常委会组成人员和人大代表对太湖沿岸重点\n"
                + "装　订　线\n排污企业进行检查，督促未达标企业限期治理。\n");
        assertEquals("在环境保护方面，常委会组织部分常委会组成人员和人大代表对太湖沿岸重点排污企业进行检查，督促未达标企业限期治理。",
                texts(scan).get(1));
        assertTrue(scan.removals().stream().anyMatch(x -> x.reason() == RemovalReason.SCAN_NOTE), scan.removals().toString());
    }

    @Test
    void aCategoryInBracesIsATitlesLabelAndANoticesContactLinesOverItsDayAreItsOwn() throws Exception {
        Report r = Copies.ingest("{代表建议}关于加快推进老旧小区加装电梯工作的建议办理情况的报告\n"
                + "（2020年10月27日在福州市第十五届人民代表大会常务委员会第三十三次会议上）\n主任、各位副主任、秘书长、各位委员：\n"
                + "受市人民政府委托，现将市十五届人大四次会议第125号建议办理情况报告如下，请予审议。\n");
        assertEquals("关于加快推进老旧小区加装电梯工作的建议办理情况的报告", r.metadata().title());
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.LABEL && x.text().equals("{代表建议}")));
        Report notice = Copies.ingest("大理市人大常委会关于公开征求《大理市洱海保护条例（修订草案）》意见的公告\n"
                + "为提高立法质量，现将条例修订草案全文公布，征求社会各界意见。\n欢迎社会各界踊跃提出意见建议。\n"
                + "联系电话：0872-2123456\n联系人：市人大常委会法制工作委员会副主任　杨丽华\n2020年5月8日\n");
        assertTrue(texts(notice).contains("联系电话：0872-2123456"), texts(notice).toString());
        assertTrue(texts(notice).contains("联系人：市人大常委会法制工作委员会副主任　杨丽华"), texts(notice).toString());
    }

    @Test
    void aReportsOwnWordsOfCommentsPercentSignsFoldersAndTablesStayItsText() throws Exception {
        Report comments = Copies.ingest("关于网上联络站运行情况的报告\n主任、各位副主任、各位委员：\n一年来，网上联络站共收到群众留言1173条。\n"
                + "网友留言\n对群众留言，代表工作委员会实行“收集—分流—办理—反馈”闭环管理，做到件件有回音、事事有着落，群众满意率达到96.5%。\n"
                + "以上报告，请予审议。\n");
        assertTrue(texts(comments).contains("以上报告，请予审议。"), texts(comments).toString());
        Report percent = Copies.ingest("# 某市人民代表大会常务委员会工作报告\n各位代表：\n全市居民人均可支配收入增长5.5%%，城乡居民收入比较上年下降0.03%%。\n"
                + "有关材料已归档至共享目录 \\\\rdoa\\2020\\监督工作\\\n");
        assertEquals(List.of("各位代表：", "全市居民人均可支配收入增长5.5%%，城乡居民收入比较上年下降0.03%%。",
                "有关材料已归档至共享目录 \\\\rdoa\\2020\\监督工作\\"), texts(percent));
        Report table = Copies.ingest("序号\t名称\t内容\n1\t城区老旧小区改造\t完成38个老旧小区改造\n2\t农村供水保障提升\t新建改造农村供水工程12处\n"
                + "以上是2023年民生实事项目票决结果。县人大常委会将把票决项目的实施情况作为监督重点，组织代表每季度开展视察。\n"
                + "县人民政府要按照“谁主管、谁负责”的原则，确保项目按期保质完成。\n安吉县人大常委会办公室\n2023年1月16日\n");
        assertEquals("序号\t名称\t内容", texts(table).get(0), "a table's head is the text's, and so is all under it");
        assertTrue(texts(table).contains("安吉县人大常委会办公室"), "a signature is no title: " + texts(table));
    }

    @Test
    void aNumberAloneOnItsLineStartsTheHeadingUnderItAndANumberedLineEndingInACommaGoesOn() throws Exception {
        Report r = Copies.ingest("关于审计查出问题整改情况的报告\n主任、各位副主任、各位委员：\n一、\n审计整改工作部署推进情况\n"
                + "市委、市政府高度重视审计整改工作。\n2.关于部分专项资金分配不及时、\n闲置的问题。市财政局已收回闲置资金2.1亿元。\n");
        assertEquals(List.of("主任、各位副主任、各位委员：", "一、审计整改工作部署推进情况", "市委、市政府高度重视审计整改工作。",
                "2.关于部分专项资金分配不及时、闲置的问题。市财政局已收回闲置资金2.1亿元。"), texts(r));
        assertTrue(r.body().get(1) instanceof Heading, r.body().toString());
    }

    @Test
    void aTextTablesFrameIsLayoutAndASchedulesDaysAndTimesAreItsText() throws Exception {
        Report framed = Copies.ingest("┌──────────┐\n│索 引 号：MY0001-0500-2023-000318│\n│内容概述：县人大常委会提出的审议意见│\n"
                + "└──────────┘\n麻阳苗族自治县人大常委会关于县人民政府冰糖橙产业发展情况报告的审议意见\n县人民政府：\n"
                + "2023年10月27日，县十八届人大常委会第十四次会议听取和审议了县人民政府关于冰糖橙产业发展情况的报告。\n");
        assertEquals("麻阳苗族自治县人大常委会关于县人民政府冰糖橙产业发展情况报告的审议意见", framed.metadata().title());
        assertTrue(framed.removals().stream().anyMatch(x -> x.reason() == RemovalReason.TABLE_FRAME), framed.removals().toString());
        // the rules between a row's cells are the frame's too: a box of the page's keys gives a clean source
        Report box = Copies.ingest("┌──────────┬──────────┐\n│发布机构：│瑞安市人大常委会办公室│\n│生成日期：│2019-12-20│\n"
                + "└──────────┴──────────┘\n瑞安市人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("瑞安市人大常委会办公室", box.metadata().publication().source());
        assertEquals(6, box.removals().stream().filter(x -> x.reason() == RemovalReason.TABLE_FRAME && x.text().equals("│")).count(),
                box.removals().toString());
        Report dash = Copies.ingest("珠海市人民代表大会常务委员会工作报告\n──2021年1月19日在珠海市第九届人民代表大会第八次会议上\n各位代表：\n"
                + "一年来，常委会依法履职。\n");
        assertEquals(java.time.LocalDate.of(2021, 1, 19), dash.metadata().date(), "a line's ── is a dash");
        Report schedule = Copies.ingest("阿荣旗第十七届人民代表大会第四次会议日程\n"
                + "（2025年1月7日阿荣旗第十七届人民代表大会第四次会议主席团第一次会议通过）\n1月7日（星期二）\n下午　14:00　代表报到\n"
                + "1．选举大会主席团和秘书长\n2．通过大会议程\n");
        assertEquals("阿荣旗第十七届人民代表大会第四次会议日程", schedule.metadata().title());
        assertEquals("1月7日（星期二）", texts(schedule).get(0));
        assertNull(schedule.metadata().speaker(), "a list's line is no speaker's");
        Report inquiry = Copies.ingest("弋阳县人大常委会农村生活污水治理工作专题询问综述\n"
                + "2024年6月26日，弋阳县第十八届人民代表大会常务委员会第二十次会议对县人民政府农村生活污水治理工作开展专题询问。\n");
        assertEquals(java.time.LocalDate.of(2024, 6, 26), inquiry.metadata().date());
        assertEquals(20, inquiry.metadata().session());
    }

    @Test
    void aSchedulesDaysAndPartsOfDaysAreItsLinesNotItsTitleBlockOrSections() throws Exception {
        Report r = Copies.ingest("庆阳市第五届人民代表大会第四次会议日程\n"
                + "（2025年1月5日庆阳市第五届人民代表大会第四次会议预备会议通过）\n（2025年1月6日　星期一）\n上午\n"
                + "9:00　大会开幕\n听取和审议庆阳市人民政府工作报告\n下午\n14:30　代表团分组审议政府工作报告\n"
                + "（2025年1月7日　星期二）\n上午\n听取和审议庆阳市人民代表大会常务委员会工作报告\n选举和表决\n大会闭幕\n");
        assertEquals(java.time.LocalDate.of(2025, 1, 5), r.metadata().date());
        assertEquals("（2025年1月6日　星期一）", texts(r).get(0));
        assertEquals(List.of(), r.headings(), r.headings().toString());
        assertEquals("大会闭幕", texts(r).get(texts(r).size() - 1));
        // a schedule's part of a day, its time and its next day start lines of their own, under a line as wide as a column
        Report wide = Copies.ingest("洛阳市第十六届人民代表大会第四次会议日程\n（2025年1月8日洛阳市第十六届人民代表大会第四次会议预备会议通过）\n"
                + "1月9日（星期四）\n上午\n9:00　举行第一次全体会议\n"
                + "　　审查洛阳市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告、洛阳市2024年预算执行情况与2025年预算草案的报告\n"
                + "下午\n15:00　代表团会议，审议政府工作报告\n下午　17:30　主席团第二次会议\n1月10日（星期五）\n上午\n9:00　举行第二次全体会议\n");
        assertEquals(List.of("下午", "15:00　代表团会议，审议政府工作报告", "下午　17:30　主席团第二次会议", "1月10日（星期五）"),
                texts(wide).subList(4, 8), texts(wide).toString());
        // days with their weekdays unbracketed, parts of days before the times: a schedule too
        Report spaced = Copies.ingest("琼海市第八届人民代表大会第四次会议日程\n（2024年1月9日市八届人大四次会议预备会议通过）\n"
                + "2024年1月9日（星期二）\n全天　代表报到\n下午　15:00　各代表团召开全体会议\n2024年1月10日（星期三）\n"
                + "上午　9:00　大会第一次全体会议\n听取和审议市人民政府工作报告\n下午　各代表团审议市人民政府工作报告\n");
        assertEquals("2024年1月9日（星期二）", texts(spaced).get(0));
        assertEquals(List.of(), spaced.headings(), spaced.headings().toString());
        // a speech's day over its text stays its title block's, though the schedule attached under the text has days like it
        Report attached = Copies.ingest("在迁安市第十八届人民代表大会第四次会议预备会议上的讲话\n（2024年1月8日　星期一）\n"
                + "迁安市人大常委会主任　张建国\n各位代表：\n大会明天就要开幕了。下面，我讲几点意见。\n附：大会日程\n（2024年1月9日　星期二）\n"
                + "上午\n9:00　大会开幕\n（2024年1月10日　星期三）\n上午\n9:00　大会闭幕\n");
        assertEquals(java.time.LocalDate.of(2024, 1, 8), attached.metadata().date());
        assertEquals("各位代表：", texts(attached).get(0));
        // a sentence a column wrapped before a time goes on (……一组于 / 15:30 赴天池景区视察……)
        Report wrapped = Copies.ingest("阜康市人大常委会视察组关于全市旅游基础设施建设情况的视察报告\n各位委员：\n"
                + "会后，常委会组成人员在李新民带领下，于当天下午分两组，一组于\n15:30 赴天池景区实地视察旅游基础设施建设情况，另一组赴城关镇视察。\n");
        assertTrue(texts(wrapped).stream().anyMatch(t -> t.contains("一组于15:30 赴天池景区")), texts(wrapped).toString());
        // a title block's day with its weekday, and no other day like it under it, stays the title block's
        Report speech = Copies.ingest("在庆阳市第五届人民代表大会第四次会议闭幕会上的讲话\n（2025年1月8日　星期三）\n各位代表：\n"
                + "大会圆满完成了各项议程。\n一、回顾过去一年\n上午的会议选举产生了新一届领导班子。\n二、展望新的一年\n我们要依法履职。\n");
        assertEquals(java.time.LocalDate.of(2025, 1, 8), speech.metadata().date());
        assertEquals("各位代表：", texts(speech).get(0));
        assertEquals(2, speech.headings().size(), speech.headings().toString());
    }

    @Test
    void anIndentedFirstLineThatFillsTheColumnWithAFullStopGoesOnInAnUnindentedLine() throws Exception {
        Report r = ReportIngester.defaults().ingest(
                java.nio.file.Path.of("src/test/resources/layouts/pdf-indented-first-line-ends-a-sentence-huaibei-2020.txt"));
        assertTrue(texts(r).stream().anyMatch(t -> t.startsWith("市十六届人大五次会议期间，代表联名提出议案11件。经大会议案审查委员会审查，"
                + "大会主席团决定，将《关于加快采煤塌陷区综合治理的议案》")), texts(r).toString());
        assertTrue(texts(r).contains("一、议案办理的主要做法"), "a section's heading is whole: " + texts(r));
    }

    @Test
    void bareLinesUnderTheSentenceThatIntroducesThemAreAListNotHeadings() throws Exception {
        // (ten short lines, six of them about eight characters wide: no newspaper's column, whose lines are never wider)
        Report r = Copies.ingest(String.join("\n", "宁远县人民代表大会常务委员会工作报告", "各位代表：", "一、2019年工作回顾",
                "常委会全程跟踪监督了以下三件民生实事：", "城区供热管网改造", "农村饮水安全工程", "中小学校舍维修加固",
                "常委会听取和审议县政府关于农村人居环境整治工作情况的报告。", "二、2020年主要任务", "过去一年工作回顾",
                "2020年，常委会将依法履职。"));
        for (String item : List.of("城区供热管网改造", "农村饮水安全工程", "中小学校舍维修加固")) {
            Block b = r.body().stream().filter(x -> x.text().equals(item)).findFirst().orElseThrow();
            assertTrue(b instanceof org.reportarchive.model.Paragraph, item + " is a list's item");
        }
        assertTrue(r.body().stream().anyMatch(b -> b instanceof Heading && b.text().equals("过去一年工作回顾")),
                "a bare title alone under a heading stays one");
    }

    @Test
    void aFullLineEndingASentenceAtAPagesFootGoesOnInTheNextPagesUnindentedLine() throws Exception {
        Report r = ReportIngester.defaults().ingest(
                java.nio.file.Path.of("src/test/resources/layouts/pdf-page-break-after-a-full-stop-mianyang-2021.txt"));
        assertTrue(texts(r).stream().anyMatch(t -> t.endsWith("推动落实“两不愁三保障”②。全年跟踪督办审计查出问题48个，推动整改资金9.3亿元。")),
                texts(r).toString());
        assertTrue(texts(r).stream().noneMatch(t -> t.startsWith("全年跟踪督办")), texts(r).toString());
    }

    @Test
    void aFullLineEndingInABracketedNameGoesOnWhileOneEndingInABracketAfterItsStopEnds() throws Exception {
        Report r = ReportIngester.defaults().ingest(
                java.nio.file.Path.of("src/test/resources/layouts/pdf-line-ends-in-a-bracketed-name-mianyang-2021.txt"));
        assertTrue(texts(r).stream().anyMatch(t -> t.contains("中国（绵阳）科技城")), texts(r).toString());
        // in a web copy broken mid-sentence too, not in a column
        Report web = Copies.ingest(String.join("\n", "绵阳市人民代表大会常务委员会工作报告", "各位代表：",
                "　　2020年是“十三五”规划收官之年。一年来，市人大常委会在市委坚强领导下，紧扣中国（绵阳）",
                "科技城建设，依法行使职权，共召开常委会会议9次。", "　　现在，我宣布：会议闭幕！（全场起立）", "　　以上报告，请予审议。"));
        assertTrue(texts(web).stream().anyMatch(t -> t.contains("紧扣中国（绵阳）科技城建设")), texts(web).toString());
        assertTrue(texts(web).contains("以上报告，请予审议。"), "a bracket after a stop ends: " + texts(web));
        Report names = Copies.ingest(String.join("\n", "阿荣旗第十七届人民代表大会第四次会议主席团名单", "（共15名）",
                "于海波　　马立新　　王　刚　　王玉梅（女）", "王建军　　尹德福　　孔繁明　　石　岩"));
        assertTrue(texts(names).stream().noneMatch(t -> t.contains("（女）王建军")), texts(names).toString());
    }

    @Test
    void aNoteUnderARuleThatAPageBreakCutGoesOnOnTheNextPage() throws Exception {
        Report r = ReportIngester.defaults().ingest(
                java.nio.file.Path.of("src/test/resources/layouts/pdf-notes-over-a-page-break-xiaogan-2025.txt"));
        assertEquals(2, r.footnotes().size(), r.footnotes().toString());
        assertTrue(r.footnotes().get(0).text().endsWith("在基层设立的，直接听取基层群众对法规草案意见建议的工作平台。"),
                r.footnotes().get(0).text());
        assertTrue(texts(r).stream().noneMatch(t -> t.contains("直接听取基层群众") || t.contains("运用信息化手段")), texts(r).toString());
    }
    @Test
    void aNumberThatALinesEndCutGoesOnThoughItsRestReadsLikeAnItemsNumber() throws Exception {
        Report r = Copies.ingest(String.join("\n", "铜仁市人民政府关于2023年度水污染防治工作情况的报告", "主任、各位副主任、秘书长、各位委员：",
                "　　受市人民政府委托，现将我市202",
                "3年度水污染防治工作情况报告如下，请",
                "予审议。",
                "　　一年来，着力抓两个方面的工作：一",
                "是推进锦江流域综合治理，新建污水管网",
                "五十二公里，城镇污水处理率达百分之九",
                "十五，乡镇污水处理设施实现全覆盖；二",
                "是加强饮用水源保护，水源地水质达标率",
                "保持百分之百。",
                "　　以上报告，请予审议。"));
        assertTrue(texts(r).contains("一年来，着力抓两个方面的工作：一是推进锦江流域综合治理，新建污水管网五十二公里，城镇污水处理率达"
                + "百分之九十五，乡镇污水处理设施实现全覆盖；二是加强饮用水源保护，水源地水质达标率保持百分之百。"), texts(r).toString());
        Report fraction = Copies.ingest(String.join("\n", "铜仁市人民政府关于2023年度水污染防治工作情况的报告", "主任、各位副主任、秘书长、各位委员：",
                "　　受市人民政府委托，现将我市202",
                "3年度水污染防治工作情况报告如下，请",
                "予审议。",
                "　　一年来，着力抓两个方面的工作：一是",
                "推进锦江流域综合治理，新建污水管网五",
                "十二公里，城镇污水处理率达到百分之",
                "九十五，乡镇污水处理设施实现全覆盖；",
                "二是加强饮用水源保护，水源地水质达标",
                "率保持百分之百。",
                "　　以上报告，请予审议。"));
        assertTrue(texts(fraction).stream().anyMatch(t -> t.contains("率达到百分之九十五，乡镇")), texts(fraction).toString());
        // but an item's number under a fraction's words is the item's (……占比仅为百分之 / 二，……)
        Report item = Copies.ingest(String.join("\n", "关于全县义务教育均衡发展情况的调研报告", "二、存在的问题",
                "一，教师队伍结构性缺编问题突出，音体美专任教师占比仅为百分之",
                "二，部分偏远乡镇学校生源持续减少，教育资源利用效率不高。", "三，学生课后服务内容单一。"));
        assertTrue(texts(item).stream().anyMatch(t -> t.startsWith("二，部分偏远乡镇学校")), texts(item).toString());
        // an item numbered with a comma under a sentence's end is an item still
        Report items = Copies.ingest(String.join("\n", "铜仁市人民政府关于2023年度水污染防治工作情况的报告", "主任、各位副主任、秘书长、各位委员：",
                "　　今年重点抓好以下工作：", "一，推进锦江流域综合治理。", "二，加强饮用水源保护。"));
        assertTrue(texts(items).containsAll(List.of("一，推进锦江流域综合治理。", "二，加强饮用水源保护。")), texts(items).toString());
    }

    @Test
    void aNumberedHeadingAsWideAsTheColumnWithItsIndentGoesOnInTheFewWordsUnderIt() throws Exception {
        String head = String.join("\n", "漳州市人民代表大会常务委员会工作报告", "各位代表：",
                "　　我受漳州市第十五届人民代表大会常",
                "务委员会委托，向大会报告工作，请予审",
                "议。",
                "　　一、坚持依法监督，助推高质量发展",
                "　　一年来，听取和审议专项工作报告十",
                "八个，开展执法检查六次，推动解决了一",
                "批群众关心的问题。", "");
        Report r = Copies.ingest(head + String.join("\n",
                "　　二、坚持人民至上，充分发挥代表作",
                "用",
                "　　代表在市人代会期间提出建议五百余",
                "件，全部按期办结，代表满意率达到百分",
                "之九十九。",
                "　　以上报告，请予审议。"));
        // a bare subheading under a full heading is its own, where the break cuts no word
        Report sub = Copies.ingest(head + String.join("\n",
                "　　二、突出项目为王，扩大有效投资额",
                "项目建设提速增效",
                "　　代表在市人代会期间提出建议五百余",
                "件，全部按期办结，代表满意率达到百分",
                "之九十九。",
                "　　以上报告，请予审议。"));
        assertTrue(sub.headings().stream().anyMatch(h -> h.text().equals("项目建设提速增效")), sub.headings().toString());
        // (the first heading fills the column too, and is whole over its indented paragraph)
        assertEquals(List.of("一、坚持依法监督，助推高质量发展", "二、坚持人民至上，充分发挥代表作用"),
                r.headings().stream().map(Heading::text).toList());
        assertTrue(texts(r).contains("代表在市人代会期间提出建议五百余件，全部按期办结，代表满意率达到百分之九十九。"), texts(r).toString());
    }
    @Test
    void aListsNextNumberedItemAtAColumnLinesStartGoesOnInItsParagraph() throws Exception {
        Report r = Copies.ingest(String.join("\n", "宜春市人民代表大会常务委员会工作报告", "各位代表：",
                "　　我受本届人民代表大会常务委员会委",
                "托，向大会报告过去五年的工作，请予审",
                "议。",
                "　　过去五年，常委会依法行使职权，听",
                "取和审议专项工作报告六十二个，开展执",
                "法检查二十一次。",
                "　　新一届常委会要坚持党的领导、人民",
                "当家作主和依法治国的有机统一，重点做",
                "好以下工作：（1）加强经济工作监督，",
                "推动全市经济社会持续健康高质量发展；",
                "（2）加强民生领域监督，促进社会和谐",
                "；（3）加强代表工作，保障代表依法履",
                "职。",
                "　　以上报告，请予审议。"));
        assertTrue(texts(r).contains("新一届常委会要坚持党的领导、人民当家作主和依法治国的有机统一，重点做好以下工作：（1）加强经济工作监督，"
                + "推动全市经济社会持续健康高质量发展；（2）加强民生领域监督，促进社会和谐；（3）加强代表工作，保障代表依法履职。"), texts(r).toString());
    }
    @Test
    void aNumberingInSquareBracketsThatStartsAgainUnderAPartsTitleSitsUnderIt() throws Exception {
        Report r = Copies.ingest(String.join("\n", "达拉特旗人民代表大会常务委员会工作报告", "各位代表：",
                "现在，我代表旗人大常委会向大会报告工作，请予审议。",
                "【一】坚持党的全面领导", "常委会坚持重大事项请示报告制度，全年向旗委请示报告重大事项十二件，确保人大工作正确方向。",
                "【二】坚持依法监督", "听取和审议旗人民政府专项工作报告八个，开展执法检查三次，推动解决了一批群众关心的问题。",
                "2026年主要任务", "2026年是“十五五”规划开局之年，旗人大常委会将重点做好以下工作。",
                "【一】持续加强政治建设", "坚持用习近平新时代中国特色社会主义思想武装头脑，推动人大工作高质量发展。",
                "【二】聚焦中心依法监督", "围绕旗委中心工作，加强对经济运行、生态环境保护等方面的监督，增强监督实效。"));
        Map<String, Integer> levels = new java.util.LinkedHashMap<>();
        r.headings().forEach(h -> levels.put(h.text() + "@" + h.line(), h.level()));
        assertEquals(List.of(2, 2, 1, 2, 2), r.headings().stream().map(Heading::level).toList(), levels.toString());
    }
}
