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
</TS>