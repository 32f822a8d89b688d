<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChartCard</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>把这张图保存为图片</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data behind this chart for Excel</source>
        <translation>保存这张图背后的数据，可用 Excel 打开</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>将图表数据保存为 CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChartsScreen</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load the charts.</source>
        <translation>无法加载图表。</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2（共 %n 天）</numerusform></translation>
    </message>
    <message>
        <source>No contacts behind this (they may be in the trash).</source>
        <translation>这里没有对应的客户（可能已移入回收站）。</translation>
    </message>
</context>
<context>
    <name>ChartsWording</name>
    <message>
        <source>(no reason)</source>
        <translation>（未填原因）</translation>
    </message>
    <message>
        <source>Source not recorded</source>
        <translation>未记录来源</translation>
    </message>
    <message>
        <source>(no industry)</source>
        <translation>（未填行业）</translation>
    </message>
</context>
<context>
    <name>ClassesChart</name>
    <message>
        <source>ABCD classes and overdue (today)</source>
        <translation>ABCD 分类与逾期（截至今天）</translation>
    </message>
    <message>
        <source>No contact has a class yet</source>
        <translation>还没有客户分类</translation>
    </message>
    <message>
        <source>On a contact's sales panel, tick “met the first key person”, “has a need” and “has buying power”, or mark that they declined: the class follows.</source>
        <translation>在客户的销售面板上勾选“见到第一关键人”“有需求”“有购买力”，或标记对方已拒绝，分类会自动得出。</translation>
    </message>
    <message>
        <source>stop following</source>
        <translation>停止跟进</translation>
    </message>
    <message>
        <source>close within %1 days</source>
        <translation>%1 天内成交</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n contact(s), %3 overdue</source>
        <translation>
            <numerusform>%1（%2）：%n 位客户，%3 位已逾期</numerusform></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 已逾期</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>成交期限（天）</translation>
    </message>
    <message>
        <source>As of today, whatever the period.</source>
        <translation>按今天的情况统计，与所选时段无关。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without a class yet.</source>
        <translation>
            <numerusform>还有 %n 位客户未分类。</numerusform></translation>
    </message>
</context>
<context>
    <name>ClosesChart</name>
    <message>
        <source>Closes</source>
        <translation>成交笔数</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Closes per week or month</source>
        <translation>每周 / 每月成交</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Weekly up to four months, then monthly</source>
        <translation>四个月以内按周，更长按月</translation>
    </message>
    <message>
        <source>No closes in this period</source>
        <translation>本时段没有成交</translation>
    </message>
    <message>
        <source>Mark a deal as won on a contact's sales panel to see your closes here.</source>
        <translation>在客户的销售面板上把商机标为成交，这里就会显示你的成交情况。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n close(s), amount %2</source>
        <translation>
            <numerusform>%1：成交 %n 笔，金额 %2</numerusform></translation>
    </message>
    <message>
        <source>Amount target</source>
        <translation>金额目标</translation>
    </message>
    <message>
        <source>Closes target</source>
        <translation>成交目标</translation>
    </message>
    <message>
        <source>Target for these days: %1, %2.</source>
        <translation>本期目标：%1，%2。</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won in the period, amount %1. Each counts on the day it was won, whenever it was opened, so this differs from the funnel's won deals.</source>
        <translation>
            <numerusform>本时段成交 %n 笔，金额 %1。按成交日期统计，不论商机何时新建，所以与销售漏斗中的成交数不同。</numerusform></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 成交</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Number of closes</source>
        <translation>成交笔数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
