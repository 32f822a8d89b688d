<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>The call script file %1 could not be used (%2); the shipped scripts are missing.</source>
        <translation>无法使用话术文件 %1（%2）；随软件提供的话术暂缺。</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Who to call</source>
        <translation>打给谁</translation>
    </message>
    <message>
        <source>Today's planned calls first, then the call list by score</source>
        <translation>先是今天计划的电话，然后按评分排序的电话清单</translation>
    </message>
    <message>
        <source>Next call (Ctrl+N)</source>
        <translation>下一通电话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Script outline</source>
        <translation>话术提纲</translation>
    </message>
    <message>
        <source>Ctrl+Up/Down: move · Ctrl+Space: tick the section</source>
        <translation>Ctrl+上/下：移动 · Ctrl+空格：勾选该环节</translation>
    </message>
    <message>
        <source>Before you dial</source>
        <translation>拨号之前</translation>
    </message>
    <message>
        <source>Smile: it can be heard</source>
        <translation>微笑：对方听得出来</translation>
    </message>
    <message>
        <source>Warm, but not over-familiar with a stranger</source>
        <translation>热情，但对陌生人不要过分熟络</translation>
    </message>
    <message>
        <source>Normal speed, moderate volume, varied pitch</source>
        <translation>语速正常，音量适中，语调有起伏</translation>
    </message>
    <message>
        <source>Clear words, no filler sounds, no fading at sentence ends</source>
        <translation>吐字清楚，不用“嗯啊”，句尾不要变弱</translation>
    </message>
    <message>
        <source>Patience and brevity: ask 80%, talk 20%</source>
        <translation>耐心、简洁：八成提问，两成陈述</translation>
    </message>
    <message>
        <source>Listen: note key words, repeat their point, name the benefit</source>
        <translation>倾听：记下关键词，复述对方观点，说出对方的好处</translation>
    </message>
    <message>
        <source>Start timer (F5)</source>
        <translation>开始计时（F5）</translation>
    </message>
    <message>
        <source>Key words, objections (ask “why?” until the real one)</source>
        <translation>关键词、异议（多问“为什么”，找到真正的原因）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已接通</translation>
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
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What you promised, e.g. send samples</source>
        <translation>你答应的事，例如寄样品</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Save call (Ctrl+Enter)</source>
        <translation>保存通话（Ctrl+回车）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No call open&lt;/h3&gt;&lt;p&gt;Pick someone from the list (Enter) or press “Next call” (Ctrl+N). Today's planned calls are marked ★; then come prospects by key-account score.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;还没有打开通话&lt;/h3&gt;&lt;p&gt;从左侧列表选一位客户（回车），或按“下一通电话”（Ctrl+N）。今天计划要打的电话标有 ★，其后是按大客户评分排序的潜在客户。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 touch(es)</source>
        <translation>已跟进 %1 次</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>overdue by %1 day(s)</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <source>%1 day(s) left</source>
        <translation>还剩 %1 天</translation>
    </message>
    <message>
        <source>Last time you promised: %1</source>
        <translation>上次你答应：%1</translation>
    </message>
    <message>
        <source>Stop timer (F5)</source>
        <translation>停止计时（F5）</translation>
    </message>
    <message>
        <source>Pause — ask a question and let them talk.</source>
        <translation>停一停——问个问题，让客户说。</translation>
    </message>
    <message>
        <source>Call saved</source>
        <translation>通话已记录</translation>
    </message>
</context>
</TS>