<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Plan for %1</source>
        <translation>%1 工作计划</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售工作</translation>
    </message>
    <message>
        <source>Non-sales</source>
        <translation>非销售工作</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft from what's due</source>
        <translation>根据到期事项起草</translation>
    </message>
    <message>
        <source>Proposed for %1, most important first (overdue, then what is due that day, then reminders). Untick what you do not want; nothing is added until you say so.</source>
        <translation>为 %1 建议的事项，最重要的在前（先是逾期的，再是当天到期的，最后是提醒）。取消勾选不需要的；在你确认之前不会添加任何事项。</translation>
    </message>
    <message>
        <source>Nothing is due that is not planned yet.</source>
        <translation>没有尚未安排的到期事项。</translation>
    </message>
    <message>
        <source>Add ticked lines</source>
        <translation>添加勾选的事项</translation>
    </message>
    <message>
        <source>Tick / untick all</source>
        <translation>全选 / 全不选</translation>
    </message>
    <message>
        <source>%1 of %2 lines ticked</source>
        <translation>已勾选 %1 / %2 条</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link a contact</source>
        <translation>关联客户</translation>
    </message>
    <message>
        <source>Which contact is “%1” about?</source>
        <translation>“%1”是关于哪位客户的？</translation>
    </message>
    <message>
        <source>Name or pinyin, e.g. zhangwei or zw</source>
        <translation>姓名或拼音，例如 zhangwei 或 zw</translation>
    </message>