</context>
<context>
    <name>ConversionChart</name>
    <message>
        <source>Conversion: paying customers per 10 called</source>
        <translation>转化率：每打 10 人电话的付费客户数</translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation>本时段没有打电话</translation>
    </message>
    <message>
        <source>Log your calls (Call screen, or a touch of kind Call) and mark deals as won to compare with the aim of one paying customer per ten called.</source>
        <translation>记录你的电话（电话销售页，或类型为“电话”的跟进），并把商机标为成交，就能和“每打 10 人电话至少 1 人付费”的目标对比。</translation>
    </message>
    <message>
        <source>%1: %2 paying of %3 called = %4 per 10</source>
        <translation>%1：打电话 %3 人，付费 %2 人，即每 10 人 %4 人</translation>
    </message>
    <message>
        <source>Paying customers %1</source>
        <translation>%1 的付费客户</translation>
    </message>
    <message>
        <source>Paying per 10 called</source>
        <translation>每 10 人付费数</translation>
    </message>
    <message>
        <source>Aim: 1 in 10</source>
        <translation>目标：每 10 人 1 人</translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation>%1 打过电话</translation>
    </message>
    <message>
        <source>%1: %2 called</source>
        <translation>%1：打过电话 %2 人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>打过电话</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>付费客户</translation>
    </message>
    <message>
        <source>Per 10 called</source>
        <translation>每 10 人付费数</translation>
    </message>
    <message>
        <source>In the period: %1 paying customers, %2 prospects called: %3 per 10.</source>
        <translation>本时段：打电话 %2 人，付费客户 %1 人，即每 10 人 %3 人。</translation>
    </message>
    <message>
        <source>Below the aim: refine your target industries, positions and regions.</source>
        <translation>低于目标：请细化目标行业、职位和地区。</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Funnel: where deals drop out</source>
        <translation>销售漏斗：在哪一步丢单</translation>
    </message>
    <message>
        <source>No deals opened in this period</source>
        <translation>本时段没有新建商机</translation>
    </message>
    <message>
        <source>Open a deal on a contact's sales panel, move it through the stages, and record why lost deals were lost.</source>
        <translation>在客户的销售面板上新建商机，随进展推进阶段，丢单时记下原因。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Left a name</source>
        <translation>已留资</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visitor(s), %2 recorded (%3)</source>
        <translation>
            <numerusform>%1：%n 人，其中 %2 人已登记（%3）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s) recorded in the period (%2 of walk-ins)</source>
        <translation>
            <numerusform>%1：本期新登记 %n 位联系人（占到店的 %2）</numerusform></translation>
    </message>
    <message>
        <source>Contacts recorded in the period</source>
        <translation>本期新登记的联系人</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n left no name (%2)</source>
        <translation>
            <numerusform>%1：%n 人未留姓名（%2）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s) got this far (%2 of the stage before)</source>
        <translation>
            <numerusform>%1：%n 个商机走到这一步（上一阶段的 %2）</numerusform></translation>
    </message>
    <message>
        <source>Deals that reached %1</source>
        <translation>走到“%1”的商机</translation>
    </message>
    <message>
        <source>%1: %2 lost here (%3 of those who got here): %4</source>
        <translation>%1：在此丢单 %2 个（走到这里的 %3）：%4</translation>
    </message>
    <message>
        <source>Deals lost at %1</source>
        <translation>在“%1”丢单的商机</translation>
    </message>
    <message>
        <source>Reached the stage</source>
        <translation>走到此阶段</translation>
    </message>
    <message>
        <source>Lost at the stage</source>
        <translation>在此阶段丢单</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Walk-ins and deals</source>
        <translation>到店人数与商机数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>走到此阶段</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>停在此阶段</translation>
    </message>
    <message>
        <source>Won here</source>
        <translation>在此成交</translation>
    </message>
    <message>
        <source>Lost here</source>
        <translation>在此丢单</translation>
    </message>
    <message>
        <source>Lost share</source>
        <translation>丢单比例</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>丢单原因</translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s): %1 recorded as contacts (%2), %3 left no name.</source>
        <translation>
            <numerusform>到店 %n 人：%1 人登记为联系人（%2），%3 人未留姓名。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) opened in the period: %1 won so far, %2 lost, %3 still open (deals opened earlier are left out, unlike in the closes chart).</source>
        <translation>
            <numerusform>本时段新建商机 %n 个：目前成交 %1 个，丢单 %2 个，进行中 %3 个（不含更早新建的商机，这一点与成交图不同）。</numerusform></translation>
    </message>
    <message>
        <source>Top lost reasons: %1.</source>
        <translation>主要丢单原因：%1。</translation>
    </message>
