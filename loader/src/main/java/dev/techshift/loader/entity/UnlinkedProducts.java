package dev.techshift.loader.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Products the registry does not know, read conservatively where the sentence says a product is named: after a
 * launch or discontinuation verb, before a product noun, after 名为 / "called", or before ", its new chip"
 * ({@code products} of unlinked.json). A name overlapping any other mention (an organisation, person, place) is none.
 */
final class UnlinkedProducts {

    /** One word of an English product name: capitalised ("Cobalt", "Pixel"), camel ("iPhone") or a version ("2.5", "10"). */
    private static final String EN_WORD = "(?:\\p{Lu}[\\p{L}\\d]*|\\p{Ll}+\\p{Lu}[\\p{L}\\d]*)(?:[-.+][\\p{L}\\d]+)*";
    private static final String EN_NAME = EN_WORD + "(?: (?:" + EN_WORD + "|\\d+(?:\\.\\d+)*\\p{L}{0,3}))*";
    /** A Latin-script name inside Chinese text: "Qwen3", "GPT-5", "Ernie 5.0". */
    private static final String LATIN_NAME = "[A-Za-z][A-Za-z\\d.+-]*(?: [A-Z\\d][A-Za-z\\d.+-]*){0,3}";
    private static final Pattern NEXT_WORD = Pattern.compile(" ([\\p{L}'’]+)");
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d+)*\\p{L}{0,3}");

    private final List<Pattern> zh = new ArrayList<>();
    private final List<Pattern> en = new ArrayList<>();
    /** English kinds of product in a supply deal ({@code en.supplyVerbs}, group {@code kind}). */
    private final List<Pattern> enKinds = new ArrayList<>();
    private final List<String> quotedReject = new ArrayList<>();
    /** What may not follow a quoted name ("“X”活动", "“X”计划" but not "“X”计划于…推出"), regular expressions. */
    private Pattern notAfter = Pattern.compile("(?!)");
    private final Set<String> enReject = new TreeSet<>();
    private final Set<String> zhReject = new TreeSet<>();
    private final Set<String> enNotBefore = new TreeSet<>();
    private final Set<String> startStop;
    /** The head nouns of a kind of product in a supply deal, folded and in lower case ({@code zh.supplyHeads}). */
    private final Set<String> supplyHeads = new TreeSet<>();
    /** The kind of an order after its customer's name ({@code zh.orderVerbs}), and the words of generation it leaves out. */
    private Pattern afterCustomer;
    /** The kind right after the supplier a customer adopts ({@code zh.adoptVerbs}: "部署藥匯配藥機"), read only right after a name. */
    private Pattern afterSupplier;
    private Pattern modelLead = Pattern.compile("");
    /** The product nouns after which a Latin name is a product's ({@code zh.nouns}, {@code zh.nounsBeforeName}), folded. */
    private final List<String> productNouns = new ArrayList<>();

    UnlinkedProducts(JsonNode cues, Set<String> nameStartStop) {
        this.startStop = nameStartStop;
        JsonNode z = cues.path("zh");
        JsonNode e = cues.path("en");
        if (z.isMissingNode() && e.isMissingNode()) {
            return;
        }
        z.path("quotedReject").forEach(c -> quotedReject.add(TextFold.fold(c.asText())));
        z.path("nouns").forEach(c -> productNouns.add(TextFold.fold(c.asText()).toLowerCase(java.util.Locale.ROOT)));
        z.path("nounsBeforeName").forEach(c -> productNouns.add(TextFold.fold(c.asText()).toLowerCase(java.util.Locale.ROOT)));
        List<String> notAfterCues = new ArrayList<>();
        z.path("notAfter").forEach(c -> notAfterCues.add(TextFold.fold(c.asText())));
        if (!notAfterCues.isEmpty()) {
            notAfter = Pattern.compile("(?:" + String.join("|", notAfterCues) + ")");
        }
        e.path("reject").forEach(c -> enReject.add(c.asText()));
        e.path("notBefore").forEach(c -> enNotBefore.add(c.asText()));
        e.path("reject").forEach(c -> zhReject.add(c.asText().toLowerCase(java.util.Locale.ROOT)));
        z.path("supplyHeads").forEach(c -> supplyHeads.add(TextFold.fold(c.asText()).toLowerCase(java.util.Locale.ROOT)));
        String verbs = alternation(z.path("verbs"));
        String fillers = alternation(z.path("fillers"));
        String nouns = alternation(z.path("nouns"));
        String named = alternation(z.path("named"));
        List<String> quoted = new ArrayList<>();
        for (JsonNode q : z.path("quotes")) {
            String pair = q.asText();
            String open = Pattern.quote(pair.substring(0, 1));
            String close = Pattern.quote(pair.substring(1, 2));
            quoted.add(open + "(?<q" + quoted.size() + ">[^" + pair.charAt(1) + "。;；,，、\\n]{1,24})" + close);
        }
        if (!quoted.isEmpty()) {
            String q = "(?:" + String.join("|", quoted) + ")";
            // "推出了新游戏《X》", "停止运营“X”": a quoted name a few words after the verb
            zh.add(Pattern.compile("(?:" + verbs + ")[^。;；,，、《》“”「」『』\"与與和跟同]{0,20}?" + q));
            // "“X”大模型", "《X》手游": a quoted name before a product noun
            zh.add(Pattern.compile(q + "\\s*(?=" + nouns + ")"));
            // "名为“X”的应用"
            zh.add(Pattern.compile("(?:" + named + ")\\s*" + q));
            // "推出首款自有品牌AI笔电「X」", "大模型服务平台“X”": a quoted name right after a product noun
            zh.add(Pattern.compile("(?:" + nouns + ")\\s*" + q));
            // "旗舰款扫地机器人“X”", "旧款电动自行车「X」", "新品“X”": a quoted name a few words of its kind after a word
            // naming a model of a line (modelWords), with no 的 between ("新款手机的“X”功能" names a feature)
            if (z.path("modelWords").size() > 0) {
                zh.add(Pattern.compile("(?:" + alternation(z.path("modelWords")) + ")(?:(?!的)[\\p{IsHan}A-Za-z\\d\\s-]){0,10}?" + q));
            }
        }
        // "《X》于2020年1月上线", "《X》将于2月28日正式停止营运", "《X》2月底停服": a title in 《》 as the subject of a
        // launch or discontinuation verb a few words on (no clause break between)
        for (JsonNode q : z.path("quotes")) {
            String pair = q.asText();
            String subjectVerbs = verbs + (z.path("subjectVerbs").size() > 0 ? "|" + alternation(z.path("subjectVerbs")) : "");
            if (pair.equals("《》")) {
                zh.add(Pattern.compile("《(?<q0>[^》。;；,，、\\n]{1,24})》[^。;；,，、《》“”「」\"]{0,16}?(?:" + subjectVerbs + ")"));
            } else {
                // "“Nimbo Pay 2”于今年4月推出", "「Lokto 3」已於本月上市": in other quotes only a model name (a Latin letter
                // in it), as quotes also hold slogans and campaigns ("“以旧换新”将于下月推出")
                String open = Pattern.quote(pair.substring(0, 1));
                String close = Pattern.quote(pair.substring(1, 2));
                zh.add(Pattern.compile(open + "(?<q0>(?=[^" + pair.charAt(1) + "]*[A-Za-z])[^" + pair.charAt(1) + "。;；,，、\\n]{1,24})" + close
                        + "[^。;；,，、《》“”「」\"]{0,16}?(?:" + subjectVerbs + ")"));
            }
        }
        // a supply deal names a kind of product where it names no product: "向后者供应测温模组", "为联想供应AI服务器机柜",
        // "供应约5万颗澄芯X5" (a model name after the verb and its amount; "采购不低于3GWh的储能电芯": 的 after a count), "交付价值约3亿元的AI服务器" (or its value), "拿下戴尔的电源模组订单", "签署…的光刻检测设备供应协议"
        // (before the Latin-name cues, so that the model name after a supply verb is read whole: "澄芯X5", not "X5")
        if (z.path("supplyVerbs").size() > 0 && z.path("supplyHeads").size() > 0) {
            // the amount is a count ("约5万颗") or the deal's value ("价值约12亿元的AI服务器"); a kind holds no 的
            // ("提供鉴定商品的保价配送服务" names no kind after the verb)
            // ("订购一批门禁系统": a batch, 一批 or 首批, counts no number)
            String amount = "(?:(?:约|近|逾|超过|多达|高达|不少于|不低于|至少)?\\s*[\\d.,]+\\s*[万千百亿]*\\s*(?:" + alternation(z.path("supplyCounters"))
                    + ")\\s*(?:的\\s*)?|(?:一|首)批\\s*|(?:" + alternation(z.path("supplyValueWords")) + ")\\s*(?:约|近|逾|超过|高达)?\\s*(?:"
                    + alternation(z.path("supplyCurrenciesBefore")) + ")?\\s*[\\d.,]+\\s*[万千百亿]*\\s*(?:"
                    + alternation(z.path("supplyCurrencies")) + ")\\s*的\\s*)?";
            String kind = "(?:(?!的)[A-Za-z\\d\\p{IsHan}]){0,8}?(?:" + alternation(z.path("supplyHeads")) + ")";
            String model = "\\p{IsHan}{0,4}[A-Za-z][A-Za-z\\d.+-]*\\d[A-Za-z\\d.+-]*";
            String deals = alternation(z.path("supplyDeals"));
            // (the count may follow the kind: "为其代工智能坐便器约12万台")
            String countAfter = "(?:约|近|逾|超过|多达)?[\\d.,]+\\s*[万千百亿]*\\s*(?:" + alternation(z.path("supplyCounters")) + ")";
            zh.add(Pattern.compile("(?:" + alternation(z.path("supplyVerbs")) + ")(?!商|链)" + amount + "(?<kind>" + model
                    + "(?![A-Za-z\\d.+-])|" + kind + "(?=[,，。;；、\\s]|$|的|给|予|" + deals + "|" + countAfter + "))"));
            zh.add(Pattern.compile("(?<=的)(?<kind>" + kind + ")(?=" + deals + ")"));
            // "接获Gogoro新一代电动机车仪表板订单", "取得鸿海新款五轴加工机大单": a kind right after the customer
            // an order is won from (no 的 between), a word of generation before it not part of it (a counted kind is read
            // below: "取得鸿海约80台立式加工机订单")
            if (z.path("orderVerbs").size() > 0) {
                String models = z.path("modelWords").size() == 0 ? "" : "(?:" + alternation(z.path("modelWords")) + ")?";
                modelLead = Pattern.compile(models);
                // a kind starts at no letter inside a Latin name, but may start right after one ("拿下Permobil电动轮椅控制器订单")
                afterCustomer = Pattern.compile("(?:" + alternation(z.path("orderVerbs")) + ")(?:了)?[^,，。;；的\\d]{1,24}?" + models + "(?:(?<![A-Za-z\\d])|(?![A-Za-z\\d]))(?<kind>" + kind.replace("(?!的)", "(?![的\\d])")
                        + ")(?=(?:订单|大单))");
                zh.add(afterCustomer);
            }
            // "屈臣氏亦在旗下30間分店部署藥匯配藥機", "X去年起分批導入織眸驗布系統": a kind right after the supplier a
            // customer adopts (adoptVerbs; a machine, 機, is one head more here), read only where it starts right after a
            // mention (a description, "部署了智能货柜", names no supplier)
            if (z.path("adoptVerbs").size() > 0) {
                String machines = "(?:(?![的\\d])[A-Za-z\\d\\p{IsHan}]){0,8}?(?:" + alternation(z.path("supplyHeads")) + "|机)";
                afterSupplier = Pattern.compile("(?:" + alternation(z.path("adoptVerbs")) + ")(?:了)?[^,，。;；的\\d]{1,16}?(?<kind>" + machines
                        + ")(?=\\s*(?:[,，。;；]|$))");
                zh.add(afterSupplier);
            }
            // "洗衣机则由LG供应", "摄像头模组则由台湾的大立光供应", "Q3 Pro所用的三色激光光源由光峰科技独家供应": a kind
            // opening its clause (or after 的) as the subject of a supply its supplier makes (suppliedByVerbs)
            if (z.path("suppliedByVerbs").size() > 0) {
                // a possessive before the kind is the customer's, no part of it ("其通信模组则由X供应"); so is what the
                // customer uses it for, before a word of using (suppliedByUses: "公司色选机所用线阵CCD传感器主要由X供应")
                String uses = z.path("suppliedByUses").size() == 0 ? "" : "|" + alternation(z.path("suppliedByUses"));
                String usedKind = kind.replace("(?!的)", "(?!的" + uses + ")");
                // or right before a verb of buying or coming from the supplier (suppliedFromVerbs: "机械臂则采购自优傲机器人")
                // or before the supplier a customer buys it from or entrusts it to, whose verb ends the clause
                // (suppliedViaFrames: "主控晶片主要向X采购", "马达控制晶片，主要向A与B采购", "成像模组则委托X代工")
                StringBuilder via = new StringBuilder();
                z.path("suppliedViaFrames").forEach(f -> via.append("|").append(alternation(f.path("before"))).append("[^,，。;；]{1,30}?(?:")
                        .append(alternation(f.path("after"))).append(")(?=\\s*(?:[,，。;；]|$))"));
                zh.add(Pattern.compile("(?:^|(?<=[,，;；:：的]|而|同时|此外|另外|其中" + uses + "))(?:其|公司的?)?(?<kind>" + usedKind + ")(?=(?:系列)?\\s*[,，]?\\s*(?:则|均|也|亦|目前|主要|将|一直|全部|统一|部分|大部分|分别){0,2}\\s*(?:由[^,，。;；]{1,30}?(?:"
                        + alternation(z.path("suppliedByVerbs")) + ")|(?:" + alternation(z.path("suppliedFromVerbs")) + ")" + via + "))"));
            }
            // "公司与X签订储能电芯采购框架协议": a kind right after the signing verb, before a purchase or supply agreement
            // ("签订农机导航系统配套供应协议": 配套, supplied for the customer's own product, is no part of the kind)
            // ("签订三年期钻针供货合约": the term of the agreement before the kind is no part of it)
            zh.add(Pattern.compile("(?<=签订|签署|签下|签了)(?:(?:为期)?[\\d一二三四五六七八九十两]+年期?的?)?(?<kind>" + kind + ")(?=(?:配套)?(?:采购|供应|供货)(?:框架)?(?:协议|合同|合约))"));
            // "签署了约1.5万片AI芯片的采购协议": a counted kind right before the deal noun
            zh.add(Pattern.compile("(?:约|近|逾|超过|多达|高达)?\\s*[\\d.,]+\\s*[万千百亿]*\\s*(?:" + alternation(z.path("supplyCounters"))
                    + ")\\s*(?<kind>" + model + "|" + kind + ")\\s*(?=的?\\s*(?:" + deals + "))"));
        }
        // a product's share of the revenue is named by its kind: "其中清洗机器人产品收入5.9亿元", "其中茶叶色选机贡献2.15亿元",
        // ",导向系统产品收入4.08亿元" (revenueKinds: after 其中, or opening its clause before 产品 or 业务; the kind ends
        // before 产品 or 业务, and a word of revenueLeadStop does not open it: "其中海外收入", "其中公司产品收入")
        JsonNode rk = z.path("revenueKinds");
        if (rk.path("verbs").size() > 0) {
            String lead = rk.path("leadStop").size() == 0 ? "" : "(?!" + alternation(rk.path("leadStop")) + ")";
            String word = "(?![的在和与及或其])[\\p{IsHan}A-Za-z\\d]";
            // a service's business keeps its 业务 ("其中疫苗冷链配送业务收入": keepSuffixAfter), goods do not ("冲牙器业务收入")
            String kept = rk.path("keepSuffixAfter").size() == 0 ? "" : "(?:" + word + "){1,12}?(?:" + alternation(rk.path("keepSuffixAfter")) + ")业务|";
            String kind = lead + "(?:" + kept + "(?:" + word + "){2,14}?)";
            String suffix = alternation(rk.path("suffixes"));
            String amount = "(?:" + alternation(rk.path("verbs")) + ")了?\\s*(?:约|近|超过|逾|达|为|高达)?\\s*\\d";
            zh.add(Pattern.compile("其中\\s*(?<kind>" + kind + ")(?=(?:" + suffix + ")?(?:实现|录得)?" + amount + ")"));
            zh.add(Pattern.compile("(?:^|(?<=[,，;；]))(?<kind>" + kind + ")(?=(?:" + suffix + ")(?:实现|录得)?" + amount + ")"));
        }
        // a service stopped is named by its kind: "将于年底起停止实体门票邮寄服务", "停止已推出五年的卫星影像订阅服务" (a
        // description ending in 的 before it), "停止在魁北克省提供虚拟问诊服务", or as the subject of the verb that ends its
        // clause: "而月票代购服务则已于2月停止" (endVerbs / endHeads; the kind ends its clause, a few Han words before
        // the head and no 的 in them; not one a word of version or share opens, endLeadStop: "停止提供旧版云存储服务")
        if (z.path("endVerbs").size() > 0 && z.path("endHeads").size() > 0) {
            String ends = alternation(z.path("endVerbs"));
            String lead = z.path("endLeadStop").size() == 0 ? "" : "(?!" + alternation(z.path("endLeadStop")) + ")";
            String kind = lead + "(?:(?![的在向与和而则已将])[A-Za-z\\d\\p{IsHan}]){2,8}?(?:" + alternation(z.path("endHeads")) + ")";
            zh.add(Pattern.compile("(?:" + ends + ")(?:在\\p{IsHan}{1,8}?(?:提供|运营|销售))?+(?:提供|运营)?+(?:[^。;；,，“”「」《》\"的]{1,12}的)?(?<kind>" + kind
                    + ")(?=\\s*(?:[,，。;；]|$))"));
            zh.add(Pattern.compile("(?:^|(?<=[,，;；]|而|并|同时|此外|另外))(?<kind>" + kind + ")(?:则|也|亦)?(?:已经|已|将|也已)?[^,，。;；]{0,8}?(?:"
                    + ends + ")(?=\\s*(?:[,，。;；]|$))"));
        }
        // "新一代推理芯片澜芯T30", "旗舰机型澜图X9 Ultra", "数据湖服务LakeLite": a Latin-script name right after a product
        // noun, with at most a two-character Chinese brand written onto it
        // (not a verb, a filler or a function word: "平台上线GPT-5" names GPT-5)
        // (not a name a company's verb follows: "远程医疗平台MediLink裁员" names the company, companyVerbsAfter)
        String company = z.path("companyVerbsAfter").size() == 0 ? "" : "(?!\\s*(?:" + alternation(z.path("companyVerbsAfter")) + "))";
        zh.add(Pattern.compile("(?:" + nouns + ")\\s*(?<latin>(?:(?!" + verbs + "|" + fillers + "|[的和与及或在从向为将已被是对给让把])\\p{IsHan}{2})?" + LATIN_NAME + ")(?![A-Za-z\\d])" + company));
        // "推出Qwen3", "发布了 Ernie 5.0"
        zh.add(Pattern.compile("(?:" + verbs + ")(?:" + fillers + ")*\\s*(?<latin>" + LATIN_NAME + ")(?![A-Za-z\\d])"));
        // "停售面向Robotaxi市场的机械旋转式激光雷达RG-64", "推出用于机器人的补盲雷达RG-Mini", "量产新一代控制器VX500":
        // a model name (capitals with a hyphen or digits) that ends the object of a launch or discontinuation verb in
        // the same clause, whatever words describe it before; not one a noun follows ("推出搭载M4芯片的…" names a chip
        // inside a description); so is a name written in camel case, with a word or a number after it ("发布第四代智能
        // 猫砂盆CatPod 4", "推出冷链包裹柜LokBox Cold"), a word and a model code ("推出四色电子纸标签Mosign C3") or a word
        // and its generation ("Feeder 3"); the words of its kind may follow it to the end of the clause, with no 的 in them
        // ("推出可佩戴15天的GT-5传感器,", "停止生产上一代OV-5000分级线。")
        zh.add(Pattern.compile("(?:" + verbs + ")[^,，。;；:：“”\"「」《》()（）]{0,30}?(?<![A-Za-z\\d.+-])(?<latin>\\p{Lu}[A-Za-z]*(?:-[A-Za-z\\d]+)+|\\p{Lu}{1,4}\\d[A-Za-z\\d]*(?:-[A-Za-z\\d]+)*"
                + "|\\p{Lu}\\p{Ll}+\\p{Lu}[A-Za-z]*(?: (?:\\p{Lu}\\p{Ll}+|\\p{Lu}{0,2}\\d+)){0,2}|\\p{Lu}\\p{Ll}+ \\p{Lu}{1,2}\\d+|\\p{Lu}[A-Za-z]*[a-z][A-Za-z]* \\d{1,3}(?:\\.\\d+)?)(?![A-Za-z\\d.+-])(?=\\s*(?:[,，。;；、)）]|$|系列|等|和|及|与|以及|并|的(?:量产|销售|生产|供货|上市))"
                + "|(?:(?!的)\\p{IsHan}){1,8}(?:[,，。;；、)）]|$))"));
        // "首款喂食器FeedOne已于去年停产": a Latin name (not an all-capital acronym; a model code of capitals and digits,
        // "懸臂式探針卡CP-100將於年底停產", is a name) as the subject of a verb of ending that ends its clause
        // (subjectEndVerbs; "X已停产Y" has an object and is read above)
        if (z.path("subjectEndVerbs").size() > 0) {
            zh.add(Pattern.compile("(?<![A-Za-z\\d.+-])(?<latin>(?=[A-Za-z\\d.+ -]*[a-z]|\\p{Lu}{1,4}-?\\d)" + LATIN_NAME + ")\\s*(?:系列)?(?:已经|已|将|也)?"
                    + "(?:于[^,，。;；、]{1,10}?)?(?:" + alternation(z.path("subjectEndVerbs")) + ")(?=[,，。;；]|$)"));
        }
        // "旧版Veldan Remote 3将于年底停止服务", "第一代黑白标签Norvik M1则已停止接单": a Latin name of a brand and a model
        // (two words or more, or a word with a digit) a few Han words of its kind after a word naming a model of a line
        // (modelWords), with no 的 between, whatever verb follows
        if (z.path("modelWords").size() > 0) {
            zh.add(Pattern.compile("(?:" + alternation(z.path("modelWords")) + ")(?:(?!的)\\p{IsHan}){0,8}?(?<![A-Za-z\\d.+-])(?<latin>\\p{Lu}[A-Za-z\\d.+-]*(?: [A-Z\\d][A-Za-z\\d.+-]*){1,3})(?![A-Za-z\\d])"));
        }
        // "Lumen大模型": not an all-capital acronym ("AWS云服务" is a company's service)
        zh.add(Pattern.compile("(?<![A-Za-z\\d.+-])(?<latin>(?=[A-Za-z\\d.+ -]*[a-z\\d])" + LATIN_NAME + ")\\s*(?=" + nouns + ")"));
        // "旗下检测软件ScanForge", "其新款芯片Zentor": a Latin name right after a product noun (not an all-capital acronym)
        String descriptors = alternation(z.path("nounsBeforeName"));
        if (z.path("nounsBeforeName").size() > 0) {
            zh.add(Pattern.compile("(?:" + descriptors + ")\\s*(?<latin>(?=[A-Za-z\\d.+ -]*[a-z])" + LATIN_NAME + ")(?![A-Za-z\\d])" + company));
        }
        // "will supply AI servers to X", "agreed to buy about 4,000 GPUs from Y", "provide X with 500 warehouse robots":
        // lower-case words or acronyms ending in a head noun, after a supply verb and an amount; two kinds may share the
        // head ("will provide compute and storage services")
        if (e.path("supplyVerbs").size() > 0 && e.path("supplyHeads").size() > 0) {
            // a kind's words are no function word and no supply verb ("won an order to supply cooling modules")
            String word = "(?!(?:to|and|or|of|for|with|from|by|in|on|at|as|its|their|the|a|an|" + alternationWords(e.path("supplyVerbs"))
                    + ")\\b)(?:[a-z][a-z-]*|\\p{Lu}{2,5})";
            // a verb, not the noun after an article ("an order", "the supply")
            enKinds.add(Pattern.compile("(?<!\\b(?:an|a|the|its|their) )\\b(?:" + alternationWords(e.path("supplyVerbs")) + ") (?:(?:\\p{Lu}[\\p{L}\\d&.'’-]*|the|its|their) (?:\\p{Lu}[\\p{L}\\d&.'’-]* ){0,3}with )?"
                    + "(?:(?:" + alternationWords(e.path("supplyAmounts")) + ") )?(?:[\\d.,]+(?: (?:million|billion|thousand|hundred))? )?"
                    + "(?:(?:new|additional|more|its|their|the|a|an) )?"
                    + "(?<kind>(?:" + word + " (?:(?:and|&) (?=[a-z]))?){0,3}?(?:" + alternationWords(e.path("supplyHeads")) + "))\\b(?![-’'])"));
            // "signed a three-year agreement with Amazon Web Services for streaming infrastructure": what a deal with a
            // named firm is for
            String heads = alternationWords(e.path("supplyHeads"));
            enKinds.add(Pattern.compile("\\b(?:deal|agreement|contract|order|pact) with (?:\\p{Lu}[\\p{L}\\d&.'’-]* ){1,4}for (?:(?:new|additional|more|its|their|the) )?"
                    + "(?<kind>(?:" + word + " ){0,3}?(?:" + heads + "))\\b(?![-’'])"));
            // "each plate uses laser modules bought from X", "its controllers run on chips supplied by Y": what a product
            // is made with, right before a verb of buying or supplying and its supplier
            enKinds.add(Pattern.compile("\\b(?:uses?|used|using|runs? on|ran on|relies on|rely on|fitted with|equipped with) (?:(?:the|its|their|our) )?"
                    + "(?<kind>(?:" + word + " ){0,2}?(?:" + heads + "))\\b (?:bought|purchased|sourced|supplied|made|provided|manufactured) (?:from|by) "));
            // "buys its motors from X and its safety controllers from Y", "laser modules bought from X and cameras from Y":
            // the second of two kinds bought, each from its supplier
            enKinds.add(Pattern.compile("\\b(?:" + alternationWords(e.path("supplyVerbs")) + ")(?: [^.;]{2,40}?)? from (?:\\p{Lu}[\\p{L}\\d&.'’-]* ){0,3}?\\p{Lu}[\\p{L}\\d&.'’-]*,? and "
                    + "(?:(?:the|its|their|our) )?(?<kind>(?:" + word + " ){0,2}?(?:" + heads + "))\\b from "));
        }
        // "agreed to install Carrylab sensors", "signed a contract to fit Vantor controllers across its resorts": a kind
        // right after a verb of fitting (fitVerbs) and the capitalised name of the firm whose goods they are, which a
        // customer commits to put in (an amount may come first: "to install 400 Vantor meters")
        if (e.path("fitVerbs").size() > 0 && e.path("supplyHeads").size() > 0) {
            String word = "(?!(?:to|and|or|of|for|with|from|by|in|on|at|as|its|their|the|a|an)\\b)[a-z][a-z-]*";
            enKinds.add(Pattern.compile("\\bto (?:" + alternationWords(e.path("fitVerbs")) + ") (?:(?:" + alternationWords(e.path("supplyAmounts"))
                    + ") )?(?:[\\d.,]+ )?\\p{Lu}[\\p{L}\\d&.'’-]*(?: \\p{Lu}[\\p{L}\\d&.'’-]*){0,2} (?<kind>(?:" + word + " ){0,2}?(?:"
                    + alternationWords(e.path("supplyHeads")) + "))\\b(?![-’'])"));
        }
        // "Our compressors come from Daikin", "Line-scan cameras for TrackEye come from Basler": a kind opening the
        // sentence (after a determiner or a possessive) as the subject of a verb of coming from a supplier (suppliedFrom)
        // The kind may also open a clause after "; ", ", and", ", but", ", while" or an answer's label ("Castellano: the
        // sensor die comes from Infineon"), and the supplier may make it for the customer (suppliedForBy: "final assembly
        // is done for us by X", "the readers are assembled for us by Y", "its filter housings are made for it by Z")
        if (e.path("suppliedFrom").size() > 0 && e.path("supplyHeads").size() > 0) {
            String word = "(?!(?:The|Our|Its|Their|the|our|its|their)\\b)\\p{Lu}?-?[a-z][a-z-]*";
            String forBy = e.path("suppliedForBy").size() == 0 ? "" : "|(?:is|are|was|were|will be|has been|have been) (?:"
                    + alternationWords(e.path("suppliedForBy")) + ") for (?:us|it|them|the company|\\p{Lu}[\\p{L}\\d&-]*) by";
            enKinds.add(Pattern.compile("(?:^|(?<=; |, and |, but |, while |: ))(?:(?:The|Our|Its|Their|the|our|its|their) )?(?<kind>(?:" + word + " ){0,2}?(?:"
                    + alternationWords(e.path("supplyHeads")) + "))(?: for [^.;,]{1,40}?)? (?:" + alternationWords(e.path("suppliedFrom")) + forBy + ") "));
        }
        // "will ship ScoutView units to Bass Pro Shops", "delivered 5,000 Lumo units": a capitalised name after a supply
        // verb and its amount, before a word counting units of it (nameUnitNouns), or one word naming what they are
        // ("to supply its QS-Line interrogator units")
        if (e.path("supplyVerbs").size() > 0 && e.path("nameUnitNouns").size() > 0) {
            en.add(Pattern.compile("\\b(?:" + alternationWords(e.path("supplyVerbs")) + ") (?:(?:" + alternationWords(e.path("supplyAmounts"))
                    + ") )?(?:[\\d.,]+(?: (?:million|thousand|hundred))? )?(?:(?:its|their|the|more|additional|new) )?(?<name>" + EN_NAME + ")(?: [a-z][a-z-]+)? (?:"
                    + alternationWords(e.path("nameUnitNouns")) + ")\\b"));
        }
        String det = alternationWords(e.path("determiners"));
        String adj = alternationWords(e.path("adjectives"));
        String strong = alternationWords(e.path("verbs"));
        String weak = alternationWords(e.path("weakVerbs"));
        // "unveiled its new Cobalt Vault", "will phase out the Pixel 10"
        en.add(Pattern.compile("\\b(?:" + strong + ") (?:(?:" + det + ") )?(?:(?:" + adj + ") )*(?<name>" + EN_NAME + ")"));
        // "introduced its new Cobalt Vault": weak verbs also take people, so a determiner or an adjective first
        en.add(Pattern.compile("\\b(?:" + weak + ") (?:(?:" + det + ") (?:(?:" + adj + ") )*|(?:(?:" + adj + ") )+)(?<name>" + EN_NAME + ")"));
        // "launched a storage service called Cobalt Vault"
        en.add(Pattern.compile("\\b(?:" + strong + "|" + weak + ")\\b[^.;:]{0,60}?\\b(?:" + alternationWords(e.path("called")) + ") (?<name>" + EN_NAME + ")"));
        // "would launch a wireless door sensor, the Lumo Edge, in April": a kind after a launch verb, then its name
        en.add(Pattern.compile("\\b(?:" + strong + "|" + weak + ") (?:" + det + ") (?:[a-z][a-z-]* ){0,3}?(?:" + alternationWords(e.path("kinds"))
                + "), (?:the |dubbed |called )?(?<name>" + EN_NAME + ")(?=[,.;]| (?:in|on|at|for|from|which|that)\\b|$)"));
        // "The AG-700, a system for larger tankers, went on sale in April", "AirLoom Edge, a solar-powered node, went live",
        // "The SX-40, launched in April,": a model name as the subject of what only a product does (subjectPredicates),
        // opening the sentence or after a determiner or "and"; a name of one plain word ("Tickets went on sale") is none
        if (e.has("subjectPredicates")) {
            List<String> joined = new ArrayList<>();
            List<String> participles = new ArrayList<>();
            for (JsonNode c : e.path("subjectPredicates")) {
                String pred = c.asText();
                (pred.startsWith(", ") ? participles : joined).add(Pattern.quote(pred.substring(pred.startsWith(", ") ? 2 : 0)).replace(" ", "\\E \\Q"));
            }
            String model = "(?=\\p{Lu}[\\p{L}\\d]*(?:\\d|-[\\p{L}\\d]|\\p{Ll}\\p{Lu})|\\p{Lu}[\\p{L}\\d.+-]* (?:\\p{Lu}|\\d))";
            en.add(Pattern.compile("(?:^(?:(?:The|Its|Their|Our) )?|\\b(?:and|the|its|their|our) )(?:(?:" + adj + ") )*(?<name>" + model + EN_NAME
                    + ")(?: [a-z][a-z-]*)?(?:(?:, [^,;]{1,80},)? (?:" + (joined.isEmpty() ? "(?!)" : String.join("|", joined)) + ")\\b|, (?:"
                    + (participles.isEmpty() ? "(?!)" : String.join("|", participles)) + ")\\b)"));
        }
        // "Zentor, its first edge AI chip"
        en.add(Pattern.compile("(?<![\\p{L}\\d])(?<name>" + EN_NAME + "), (?:" + alternationWords(e.path("appositionOpeners"))
                + ") (?:[\\p{L}\\d-]+ ){0,3}?(?:" + alternationWords(e.path("kinds")) + ")s?\\b"));
        // "Pulse, a standalone analytics app it launched in 2021": an indefinite apposition, the kind noun ending it
        // ("Halvio, a chip designer" is no product: "designer" follows the kind noun)
        if (e.has("appositionIndefinite")) {
            en.add(Pattern.compile("(?<![\\p{L}\\d])(?<name>" + EN_NAME + "), (?:" + alternationWords(e.path("appositionIndefinite"))
                    + ") (?:[a-z][a-z-]* ){0,3}?(?:" + alternationWords(e.path("kinds")) + ")(?=[,.;]| (?:" + alternationWords(e.path("appositionEnd")) + ")\\b)"));
        }
        // "Cobalt Classic, its on-premises storage software, on …": a possessive apposition that a kind noun ends
        if (e.has("appositionPossessive") && e.has("appositionEnd")) {
            en.add(Pattern.compile("(?<![\\p{L}\\d])(?<name>" + EN_NAME + "), (?:" + alternationWords(e.path("appositionPossessive"))
                    + ") (?:[a-z][a-z-]* ){0,3}?(?:" + alternationWords(e.path("kinds")) + ")(?=[,.;]| (?:" + alternationWords(e.path("appositionEnd")) + ")\\b)"));
        }
        // "the Halvio Forms builder", "its open-weight Aster model": a name between a determiner and a kind noun; one
        // lower-case word may say more of the kind ("the reusable Velo Clip ankle tag at the end of May"), the kind may be
        // plural ("support for the older Velo 2 consoles will end"), and a preposition or a verb in the past may follow it
        // ("its Velocloud monitoring platform accounted for"), or the clause go on ("to supply its Velo Route platform to X",
        // "retired the standalone Velo Coach app and")
        if (e.has("kindDeterminers")) {
            en.add(Pattern.compile("\\b(?:" + alternationWords(e.path("kindDeterminers")) + ") (?:[a-z][a-z-]* ){0,2}?(?<name>" + EN_NAME + ")(?: [a-z][a-z-]*)? (?:"
                    + alternationWords(e.path("kinds")) + ")s?(?=[,.;]| (?:" + alternationWords(e.path("appositionEnd")) + "|at|on|in|by|from|after|until|and|to|with|into|across|[a-z]{3,}ed)\\b)"));
        }
        // "its VM-2 single-phase meter", "supply 1.2 million VM-5 meters to", "supply its Cobalt-X slurry to": a model
        // code a product noun ends the phrase of, after a determiner or a supply verb and its amount (codeNouns)
        if (e.has("codeNouns") && e.has("kindDeterminers")) {
            String code = "\\p{Lu}{1,4}-?\\d{1,4}\\p{Lu}?|\\p{Lu}\\p{Ll}+-\\p{Lu}{1,2}\\d{0,3}";
            String codeNouns = alternationWords(e.path("codeNouns")) + "|" + alternationWords(e.path("kinds")) + "|" + alternationWords(e.path("supplyHeads"));
            String supply = e.path("supplyVerbs").size() == 0 ? "(?!)" : "(?:" + alternationWords(e.path("supplyVerbs")) + ") (?:(?:"
                    + alternationWords(e.path("supplyAmounts")) + ") )?(?:[\\d.,]+(?: (?:million|billion|thousand|hundred))? )?(?:(?:its|their|the) )?";
            // the determiner may open the sentence: "The older V2 unit, which only read magnetic cards, is being withdrawn"
            en.add(Pattern.compile("\\b(?:(?i:" + alternationWords(e.path("kindDeterminers")) + ") |" + supply + ")(?:[a-z][a-z-]* ){0,2}?(?<name>"
                    + code + ")(?![\\p{L}\\d.+-]) (?:[a-z][a-z-]* ){0,2}?(?:" + codeNouns + ")s?\\b"));
            // "its entry-level Velo 4 fishfinder", "ordered 25 Velo 3 trolleys": a capitalised name ending in a version
            // number, right before a lower-case word, whatever noun that is (versionedNamesNot: "the Phase 2 trial")
            if (e.has("versionedNamesNot")) {
                en.add(Pattern.compile("\\b(?:(?i:" + alternationWords(e.path("kindDeterminers")) + ") |" + supply + ")(?:[a-z][a-z-]* ){0,2}?(?<name>(?!(?:"
                        + alternationWords(e.path("versionedNamesNot")) + ") )\\p{Lu}[\\p{L}]*\\p{Ll}[\\p{L}]*(?: \\p{Lu}[\\p{L}]+)? \\d{1,2}) (?=[a-z]{3,})"));
            }
        }
    }

    private static String alternation(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(c -> out.add(Pattern.quote(c.asText())));
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out.isEmpty() ? "(?!)" : String.join("|", out);
    }

    private static String alternationWords(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(c -> out.add(Pattern.quote(c.asText()).replace(" ", "\\E \\Q")));
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out.isEmpty() ? "(?!)" : String.join("|", out);
    }

    /**
     * The sentence's unknown products as [begin, end) char offsets; {@code block} marks the chars of every other
     * mention (a product overlapping one is none), {@code orgs} the folded names of its organisations. A kind of
     * product in a supply deal is blocked only by {@code kindBlock} and may hold whole one of {@code markets}
     * ([begin, end) char offsets), never part of one: "拿下惠普的商用笔电订单" reads 商用笔电 over the notebook market's 笔电.
     */
    List<int[]> find(String sentence, String language, boolean[] block, boolean[] kindBlock, List<int[]> markets, Set<String> orgs) {
        return find(sentence, language, block, kindBlock, markets, orgs, null);
    }

    /**
     * As {@link #find(String, String, boolean[], boolean[], List, Set)}; {@code makerEnds} gives, at the char where an
     * organisation's mention starts, the char where it ends (0 elsewhere): an English product name may start with its
     * maker's name and go on with words of its own ("is shutting Tindra Lite", "retired the standalone Corvel Coach
     * app"), which the caller then reads as the product, not the maker.
     */
    List<int[]> find(String sentence, String language, boolean[] block, boolean[] kindBlock, List<int[]> markets, Set<String> orgs,
            int[] makerEnds) {
        List<int[]> out = new ArrayList<>();
        if (language.startsWith("zh")) {
            // cues are written in simplified characters: read the folded sentence when folding keeps every offset
            // (Latin letters keep their case: a name's capitals are part of how it is recognised)
            String folded = TextFold.fold(sentence);
            String text = sentence;
            if (folded.length() == sentence.length()) {
                char[] mixed = folded.toCharArray();
                for (int i = 0; i < mixed.length; i++) {
                    if (sentence.charAt(i) < 0x80) {
                        mixed[i] = sentence.charAt(i);
                    }
                }
                text = new String(mixed);
            }
            for (Pattern p : zh) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    int[] span = group(m);
                    if (span != null && zhName(sentence, span, hasLatin(m))) {
                        if (isKind(m)) {
                            if (p == afterCustomer) {
                                span = afterName(text, span, kindBlock);
                            } else if (p == afterSupplier) {
                                span = afterSupplierName(folded, m.start("kind") - 1, span, kindBlock, orgs);
                            }
                            if (span != null && !splitsMarket(markets, span)) {
                                keep(out, span, kindBlock, orgs, sentence);
                            }
                        } else {
                            keep(out, span, block, orgs, sentence);
                        }
                    }
                }
            }
        } else {
            for (Pattern p : enKinds) {
                Matcher m = p.matcher(sentence);
                while (m.find()) {
                    int[] span = {m.start("kind"), m.end("kind")};
                    if (!splitsMarket(markets, span)) {
                        keep(out, span, kindBlock, orgs, sentence);
                    }
                }
            }
            for (Pattern p : en) {
                Matcher m = p.matcher(sentence);
                while (m.find()) {
                    int[] span = englishName(sentence, m.start("name"), m.end("name"));
                    if (span != null && afterMaker(span, block, makerEnds, sentence)) {
                        keep(out, span, new boolean[block.length], orgs, sentence);
                    } else if (span != null) {
                        keep(out, span, block, orgs, sentence);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(a -> a[0]));
        return out;
    }

    /** Whether Chinese text ends in a product noun ("AI菜单助手"): a Latin name written right after it is a product's. */
    boolean endsInProductNoun(String text) {
        String folded = TextFold.fold(text).stripTrailing().toLowerCase(java.util.Locale.ROOT);
        return productNouns.stream().anyMatch(folded::endsWith);
    }

    /** The span of the name group that matched (a quoted one q0, q1… or the Latin-script one). */
    private static int[] group(Matcher m) {
        for (int i = 0; ; i++) {
            String g = "q" + i;
            if (!m.pattern().pattern().contains("(?<" + g + ">")) {
                break;
            }
            if (m.group(g) != null) {
                return new int[] {m.start(g), m.end(g)};
            }
        }
        if (m.pattern().pattern().contains("(?<latin>") && m.group("latin") != null) {
            return new int[] {m.start("latin"), m.end("latin")};
        }
        if (m.pattern().pattern().contains("(?<kind>") && m.group("kind") != null) {
            return new int[] {m.start("kind"), m.end("kind")};
        }
        return null;
    }

    /**
     * An order's kind read after the customer's name starts where the name ends ("接获比亚迪新一代电池管理模组订单": the
     * shortest prefix leaves 迪 in the kind), past a word of generation (电池管理模组); null when nothing is left but the head.
     */
    private int[] afterName(String text, int[] span, boolean[] block) {
        int b = Math.max(span[0], afterLastBlocked(block, span[0], span[1]));
        Matcher lead = modelLead.matcher(text).region(b, span[1]);
        if (lead.lookingAt()) {
            b = lead.end();
        }
        return span[1] - b >= 2 ? new int[] {b, span[1]} : null;
    }

    /**
     * The kind after the supplier's name in an adopting verb's object ({@link #afterSupplier}): the part of the span after
     * the last mention (a registry name, marked in {@code block}) or the last organisation name ({@code orgs}, folded)
     * that ends inside it, from {@code from} on; null when no name ends there or fewer than two characters are left.
     * {@code folded} is the sentence folded ({@link TextFold#fold}), as the names are.
     */
    private static int[] afterSupplierName(String folded, int from, int[] span, boolean[] block, Set<String> orgs) {
        int b = afterLastBlocked(block, Math.max(from, 0), span[1]);
        String lower = folded.toLowerCase(java.util.Locale.ROOT);
        for (String o : orgs) {
            String name = o.toLowerCase(java.util.Locale.ROOT);
            for (int k = lower.indexOf(name, Math.max(from, 0)); k >= 0 && k + name.length() < span[1]; k = lower.indexOf(name, k + 1)) {
                b = Math.max(b, k + name.length());
            }
        }
        return b < 0 || span[1] - b < 2 ? null : new int[] {b, span[1]};
    }

    /** The char offset right after the last char of {@code [from, to)} that {@code block} marks; -1 when none is marked. */
    private static int afterLastBlocked(boolean[] block, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (block[i]) {
                return i + 1;
            }
        }
        return -1;
    }

    /** True when the span cuts one of {@code markets} (overlaps it without holding it whole). */
    private static boolean splitsMarket(List<int[]> markets, int[] span) {
        return markets.stream().anyMatch(k -> k[0] < span[1] && k[1] > span[0] && (k[0] < span[0] || k[1] > span[1]));
    }

    /** True when the match is a kind of product read by the supply cues. */
    private static boolean isKind(Matcher m) {
        return m.pattern().pattern().contains("(?<kind>") && m.group("kind") != null;
    }

    /** A Latin-script name or a kind of product: an acronym or a version alone names none ("供应AI"). */
    private static boolean hasLatin(Matcher m) {
        return m.pattern().pattern().contains("(?<latin>") && m.group("latin") != null
                || m.pattern().pattern().contains("(?<kind>") && m.group("kind") != null;
    }

    private boolean zhName(String sentence, int[] span, boolean latin) {
        String name = sentence.substring(span[0], span[1]).strip();
        String folded = TextFold.fold(name);
        if (name.isEmpty()) {
            return false;
        }
        if (latin) {
            // "推出AI芯片", "发布Q3财报": an acronym or a quarter names no product; a name ends before a trailing hyphen;
            // a kind of product the supply cues read whole is one ("交付约8000张GPU": an acronym that is a head noun)
            if (supplyHeads.contains(folded.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            String[] words = name.split(" ");
            boolean generic = true;
            for (String w : words) {
                generic &= zhReject.contains(w.toLowerCase(java.util.Locale.ROOT)) || VERSION.matcher(w).matches();
            }
            // "已发表SCI论文40余篇": a Latin name before a word of notAfter (papers, a plan, a report) is none either
            String next = TextFold.fold(sentence.substring(span[1])).stripLeading();
            return !generic && name.codePoints().anyMatch(Character::isLetter) && name.length() >= 2 && !notAfter.matcher(next).lookingAt();
        }
        if (quotedReject.stream().anyMatch(folded::contains)) {
            return false;
        }
        String after = TextFold.fold(sentence.substring(Math.min(sentence.length(), span[1] + 1))).stripLeading();
        return !notAfter.matcher(after).lookingAt();
    }

    private int[] englishName(String sentence, int b, int e) {
        String[] words = sentence.substring(b, e).split(" ");
        int n = 0;
        for (String w : words) {
            if (n > 0 && (startStop.contains(w) || enReject.contains(w) && !VERSION.matcher(w).matches() && !isSuffixWord(w))) {
                break;
            }
            n++;
        }
        String lead = words[0].split("-")[0];
        if (n == 0 || startStop.contains(lead) || enReject.contains(lead) || words[0].matches("(?:Q[1-4]|H[12]|FY\\d*)")) {
            return null;
        }
        if (n > 4) {
            return null;
        }
        int end = b;
        for (int i = 0; i < n; i++) {
            end += (i > 0 ? 1 : 0) + words[i].length();
        }
        // "launched Halvio's new…": a possessive is an organisation
        if (end < sentence.length() && (sentence.charAt(end) == '\'' || sentence.charAt(end) == '’')) {
            return null;
        }
        // "shut down its Hefei plant", "released Q3 results": the name of a place or a report, not a product
        Matcher next = NEXT_WORD.matcher(sentence).region(end, sentence.length());
        if (next.lookingAt() && enNotBefore.contains(next.group(1))) {
            return null;
        }
        return new int[] {b, end};
    }

    /**
     * True when the name starts with an organisation's mention that ends before it, at a space, and no other mention
     * lies in the rest: "Tindra Lite" after "shutting", not "Halvio Cloud" when that whole is an organisation's name.
     */
    private static boolean afterMaker(int[] span, boolean[] block, int[] makerEnds, String sentence) {
        if (makerEnds == null || span[0] >= makerEnds.length) {
            return false;
        }
        int e = makerEnds[span[0]];
        if (e <= span[0] || e >= span[1] || sentence.charAt(e) != ' ') {
            return false;
        }
        for (int i = e; i < span[1]; i++) {
            if (block[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSuffixWord(String w) {
        return w.equals("Pro") || w.equals("Plus");
    }

    private static void keep(List<int[]> out, int[] span, boolean[] block, Set<String> orgs, String sentence) {
        for (int i = span[0]; i < span[1]; i++) {
            if (block[i]) {
                return;
            }
        }
        if (orgs.contains(TextFold.fold(sentence.substring(span[0], span[1])).strip())) {
            return;
        }
        for (int[] o : out) {
            if (o[0] < span[1] && o[1] > span[0]) {
                return;
            }
        }
        out.add(span);
    }
}