</context>
<context>
    <name>PlanColumnModel</name>
    <message>
        <source>Contact: %1 (Ctrl+Enter opens, Ctrl+Shift+Enter calls)</source>
        <translation>客户：%1（Ctrl+回车 打开，Ctrl+Shift+回车 打电话）</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Previous day (PgUp)</source>
        <translation>前一天（PgUp）</translation>
    </message>
    <message>
        <source>Next day (PgDn)</source>
        <translation>后一天（PgDn）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Draft from what's due…</source>
        <translation>根据到期事项起草…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Week review…</source>
        <translation>每周回顾…</translation>
    </message>
    <message>
        <source>Planned and done per week, sales share, warnings</source>
        <translation>每周计划与完成情况、销售占比和提醒</translation>
    </message>
    <message>
        <source>Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · Delete: remove (Ctrl+Z undoes) · Ctrl+L: link a contact · Ctrl+Enter: open the contact · Ctrl+Shift+Enter: call · drag to reorder or to the other column</source>
        <translation>Alt+上/下：调整顺序 · Alt+左/右：移到另一栏 · 空格：完成 · F2：编辑 · Delete：删除（Ctrl+Z 撤销）· Ctrl+L：关联客户 · Ctrl+回车：打开客户 · Ctrl+Shift+回车：打电话 · 拖动可调整顺序或移到另一栏</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售工作</translation>
    </message>
    <message>
        <source>Non-sales</source>
        <translation>非销售工作</translation>
    </message>
    <message>
        <source>Add sales work (calls, visits, follow-ups, proposals) and press Enter</source>
        <translation>添加销售工作（电话、拜访、跟进、方案），按回车</translation>
    </message>
    <message>
        <source>Add other work (admin, reports, deliveries, errands) and press Enter</source>
        <translation>添加其他工作（行政、报表、送货、杂事），按回车</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Propose follow-ups and promised steps, class deadlines, coaches to thank, VIPs to call, stuck contacts and the last day's leftovers (Ctrl+D)</source>
        <translation>建议到期的跟进和约定的下一步、分类成交期限、要感谢的教练、该打电话的 VIP、卡住的客户，以及上一天没做完的事项（Ctrl+D）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the day's sheet: one A4 page (Ctrl+P)</source>
        <translation>打印这一天的计划表：一页 A4（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save the day as a one-page A4 sheet to print later (Ctrl+Shift+P)</source>
        <translation>把这一天保存为一页 A4 的 PDF，稍后打印（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Save the day or its week as an iCalendar file</source>
        <translation>把这一天或这一周保存为 iCalendar 日历文件</translation>
    </message>
    <message>
        <source>This day as to-dos (task apps)…</source>
        <translation>这一天，作为待办（任务应用）…</translation>
    </message>
    <message>
        <source>This day as events (Google / iPhone calendars)…</source>
        <translation>这一天，作为日程（Google / iPhone 日历）…</translation>
    </message>
    <message>
        <source>This week as to-dos…</source>
        <translation>这一周，作为待办…</translation>
    </message>
    <message>
        <source>This week as events…</source>
        <translation>这一周，作为日程…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>明天，%1</translation>
    </message>
    <message>
        <source>Planned %1, done %2 · sales share %3%</source>
        <translation>计划 %1 项，完成 %2 项 · 销售占比 %3%</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer</source>
        <translation>已发送 %1 页到打印机</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move to the other column</source>
        <translation>移到另一栏</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Call the contact</source>
        <translation>给客户打电话</translation>
    </message>
    <message>
        <source>Unlink the contact</source>
        <translation>取消关联客户</translation>
    </message>
    <message>
        <source>Link a contact…</source>
        <translation>关联客户…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Nothing planned here yet. Type below and press Enter; most important on top.</source>
        <translation>这里还没有安排。在下方输入并按回车；最重要的放在最上面。</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>昨天，%1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>Plan the day: sales work left, everything else right</source>
        <translation>安排这一天：左边销售工作，右边其他工作</translation>
    </message>
    <message>
        <source>Save plan as PDF</source>
        <translation>将计划保存为 PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save plan as calendar</source>
        <translation>将计划保存为日历</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>PlanWording</name>
    <message>
        <source>%1: %2 (promised)</source>
        <translation>%1：%2（已约定）</translation>
    </message>
    <message>
        <source>Follow up with %1: %2</source>
        <translation>跟进%1：%2</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>跟进%1</translation>
    </message>
    <message>
        <source>Close %1 or let go (class %2, window ended %3)</source>
        <translation>与%1成交，或者放手（%2 类，期限 %3 已过）</translation>
    </message>
    <message>
        <source>Close %1 (class %2) by %3</source>
        <translation>%3 前与%1（%2 类）成交</translation>
    </message>
    <message>
        <source>Call VIP %1</source>
        <translation>给 VIP 客户%1打电话</translation>
    </message>
    <message>
        <source>Follow up %1 again (%2 touches, don't give up)</source>
        <translation>再跟进%1（已跟进 %2 次，别放弃）</translation>
    </message>
    <message>
        <source>Thank / reward the coach: </source>
        <translation>感谢/回馈教练：</translation>
    </message>
    <message>
        <source> (a day late)</source>
        <translation>（已晚 1 天）</translation>
    </message>
    <message>
        <source> (%1 days late)</source>
        <translation>（已晚 %1 天）</translation>
    </message>
    <message>
        <source>not done on %1</source>
        <translation>%1 未完成</translation>
    </message>
    <message>
        <source>you promised this step for the day</source>
        <translation>约定在这天做的下一步</translation>
    </message>
    <message>
        <source>follow-up date has come</source>
        <translation>到了跟进日期</translation>
    </message>
    <message>
        <source>class %1 window ended %2</source>
        <translation>%1 类成交期限已于 %2 结束</translation>
    </message>
    <message>
        <source>class %1 window ends %2</source>
        <translation>%1 类成交期限 %2 到期</translation>
    </message>
    <message>
        <source>someone they referred closed on %1</source>
        <translation>其转介绍的客户于 %1 成交</translation>
    </message>
    <message>
        <source>VIP never called</source>
        <translation>VIP 从未通过电话</translation>
    </message>
    <message>
        <source>VIP last called %1 (over 6 months)</source>
        <translation>VIP 上次通话在 %1（已超过 6 个月）</translation>
    </message>
    <message>
        <source>stuck at %1 touches: don't stop now</source>
        <translation>跟进卡在 %1 次：现在别放弃</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Weekly review</source>
        <translation>每周回顾</translation>
    </message>
    <message>
        <source>What you planned and did each week. Sales work should lead: a warning shows when other work took more than %1% of what got done, or when many sales items brought few closes (then qualification is the problem).</source>
        <translation>每周计划了什么、做了什么。销售工作应当占大头：当其他工作超过已完成事项的 %1%，或者做了很多销售工作却很少成交（那说明客户筛选有问题）时，会显示提醒。</translation>
    </message>
    <message>
        <source>◀ Earlier weeks</source>
        <translation>◀ 前几周</translation>
    </message>
    <message>
        <source>Later weeks ▶</source>
        <translation>后几周 ▶</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Sales done / planned</source>
        <translation>销售 完成 / 计划</translation>
    </message>
    <message>
        <source>Other done / planned</source>
        <translation>其他 完成 / 计划</translation>
    </message>
    <message>
        <source>Sales share (done / planned)</source>
        <translation>销售占比（完成 / 计划）</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>too much non-sales work</source>
        <translation>非销售工作太多</translation>
    </message>
    <message>
        <source>many sales items, few closes: check qualification</source>
        <translation>销售事项多、成交少：检查客户筛选</translation>
    </message>
    <message>
        <source>W%1: %2 – %3</source>
        <translation>第 %1 周：%2 – %3</translation>
    </message>
</context>
</TS>