</context>
<context>
    <name>IndustryChart</name>
    <message>
        <source>Touches and closes by industry</source>
        <translation>各行业的跟进与成交</translation>
    </message>
    <message>
        <source>No touches or closes in this period</source>
        <translation>本时段没有跟进也没有成交</translation>
    </message>
    <message>
        <source>Log touches and won deals, and fill in each contact's industry to see where your effort and your closes go.</source>
        <translation>记录跟进和成交，并填写每位客户的行业，就能看到你的精力和成交都花在了哪些行业。</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>行业：%1</translation>
    </message>
    <message>
        <source>%1 — touches: %2, closes: %3, amount %4</source>
        <translation>%1：跟进 %2 次，成交 %3 笔，金额 %4</translation>
    </message>
    <message>
        <source>Quieter industries not shown: %1.</source>
        <translation>另有 %1 个跟进较少的行业未显示。</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>成交笔数</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>MyCallsChart</name>
    <message>
        <source>My calls: talk share and hooks</source>
        <translation>我的电话：说话占比与留饵</translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation>这段时间没有电话</translation>
    </message>
    <message>
        <source>Make your calls from the Call screen: press F6 whenever the talking turns and leave a hook at the end, to see how much you talked and how often a call ended with a next step.</source>
        <translation>在电话页打电话：每次换人说话时按 F6，结束时留个饵，这里就能看到你说了多少、有多少通电话约好了下一步。</translation>
    </message>
    <message>
        <source>%1: %2 calls, %3 got through, %4 of them left a hook (%5)</source>
        <translation>%1：打了 %2 通，接通 %3 通，其中 %4 通留了饵（%5）</translation>
    </message>
    <message>
        <source>you talked %1 (median of %2 timed calls)</source>
        <translation>你说话占 %1（%2 通计时电话的中位数）</translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation>%1 打过电话的客户</translation>
    </message>
    <message>
        <source>Calls that left a hook</source>
        <translation>留了饵的电话</translation>
    </message>
    <message>
        <source>My talk share (median)</source>
        <translation>我说话的占比（中位数）</translation>
    </message>
    <message>
        <source>Aim: talk %1</source>
        <translation>目标：自己说 %1</translation>
    </message>
    <message>
        <source>Share of calls / of the talk (%)</source>
        <translation>电话占比 / 说话占比（%）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>电话数</translation>
    </message>
    <message>
        <source>Got through</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Left a hook</source>
        <translation>留了饵</translation>
    </message>
    <message>
        <source>Timed calls</source>
        <translation>计时的电话</translation>
    </message>
    <message>
        <source>Median talk share</source>
        <translation>我说话占比中位数</translation>
    </message>
    <message>
        <source>No call had its talk timed: press F6 on the Call screen whenever the talking turns.</source>
        <translation>没有一通电话统计过说话时间：在电话页每次换人说话时按 F6。</translation>
    </message>
    <message>
        <source>You talked %1 of the time (median of %2 timed calls); aim at about %3 and let them talk.</source>
        <translation>你说话约占 %1（%2 通计时电话的中位数）；目标约 %3，让客户多说。</translation>
    </message>
    <message>
        <source>Ask more, and pause so the customer can speak.</source>
        <translation>多提问、多停顿，把话留给客户。</translation>
    </message>
    <message>
        <source>%1 of %2 calls that got through left a hook (%3).</source>
        <translation>接通的 %2 通电话中有 %1 通留了饵（%3）。</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>PersistenceChart</name>
    <message>
        <source>Touches before a close</source>
        <translation>成交前的跟进次数</translation>
    </message>
    <message>
        <source>Given up early…</source>
        <translation>过早放弃的…</translation>
    </message>
    <message>
        <source>Open contacts left at 3 touches or fewer: follow them up again</source>
        <translation>跟进不超过 3 次就搁下的未成交客户：再跟进一次</translation>
    </message>
    <message>
        <source>Given up at 3 touches or fewer</source>
        <translation>跟进 3 次以内就放弃的客户</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Won after %1 or more touches</source>
        <translation>跟进 %1 次及以上后成交</translation>
    </message>
    <message numerus="yes">
        <source>Won after %n touch(es)</source>
        <translation>
            <numerusform>跟进 %n 次后成交</numerusform></translation>
    </message>
    <message>
        <source>No deals won in this period</source>
        <translation>本时段没有成交</translation>
    </message>
    <message>
        <source>Log every call and visit, and mark deals as won: this chart shows how many touches each close needed, against the follow-up curve.</source>
        <translation>记录每一次电话和拜访，并把商机标为成交：这张图会显示每次成交用了多少次跟进，并与跟进经验曲线对比。</translation>
    </message>
    <message numerus="yes">
        <source>Touches %1: %n won deal(s) (%2); the method: %3 convert</source>
        <translation>
            <numerusform>跟进 %1 次：成交 %n 笔（%2）；经验曲线：%3 成交</numerusform></translation>
    </message>
    <message>
        <source>Your won deals</source>
        <translation>你的成交</translation>
    </message>
    <message>
        <source>Your closes within n touches</source>
        <translation>你 n 次以内跟进的累计成交占比</translation>
    </message>
    <message>
        <source>Method: converted after n follow-ups</source>
        <translation>经验：跟进 n 次后的成交率</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Touches before the close</source>
        <translation>成交前的跟进次数</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>成交笔数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Closed within</source>
        <translation>累计成交占比</translation>
    </message>
    <message>
        <source>Method curve</source>
        <translation>经验曲线</translation>
    </message>
    <message>
        <source>Of your %1 open contacts, %2 (%3) were given up at %4 touches or fewer (nothing for %5 days, no follow-up planned). A deal takes about 12 follow-ups on average: don't quit at 3.</source>
        <translation>在 %1 位未成交客户中，有 %2 位（%3）跟进不超过 %4 次就停了（%5 天没有跟进，也没约下次）。平均约 12 次跟进才成交一单：别在第 3 次就放弃。</translation>
    </message>
