<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name, if no other</source>
        <translation>姓名（无其他姓名时）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
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
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>Chinese (GB18030 / GBK)</source>
        <translation>简体中文（GB18030 / GBK）</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16（Excel Unicode 文本）</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <source>Western (Latin-1)</source>
        <translation>西文（Latin-1）</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <source>Some characters cannot be read in the file's encoding; the row was left out: “%1”</source>
        <translation>有字符无法按文件的编码读取，此行未导入：“%1”</translation>
    </message>
    <message>
        <source>The file does not exist (any more).</source>
        <translation>文件不存在（或已被移走）。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file has column headers but no rows to import.</source>
        <translation>文件只有列标题，没有可导入的行。</translation>
    </message>
    <message>
        <source>The file is not a vCard (.vcf) file, or it is damaged.</source>
        <translation>该文件不是 vCard（.vcf）文件，或已损坏。</translation>
    </message>
    <message>
        <source>The file is not an Excel .xlsx workbook, or it is damaged.</source>
        <translation>该文件不是 Excel .xlsx 工作簿，或已损坏。</translation>
    </message>
    <message>
        <source>Old Excel .xls files cannot be read. In Excel, save the sheet as .xlsx or as CSV and import that.</source>
        <translation>无法读取旧版 Excel .xls 文件。请在 Excel 中另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>The file is not a table, a vCard or an Excel workbook.</source>
        <translation>该文件既不是表格，也不是 vCard 或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The file is a vCard, not a table.</source>
        <translation>该文件是 vCard 名片文件，不是表格。</translation>
    </message>
    <message>
        <source>The workbook has no sheet called “%1”.</source>
        <translation>工作簿中没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>“%1”不是已知的文本编码。</translation>
    </message>
    <message>
        <source>The file cannot be read past row %1: a quote is probably never closed.</source>
        <translation>文件第 %1 行之后无法读取：可能有引号没有闭合。</translation>
    </message>
    <message>
        <source>Choose which column holds the contacts' names.</source>
        <translation>请选择哪一列是客户姓名。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Split it into smaller files and import them one by one.</source>
        <translation>文件超过 %1 行。请拆分成几个较小的文件，逐个导入。</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>文件太大，无法导入。</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>这次导入已经撤销过了。</translation>
    </message>
    <message>
        <source>This import no longer exists.</source>
        <translation>这次导入已不存在。</translation>
    </message>
    <message>
        <source>%1 Where: %2</source>
        <translation>%1位置：%2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>已取消导入，没有保存任何内容。</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <source>The card is cut off; the file ends or breaks inside it.</source>
        <translation>这张名片不完整：文件在其中途结束或损坏。</translation>
    </message>
    <message>
        <source>The card has no name, phone or e-mail.</source>
        <translation>这张名片没有姓名、电话或邮箱。</translation>
    </message>
    <message>
        <source>Skipped: %1 exists already (%2).</source>
        <translation>已跳过：%1 已存在（%2）。</translation>
    </message>
    <message>
        <source>Merged into %1 (%2).</source>
        <translation>已合并到 %1（%2）。</translation>
    </message>
    <message>
        <source>Stored although %1 exists (%2).</source>
        <translation>已另建新客户，尽管 %1 已存在（%2）。</translation>
    </message>
    <message>
        <source>Phone “%1” was not recognised; it is kept as typed.</source>
        <translation>无法识别电话“%1”，已按原样保留。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number; it was left out.</source>
        <translation>“%1”不是电话号码，已略过。</translation>
    </message>
    <message>
        <source>Further e-mail addresses were added to the notes.</source>
        <translation>其余邮箱地址已加到备注。</translation>
    </message>
    <message>
        <source>E-mail “%1” is not valid; it was moved to the notes.</source>
        <translation>邮箱“%1”无效，已移到备注。</translation>
    </message>
    <message>
        <source>Tag “%1” is too long (at most %2 characters); left out.</source>
        <translation>标签“%1”过长（最多 %2 个字符），已略过。</translation>
    </message>
    <message>
        <source>Tag %1 contradicts another tag of the row; the stronger one is kept.</source>
        <translation>标签 %1 与本行另一标签互斥，已保留更确定的那个。</translation>
    </message>
    <message>
        <source>No name given; the company name is used.</source>
        <translation>没有姓名，已用公司名称代替。</translation>
    </message>
    <message>
        <source>The row has more cells than there are headers; extra cells were left out.</source>
        <translation>此行的单元格多于列标题，多出的单元格已略过。</translation>
    </message>
    <message>
        <source>A line too long to read was left out.</source>
        <translation>有一行过长，无法读取，已略过。</translation>
    </message>
    <message>
        <source>This row is in a different encoding from the rest of the file (GBK and UTF-8 mixed); it was read that way, check it.</source>
        <translation>此行的编码与文件其他部分不同（GBK 与 UTF-8 混用），已按其编码读取，请核对。</translation>
    </message>
    <message>
        <source>A cell is longer than %1 characters; the row was left out.</source>
        <translation>有单元格超过 %1 个字符，此行未导入。</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>第 %1 张名片</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
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
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Buys again every</source>
        <translation>复购周期</translation>
    </message>
    <message>
        <source>Walk-ins not recorded</source>
        <translation>未登记到店人数</translation>
    </message>
    <message>
        <source>Walk-in day</source>
        <translation>到店日期</translation>
    </message>
    <message>
        <source>Your own questions</source>
        <translation>自定义问题</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>自定义问题</translation>
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
        <source>%1 is already closed.</source>
        <translation>%1 已关闭。</translation>
    </message>
    <message>
        <source>%1: at most %2.</source>
        <translation>%1：最多 %2 个。</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1已不存在。</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1. Use {name}, {address}, {company}, {product}, {last_promise} or {days_since}.</source>
        <translation>未知的占位符：%1。可用 {name}、{address}、{company}、{product}、{last_promise} 或 {days_since}。</translation>
    </message>
    <message>
        <source>This class window was already extended once: move the contact to D, or close the deal.</source>
        <translation>这个成交期限已经延长过一次：转为 D 类，或者尽快成交。</translation>
    </message>
    <message>
        <source>The class window has not ended yet; it can be extended once it has passed.</source>
        <translation>成交期限还没到，过期后才能延长。</translation>
    </message>
    <message>
        <source>Only a class A, B or C contact has a window to extend.</source>
        <translation>只有 A、B、C 类客户才有可延长的成交期限。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe or a device); only files can be imported.</source>
        <translation>这不是普通文件（而是管道或设备），只能导入普通文件。</translation>
    </message>
    <message>
        <source>The file cannot be read as “%1” (from row %2). Choose another encoding, or let DeskCRM detect it.</source>
        <translation>无法按“%1”编码读取该文件（从第 %2 行起）。请换一种编码，或让 DeskCRM 自动识别。</translation>
    </message>
    <message>
        <source>The sheet has filled cells beyond column %1; a contact list is never that wide. Copy the columns you need into a new sheet and import that.</source>
        <translation>工作表在第 %1 列之后还有内容，客户名单不会这么宽。请把需要的列复制到新工作表后再导入。</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>它不是有效的 JSON</translation>
    </message>
    <message>
        <source>it is from a newer DeskCRM</source>
        <translation>它来自更新版本的 DeskCRM</translation>
    </message>
    <message>
        <source>it is not a list of scripts</source>
        <translation>它不是脚本列表</translation>
    </message>
    <message>
        <source>a name, title or prompt is missing or too long</source>
        <translation>名称、标题或提示缺失或过长</translation>
    </message>
    <message>
        <source>an unknown call stage</source>
        <translation>未知的通话阶段</translation>
    </message>
    <message>
        <source>The call script file %1 could not be used: %2%3. Your own scripts are not affected.</source>
        <translation>无法使用通话脚本文件 %1：%2%3。您自己的脚本不受影响。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions and try again.</source>
        <translation>数据库文件是只读的。请检查文件权限后重试。</translation>
    </message>
    <message>
        <source>DeskCRM is not allowed to write there.</source>
        <translation>DeskCRM 没有权限在这里写入文件。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>这是一个文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <source>The database driver “%1” is not installed, so %2 cannot be opened. Install it, or leave out --db-url to use the built-in database.</source>
        <translation>未安装数据库驱动“%1”，无法打开 %2。请先安装该驱动，或去掉 --db-url 参数，改用内置数据库。</translation>
    </message>
    <message>
        <source>DeskCRM does not know this kind of database: %1</source>
        <translation>DeskCRM 不支持这种数据库：%1</translation>
    </message>
    <message>
        <source>“%1” is not a database address. It looks like postgresql://user@host/name or sqlite:///path/to/file.</source>
        <translation>“%1”不是有效的数据库地址。正确的写法类似 postgresql://user@host/name 或 sqlite:///path/to/file。</translation>
    </message>
    <message>
        <source>An unexpected error stopped DeskCRM, and the log could not be written.</source>
        <translation>出现意外错误，DeskCRM 已停止，且无法写入日志。</translation>
    </message>
    <message>
        <source>An unexpected error stopped DeskCRM. The details are in the log: %1</source>
        <translation>出现意外错误，DeskCRM 已停止。详细信息已写入日志：%1</translation>
    </message>
    <message>
        <source>The shipped message templates could not be read (%1); your own templates are unchanged.</source>
        <translation>自带的消息话术无法读取（%1）；你自己的话术没有改动。</translation>
    </message>
    <message>
        <source>The disk is full: the changes are saved in the database's journal but could not be moved into the database file %1. Free some space, then open DeskCRM again.</source>
        <translation>磁盘已满：改动已保存在数据库的日志文件中，但无法写入数据库文件 %1。请先腾出一些空间，再重新打开 DeskCRM。</translation>
    </message>
    <message>
        <source>The database's journal of recent changes (%1) is damaged: changes saved after the damage cannot be read and would be lost. A copy of the journal is kept as %2.</source>
        <translation>数据库记录最近改动的日志文件（%1）已损坏：损坏处之后保存的改动无法读出，将会丢失。日志文件的副本已另存为 %2。</translation>
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
        <source>Today's limit of %1 messages would be passed (%2 sent already); nothing saved.</source>
        <translation>会超过今天 %1 条消息的上限（已发 %2 条）；什么都没有保存。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <source>An unexpected error interrupted what you were doing: %1</source>
        <translation>出现意外错误，刚才的操作被中断：%1</translation>
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
        <source>Open the database with the changes that can still be read? The damaged journal is kept, not deleted: %1</source>
        <translation>是否用仍能读出的改动打开数据库？损坏的日志文件已保留，不会删除：%1</translation>
    </message>
    <message>
        <source>Open without them</source>
        <translation>不含这些改动，继续打开</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .vcf.</source>
        <translation>请选择以 .csv、.xlsx 或 .vcf 结尾的文件名。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>跟进到期</translation>
    </message>
    <message>
        <source>%1 follow-up(s) due today or overdue: see Contacts → Follow-up due today.</source>
        <translation>今天有 %1 个跟进到期或已逾期：见 客户 → 今天该跟进。</translation>
    </message>
    <message>
        <source>Plan tomorrow</source>
        <translation>计划明天</translation>
    </message>
    <message>
        <source>Time to plan tomorrow: open Plan (Ctrl+2).</source>
        <translation>该计划明天了：打开“计划”（Ctrl+2）。</translation>
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
    <name>CallFactsWords</name>
    <message>
        <source>Smile</source>
        <translation>微笑</translation>
    </message>
    <message>
        <source>A smile can be heard on the phone.</source>
        <translation>微笑在电话里是听得出来的。</translation>
    </message>
    <message>
        <source>Warm, not over-familiar</source>
        <translation>热情但不过分熟络</translation>
    </message>
    <message>
        <source>Warmth helps; too much of it puts strangers off.</source>
        <translation>热情有帮助，但对陌生人过头会让人反感。</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>语速正常</translation>
    </message>
    <message>
        <source>Neither rushing nor dragging.</source>
        <translation>不急不拖。</translation>
    </message>
    <message>
        <source>Moderate volume</source>
        <translation>音量适中</translation>
    </message>
    <message>
        <source>Not too quiet, not too loud.</source>
        <translation>不要太轻，也不要太响。</translation>
    </message>
    <message>
        <source>Varied pitch</source>
        <translation>语调有起伏</translation>
    </message>
    <message>
        <source>A monotone sounds bored.</source>
        <translation>语调单一听起来很无聊。</translation>
    </message>
    <message>
        <source>Clear words</source>
        <translation>吐字清晰</translation>
    </message>
    <message>
        <source>Pronounce every word; no mumbling.</source>
        <translation>每个字都说清楚，不要含糊。</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>耐心</translation>
    </message>
    <message>
        <source>Never irritated, even on the third explanation.</source>
        <translation>第三次解释也不要烦躁。</translation>
    </message>
    <message>
        <source>Brevity</source>
        <translation>简洁</translation>
    </message>
    <message>
        <source>Short sentences; get to the point.</source>
        <translation>句子简短，直奔主题。</translation>
    </message>
    <message>
        <source>Voice %1/%2</source>
        <translation>语气 %1/%2</translation>
    </message>
    <message>
        <source>I talked %1</source>
        <translation>我说 %1</translation>
    </message>
    <message>
        <source>Outline %1/%2</source>
        <translation>提纲 %1/%2</translation>
    </message>
    <message>
        <source>Outline: %1 done</source>
        <translation>提纲完成 %1 段</translation>
    </message>
    <message>
        <source>Hook left</source>
        <translation>留了饵</translation>
    </message>
    <message>
        <source>No hook</source>
        <translation>没留饵</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Voice checks ticked: %1</source>
        <translation>勾选的语气要点：%1</translation>
    </message>
    <message>
        <source>No voice check ticked before this call</source>
        <translation>这通电话前没有勾选语气要点</translation>
    </message>
    <message>
        <source>Not ticked: %1</source>
        <translation>未勾选：%1</translation>
    </message>
    <message>
        <source>Aim: ask about 80% of the time, talk about 20%</source>
        <translation>目标：八成时间提问，自己只说两成</translation>
    </message>
