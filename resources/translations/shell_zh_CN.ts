<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
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
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>视图名称</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>转介绍人</translation>
    </message>
    <message>
        <source>Key person met</source>
        <translation>见到的关键人</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>触发事件</translation>
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
        <source>Lost reason</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>Referrer kind</source>
        <translation>转介绍人类型</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1太长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1无效：%2</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>“%1” has too few digits for a phone number.</source>
        <translation>“%1”位数太少，不是有效的电话号码。</translation>
    </message>
    <message>
        <source>“%1” has too many digits for a phone number.</source>
        <translation>“%1”位数太多，不是有效的电话号码。</translation>
    </message>
    <message>
        <source>“%1” starts with an unknown country code.</source>
        <translation>“%1”的国家代码无法识别。</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>%1 and %2 cannot both be set.</source>
        <translation>%1 和 %2 不能同时设置。</translation>
    </message>
    <message>
        <source>%1 cannot be in the past.</source>
        <translation>%1不能早于今天。</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1超出范围。</translation>
    </message>
    <message>
        <source>A contact cannot coach itself.</source>
        <translation>客户不能做自己的教练。</translation>
    </message>
    <message>
        <source>A contact cannot refer itself.</source>
        <translation>客户不能转介绍自己。</translation>
    </message>
    <message>
        <source>Choose two different items.</source>
        <translation>请选择两个不同的项目。</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1已不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; what you typed is kept.</source>
        <translation>磁盘已满。请清理一些空间后重试；您输入的内容已保留。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions and try again; what you typed is kept.</source>
        <translation>数据库文件是只读的。请检查文件权限后重试；您输入的内容已保留。</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用。请稍后再试。</translation>
    </message>
    <message>
        <source>The database could not be written. Try again; what you typed is kept.</source>
        <translation>无法写入数据库。请重试；您输入的内容已保留。</translation>
    </message>
    <message>
        <source>This item no longer exists; it may have been deleted.</source>
        <translation>该项目已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>A contact with the same phone or name and company exists.</source>
        <translation>已有电话相同或姓名和公司都相同的客户。</translation>
    </message>
    <message>
        <source>Built-in tags cannot be renamed or deleted.</source>
        <translation>内置标签不能改名或删除。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of DeskCRM. Please update DeskCRM; the file was not changed.</source>
        <translation>这个数据库由更新版本的 DeskCRM 创建。请升级 DeskCRM；文件未做任何改动。</translation>
    </message>
    <message>
        <source>Upgrading the database failed; it was left exactly as it was. Details: %1</source>
        <translation>数据库升级失败，已保持原样未做改动。详情：%1</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a DeskCRM database.</source>
        <translation>数据库文件已损坏，或者不是 DeskCRM 的数据库。</translation>
    </message>
    <message>
        <source>DeskCRM is already open with this data folder.</source>
        <translation>DeskCRM 已经用这个数据文件夹打开了。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <source>DeskCRM</source>
        <translation>DeskCRM</translation>
    </message>
    <message>
        <source>There is no backup to restore. The file was not changed: %1</source>
        <translation>没有可恢复的备份。文件未做任何改动：%1</translation>
    </message>
    <message>
        <source>Restore the latest good backup (%1)? The damaged file is kept aside, not deleted.</source>
        <translation>要恢复最近一份完好的备份（%1）吗？损坏的文件会另存一旁，不会删除。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>找到需求</translation>
    </message>
    <message>
        <source>Proposal / intro</source>
        <translation>方案 / 介绍</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
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
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>选了竞争对手</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>没有需求</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>没有回应</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DeskCRM</source>
        <translation>关于 DeskCRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DeskCRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for one salesperson: plan tomorrow, call, tag after visits.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeskCRM %1&lt;/h3&gt;&lt;p&gt;为销售人员打造的桌面客户管理：计划明天、打电话、拜访后打标签。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>DeskCRM</source>
        <translation>DeskCRM</translation>
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
    <name>MainWindow</name>
    <message>
        <source>DeskCRM</source>
        <translation>DeskCRM</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Find, tag and log touches with your customers</source>
        <translation>查找客户、打标签、记录每次接触</translation>
    </message>
    <message>
        <source>Plan tomorrow: sales work left, non-sales work right</source>
        <translation>计划明天：左边销售工作，右边非销售工作</translation>
    </message>
    <message>
        <source>Prepare, run and log a phone call</source>
        <translation>准备、拨打并记录电话</translation>
    </message>
    <message>
        <source>Touches, closes and your funnel over time</source>
        <translation>接触次数、成交和销售漏斗的变化</translation>
    </message>
    <message>
        <source>Language, phone region, class windows, scoring, backups</source>
        <translation>语言、电话地区、客户分类期限、评分、备份</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DeskCRM</source>
        <translation>关于 DeskCRM(&amp;A)</translation>
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
        <source>First key person met, with a need and buying power.</source>
        <translation>已见到第一关键人，有需求且有购买力。</translation>
    </message>
    <message>
        <source>Need and buying power, but only a second or third key person met.</source>
        <translation>有需求和购买力，但只见到第二、三关键人。</translation>
    </message>
    <message>
        <source>Met the head of the using department, who must report up.</source>
        <translation>见到了使用部门负责人，需要他向上级汇报。</translation>
    </message>
    <message>
        <source>Will not buy: stop following.</source>
        <translation>不会购买：停止跟进。</translation>
    </message>
    <message>
        <source>No class yet: tick what you know about this contact.</source>
        <translation>尚未分类：勾选你已了解的情况。</translation>
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
        <source>Don't stop now: most reps give up after 3 follow-ups, yet it takes about 12.</source>
        <translation>别放弃：多数销售跟进 3 次就停了，而成交平均要跟进约 12 次。</translation>
    </message>
    <message>
        <source>5 or more follow-ups without a decision: drop it (move to D) or go on?</source>
        <translation>已跟进 5 次以上仍未决定：放弃（转为 D 类）还是继续？</translation>
    </message>
    <message>
        <source>No follow-up yet: one follow-up converts about 2%.</source>
        <translation>还没有跟进：跟进一次约有 2% 能成交。</translation>
    </message>
    <message>
        <source>At this step about %1% convert; one more follow-up: about %2%.</source>
        <translation>跟进到这一步约 %1% 能成交；再跟进一次约 %2%。</translation>
    </message>
    <message>
        <source>About %1 more to the average of 12.</source>
        <translation>距平均 12 次成交还差约 %1 次。</translation>
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
</TS>