</context>
<context>
    <name>PlanChart</name>
    <message>
        <source>Plan balance per week</source>
        <translation>每周计划的销售与非销售占比</translation>
    </message>
    <message>
        <source>No plans in this period</source>
        <translation>本时段没有计划</translation>
    </message>
    <message>
        <source>Plan tomorrow on the Plan screen each evening (sales work left, the rest right) and tick what got done.</source>
        <translation>每天晚上在“计划”页安排第二天（左边销售工作，右边其他事务），做完就勾选。</translation>
    </message>
    <message>
        <source>Week of %1: sales %2 planned, %3 done; non-sales %4 planned, %5 done (non-sales share of done: %6)</source>
        <translation>%1 那周：销售计划 %2 项、完成 %3 项；非销售计划 %4 项、完成 %5 项（完成中非销售占 %6）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>%1 items %2, week of %3</source>
        <translation>%3 那周%2的%1事项</translation>
    </message>
    <message>
        <source>Sales planned</source>
        <translation>销售计划</translation>
    </message>
    <message>
        <source>Non-sales planned</source>
        <translation>非销售计划</translation>
    </message>
    <message>
        <source>Sales done</source>
        <translation>销售已完成</translation>
    </message>
    <message>
        <source>Non-sales done</source>
        <translation>非销售已完成</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>成交笔数</translation>
    </message>
    <message>
        <source>Left bar: planned; right bar: done; sales at the bottom.</source>
        <translation>左柱：计划；右柱：完成；下段为销售工作。</translation>
    </message>
    <message numerus="yes">
        <source>Shaded: %n week(s) where non-sales work took more than %1.</source>
        <translation>
            <numerusform>阴影：有 %n 周非销售工作占比超过 %1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) with many sales actions and few closes: check how you qualify prospects.</source>
        <translation>
            <numerusform>有 %n 周销售动作很多、成交很少：检查一下你对客户的筛选。</numerusform></translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Customers by amount won</source>
        <translation>客户成交金额排名</translation>
    </message>
    <message>
        <source>No deals won in this period or the one before</source>
        <translation>本时段和上一时段都没有成交</translation>
    </message>
    <message>
        <source>Record the amount of each deal and mark it as won to rank your customers.</source>
        <translation>记下每个商机的金额并标为成交，就能给客户排名。</translation>
    </message>
    <message>
        <source>%1: %2 in this period, %3 in the one before</source>
        <translation>%1：本时段 %2，上一时段 %3</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本时段</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上一时段</translation>
    </message>
    <message>
        <source>Amount won</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>上一时段金额</translation>
    </message>
    <message>
        <source>Fell sharply</source>
        <translation>大幅下降</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Fell to under half of the period before (in red): %1. Call them.</source>
        <translation>金额降到上一时段一半以下（红色）：%1。给他们打个电话。</translation>
    </message>
</context>
<context>
    <name>ReferralSourcesChart</name>
    <message>
        <source>Referrals by source</source>
        <translation>各来源的转介绍</translation>
    </message>
    <message>
        <source>No referred contacts added in this period</source>
        <translation>本时段没有新增转介绍客户</translation>
    </message>
    <message>
        <source>When you add a contact someone recommended, set “referred by” and the referrer's kind (supplier, customer, declining prospect, exchange).</source>
        <translation>添加别人推荐的客户时，填写“介绍人”及其类型（乙方、老客户、婉拒者、机构交流）。</translation>
    </message>
    <message>
        <source>%1: %2 referred, %3 bought (%4)</source>
        <translation>%1：转介绍 %2 人，已购买 %3 人（%4）</translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation>介绍来源：%1</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Referred prospects close at about 54% when followed up properly: make the referrer their coach, and thank them after a close.</source>
        <translation>转介绍的客户认真跟进时成交率约 54%：让介绍人做教练，成交后记得感谢他。</translation>
    </message>