</context>
<context>
    <name>ClassWords</name>
    <message>
        <source>Class %1</source>
        <translation>%1 类</translation>
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
        <source>Extend the window once</source>
        <translation>延长一次期限</translation>
    </message>
    <message>
        <source>Move to D (stop following)</source>
        <translation>转为 D 类（停止跟进）</translation>
    </message>
    <message>
        <source>Give this contact one more window, counted from today; only once per class</source>
        <translation>从今天起再给一个成交期限；每个类别只能延长一次</translation>
    </message>
    <message>
        <source>Will not buy in time: class D, left out of the plan from now on</source>
        <translation>期限内不会购买：转为 D 类，今后不再排进计划</translation>
    </message>
    <message>
        <source>The class %1 window ended on %2, already extended once (on %3): move to D, or close the deal now.</source>
        <translation>%1 类成交期限已于 %2 结束，且已延长过一次（%3）：转为 D 类，或者马上成交。</translation>
    </message>
    <message>
        <source>The class %1 window ended on %2 with no deal won: extend it once, or move to D?</source>
        <translation>%1 类成交期限已于 %2 结束，仍未成交：延长一次，还是转为 D 类？</translation>
    </message>
    <message>
        <source>%1: the window now ends on %2 (Ctrl+Z undoes)</source>
        <translation>%1：成交期限延至 %2（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>%1 moved to D: no longer followed (Ctrl+Z undoes)</source>
        <translation>%1 已转为 D 类，不再跟进（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Extend the window of %1</source>
        <translation>延长 %1 的成交期限</translation>
    </message>
    <message>
        <source>Move %1 to D</source>
        <translation>将 %1 转为 D 类</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Type a name and pick from the list</source>
        <translation>输入姓名，从列表中选择</translation>
    </message>
    <message>
        <source>↓ %1 (the referrer), or type a name</source>
        <translation>按 ↓ 选介绍人%1，或输入姓名</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>DeskCRM: something went wrong</source>
        <translation>DeskCRM 出错了</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>详细信息已写入日志：%1</translation>
    </message>
    <message>
        <source>The log could not be written; copy the report instead.</source>
        <translation>日志无法写入，请复制错误报告。</translation>
    </message>
    <message>
        <source>What you saved before is safe. You can keep working, or restart DeskCRM if something looks wrong.</source>
        <translation>之前保存的内容都不会丢失。您可以继续使用；如果发现异常，请重新启动 DeskCRM。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制错误报告</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>CurveWords</name>
    <message>
        <source>No follow-up yet.</source>
        <translation>还没有跟进过。</translation>
    </message>
    <message>
        <source>1 follow-up so far: about %1% convert by now.</source>
        <translation>已跟进 1 次：到此约 %1% 成交。</translation>
    </message>
    <message>
        <source>%1 follow-ups so far: about %2% convert by now.</source>
        <translation>已跟进 %1 次：到此约 %2% 成交。</translation>
    </message>
    <message>
        <source>%1 follow-ups: in the 5–11 range, where about %2% convert.</source>
        <translation>已跟进 %1 次：处在 5–11 次区间，约 %2% 在这个区间成交。</translation>
    </message>
    <message>
        <source>%1 follow-ups: as many as a deal takes on average.</source>
        <translation>已跟进 %1 次：正是平均成交所需的次数。</translation>
    </message>
    <message>
        <source>%1 follow-ups: past the %2 a deal takes on average.</source>
        <translation>已跟进 %1 次：已超过平均成交所需的 %2 次。</translation>
    </message>
    <message>
        <source>The first converts about %1%; a deal takes about %2 on average.</source>
        <translation>跟进第一次约 %1% 成交；平均约跟进 %2 次才成交。</translation>
    </message>
    <message>
        <source>The next one takes it to about %1%.</source>
        <translation>再跟一次可达约 %1%。</translation>
    </message>
    <message>
        <source>%1 more take it to about %2%.</source>
        <translation>再跟 %1 次可达约 %2%。</translation>
    </message>
    <message>
        <source>One more reaches the %1 a deal takes on average.</source>
        <translation>再跟一次就到平均成交所需的 %1 次。</translation>
    </message>
    <message>
        <source>A deal takes about %1 on average: %2 more to go.</source>
        <translation>平均约跟进 %1 次成交：还差 %2 次。</translation>
    </message>
    <message>
        <source>Don't give up now: most reps stop after 3 follow-ups, yet a deal takes about 12.</source>
        <translation>别放弃：多数人跟进 3 次就停了，而成交平均要跟进约 12 次。</translation>
    </message>
    <message>
        <source>5 or more follow-ups without a decision: push for one, or let it go (class D).</source>
        <translation>跟进 5 次以上仍未决定：促成决定，或者放手（转为 D 类）。</translation>
    </message>
