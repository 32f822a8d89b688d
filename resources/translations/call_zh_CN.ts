<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CallScreen</name>
    <message>
        <source>&amp;0 Voice</source>
        <translation>声音(&amp;0)</translation>
    </message>
    <message>
        <source>Before you dial: check your voice</source>
        <translation>拨号之前：检查你的声音</translation>
    </message>
    <message>
        <source>Nobody else to call today</source>
        <translation>今天没有其他要打的电话了</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>通话未保存</translation>
    </message>
    <message>
        <source>The call with %1 is not saved. Discard it and open the next one?</source>
        <translation>与 %1 的通话尚未保存。放弃并打开下一个吗？</translation>
    </message>
    <message>
        <source>No call open</source>
        <translation>尚未打开通话</translation>
    </message>
    <message>
        <source>Pick someone from the list on the left (Enter) or press “Next call” (Ctrl+N). Today's planned calls come first (★), then prospects by key-account score.</source>
        <translation>从左侧列表中选择一位联系人（回车），或按“下一个电话”（Ctrl+N）。今天计划的电话排在最前（★），然后按大客户评分排列潜在客户。</translation>
    </message>
    <message>
        <source>Pick the coach from the list of existing contacts.</source>
        <translation>请从已有客户列表中选择教练。</translation>
    </message>
    <message>
        <source>Call with %1 saved.</source>
        <translation>与 %1 的通话已保存。</translation>
    </message>
    <message>
        <source>The referral is in your contacts.</source>
        <translation>转介绍的人已加入联系人。</translation>
    </message>
    <message>
        <source>A thank-you is on your plan.</source>
        <translation>感谢任务已加入计划。</translation>
    </message>
    <message>
        <source>Ticked off on today's plan.</source>
        <translation>已在今天的计划中勾掉。</translation>
    </message>
    <message>
        <source>Still open on today's plan.</source>
        <translation>仍留在今天的计划里，未勾掉。</translation>
    </message>
    <message>
        <source>It comes back at the end of today's queue.</source>
        <translation>它会排回今天队列的末尾。</translation>
    </message>
