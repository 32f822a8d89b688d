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
        <source>Type a name and pick from the list</source>
        <translation>输入姓名后从列表中选择</translation>
    </message>
    <message>
        <source>(not a referral)</source>
        <translation>（非转介绍）</translation>
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
        <source>Visited the store / met in person</source>
        <translation>已到店 / 已见面</translation>
    </message>
    <message>
        <source>Has not visited yet</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Has bought</source>
        <translation>消费过</translation>
    </message>
    <message>
        <source>Has not bought yet</source>
        <translation>未消费</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Y visited</source>
        <translation>Y 到店</translation>
    </message>
    <message>
        <source>N not visited</source>
        <translation>N 未到店</translation>
    </message>
    <message>
        <source>M bought</source>
        <translation>M 消费过</translation>
    </message>
    <message>
        <source>O not bought</source>
        <translation>O 未消费</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Not visited: invite them to the store — an in-store event or a small gift for coming by.</source>
        <translation>未到店：邀请到店——办店内活动，或准备到店小礼品。</translation>
    </message>
    <message>
        <source>Visited, not bought: their need is not met yet — show new products and dig for the need.</source>
        <translation>到店未消费：需求还没被满足——介绍新品，深挖需求。</translation>
    </message>
    <message>
        <source>Visited and bought: trust exists — offer an upgrade, a bundle or a repeat purchase.</source>
        <translation>到店且消费过：已有信任——推荐升级、组合套餐或复购优惠。</translation>
    </message>
    <message>
        <source>VIP: little product talk, personal care and one-to-one messages; ask for referrals; call at least twice a year.</source>
        <translation>VIP：少谈产品，多做个人关怀和一对一沟通；请对方转介绍；每年至少电话两次。</translation>
    </message>
    <message>
        <source>Never bought: include them in grouped batch messages and follow up one-to-one with whoever replies.</source>
        <translation>未消费：按分组群发消息，对回复的人再一对一跟进。</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>已沟通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>稍后回电</translation>
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
        <source>(no outcome)</source>
        <translation>（无结果）</translation>
    </message>
    <message>
        <source>Supplier / vendor / agency</source>
        <translation>供应商/合作方/代理（乙方）</translation>
    </message>
    <message>
        <source>Satisfied customer</source>
        <translation>满意的老客户</translation>
    </message>
    <message>
        <source>Declining prospect</source>
        <translation>婉拒的潜在客户</translation>
    </message>
    <message>
        <source>Exchange between organisations</source>
        <translation>机构间交流</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Need found</source>
        <translation>发现需求</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试用</translation>
    </message>
    <message>
        <source>Price talk</source>
        <translation>谈价格</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>签合同</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
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
        <source>Don't give up now: most deals need 5 to 12 follow-ups.</source>
        <translation>现在别放弃：大多数成交需要跟进 5 到 12 次。</translation>
    </message>
    <message>
        <source>5+ touches without a close: push for a decision or move on.</source>
        <translation>已跟进 5 次以上仍未成交：推动对方做决定，或果断放弃。</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>教练：</translation>
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
        <source>Lost: %1</source>
        <translation>丢单：%1</translation>
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
        <source>Leave a hook, e.g. “next Wednesday I'll bring the samples”</source>
        <translation>留个饵，如“下周三我把样品带过来”</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>下次跟进日期(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>More tags, commas between (new ones are created)</source>
        <translation>其他标签，用逗号隔开（没有的会自动新建）</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>方式(&amp;K)</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>结果(&amp;U)</translation>
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
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Status tags</source>
        <translation>状态标签</translation>
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
</context>
</TS>