</context>
<context>
    <name>CycleBox</name>
    <message>
        <source>no cycle</source>
        <translation>无周期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>M/d</source>
        <translation>M/d</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>DealWords</name>
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
        <translation>方案介绍</translation>
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
        <source>Lost: %1</source>
        <translation>丢单：%1</translation>
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
    <message>
        <source>Lost at %1: %2</source>
        <translation>在「%1」阶段丢单：%2</translation>
    </message>
    <message>
        <source>Lost at %1</source>
        <translation>在「%1」阶段丢单</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV，可用 Excel 打开（.csv）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>vCard for phones (.vcf)</source>
        <translation>手机通讯录 vCard（.vcf）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Column headers:</source>
        <translation>列标题：</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>The %n contact(s) shown</source>
        <translation>当前显示的 %n 位客户</translation>
    </message>
    <message>
        <source>Cells starting with = + - or @ get an apostrophe in front, so a spreadsheet never runs them as formulas.</source>
        <translation>以 = + - 或 @ 开头的单元格前会加一个单引号，这样电子表格不会把它们当作公式执行。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.xlsx *.vcf)</source>
        <translation>客户文件 (*.csv *.xlsx *.vcf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exported %n contact(s) to %1.</source>
        <translation>已导出 %n 位客户到 %1。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>vCard (.vcf) from a phone, Outlook or Google; a CSV or text table; or an Excel .xlsx sheet, such as a WeCom customer list.</source>
        <translation>手机、Outlook 或 Google 导出的 vCard（.vcf）；CSV 或文本表格；或 Excel .xlsx 表格，例如企业微信导出的客户列表。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Contacts (%1);;All files (*)</source>
        <translation>客户文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>正在导入 %1 行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged.</source>
        <translation>已导入：新增 %1 位，合并 %2 位。</translation>
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
        <source>&amp;Import contacts…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <source>Phone vCards, Excel CSV/XLSX (any Chinese encoding), WeCom lists</source>
        <translation>手机 vCard 名片、Excel CSV/XLSX（支持各种中文编码）、企业微信客户列表</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>导出客户(&amp;E)…</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What each column holds. DeskCRM remembers your choice for files like this.</source>
        <translation>每一列的内容是什么。DeskCRM 会为同样格式的文件记住你的选择。</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>The columns are set as you chose last time for this layout.</source>
        <translation>各列已按你上次对同样格式文件的选择设置。</translation>
    </message>
    <message>
        <source>Choose which column holds the names.</source>
        <translation>请选择哪一列是姓名。</translation>
    </message>
</context>
<context>
    <name>MessageUndo</name>
    <message>
        <source>%n contact(s)</source>
        <translation>%n 位客户</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>给%1发消息</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Duplicates</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>A row is a duplicate when a contact with the same phone number, or the same name and company, exists already.</source>
        <translation>如果已有电话相同、或姓名和公司都相同的客户，这一行就算重复。</translation>
    </message>
    <message>
        <source>Skip it: keep the existing contact as it is</source>
        <translation>跳过：已有客户保持不变</translation>
    </message>
    <message>
        <source>Merge it: fill the existing contact's empty fields, add phones and tags, join the notes</source>
        <translation>合并：补全已有客户的空白字段，添加电话和标签，合并备注</translation>
    </message>
    <message>
        <source>Create it anyway as a separate contact</source>
        <translation>仍然新建为另一位客户</translation>
    </message>
</context>
<context>
    <name>OwnQuestionsDialog</name>
    <message>
        <source>My own questions</source>
        <translation>我的自定义问题</translation>
    </message>
    <message>
        <source>Up to %1 questions of your own (for your industry) beside the nine. Word them so that “yes” speaks for the prospect: a “no” lowers the contact in the plan draft and the call queue.</source>
        <translation>在九个问题之外，最多可加 %1 个自己行业的问题。请这样提问：回答“是”对客户有利；回答“否”会让该联系人在计划草稿和拨打队列中排后。</translation>
    </message>
    <message>
        <source>A new question, then Enter</source>
        <translation>输入新问题后按回车</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>F2 renames, Alt+Up / Alt+Down move, Delete removes the chosen question</source>
        <translation>F2 改名，Alt+↑ / Alt+↓ 移动，Delete 删除选中的问题</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>我的问题</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>That is %1 questions, the most there can be: delete one to add another.</source>
        <translation>已有 %1 个问题，达到上限：删除一个才能再添加。</translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation>已有 %1 个，最多 %2 个</translation>
    </message>
</context>
<context>
    <name>PlanSideWords</name>
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
    <name>PlanWording</name>
    <message>
        <source> (a day late)</source>
        <translation>（已晚 1 天）</translation>
    </message>
    <message>
        <source> (%1 days late)</source>
        <translation>（已晚 %1 天）</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>已约定：%1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Close or let go (class %1)</source>
        <translation>成交或者放手（%1 类）</translation>
    </message>
    <message>
        <source>Close the deal (class %1)</source>
        <translation>促成交（%1 类）</translation>
    </message>
    <message>
        <source>Call (VIP)</source>
        <translation>打电话（VIP）</translation>
    </message>
    <message>
        <source>Follow up again</source>
        <translation>再跟进一次</translation>
    </message>
    <message>
        <source>Check budget and decision power with the coach %1</source>
        <translation>向教练%1核实预算和决策权</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日祝福</translation>
    </message>
    <message>
        <source>Greet: %1</source>
        <translation>问候：%1</translation>
    </message>
    <message>
        <source>%1 greeting</source>
        <translation>%1问候</translation>
    </message>
    <message>
        <source>Time to buy again</source>
        <translation>该复购了</translation>
    </message>
    <message>
        <source>Invite to visit</source>
        <translation>邀请到店</translation>
    </message>
    <message>
        <source>Show what is new, ask about the need</source>
        <translation>介绍新品，了解需求</translation>
    </message>
    <message>
        <source>Upgrade, bundle or buy again</source>
        <translation>升级、搭配或再次购买</translation>
    </message>
    <message>
        <source>Customer care call</source>
        <translation>老客户回访</translation>
    </message>
    <message>
        <source>Ask for a referral: who else might need this?</source>
        <translation>请求转介绍：还有谁可能需要？</translation>
    </message>
    <message>
        <source>Keep in touch: going cold</source>
        <translation>保持联系：关系渐冷</translation>
    </message>
    <message>
        <source>New Year's Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Laba Festival</source>
        <translation>腊八节</translation>
    </message>
    <message>
        <source>Little New Year</source>
        <translation>小年</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>七夕</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
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
        <source>class %1 window ended %2</source>
        <translation>%1 类成交期限已于 %2 结束</translation>
    </message>
    <message>
        <source>class %1 window ends %2</source>
        <translation>%1 类成交期限 %2 到期</translation>
    </message>
    <message>
        <source>someone they referred closed on %1</source>
        <translation>其转介绍的客户于 %1 成交</translation>
    </message>
    <message>
        <source>deal past finding the need: before the proposal</source>
        <translation>商机已过需求阶段：提方案之前</translation>
    </message>
    <message>
        <source>VIP never called</source>
        <translation>VIP 从未通过电话</translation>
    </message>
    <message>
        <source>VIP last called %1 (over 6 months)</source>
        <translation>VIP 上次通话在 %1（已超过 6 个月）</translation>
    </message>
    <message>
        <source>stuck at %1 touches: don't stop now</source>
        <translation>跟进卡在 %1 次：现在别放弃</translation>
    </message>
    <message>
        <source>today</source>
        <translation>就在今天</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 当天</translation>
    </message>
    <message>
        <source>buys %1 every %2 days, due %3</source>
        <translation>每 %2 天复购%1，%3 到期</translation>
    </message>
    <message>
        <source>buys every %1 days, due %2</source>
        <translation>每 %1 天复购一次，%2 到期</translation>
    </message>
    <message>
        <source>never touched</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>last touched %1</source>
        <translation>上次联系 %1</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>尚未到店</translation>
    </message>
    <message>
        <source>visited, not bought yet</source>
        <translation>已到店未消费</translation>
    </message>
    <message>
        <source>visited and bought</source>
        <translation>已到店且已消费</translation>
    </message>
    <message>
        <source>five bought-before a day</source>
        <translation>每天五位老客户</translation>
    </message>
    <message>
        <source>usually every %1 days, last touched %2</source>
        <translation>通常每 %1 天联系一次，上次联系 %2</translation>
    </message>
    <message>
        <source>declined on %1, time has passed</source>
        <translation>%1 婉拒，已隔一段时间</translation>
    </message>
    <message>
        <source>last asked %1</source>
        <translation>上次请求 %1</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>从未请求过</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <source>satisfied customer</source>
        <translation>满意的老客户</translation>
    </message>
    <message>
        <source>Thank / reward the coach: </source>
        <translation>感谢/回馈教练：</translation>
    </message>
    <message>
        <source>Draft for %1 · capacity %2 sales items, %3 already planned</source>
        <translation>%1 的草稿 · 容量 %2 项销售事项，已安排 %3 项</translation>
    </message>
    <message>
        <source>---- over the capacity of %1 (not added by default) ----</source>
        <translation>---- 以下超出 %1 项的容量（默认不加入） ----</translation>
    </message>
    <message>
        <source>within</source>
        <translation>容量内</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超出</translation>
    </message>
    <message>
        <source>Nothing is due that is not planned yet.</source>
        <translation>没有尚未安排的到期事项。</translation>
    </message>
    <message>
        <source>Added %1 line(s) to the plan</source>
        <translation>已将 %1 行加入计划</translation>
    </message>
</context>
<context>
    <name>PluralWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n 次跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they will be read. Fix the reading if needed.</source>
        <translation>以下是将被读取的前几行。如有需要，请调整读取方式。</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>标题行：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Header found in row %1.</source>
        <translation>列标题在第 %1 行。</translation>
    </message>
    <message>
        <source>vCard file: each card becomes one contact.</source>
        <translation>vCard 文件：每张名片成为一位客户。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>PurposeWords</name>
    <message>
        <source>N · invite to visit</source>
        <translation>N · 邀请到店</translation>
    </message>
    <message>
        <source>Y+O · visited, not bought</source>
        <translation>Y+O · 到店未消费</translation>
    </message>
    <message>
        <source>Y+M · visited and bought</source>
        <translation>Y+M · 到店已消费</translation>
    </message>
    <message>
        <source>M · bought before</source>
        <translation>M · 老客户</translation>
    </message>
    <message>
        <source>VIP · key customer</source>
        <translation>VIP · 重点客户</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary / own date</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>复购</translation>
    </message>
</context>
<context>
    <name>QualificationWording</name>
    <message>
        <source>no clear need</source>
        <translation>无明确需求</translation>
    </message>
    <message>
        <source>not our kind of customer</source>
        <translation>不是目标客户</translation>
    </message>
    <message>
        <source>a hard blocker</source>
        <translation>有硬性障碍</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>weak finances</source>
        <translation>财务状况差</translation>
    </message>
    <message>
        <source>no buying date</source>
        <translation>采购时间不明</translation>
    </message>
    <message>
        <source>no coach</source>
        <translation>没有教练</translation>
    </message>
    <message>
        <source>volume too small</source>
        <translation>量太小</translation>
    </message>
    <message>
        <source>margin too low</source>
        <translation>利润太低</translation>
    </message>
    <message>
        <source>“%1” no</source>
        <translation>“%1”：否</translation>
    </message>
    <message>
        <source>%1/%2 open</source>
        <translation>%1/%2 题未答</translation>
    </message>
    <message>
        <source>in doubt: %1</source>
        <translation>存疑：%1</translation>
    </message>
    <message>
        <source>not qualified: %1</source>
        <translation>未合格：%1</translation>
    </message>
</context>
<context>
    <name>ReferrerWords</name>
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
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>婉拒者</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>机构交流</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>Name given</source>
        <translation>已推荐人选</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已见面</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已成交</translation>
    </message>
</context>
<context>
    <name>StatsCommandWords</name>
    <message numerus="yes">
        <source>Last %n day(s): %1 – %2</source>
        <translation>
            <numerusform>最近 %n 天：%1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1, not '%2'</source>
        <translation>--days 必须是 1 到 %1 之间的整数，不能是“%2”</translation>
    </message>
    <message>
        <source>not a month: '%1' (use YYYY-MM)</source>
        <translation>“%1”不是有效的月份（请按 YYYY-MM 填写，如 2026-03）</translation>
    </message>
    <message>
        <source>--days and --month cannot be used together: choose one</source>
        <translation>--days 和 --month 不能同时使用，请只选一个</translation>
    </message>
    <message>
        <source>Walk-ins who left no name on %1: %2</source>
        <translation>%1 未留名的到店访客：%2</translation>
    </message>
    <message>
        <source>not a date: '%1' (use YYYY-MM-DD)</source>
        <translation>不是日期：'%1'（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>cannot count walk-ins: the day is in the future</source>
        <translation>无法记录到店访客：日期在将来</translation>
    </message>
    <message>
        <source>cannot count walk-ins: the count must be between -%1 and %1, not 0, and the day's total cannot go below 0</source>
        <translation>无法记录到店访客：人数须在 -%1 到 %1 之间且不为 0，当天合计不能少于 0</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>What the import will do. Nothing is stored until you import.</source>
        <translation>导入将会做的事。点击“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Checking each row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 merged into existing contacts, %4 skipped, %5 with errors (not imported).</source>
        <translation>共读取 %1 行：新增 %2 位，合并到已有客户 %3 位，跳过 %4 行，有错误（不导入）%5 行。</translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>新标签：%1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 条。</translation>
    </message>
</context>
<context>
    <name>TagWords</name>
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
</context>
<context>
    <name>TargetWords</name>
    <message numerus="yes">
        <source>%n close(s)</source>
        <translation>
            <numerusform>成交 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n close(s) (%2)</source>
        <translation>
            <numerusform>成交 %1 / %n 笔（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>金额 %1</translation>
    </message>
    <message>
        <source>amount %1 of %2 (%3)</source>
        <translation>金额 %1 / %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>跟进 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n touch(es) (%2)</source>
        <translation>
            <numerusform>跟进 %1 / %n 次（%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n touch(es)</source>
        <translation>
            <numerusform>今日跟进 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n touch(es) (%2)</source>
        <translation>
            <numerusform>今日跟进 %1 / %n 次（%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) not recorded</source>
        <translation>
            <numerusform>到店未登记 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s): %1 recorded as contacts (%2), %3 left no name</source>
        <translation>
            <numerusform>到店 %n 人：%1 人登记为联系人（%2），%3 人未留姓名</numerusform>
        </translation>
    </message>
    <message>
        <source>No weekly referral goal</source>
        <translation>未设每周转介绍目标</translation>
    </message>
    <message numerus="yes">
        <source>Referrals wanted: %n a week</source>
        <translation>
            <numerusform>转介绍目标：每周 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>A visitor left without giving a name: Ctrl+Shift+W counts one for today</source>
        <translation>有客人到店却没留姓名就走了：按 Ctrl+Shift+W 给今天记一人</translation>
    </message>