</context>
<context>
    <name>CallWording</name>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Get in a good state</source>
        <translation>调整好状态</translation>
    </message>
    <message>
        <source>Build trust</source>
        <translation>建立信任</translation>
    </message>
    <message>
        <source>Ask to find the problem</source>
        <translation>提问找出问题</translation>
    </message>
    <message>
        <source>Propose and show value</source>
        <translation>提出方案并展示价值</translation>
    </message>
    <message>
        <source>Compare with competitors</source>
        <translation>与竞品比较</translation>
    </message>
    <message>
        <source>Resolve doubts</source>
        <translation>解除疑虑</translation>
    </message>
    <message>
        <source>Close with a choice</source>
        <translation>用二选一促成</translation>
    </message>
    <message>
        <source>After-sales care</source>
        <translation>售后关怀</translation>
    </message>
    <message>
        <source>Ask for a referral</source>
        <translation>请求转介绍</translation>
    </message>
    <message>
        <source>No filler sounds (um, uh, that is…).</source>
        <translation>不要有口头禅（嗯、啊、那个……）。</translation>
    </message>
    <message>
        <source>Don't rush: slow down a little.</source>
        <translation>别赶：放慢一点。</translation>
    </message>
    <message>
        <source>Keep your voice up to the end of the sentence.</source>
        <translation>句尾声音不要弱下去。</translation>
    </message>
    <message>
        <source>Say it firmly, not with a rising, unsure tone.</source>
        <translation>语气坚定，不要用上扬、不确定的语调。</translation>
    </message>
    <message>
        <source>Vary your pitch: no monotone.</source>
        <translation>语调要有变化，不要平淡。</translation>
    </message>
    <message>
        <source>Note their key words.</source>
        <translation>记下对方的关键词。</translation>
    </message>
    <message>
        <source>Repeat their key point back to them.</source>
        <translation>复述对方的要点。</translation>
    </message>
    <message>
        <source>Name the benefit that matches their need.</source>
        <translation>说出与对方需求对应的好处。</translation>
    </message>
    <message>
        <source>See it from their side.</source>
        <translation>站在对方的角度看。</translation>
    </message>
    <message>
        <source>Need: what problem do they want solved, or what gain?</source>
        <translation>需求：想解决什么问题，或获得什么收益？</translation>
    </message>
    <message>
        <source>Fit: are they our type of customer?</source>
        <translation>匹配：是我们的目标客户吗？</translation>
    </message>
    <message>
        <source>Blockers: anything tying them to someone else (a contract)?</source>
        <translation>障碍：是否被别家绑定（如合同）？</translation>
    </message>
    <message>
        <source>Budget: is there money for it?</source>
        <translation>预算：有钱吗？</translation>
    </message>
    <message>
        <source>Finances: healthy, pays on time?</source>
        <translation>财务：状况健康、按时付款吗？</translation>
    </message>
    <message>
        <source>Timing: when will they buy?</source>
        <translation>时间：什么时候购买？</translation>
    </message>
    <message>
        <source>Coach: is there an insider who guides us?</source>
        <translation>教练：有内部人指点我们吗？</translation>
    </message>
    <message>
        <source>Volume: at or above our minimum?</source>
        <translation>量：达到我们的最低量吗？</translation>
    </message>
    <message>
        <source>Margin: the lowest they'd accept, vs the industry average?</source>
        <translation>利润：对方能接受的最低价与行业平均相比如何？</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>&amp;1 Notes</source>
        <translation>备注(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Objections</source>
        <translation>异议(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Questions</source>
        <translation>问题(&amp;3)</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3 switch tabs; Alt+underlined letter jumps to a field</source>
        <translation>Alt+1、Alt+2、Alt+3 切换标签页；Alt+括号中的字母跳到对应字段</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <source>Finish the call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <source>What you promised</source>
        <translation>你承诺了什么</translation>
    </message>
    <message>
        <source>When to call next</source>
        <translation>下次何时打电话</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Leave a hook, e.g. send the quote by Friday. Required when you talked and nothing was closed</source>
        <translation>留个饵，例如：周五前发报价。通了话但没有成交或丢单时必填</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>今天稍后</translation>
    </message>
    <message>
        <source>Nobody answered: the call stays on today's plan and comes back at the end</source>
        <translation>没人接：这通电话留在今天的计划里，排到队列末尾再打</translation>
    </message>
    <message>
        <source>More tags, comma-separated</source>
        <translation>更多标签，逗号分隔</translation>
    </message>
    <message>
        <source>Tags named here that do not exist yet are created</source>
        <translation>这里写的标签如果还没有，会自动新建</translation>
    </message>
    <message>
        <source>An insider who guides us; empty the field to clear the coach</source>
        <translation>给我们指路的内部人；清空此栏即取消教练</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>教练(&amp;C)</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Promised next step</source>
        <translation>承诺的下一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>跟进日期(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save call (Ctrl+Enter)</source>
        <translation>保存通话(&amp;S)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Saves the call as one touch with everything above; then the next call opens</source>
        <translation>把以上所有内容保存为一次接触，然后打开下一个电话</translation>
    </message>
    <message>
        <source>The open deal this call closed, or a new one</source>
        <translation>本次通话成交的进行中商机，或新建一个</translation>
    </message>
    <message>
        <source>What they bought</source>
        <translation>购买的内容</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>&amp;Won deal</source>
        <translation>成交的商机(&amp;W)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>They will not buy at all (class D)</source>
        <translation>对方根本不会购买（D 类）</translation>
    </message>
    <message>
        <source>&amp;Lost because</source>
        <translation>丢单原因(&amp;L)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>They &amp;gave a referral</source>
        <translation>对方给了转介绍(&amp;G)</translation>
    </message>
    <message>
        <source>Record the person they named as a new contact referred by this one</source>
        <translation>把对方介绍的人记录为由此联系人转介绍的新联系人</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>What kind of source the person you called is</source>
        <translation>你所拨打的这个人是哪类转介绍来源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>This contact is a</source>
        <translation>此联系人属于</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>A new deal</source>
        <translation>新商机</translation>
    </message>
    <message>
        <source>No deal to close</source>
        <translation>没有要关闭的商机</translation>
    </message>
    <message>
        <source>&amp;Promised next step *</source>
        <translation>承诺的下一步 *(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Follow up on *</source>
        <translation>跟进日期 *(&amp;F)</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>What they said, what they need</source>
        <translation>对方说了什么，需要什么</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Their key word, then Enter</source>
        <translation>对方的关键词，然后回车</translation>
    </message>
    <message>
        <source>Note the customer's own words; repeat them back when you propose</source>
        <translation>记下客户的原话；提方案时复述给对方</translation>
    </message>
    <message>
        <source>&amp;Key words</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <source>Delete removes the selected key word</source>
        <translation>按 Delete 删除选中的关键词</translation>
    </message>
</context>
<context>
    <name>ObjectionsTab</name>
    <message>
        <source>Early objections are rarely the real one: ask “why?” until the answer stops moving. “What would your boss ask about?”</source>
        <translation>最初的异议很少是真正的异议：不断问“为什么？”直到答案不再变化。“您的老板会问什么？”</translation>
    </message>
    <message>
        <source>What they object, then Enter</source>
        <translation>对方的异议，然后回车</translation>
    </message>
    <message>
        <source>They ob&amp;ject</source>
        <translation>对方异议(&amp;J)</translation>
    </message>
    <message>
        <source>You asked “why?”: their answer, then Enter</source>
        <translation>你问了“为什么？”：对方的回答，然后回车</translation>
    </message>
    <message>
        <source>F8 jumps here from anywhere</source>
        <translation>在任何地方按 F8 都会跳到这里</translation>
    </message>
    <message>
        <source>Wh&amp;y? →</source>
        <translation>为什么？→(&amp;Y)</translation>
    </message>
    <message>
        <source>why %1: %2</source>
        <translation>为什么 %1：%2</translation>
    </message>
    <message>
        <source>The real objection so far</source>
        <translation>目前的真正异议</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>&amp;Script</source>
        <translation>脚本(&amp;S)</translation>
    </message>
    <message>
        <source>The script for this call; it is remembered per contact</source>
        <translation>本次通话使用的脚本；每位联系人会记住所选脚本</translation>
    </message>
    <message>
        <source>&amp;Edit scripts…</source>
        <translation>编辑脚本(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy, edit, reorder and create scripts (F9)</source>
        <translation>复制、编辑、排序和新建脚本（F9）</translation>
    </message>
    <message>
        <source>&amp;Outline: what I want to say in this call</source>
        <translation>提纲：这通电话我想说什么(&amp;O)</translation>
    </message>
    <message>
        <source>Without an outline you ramble and get refused. Filled from the script.</source>
        <translation>没有提纲就会东拉西扯被拒绝。提纲由脚本预填。</translation>
    </message>
    <message>
        <source>Ctrl+Up/Down: previous/next section · Space: tick it here · F7: tick and go on, from anywhere. ❯ marks example questions.</source>
        <translation>Ctrl+上/下：上一节/下一节 · 空格：在此勾选 · F7：在任何地方勾选并进入下一节。❯ 表示示例问题。</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Who else &amp;decides?</source>
        <translation>还有谁参与决定？(&amp;D)</translation>
    </message>
    <message>
        <source>Who can &amp;veto?</source>
        <translation>谁能否决？(&amp;V)</translation>
    </message>
    <message>
        <source>When would it &amp;really start?</source>
        <translation>真正什么时候开始？(&amp;R)</translation>
    </message>
    <message>
        <source>Still open (%1):</source>
        <translation>尚未回答（%1）：</translation>
    </message>
    <message>
        <source>All qualification questions are answered.</source>
        <translation>所有资格问题都已回答。</translation>
    </message>
    <message>
        <source>Their answer, in their words</source>
        <translation>对方的回答，用对方的原话</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>已知：%1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Planned for today; tried once already without getting through</source>
        <translation>今天的计划；已打过一次未接通</translation>
    </message>
    <message>
        <source>On today's plan: %1</source>
        <translation>今天的计划：%1</translation>
    </message>
    <message>
        <source>Key-account score %1</source>
        <translation>大客户评分 %1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Who to call</source>
        <translation>打给谁(&amp;W)</translation>
    </message>
    <message>
        <source>★ today's planned calls, then prospects by key-account score (bad or missing qualification answers lower them, marked ⚠); ↻ planned calls to try again. Enter opens the call.</source>
        <translation>★ 今天计划的电话，然后按大客户评分排列潜在客户（资格问题答案不利或缺失的排后，标 ⚠）；↻ 需要再打的计划电话。按回车打开通话。</translation>
    </message>
    <message>
        <source>Nobody to call: plan calls for today or score prospects.</source>
        <translation>没有要打的电话：为今天计划电话，或给潜在客户评分。</translation>
    </message>
    <message>
        <source>&amp;Next call</source>
        <translation>下一个电话(&amp;N)</translation>
    </message>
    <message>
        <source>Open the next contact in the queue (Ctrl+N)</source>
        <translation>打开队列中的下一位联系人（Ctrl+N）</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <source>Call scripts</source>
        <translation>通话脚本</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>Restore shipped scripts</source>
        <translation>恢复内置脚本</translation>
    </message>
    <message>
        <source>Add back the shipped scripts you deleted; your own stay as they are</source>
        <translation>加回你删除的内置脚本；你自己的脚本保持不变</translation>
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
        <source>S&amp;cripts</source>
        <translation>脚本(&amp;C)</translation>
    </message>
    <message>
        <source>Alt+Up/Down moves the script; Delete deletes it</source>
        <translation>Alt+上/下 移动脚本；Delete 删除脚本</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>A new script (Ctrl+N)</source>
        <translation>新建脚本（Ctrl+N）</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the selected script to edit it (Ctrl+D)</source>
        <translation>复制选中的脚本以便修改（Ctrl+D）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名称(&amp;M)</translation>
    </message>
    <message>
        <source>Sections, in call order</source>
        <translation>段落（按通话顺序）</translation>
    </message>
    <message>
        <source>Alt+Up/Down moves the section; Delete removes it</source>
        <translation>Alt+上/下 移动段落；Delete 删除段落</translation>
    </message>
    <message>
        <source>&amp;Add section</source>
        <translation>添加段落(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除段落(&amp;R)</translation>
    </message>
    <message>
        <source>One prompt per line; a line ending in “?” is an example question</source>
        <translation>每行一条提示；以“？”结尾的行是示例问题</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>阶段(&amp;G)</translation>
    </message>
    <message>
        <source>Pr&amp;ompts</source>
        <translation>提示(&amp;O)</translation>
    </message>
    <message>
        <source>No scripts yet: press New (Ctrl+N) to write one, or restore the shipped ones.</source>
        <translation>还没有脚本：按“新建”（Ctrl+N）写一个，或恢复内置脚本。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>新脚本</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “%1”</source>
        <translation>撤销删除“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation>第 %1 段：%2</translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Referred by %1 (%2)</source>
        <translation>由 %1 转介绍（%2）</translation>
    </message>
    <message>
        <source>Open in contacts</source>
        <translation>在客户中打开</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>教练：%1</translation>
    </message>
    <message>
        <source>closed in time</source>
        <translation>已按时成交</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform></translation>
    </message>
    <message>
        <source>No class yet</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <source>Last time you promised: %1</source>
        <translation>上次你承诺：%1</translation>
    </message>
    <message>
        <source>due %1 — late</source>
        <translation>应于 %1 完成——已逾期</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Open deal: %1</source>
        <translation>进行中的商机：%1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1 of %2 qualification questions still open (Questions tab).</source>
        <translation>%2 个资格问题中还有 %1 个未回答（见“问题”标签页）。</translation>
    </message>
    <message>
        <source>Last touches</source>
        <translation>最近的接触</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Key words: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <source>Real objection: %1</source>
        <translation>真正的异议：%1</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Call time (F5 starts and stops it)</source>
        <translation>通话时长（F5 开始/停止）</translation>
    </message>
    <message>
        <source>Press F6 whenever the talking turns: it measures your share and resets the pause cue when they speak</source>
        <translation>每次换人说话时按 F6：它统计你说话的占比，对方说话时重置停顿提示</translation>
    </message>
    <message>
        <source>Pause cue</source>
        <translation>停顿提示</translation>
    </message>
    <message>
        <source>Your share of the talking; aim at about 20% and let them talk 80%</source>
        <translation>你说话的占比；目标约 20%，让对方说 80%</translation>
    </message>
    <message>
        <source>Ask 80% · talk %1%</source>
        <translation>问 80% · 说 %1%</translation>
    </message>
    <message>
        <source>F6 to track</source>
        <translation>按 F6 记录</translation>
    </message>
    <message>
        <source>You %1%</source>
        <translation>你 %1%</translation>
    </message>
    <message>
        <source>Pause — ask a question and let them talk.</source>
        <translation>停一下——问个问题，让对方说。</translation>
    </message>
    <message>
        <source>Stop (F5)</source>
        <translation>停止（F5）</translation>
    </message>
    <message>
        <source>Start timer (F5)</source>
        <translation>开始计时（F5）</translation>
    </message>
    <message>
        <source>Who talks? (F6)</source>
        <translation>谁在说？（F6）</translation>
    </message>
    <message>
        <source>I'm talking (F6)</source>
        <translation>我在说（F6）</translation>
    </message>
    <message>
        <source>They're talking (F6)</source>
        <translation>对方在说（F6）</translation>
    </message>
</context>
<context>
    <name>TonePanel</name>
    <message>
        <source>Tab to a check, Space to tick it</source>
        <translation>用 Tab 移到检查项，空格勾选</translation>
    </message>
    <message>
        <source>While talking: no filler sounds, don't rush or fade at the end, no rising unsure tone, no monotone. Listen: note key words, repeat their point, name the benefit, see it from their side.</source>
        <translation>说话时：不要口头禅，不要赶，句尾不要弱，不要用上扬不确定的语调，不要平淡。倾听：记下关键词，复述对方要点，说出好处，站在对方角度。</translation>
    </message>
</context>
</TS>