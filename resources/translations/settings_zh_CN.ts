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
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Takes effect the next time DeskCRM starts</source>
        <translation>下次启动 DeskCRM 时生效</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>默认电话地区</translation>
    </message>
    <message>
        <source>Two-letter region for numbers typed without +country code, e.g. CN</source>
        <translation>输入号码不带 +国家代码时使用的两位地区代码，例如 CN</translation>
    </message>
    <message>
        <source>Sales items a day can hold</source>
        <translation>每天能做的销售事项数</translation>
    </message>
    <message>
        <source>A draft of the plan ticks only this many sales items; 1-200</source>
        <translation>起草计划时只勾选这么多项销售事项；1–200</translation>
    </message>
    <message>
        <source>Plan opens on tomorrow from (hour)</source>
        <translation>几点起计划页显示明天（时）</translation>
    </message>
    <message>
        <source>From this hour on, the plan screen shows tomorrow</source>
        <translation>从这个钟点起，计划页显示明天</translation>
    </message>
    <message>
        <source>Evening reminder to plan tomorrow</source>
        <translation>晚间提醒制定明日计划</translation>
    </message>
    <message>
        <source>Show a reminder in the evening</source>
        <translation>晚上弹出提醒</translation>
    </message>
    <message>
        <source>Reminder time (HH:MM)</source>
        <translation>提醒时间（时:分）</translation>
    </message>
    <message>
        <source>When the reminder appears</source>
        <translation>提醒出现的时间</translation>
    </message>
    <message>
        <source>Warn when non-sales work exceeds</source>
        <translation>非销售工作超过此比例时提醒</translation>
    </message>
    <message>
        <source>Share of a week's done items (0–1)</source>
        <translation>一周内已完成事项所占比例（0–1）</translation>
    </message>
    <message>
        <source>Class A window (days)</source>
        <translation>A 类客户跟进期限（天）</translation>
    </message>
    <message>
        <source>3 to 10 days; default 7</source>
        <translation>3 到 10 天；默认 7 天</translation>
    </message>
    <message>
        <source>Class B window (days)</source>
        <translation>B 类客户跟进期限（天）</translation>
    </message>
    <message>
        <source>Default about 20 days</source>
        <translation>默认约 20 天</translation>
    </message>
    <message>
        <source>Class C window (days)</source>
        <translation>C 类客户跟进期限（天）</translation>
    </message>
    <message>
        <source>Default about 30 days</source>
        <translation>默认约 30 天</translation>
    </message>
    <message>
        <source>Target industries</source>
        <translation>目标行业</translation>
    </message>
    <message>
        <source>At most 3, separated by commas</source>
        <translation>最多 3 个，用逗号分隔</translation>
    </message>
    <message>
        <source>Target positions</source>
        <translation>目标职位</translation>
    </message>
    <message>
        <source>1 to 3, separated by commas</source>
        <translation>1 到 3 个，用逗号分隔</translation>
    </message>
    <message>
        <source>Target regions</source>
        <translation>目标地区</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Trigger events</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>e.g. merger, management change; commas between</source>
        <translation>例如：并购、管理层变动；用逗号分隔</translation>
    </message>
    <message>
        <source>Industry weight</source>
        <translation>行业权重</translation>
    </message>
    <message>
        <source>2 very, 1 somewhat, 0 not</source>
        <translation>2 非常重要，1 一般，0 不重要</translation>
    </message>
    <message>
        <source>Position weight</source>
        <translation>职位权重</translation>
    </message>
    <message>
        <source>Region weight</source>
        <translation>地区权重</translation>
    </message>
    <message>
        <source>Trigger event weight</source>
        <translation>触发事件权重</translation>
    </message>
    <message>
        <source>Referrals wanted per week</source>
        <translation>每周转介绍目标</translation>
    </message>
    <message>
        <source>Default 1</source>
        <translation>默认 1</translation>
    </message>
    <message>
        <source>Deal stages</source>
        <translation>成交阶段</translation>
    </message>
    <message>
        <source>In order, separated by commas</source>
        <translation>按顺序，用逗号分隔</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留每日备份数</translation>
    </message>
    <message>
        <source>Default 7</source>
        <translation>默认 7</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>保留每周备份数</translation>
    </message>
    <message>
        <source>Default 4</source>
        <translation>默认 4</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>保留每月备份数</translation>
    </message>
    <message>
        <source>Default 12</source>
        <translation>默认 12</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
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