<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>The plan does not fit on one A4 page (%1 sales items, %2 other). Move or remove some items, then print again; nothing was printed.</source>
        <translation>计划在一页 A4 纸上放不下（销售 %1 项，其他 %2 项）。请移走或删除一些事项后再打印；这次什么都没有打印。</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>%1 工作计划</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
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
        <source>Proposed for %1, most valuable first (promises, class deadlines, VIPs, key accounts, contacts at 5-11 touches, leftovers). What fits in the day's %2 sales items is ticked; nothing is added until you say so.</source>
        <translation>为 %1 建议的事项，最有价值的在前（约定的下一步、成交期限、VIP、大客户、跟进 5–11 次的联系人、没做完的事）。当天 %2 项销售事项之内的已勾选；确认之前什么都不会加入。</translation>
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
        <source>E&amp;xtend the window once</source>
        <translation>延长一次期限(&amp;X)</translation>
    </message>
    <message>
        <source>Move to &amp;D</source>
        <translation>转为 D 类(&amp;D)</translation>
    </message>
    <message>
        <source>%1 of %2 lines ticked · sales for the day: %3 of %4</source>
        <translation>已勾选 %1 / %2 行 · 当天销售事项：%3 / %4</translation>
    </message>
    <message>
        <source>The day already holds %1 sales items, more than its capacity of %2.</source>
        <translation>这一天已经排了 %1 项销售事项，超过了 %2 项的容量。</translation>
    </message>
    <message>
        <source>Warning: over the day's capacity by %1. You can add them, but a day this full rarely gets done; consider leaving the lowest for another day.</source>
        <translation>注意：超出当天容量 %1 项。可以照样加入，但排这么满的一天很少能做完；不妨把价值最低的留到别的日子。</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <source>──── Over the day's capacity of %1 sales items: not ticked, tick any you still want ────</source>
        <translation>──── 以下超出当天 %1 项销售事项的容量：未勾选，仍想做的可以勾上 ────</translation>
    </message>
    <message>
        <source>template: %1</source>
        <translation>话术：%1</translation>
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
    <name>MessageDialog</name>
    <message>
        <source>Message %1</source>
        <translation>给%1发消息</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>话术(&amp;T)：</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Message for this contact</source>
        <translation>发给这位客户的消息</translation>
    </message>
    <message>
        <source>Enter: copy the message, then paste it in WeChat yourself · Ctrl+Enter: copied and sent (records a WeChat touch; Ctrl+Z undoes)</source>
        <translation>回车：复制消息，再自己粘贴到微信 · Ctrl+回车：已复制并发送（记一次微信联系，Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the message to paste it in WeChat (Enter)</source>
        <translation>复制消息，粘贴到微信发送（回车）</translation>
    </message>
    <message>
        <source>Copied and sent</source>
        <translation>已复制并发送</translation>
    </message>
    <message>
        <source>Record a WeChat touch with this message for the contact (Ctrl+Enter)</source>
        <translation>为这位客户记一次微信联系，内容为这条消息（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Suits this line: %1 (marked ★)</source>
        <translation>适合这条事项：%1（标有 ★）</translation>
    </message>
    <message>
        <source>No template is for %1 yet: set a template's purpose to it.</source>
        <translation>还没有用于“%1”的话术：可把某条话术的用途设为它。</translation>
    </message>
    <message>
        <source>No message templates yet: write one on the contacts screen.</source>
        <translation>还没有话术：请在客户页面写一条。</translation>
    </message>
    <message>
        <source>This contact is no longer in the list.</source>
        <translation>这位客户已不在名单中。</translation>
    </message>
    <message>
        <source>Copied the message: paste it in WeChat</source>
        <translation>已复制消息，请粘贴到微信发送</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>已复制 ✓</translation>
    </message>
    <message>
        <source>Recorded the WeChat message to %1 (Ctrl+Z undoes)</source>
        <translation>已记录发给%1的微信消息（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Today's limit of %1 WeChat messages is reached (%2 recorded today). Nothing was recorded; raise the limit in Settings if you need to.</source>
        <translation>已达到今天 %1 条微信消息的上限（今天已记录 %2 条）。本次没有记录；如有需要，请在设置中提高上限。</translation>
    </message>
</context>
<context>
    <name>PlanColumnModel</name>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Contact: %1 (Ctrl+Enter opens, Ctrl+Shift+Enter calls)</source>
        <translation>客户：%1（Ctrl+回车 打开，Ctrl+Shift+回车 打电话）</translation>
    </message>
    <message>
        <source>Ctrl+M: message with the template that suits it</source>
        <translation>Ctrl+M：用合适的话术发消息</translation>
    </message>
    <message>
        <source>Window passed: Ctrl+Shift+X extends it once, Ctrl+Shift+D moves to D</source>
        <translation>成交期限已过：Ctrl+Shift+X 延长一次，Ctrl+Shift+D 转为 D 类</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
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
        <source>Previous day (Ctrl+PgUp)</source>
        <translation>前一天（Ctrl+PgUp）</translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDn)</source>
        <translation>后一天（Ctrl+PgDn）</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>转到今天（Ctrl+T）</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Go to tomorrow (Ctrl+Shift+T)</source>
        <translation>转到明天（Ctrl+Shift+T）</translation>
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
        <source>This line has no message template; open the contact to write one.</source>
        <translation>这条事项没有对应的话术；可打开客户后自己写消息。</translation>
    </message>
    <message>
        <source>Only a class-deadline line past its window offers this decision.</source>
        <translation>只有已过成交期限的条目才能这样处理。</translation>
    </message>
    <message>
        <source>This line is done: its decision was taken.</source>
        <translation>这一条已完成：已经做过决定了。</translation>
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
        <source>Message…</source>
        <translation>发消息…</translation>
    </message>
    <message>
        <source>Copy a message from the template that suits this line (Ctrl+M)</source>
        <translation>用适合这条事项的话术复制一条消息（Ctrl+M）</translation>
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
        <source>Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · Delete: remove (Ctrl+Z undoes) · Ctrl+L: link a contact · Ctrl+Enter: open the contact · Ctrl+Shift+Enter: call · Ctrl+M: message (birthday, festival, segment lines) · drag to reorder or to the other column</source>
        <translation>Alt+上/下：调整顺序 · Alt+左/右：移到另一栏 · 空格：完成 · F2：编辑 · Delete：删除（Ctrl+Z 撤销）· Ctrl+L：关联客户 · Ctrl+回车：打开客户 · Ctrl+Shift+回车：打电话 · Ctrl+M：发消息（生日、节日、分组事项）· 拖动可调整顺序或移到另一栏</translation>
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
        <source>Sent the sheet to the printer</source>
        <translation>计划表已发送到打印机</translation>
    </message>
    <message>
        <source>The plan does not fit</source>
        <translation>计划放不下</translation>
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