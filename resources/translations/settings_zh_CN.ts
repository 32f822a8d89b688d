<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Write a verified copy of your data now</source>
        <translation>立即写一份经过校验的数据副本</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>恢复选中的备份…</translation>
    </message>
    <message>
        <source>Replace your data with the selected copy; your current data is backed up first</source>
        <translation>用选中的副本替换数据；当前数据会先备份</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Backups are made of the local database file only; this database is not one.</source>
        <translation>只能备份本地数据库文件；当前数据库不是本地文件。</translation>
    </message>
    <message>
        <source>DeskCRM backs up your data when it starts (once a day) and when it closes, and keeps daily, weekly and monthly copies in %1</source>
        <translation>DeskCRM 在启动时（每天一次）和关闭时自动备份，并在 %1 中保留每日、每周和每月的副本</translation>
    </message>
    <message>
        <source>No backups yet. One is taken when DeskCRM starts and when it closes, or now with “Back up now”.</source>
        <translation>还没有备份。DeskCRM 启动和关闭时会自动备份，也可以点“立即备份”。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份已完成</translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>DeskCRM database (*.sqlite3 *.db)</source>
        <translation>DeskCRM 数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace your current data with the copy “%1”? Your current data is backed up first, so this can be reversed.</source>
        <translation>用副本“%1”替换当前数据吗？当前数据会先备份，可以再恢复回来。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Class windows</source>
        <translation>分类成交期限</translation>
    </message>
    <message>
        <source>Key-account scoring</source>
        <translation>大客户评分</translation>
    </message>
    <message>
        <source>Deals and referrals</source>
        <translation>商机与转介绍</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>2 very, 1 somewhat, 0 not at all.</source>
        <translation>2 非常重要，1 一般，0 不重要。</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>不设目标</translation>
    </message>
    <message>
        <source>Takes effect the next time DeskCRM starts.</source>
        <translation>下次启动 DeskCRM 时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Two capital letters for the region of numbers typed without +country code, e.g. CN.</source>
        <translation>输入号码不带 +国家代码时使用的地区，两个大写字母，例如 CN。</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>默认电话地区</translation>
    </message>
    <message>
        <source>From this hour of the day on, the plan opens on tomorrow.</source>
        <translation>每天从这个钟点起，计划页打开时显示明天。</translation>
    </message>
    <message>
        <source>Plan opens on tomorrow from (hour)</source>
        <translation>几点起计划页显示明天（时）</translation>
    </message>
    <message>
        <source>Remind me in the evening to plan tomorrow.</source>
        <translation>晚上提醒我制定明天的计划。</translation>
    </message>
    <message>
        <source>Evening reminder</source>
        <translation>晚间提醒</translation>
    </message>
    <message>
        <source>When the evening reminder appears (HH:MM, e.g. 20:00).</source>
        <translation>晚间提醒出现的时间（时:分，例如 20:00）。</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>The plan warns when non-sales work is more than this share of a week.</source>
        <translation>一周中非销售工作超过这个比例时，计划页会提醒。</translation>
    </message>
    <message>
        <source>Non-sales warning above</source>
        <translation>非销售工作提醒比例</translation>
    </message>
    <message>
        <source>A draft of the plan ticks only this many sales items; more is allowed.</source>
        <translation>草拟计划时只预先勾选这么多条销售事项；超出也可以，会有提醒。</translation>
    </message>
    <message>
        <source>Sales items a day can hold</source>
        <translation>每天可安排的销售事项</translation>
    </message>
    <message>
        <source>Days to close a class A contact: 3 to 10, usually 7.</source>
        <translation>A 类客户应在几天内成交：3 到 10 天，通常 7 天。</translation>
    </message>
    <message>
        <source>Class A window (days)</source>
        <translation>A 类客户成交期限（天）</translation>
    </message>
    <message>
        <source>Days to close a class B contact, usually about 20.</source>
        <translation>B 类客户应在几天内成交，通常约 20 天。</translation>
    </message>
    <message>
        <source>Class B window (days)</source>
        <translation>B 类客户成交期限（天）</translation>
    </message>
    <message>
        <source>Days to close a class C contact, usually about 30.</source>
        <translation>C 类客户应在几天内成交，通常约 30 天。</translation>
    </message>
    <message>
        <source>Class C window (days)</source>
        <translation>C 类客户成交期限（天）</translation>
    </message>
    <message>
        <source>At most 3 industries you sell to best, separated by commas.</source>
        <translation>最多 3 个你最擅长的行业，用逗号分隔。</translation>
    </message>
    <message>
        <source>1 to 3 positions of the people who decide, separated by commas.</source>
        <translation>1 到 3 个拍板人的职位，用逗号分隔。</translation>
    </message>
    <message>
        <source>The regions you cover, separated by commas.</source>
        <translation>你负责的地区，用逗号分隔。</translation>
    </message>
    <message>
        <source>News worth a call, e.g. a merger or a new general manager; commas between.</source>
        <translation>值得打电话的消息，例如并购、新任总经理；用逗号分隔。</translation>
    </message>
    <message>
        <source>The amount you aim to close each month, in yuan.</source>
        <translation>每月想成交的金额（元）。</translation>
    </message>
    <message>
        <source>Sales target per month</source>
        <translation>每月销售额目标</translation>
    </message>
    <message>
        <source>Deals you aim to win each month.</source>
        <translation>每月想成交的笔数。</translation>
    </message>
    <message>
        <source>Closes wanted per month</source>
        <translation>每月成交目标（笔）</translation>
    </message>
    <message>
        <source>Calls, visits and messages you aim for each day; the plan shows today's.</source>
        <translation>每天想完成的电话、拜访和消息数；计划页显示今天的进度。</translation>
    </message>
    <message>
        <source>Touches wanted per day</source>
        <translation>每天跟进目标（次）</translation>
    </message>
    <message>
        <source>Satisfied customers and decliners are offered for a referral ask again after this many days.</source>
        <translation>满意的老客户和婉拒者，隔这么多天后会再次列入请求转介绍。</translation>
    </message>
    <message>
        <source>Ask for a referral again after (days)</source>
        <translation>再次请求转介绍的间隔（天）</translation>
    </message>
    <message>
        <source>Days to wait after a lost deal before asking that contact for a referral.</source>
        <translation>丢单后先等这么多天，再请对方转介绍。</translation>
    </message>
    <message>
        <source>Ask decliners after (days)</source>
        <translation>丢单后多少天再请婉拒者转介绍</translation>
    </message>
    <message>
        <source>A lost deal older than this many days no longer makes a referral ask.</source>
        <translation>丢单超过这么多天后，不再提示向其请求转介绍。</translation>
    </message>
    <message>
        <source>Ask decliners until (days)</source>
        <translation>丢单后多少天内可请婉拒者转介绍</translation>
    </message>
    <message>
        <source>The stages of a deal in order, separated by commas.</source>
        <translation>商机的各个阶段，按顺序用逗号分隔。</translation>
    </message>
    <message>
        <source>The reasons you can pick when a deal is lost, separated by commas.</source>
        <translation>丢单时可选的原因，用逗号分隔。</translation>
    </message>
    <message>
        <source>Logging sent messages stops before today's WeChat touches pass this many.</source>
        <translation>当天的微信联系记录达到这个数量后，不再记录群发消息。</translation>
    </message>
    <message>
        <source>Target industries</source>
        <translation>目标行业</translation>
    </message>
    <message>
        <source>Target positions</source>
        <translation>目标职位</translation>
    </message>
    <message>
        <source>Target regions</source>
        <translation>目标地区</translation>
    </message>
    <message>
        <source>Trigger events</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>How much the industry matters</source>
        <translation>行业权重</translation>
    </message>
    <message>
        <source>How much the position matters</source>
        <translation>职位权重</translation>
    </message>
    <message>
        <source>How much the region matters</source>
        <translation>地区权重</translation>
    </message>
    <message>
        <source>How much a trigger event matters</source>
        <translation>触发事件权重</translation>
    </message>
    <message>
        <source>New referrals you aim for each week; one is a good start.</source>
        <translation>每周想要获得的新转介绍数；从 1 个开始就很好。</translation>
    </message>
    <message>
        <source>Referrals wanted per week</source>
        <translation>每周转介绍目标</translation>
    </message>
    <message>
        <source>Deal stages</source>
        <translation>成交阶段</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Contacts sent a WeChat message within this many days are flagged.</source>
        <translation>这么多天内发过微信消息的联系人会被标出。</translation>
    </message>
    <message>
        <source>Days between messages</source>
        <translation>群发间隔天数</translation>
    </message>
    <message>
        <source>Messages a day at most</source>
        <translation>每天最多发送条数</translation>
    </message>
    <message>
        <source>How many of the daily automatic backups are kept.</source>
        <translation>保留多少份每日自动备份。</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留的每日备份</translation>
    </message>
    <message>
        <source>How many weekly backups are kept.</source>
        <translation>保留多少份每周备份。</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>保留的每周备份</translation>
    </message>
    <message>
        <source>How many monthly backups are kept.</source>
        <translation>保留多少份每月备份。</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>保留的每月备份</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>You changed settings without saving them. Save them now?</source>
        <translation>你修改了设置但还没有保存。现在保存吗？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>留在此页</translation>
    </message>
    <message>
        <source>“%1” is not valid: %2</source>
        <translation>“%1”无效：%2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
</context>
</TS>