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
        <source>Proposed for %1, most important first. Untick what you do not want.</source>
        <translation>为 %1 建议的事项，最重要的在前。取消勾选不需要的。</translation>
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
        <source>class %1 window ends %2</source>
        <translation>%1 类成交期限 %2 到期</translation>
    </message>
    <message>
        <source>VIP not called for 6 months</source>
        <translation>VIP 客户 6 个月没打过电话</translation>
    </message>
    <message>
        <source>stuck at %1 touches: don't stop now</source>
        <translation>跟进卡在 %1 次：别放弃</translation>
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
        <source>Propose follow-ups, promised steps, class deadlines, stale VIPs, stuck contacts and yesterday's leftovers (Ctrl+D)</source>
        <translation>建议到期的跟进、约定的下一步、分类期限、久未联系的 VIP、卡住的客户和前一天未完成的事项（Ctrl+D）</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the day as a one-page A4 sheet to print (Ctrl+P)</source>
        <translation>把这一天保存为一页 A4 纸，方便打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Save the day as iCalendar to-dos for a phone calendar</source>
        <translation>把这一天保存为 iCalendar 待办，导入手机日历</translation>
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
        <source>Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · Delete: remove (Ctrl+Z undoes) · Ctrl+Enter: open the contact · Ctrl+Shift+Enter: call</source>
        <translation>Alt+上/下：调整顺序 · Alt+左/右：移到另一栏 · 空格：完成 · F2：编辑 · Delete：删除（Ctrl+Z 撤销） · Ctrl+回车：打开客户 · Ctrl+Shift+回车：打电话</translation>
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
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>明天，%1</translation>
    </message>
    <message>
        <source>Thank / reward the coach: </source>
        <translation>感谢/答谢教练：</translation>
    </message>
    <message>
        <source>Contact: %1 (Ctrl+Enter opens)</source>
        <translation>客户：%1（Ctrl+回车打开）</translation>
    </message>
    <message>
        <source>Nothing planned here yet. Type below and press Enter; most important on top.</source>
        <translation>这里还没有安排。在下方输入并按回车；最重要的放在最上面。</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>Sales share of the day: %1%</source>
        <translation>当天销售工作占比：%1%</translation>
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
    <name>ReviewDialog</name>
    <message>
        <source>Weekly review</source>
        <translation>每周回顾</translation>
    </message>
    <message>
        <source>What you planned and did each week. Sales work should lead: a warning shows when other work took more than %1% of what got done, or when many sales items brought few closes.</source>
        <translation>每周计划了什么、完成了什么。销售工作应当为主：当其他工作超过完成事项的 %1%，或销售事项很多却成交很少时，会出现提醒。</translation>
    </message>
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
        <source>Sales share of done</source>
        <translation>完成中销售占比</translation>
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
        <source>many sales items, few closes</source>
        <translation>销售事项多，成交少</translation>
    </message>
</context>
</TS>