</context>
<context>
    <name>ReferralStagesChart</name>
    <message>
        <source>Referral stages</source>
        <translation>转介绍进展</translation>
    </message>
    <message>
        <source>No referral asks or referrals in this period</source>
        <translation>本期没有请求转介绍，也没有新的转介绍</translation>
    </message>
    <message>
        <source>Tick “asked for a referral” when you log a call or visit, and record who referred each new contact; the contacts list's “Ask for a referral” view says whom to ask.</source>
        <translation>记录通话或拜访时勾选“已请求转介绍”，并为每个新客户填写介绍人；客户列表的“可请求转介绍”视图会告诉你该问谁。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Referral stage: %1</source>
        <translation>转介绍进展：%1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>%1 of %2 referrals added in this period closed.</source>
        <translation>本期新增的 %2 个转介绍中，%1 个已成交。</translation>
    </message>
</context>
<context>
    <name>ReferralWeeksChart</name>
    <message>
        <source>New referrals per week</source>
        <translation>每周新增转介绍</translation>
    </message>
    <message>
        <source>No referrals in this period</source>
        <translation>本时段没有转介绍</translation>
    </message>
    <message>
        <source>Ask satisfied customers, suppliers and even declining prospects “who else might need this?”, and record who referred each new contact.</source>
        <translation>问问满意的老客户、乙方，甚至婉拒你的人：“还有谁可能需要？”并记下每位新客户的介绍人。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new referral(s) (goal %2)</source>
        <translation>
            <numerusform>%1：新增转介绍 %n 人（目标 %2）</numerusform></translation>
    </message>
    <message>
        <source>Referred, added %1</source>
        <translation>%1 新增的转介绍客户</translation>
    </message>
    <message>
        <source>Goal: %1 a week</source>
        <translation>目标：每周 %1 人</translation>
    </message>
    <message>
        <source>New referrals</source>
        <translation>新增转介绍</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介绍人数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message numerus="yes">
        <source>Goal met in %1 of %n full week(s).</source>
        <translation>
            <numerusform>在 %n 个完整周中，有 %1 周达成目标。</numerusform></translation>
    </message>
    <message>
        <source>This week so far: %1 of %2.</source>
        <translation>本周至今：%1 / %2。</translation>
    </message>
</context>
<context>
    <name>TouchesChart</name>
    <message>
        <source>Touches per day</source>
        <translation>每日跟进</translation>
    </message>
    <message>
        <source>No touches in this period</source>
        <translation>本时段没有跟进</translation>
    </message>
    <message>
        <source>Log each call, visit and WeChat message with a contact (Contacts or Call screen) to see your daily rhythm here.</source>
        <translation>在“客户”或“电话销售”页记录每一次电话、拜访和微信沟通，这里就会显示你每天的跟进节奏。</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Usual: %1 a day</source>
        <translation>平时：每天 %1 次</translation>
    </message>
    <message>
        <source>Target: %1 a day</source>
        <translation>目标：每天 %1 次</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7 日平均</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Touched on %1</source>
        <translation>%1 跟进过的客户</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n touch(es), 7-day average %2</source>
        <translation>
            <numerusform>%1：跟进 %n 次，7 日平均 %2</numerusform></translation>
    </message>
    <message>
        <source>Target for these days: %1.</source>
        <translation>本期目标：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Shaded: %n stretch(es) under 70% of your usual %1 touches a day.</source>
        <translation>
            <numerusform>阴影：有 %n 段时间低于你平时每天 %1 次的 70%。</numerusform></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Choose 14 days or more to compare with your usual level.</source>
        <translation>选择 14 天以上的时段，才能和你平时的水平比较。</translation>
    </message>
    <message>
        <source>Warning: your touches are down. The 7-day average is %1 a day, under 70% of your usual %2. Most deals need 5 to 12 follow-ups: keep calling.</source>
        <translation>注意：你的跟进量下降了。7 日平均每天 %1 次，低于平时 %2 次的 70%。大多数成交需要 5 到 12 次跟进：继续打电话！</translation>
    </message>
    <message>
        <source>Your usual level: %1 touches a day; no drop in this period.</source>
        <translation>你平时的水平：每天跟进 %1 次；本时段没有明显下降。</translation>
    </message>
</context>
</TS>