<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BulkBar</name>
    <message>
        <source>Tag name</source>
        <translation>标签名</translation>
    </message>
    <message>
        <source>Tag for the selected contacts</source>
        <translation>给选中客户的标签</translation>
    </message>
    <message>
        <source>Add tag to all</source>
        <translation>全部加上标签</translation>
    </message>
    <message>
        <source>Remove tag from all</source>
        <translation>全部去掉标签</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message numerus="yes">
        <source>%n selected:</source>
        <translation>
            <numerusform>已选 %n 人：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachBox</name>
    <message>
        <source>Coach and verification</source>
        <translation>教练与核实</translation>
    </message>
    <message>
        <source>An insider who guides us (qualification question 7); usually the referrer</source>
        <translation>给我们指路的内部人（资格问题 7），通常就是介绍人</translation>
    </message>
    <message>
        <source>Who else decides?</source>
        <translation>还有谁参与决定？</translation>
    </message>
    <message>
        <source>Who can veto?</source>
        <translation>谁能否决？</translation>
    </message>
    <message>
        <source>When would it really start?</source>
        <translation>真正什么时候开始？</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>Pick the coach from the list of existing contacts.</source>
        <translation>请从已有客户列表中选择教练。</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Edit contact</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Required, e.g. 张伟</source>
        <translation>必填，如 张伟</translation>
    </message>
    <message>
        <source>One number per line, e.g. 138 0013 8001 or +86 10 1234 5678 ext. 12</source>
        <translation>每行一个号码，如 138 0013 8001 或 +86 10 1234 5678 转 12</translation>
    </message>
    <message>
        <source>(not a referral)</source>
        <translation>（非转介绍）</translation>
    </message>
    <message>
        <source>An insider who guides us (qualification question 7); usually the referrer</source>
        <translation>给我们指路的内部人（资格问题 7），通常就是介绍人</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>职位(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>城市(&amp;Y)</translation>
    </message>
    <message>
        <source>Op&amp;en the existing contact</source>
        <translation>打开已有客户(&amp;E)</translation>
    </message>
    <message>
        <source>Mer&amp;ge into it</source>
        <translation>合并到该客户(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 1985-03-12 or 03-12 (year optional)</source>
        <translation>如 1985-03-12 或 03-12（年份可不填）</translation>
    </message>
    <message>
        <source>e.g. 公司周年</source>
        <translation>如：公司周年</translation>
    </message>
    <message>
        <source>MM-DD</source>
        <translation>月-日</translation>
    </message>
    <message>
        <source>The plan proposes a call when the last purchase is this old</source>
        <translation>距上次购买满这么多天时，计划会提议回访</translation>
    </message>
    <message>
        <source>&amp;WeChat</source>
        <translation>微信(&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>邮箱(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Referred &amp;by</source>
        <translation>介绍人(&amp;B)</translation>
    </message>
    <message>
        <source>Referrer &amp;kind</source>
        <translation>介绍人类型(&amp;K)</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>Referral st&amp;age</source>
        <translation>转介绍进展(&amp;A)</translation>
    </message>
    <message>
        <source>Birt&amp;hday</source>
        <translation>生日(&amp;H)</translation>
    </message>
    <message>
        <source>Other &amp;dates</source>
        <translation>其他纪念日(&amp;D)</translation>
    </message>
    <message>
        <source>B&amp;uys again every</source>
        <translation>复购周期(&amp;U)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Status tags</source>
        <translation>状态标签</translation>
    </message>
    <message>
        <source>Fill the existing contact's empty fields and add new numbers and tags</source>
        <translation>补全已有客户的空白信息，并加上新号码和标签</translation>
    </message>
    <message>
        <source>Save as a new contact &amp;anyway</source>
        <translation>仍然另存为新客户(&amp;A)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Pick the referrer from the list of existing contacts.</source>
        <translation>请从已有客户列表中选择介绍人。</translation>
    </message>
    <message>
        <source>Pick the coach from the list of existing contacts.</source>
        <translation>请从已有客户列表中选择教练。</translation>
    </message>
    <message>
        <source>A contact with the same phone number already exists: %1</source>
        <translation>已有相同电话号码的客户：%1</translation>
    </message>
    <message>
        <source>A contact with the same name and company already exists: %1</source>
        <translation>已有同名同公司的客户：%1</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Tags cannot be sorted; filter them with the chips above</source>
        <translation>标签列不能排序，请用上方的标签筛选</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Search contacts</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>拜访后记录</translation>
    </message>
    <message>
        <source>Log a touch, the next step and tag changes for the selected contact</source>
        <translation>为选中的客户记录跟进、下一步和标签变化</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>显示全部客户</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Sales method</source>
        <translation>销售方法</translation>
    </message>
    <message>
        <source>ABCD class and its countdown, the nine questions, key-account score, deals</source>
        <translation>ABCD 分类及倒计时、九个问题、大客户评分、成交</translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>回收站中 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, pinyin, phone or company</source>
        <translation>姓名、拼音、电话或公司</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) by name, pinyin (zhangw or zw), phone digits or company. Up/Down, PgUp/PgDn, Home/End choose among the results; Enter goes to the list.</source>
        <translation>搜索（Ctrl+F）：姓名、拼音（zhangw 或 zw）、电话号码或公司。上下键、PgUp/PgDn、Home/End 在结果中挑选；回车进入列表。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>发消息…</translation>
    </message>
    <message>
        <source>Send each selected contact (or everyone in the list) a filled template</source>
        <translation>用话术给选中的客户（或列表中的所有客户）逐个发消息</translation>
    </message>
    <message>
        <source>Write, copy, rename and delete message templates</source>
        <translation>编写、复制、重命名和删除话术</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <source>Deleted contacts wait here until you restore them.</source>
        <translation>删除的客户会留在这里，随时可以恢复。</translation>
    </message>
    <message>
        <source>No contact matches</source>
        <translation>没有符合条件的客户</translation>
    </message>
    <message numerus="yes">
        <source>None of your %n contact(s) match this search and filter. Try fewer letters, another spelling, or clear the tag chips.</source>
        <translation>
            <numerusform>您的 %n 位客户中没有符合当前搜索和筛选的。试试少输几个字、换个拼写，或清除标签筛选。</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Add your first contact with “New contact” (Ctrl+N), or import a spreadsheet or vCard file from the File menu.</source>
        <translation>点击“新建客户”（Ctrl+N）添加第一位客户，或从“文件”菜单导入表格或 vCard 通讯录文件。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1: %n contact(s)</source>
        <translation>
            <numerusform>正在显示%1：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>a selection</source>
        <translation>选中的客户</translation>
    </message>
    <message>
        <source>View “%1” saved</source>
        <translation>视图“%1”已保存</translation>
    </message>
    <message>
        <source>No tag called %1</source>
        <translation>没有名为 %1 的标签</translation>
    </message>
    <message>
        <source>Moved %1 to the trash (Ctrl+Z undoes)</source>
        <translation>已将 %1 移入回收站（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Select one contact first</source>
        <translation>请先选择一位客户</translation>
    </message>
    <message>
        <source>Contacts in the trash cannot be messaged</source>
        <translation>回收站里的客户不能群发消息</translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation>
            <numerusform>已选的 %n 位客户</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the list</source>
        <translation>
            <numerusform>列表中的 %n 位客户</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactsUndo</name>
    <message>
        <source>%n contact(s)</source>
        <translation>%n 位客户</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>Change tags of %1</source>
        <translation>修改 %1 的标签</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>ContactsWording</name>
    <message>
        <source>VIP not touched in 180 days</source>
        <translation>VIP 180 天未跟进</translation>
    </message>
    <message>
        <source>Visited, not bought (Y+O)</source>
        <translation>到店未消费（Y+O）</translation>
    </message>
    <message>
        <source>Stuck at 3 touches</source>
        <translation>跟进卡在 3 次</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>今天该跟进</translation>
    </message>
    <message>
        <source>Class A/B/C overdue</source>
        <translation>A/B/C 类已超期</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>未合格</translation>
    </message>
    <message>
        <source>Ask for a referral</source>
        <translation>可请求转介绍</translation>
    </message>
    <message>
        <source>Customers going cold</source>
        <translation>渐渐疏远的老客户</translation>
    </message>
</context>
<context>
    <name>DealsModel</name>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit this contact (Ctrl+E)</source>
        <translation>编辑这位客户（Ctrl+E）</translation>
    </message>
    <message>
        <source>After the visit…</source>
        <translation>拜访后记录…</translation>
    </message>
    <message>
        <source>Log a touch, the promised next step and tag changes in one go (Ctrl+Shift+V)</source>
        <translation>一次记下跟进、约定的下一步和标签变化（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>打电话…</translation>
    </message>
    <message>
        <source>Prepare and log a call on the call screen (Ctrl+Shift+C)</source>
        <translation>在电话界面准备并记录通话（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move to the trash (Del); Ctrl+Z undoes</source>
        <translation>移入回收站（Del）；Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring this contact back from the trash</source>
        <translation>从回收站恢复这位客户</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 (key %2 in the list)</source>
        <translation>%1（在列表中按 %2 键）</translation>
    </message>
    <message>
        <source>Add tags, then Enter</source>
        <translation>添加标签，按回车</translation>
    </message>
    <message>
        <source>Type one or more tag names (commas between) and press Enter</source>
        <translation>输入一个或多个标签名（用逗号隔开），按回车</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>City / region</source>
        <translation>城市 / 区域</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Promised next step</source>
        <translation>约定的下一步</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>重要日子</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>介绍来的客户</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Touches, newest first</source>
        <translation>跟进记录（最新在前）</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>选择一位客户查看详细信息。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) selected.
Press Y, N, M, O or V to toggle a status tag on all of them, or use the bar above the list to add or remove a tag.</source>
        <translation>
            <numerusform>已选中 %n 位客户。
按 Y、N、M、O 或 V 给他们全部切换状态标签，或用列表上方的工具条添加、去掉标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>%1 起在回收站中</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>去掉标签“%1”</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>转 %1</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>跟进 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>教练：</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>还有 %1</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (born %1)</source>
        <translation>（%1 年生）</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>no purchase yet</source>
        <translation>尚未成交</translation>
    </message>
    <message>
        <source>due %1 — overdue</source>
        <translation>应于 %1 复购，已过期</translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>下次 %1</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>还没有商机。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>No touches yet. Log the first one with “After the visit…”.</source>
        <translation>还没有跟进记录。用“拜访后记录…”记下第一次。</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>约定：</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>（%1 前）</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>%1 再跟进</translation>
    </message>
</context>
<context>
    <name>MessageQueueDialog</name>
    <message>
        <source>Message contacts one by one</source>
        <translation>逐个给客户发消息</translation>
    </message>
    <message numerus="yes">
        <source>Skip contacts messaged in the last %n day(s)</source>
        <translation>
            <numerusform>跳过最近 %n 天内发过消息的客户</numerusform></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>话术：</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>话术…</translation>
    </message>
    <message>
        <source>Write and edit message templates</source>
        <translation>编写和修改话术</translation>
    </message>
    <message>
        <source>Flagged contacts start as skipped; click one and press Enter to send it anyway.</source>
        <translation>标记的客户默认跳过；点选后按 Enter 仍可发送。</translation>
    </message>
    <message>
        <source>Contacts to message</source>
        <translation>待发消息的客户</translation>
    </message>
    <message>
        <source>Message for this contact</source>
        <translation>给这位客户的消息</translation>
    </message>
    <message>
        <source>Enter or Ctrl+C: copy the message, mark it sent and go to the next contact · S or Ctrl+→: skip · paste the message in WeChat yourself</source>
        <translation>Enter 或 Ctrl+C：复制消息、标记已发并转到下一位 · S 或 Ctrl+→：跳过 · 消息请自行粘贴到微信发送</translation>
    </message>
    <message>
        <source>Write a template…</source>
        <translation>写一条话术…</translation>
    </message>
    <message>
        <source>Copy and next</source>
        <translation>复制并下一位</translation>
    </message>
    <message>
        <source>Copy the message and go to the next contact (Enter)</source>
        <translation>复制这条消息并转到下一位客户（Enter）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Skip this contact (S)</source>
        <translation>跳过这位客户（S）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Record a WeChat touch for each contact sent</source>
        <translation>为每位已发的客户记一次微信联系</translation>
    </message>
    <message>
        <source>No message templates yet</source>
        <translation>还没有话术</translation>
    </message>
    <message>
        <source>Write one: its placeholders (the contact's name, form of address, company…) are filled for each contact.</source>
        <translation>写一条吧：其中的占位（联系人姓名、称呼、公司……）会为每位联系人自动填好。</translation>
    </message>
    <message>
        <source>Filling the messages…</source>
        <translation>正在生成消息…</translation>
    </message>
    <message>
        <source>Nobody to message</source>
        <translation>没有要发消息的客户</translation>
    </message>
    <message>
        <source>The list has no contacts. Close this window, choose a view, search or select contacts, then press Ctrl+Shift+M again.</source>
        <translation>列表里没有客户。请关闭此窗口，选择视图、搜索或选中客户后，再按 Ctrl+Shift+M。</translation>
    </message>
    <message>
        <source>(messaged recently)</source>
        <translation>（近期发过）</translation>
    </message>
    <message numerus="yes">
        <source>Sent a WeChat message in the last %n day(s).</source>
        <translation>
            <numerusform>最近 %n 天内发过微信消息。</numerusform></translation>
    </message>
    <message>
        <source>Copied and marked sent.</source>
        <translation>已复制，标记为已发。</translation>
    </message>
    <message>
        <source>Skipped; press Enter to send it anyway.</source>
        <translation>已跳过；按 Enter 仍可发送。</translation>
    </message>
    <message>
        <source>Everyone is done: press Done to record the sent messages.</source>
        <translation>全部处理完毕：点“完成”记录已发的消息。</translation>
    </message>
    <message>
        <source>Sent %1 · skipped %2 · left %3</source>
        <translation>已发 %1 · 跳过 %2 · 剩余 %3</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n WeChat message(s) (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>已记录 %n 条微信消息（Ctrl+Z 可撤销）</numerusform></translation>
    </message>
    <message>
        <source>Recording %1 messages would pass today's limit of %2 WeChat messages (%3 already recorded today). Nothing was recorded. Skip some contacts, raise the limit in Settings, or close again to leave without recording.</source>
        <translation>记录这 %1 条消息会超过今天 %2 条微信消息的上限（今天已记录 %3 条），所以一条也没有记录。请跳过部分客户、在设置中提高上限，或再次关闭窗口以不记录直接离开。</translation>
    </message>
</context>
<context>
    <name>MethodPanel</name>
    <message>
        <source>Choose a contact to see where it stands.</source>
        <translation>选择一位客户，查看其销售进展。</translation>
    </message>
    <message>
        <source>ABCD class</source>
        <translation>ABCD 分类</translation>
    </message>
    <message>
        <source>Met the first key person</source>
        <translation>见到第一关键人</translation>
    </message>
    <message>
        <source>Has a need</source>
        <translation>有需求</translation>
    </message>
    <message>
        <source>Has buying power</source>
        <translation>有购买力</translation>
    </message>
    <message>
        <source>Decided not to buy (goes to D)</source>
        <translation>决定不买（转为 D 类）</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— 未知 —</translation>
    </message>
    <message>
        <source>First key person</source>
        <translation>第一关键人</translation>
    </message>
    <message>
        <source>Second or third key person</source>
        <translation>第二或第三关键人</translation>
    </message>
    <message>
        <source>Head of the using department</source>
        <translation>使用部门负责人</translation>
    </message>
    <message>
        <source>Who was met:</source>
        <translation>见到的是：</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Drop it (move to D)</source>
        <translation>放弃（转为 D 类）</translation>
    </message>
    <message>
        <source>Nine qualification questions</source>
        <translation>九个资格问题</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>已回答 %v / %m</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>My own questions</source>
        <translation>我的自定义问题</translation>
    </message>
    <message>
        <source>Edit my own &amp;questions…</source>
        <translation>编辑自定义问题(&amp;Q)…</translation>
    </message>
    <message>
        <source>Up to five questions of your own, answered here and on the call screen</source>
        <translation>最多五个自定义问题，可在这里和通话界面中回答</translation>
    </message>
    <message>
        <source>Key-account score</source>
        <translation>大客户评分</translation>
    </message>
    <message>
        <source>Trigger event found (e.g. a merger, a new manager)</source>
        <translation>发现的触发事件（例如并购、换了管理层）</translation>
    </message>
    <message>
        <source>Sold in this industry before</source>
        <translation>以前在该行业卖过</translation>
    </message>
    <message>
        <source>Reference customer in it</source>
        <translation>该行业有参考客户</translation>
    </message>
    <message>
        <source>Personally involved</source>
        <translation>本人亲自参与</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>New deal (a repeat purchase is a new deal)</source>
        <translation>新商机（复购也是一个新商机）</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>添加商机</translation>
    </message>
    <message>
        <source>A clear need, of the “pain” or the “gain” kind?</source>
        <translation>有明确的需求吗（“痛点”型还是“收益”型）？</translation>
    </message>
    <message>
        <source>Fits our type of customer?</source>
        <translation>符合我们的客户类型吗？</translation>
    </message>
    <message>
        <source>Hard blockers (e.g. a contract tying them to another supplier)?</source>
        <translation>有硬性障碍吗（例如与其他供应商的合同约束）？</translation>
    </message>
    <message>
        <source>A budget?</source>
        <translation>有预算吗？</translation>
    </message>
    <message>
        <source>Financially healthy, pays on time?</source>
        <translation>财务状况健康、付款及时吗？</translation>
    </message>
    <message>
        <source>Do we know when they will buy?</source>
        <translation>知道他们什么时候买吗？</translation>
    </message>
    <message>
        <source>A coach: an insider who guides us?</source>
        <translation>有教练吗（给我们指路的内部人）？</translation>
    </message>
    <message>
        <source>Likely volume at or above our minimum?</source>
        <translation>预计采购量达到我们的起订量吗？</translation>
    </message>
    <message>
        <source>The lowest margin they would accept is at or above the industry average?</source>
        <translation>他们能接受的最低利润不低于行业平均水平吗？</translation>
    </message>
    <message>
        <source>Closed within the window.</source>
        <translation>已在期限内成交。</translation>
    </message>
    <message>
        <source>Overdue by 1 day (the deadline was %1).</source>
        <translation>已超期 1 天（截止日期为 %1）。</translation>
    </message>
    <message>
        <source>Overdue by %1 days (the deadline was %2).</source>
        <translation>已超期 %1 天（截止日期为 %2）。</translation>
    </message>
    <message>
        <source>Last day to close (%1).</source>
        <translation>今天是成交的最后一天（%1）。</translation>
    </message>
    <message>
        <source>1 day left (until %1).</source>
        <translation>还剩 1 天（截止 %1）。</translation>
    </message>
    <message>
        <source>%1 days left (until %2).</source>
        <translation>还剩 %1 天（截止 %2）。</translation>
    </message>
    <message>
        <source>Extended once on %1.</source>
        <translation>已于 %1 延长过一次。</translation>
    </message>
    <message>
        <source>Follow-ups so far: %1</source>
        <translation>已跟进次数：%1</translation>
    </message>
    <message>
        <source>This answer speaks against spending time on the prospect.</source>
        <translation>这个回答说明不值得在该客户身上花时间。</translation>
    </message>
    <message>
        <source>Lowered in the plan draft and the call queue.</source>
        <translation>在计划草稿和拨打队列中排后。</translation>
    </message>
    <message>
        <source>Score %1 of %2</source>
        <translation>评分 %1 / %2</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>trigger event</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>sold in the industry</source>
        <translation>在该行业卖过</translation>
    </message>
    <message>
        <source>reference customer</source>
        <translation>参考客户</translation>
    </message>
    <message>
        <source>personally involved</source>
        <translation>本人参与</translation>
    </message>
    <message>
        <source>Outside the targets (%1): drop first.</source>
        <translation>不在目标范围内（%1）：优先放弃。</translation>
    </message>
</context>
<context>
    <name>TagFilterBar</name>
    <message>
        <source>All of (AND)</source>
        <translation>全部满足（且）</translation>
    </message>
    <message>
        <source>Any of (OR)</source>
        <translation>满足任一（或）</translation>
    </message>
    <message>
        <source>Whether a contact needs every required tag or just one of them</source>
        <translation>客户需要具备所有选中标签，还是其中任意一个</translation>
    </message>
    <message>
        <source>Tag match mode</source>
        <translation>标签匹配方式</translation>
    </message>
    <message>
        <source>Clear tags</source>
        <translation>清除标签</translation>
    </message>
    <message>
        <source>Remove every tag filter</source>
        <translation>清除所有标签筛选</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>其他标签</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1
Click: only contacts with this tag; again: without it; again: any</source>
        <translation>%1
点一下：只看有此标签的；再点：只看没有的；再点：不限</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>(built-in)</source>
        <translation>（内置）</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Manage tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>标签名</translation>
    </message>
    <message>
        <source>Type a new group name to create a group</source>
        <translation>输入新的分组名即可创建分组</translation>
    </message>
    <message>
        <source>For a product tag: customers with this tag are proposed a repurchase call when their last purchase is this old (a contact's own cycle comes first)</source>
        <translation>用于产品标签：带此标签的客户，距上次购买满这么多天时，计划会建议回访复购（联系人自己的周期优先）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>&amp;Repurchase cycle</source>
        <translation>复购周期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create new tag</source>
        <translation>新建标签(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>合并到(&amp;M)</translation>
    </message>
    <message>
        <source>Move every contact of the selected tag to the chosen tag, then delete it</source>
        <translation>把选中标签下的所有客户移到目标标签，然后删除它</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Built-in tags cannot be renamed, merged or deleted.</source>
        <translation>内置标签不能改名、合并或删除。</translation>
    </message>
    <message>
        <source>Tag created.</source>
        <translation>标签已创建。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n contact(s). Delete it from all of them?</source>
        <translation>
            <numerusform>“%1”用在 %n 位客户上。确定从他们身上全部删除吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Message templates</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>话术(&amp;T)</translation>
    </message>
    <message>
        <source>F2 renames the template; Delete deletes it</source>
        <translation>F2 重命名话术；Delete 删除</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>A new template (Ctrl+N)</source>
        <translation>新建一条话术（Ctrl+N）</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the selected template to edit it (Ctrl+D)</source>
        <translation>复制选中的话术再修改（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected template (F2)</source>
        <translation>重命名选中的话术（F2）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected template (Del; Ctrl+Z undoes)</source>
        <translation>删除选中的话术（Del；Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>话术名称</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>话术内容</translation>
    </message>
    <message>
        <source>The message; the buttons below insert what is filled for each contact</source>
        <translation>消息内容；下方按钮可插入为每位联系人自动填写的内容</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Who or when it is for: pick a segment, a class or an occasion (the plan offers the template for those lines), or type a group of your own</source>
        <translation>发给谁、什么时候用：选一个客户分组、客户类别或节日纪念日（计划里对应的事项会推荐这条话术），也可以自己输入分组名</translation>
    </message>
    <message>
        <source>Who or when it is for, e.g. N, Y+O, VIP</source>
        <translation>适用对象或场合，如 N、Y+O、VIP</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名称(&amp;M)</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>内容(&amp;X)</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>用途(&amp;U)</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <source>Insert %1 at the cursor</source>
        <translation>在光标处插入 %1</translation>
    </message>
    <message>
        <source>Pre&amp;view for</source>
        <translation>预览对象(&amp;V)</translation>
    </message>
    <message>
        <source>Type a name and pick from the list</source>
        <translation>输入姓名，从列表中选择</translation>
    </message>
    <message>
        <source>Contact for the preview</source>
        <translation>用于预览的联系人</translation>
    </message>
    <message>
        <source>The message filled for this contact</source>
        <translation>为这位联系人填好的消息</translation>
    </message>
    <message>
        <source>No templates yet: press New (Ctrl+N) to write one.</source>
        <translation>还没有话术：按“新建”（Ctrl+N）写一条。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>称呼</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Last promise</source>
        <translation>上次约定</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>距上次联系天数</translation>
    </message>
    <message>
        <source>Choose a contact to see the message filled.</source>
        <translation>选一位联系人，即可看到填好的消息。</translation>
    </message>
    <message>
        <source>Template “%1” saved</source>
        <translation>话术“%1”已保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新话术</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “%1” (Ctrl+Z)</source>
        <translation>撤销删除“%1”(&amp;U)（Ctrl+Z）</translation>
    </message>
</context>
<context>
    <name>ViewsSidebar</name>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <source>Keep the current search and tag filter under a name</source>
        <translation>把当前搜索和标签筛选存为一个命名视图</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>视图名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>删除保存的视图</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Built-in views</source>
        <translation>内置视图</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>我的视图</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>After the visit — %1</source>
        <translation>拜访后记录 — %1</translation>
    </message>
    <message>
        <source>Last promise: %1</source>
        <translation>上次约定：%1</translation>
    </message>
    <message>
        <source>What happened, what they said, what they need</source>
        <translation>发生了什么、对方说了什么、需要什么</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>下次跟进日期(&amp;F)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Promised next step</source>
        <translation>约定的下一步(&amp;P)</translation>
    </message>
    <message>
        <source>Leave a hook: what you will do, and when</source>
        <translation>留个饵：你要做什么，什么时候</translation>
    </message>
    <message>
        <source>A promised next step, e.g. “next Wednesday I'll bring the samples”</source>
        <translation>答应客户的下一步，如“下周三我带样品过来”</translation>
    </message>
    <message>
        <source>Follow up on this date (Alt+5: no follow-up)</source>
        <translation>在这天跟进（Alt+5：不设跟进）</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation>3天后</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>+2 weeks</source>
        <translation>两周后</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不跟进</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Asked for a &amp;referral</source>
        <translation>已请求转介绍(&amp;R)</translation>
    </message>
    <message>
        <source>You asked “who else might need this?” during this visit or call</source>
        <translation>这次拜访或通话中问过“还有谁可能需要？”</translation>
    </message>
    <message>
        <source>More tags: 北京、意向A (new ones are created)</source>
        <translation>更多标签：北京、意向A（新标签自动创建）</translation>
    </message>
    <message>
        <source>Separate tags with commas, 、 or semicolons; new names become new tags</source>
        <translation>标签之间用逗号、顿号或分号隔开；新名字会成为新标签</translation>
    </message>
    <message>
        <source>&amp;Kind, outcome</source>
        <translation>方式与结果(&amp;K)</translation>
    </message>
    <message>
        <source>Status tags</source>
        <translation>状态标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Add tags</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save everything (Ctrl+Enter)</source>
        <translation>全部保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Throw away what you typed about this visit?</source>
        <translation>要丢弃这次拜访已输入的内容吗？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
</TS>