</context>
<context>
    <name>TouchWords</name>
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
</context>
<context>
    <name>VerificationWords</name>
    <message>
        <source>who else decides</source>
        <translation>还有谁参与决定</translation>
    </message>
    <message>
        <source>who can veto</source>
        <translation>谁能否决</translation>
    </message>
    <message>
        <source>when it really starts</source>
        <translation>真正何时开始</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Can veto</source>
        <translation>否决人</translation>
    </message>
    <message>
        <source>Really starts</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>⚠ Not verified yet: %1</source>
        <translation>⚠ 尚未核实：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>An open deal is past finding the need, and early on customers hide the truth. Ask on the next call (Questions tab) or through the coach.</source>
        <translation>有商机已过需求阶段，而客户早期常不说实话。请在下次通话时问清（见“问题”标签页），或通过教练核实。</translation>
    </message>
</context>
<context>
    <name>WalkInKey</name>
    <message>
        <source>Counted a walk-in who left no name: %n today (Ctrl+Z undoes)</source>
        <translation>已记一位未留姓名的到店客人：今天共 %n 人（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Took back a walk-in who left no name: %n today</source>
        <translation>已撤回一位未留姓名的到店客人：今天共 %n 人</translation>
    </message>
    <message>
        <source>count a walk-in</source>
        <translation>记到店未登记</translation>
    </message>
    <message>
        <source>Count a walk-in who left no name</source>
        <translation>记一位未留姓名的到店客人</translation>
    </message>
</context>
</TS>