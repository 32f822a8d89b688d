<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name, if no other</source>
        <translation>Name, if no other</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Chinese (GB18030 / GBK)</source>
        <translation>Chinese (GB18030 / GBK)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (Excel Unicode text)</translation>
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
        <translation>Traditional Chinese (Big5)</translation>
    </message>
    <message>
        <source>Western (Latin-1)</source>
        <translation>Western (Latin-1)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>Some characters cannot be read in the file's encoding; the row was left out: “%1”</source>
        <translation>Some characters cannot be read in the file's encoding; the row was left out: “%1”</translation>
    </message>
    <message>
        <source>The file does not exist (any more).</source>
        <translation>The file does not exist (any more).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file has column headers but no rows to import.</source>
        <translation>The file has column headers but no rows to import.</translation>
    </message>
    <message>
        <source>The file is not a vCard (.vcf) file, or it is damaged.</source>
        <translation>The file is not a vCard (.vcf) file, or it is damaged.</translation>
    </message>
    <message>
        <source>The file is not an Excel .xlsx workbook, or it is damaged.</source>
        <translation>The file is not an Excel .xlsx workbook, or it is damaged.</translation>
    </message>
    <message>
        <source>Old Excel .xls files cannot be read. In Excel, save the sheet as .xlsx or as CSV and import that.</source>
        <translation>Old Excel .xls files cannot be read. In Excel, save the sheet as .xlsx or as CSV and import that.</translation>
    </message>
    <message>
        <source>The file is not a table, a vCard or an Excel workbook.</source>
        <translation>The file is not a table, a vCard or an Excel workbook.</translation>
    </message>
    <message>
        <source>The file is a vCard, not a table.</source>
        <translation>The file is a vCard, not a table.</translation>
    </message>
    <message>
        <source>The workbook has no sheet called “%1”.</source>
        <translation>The workbook has no sheet called “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a known text encoding.</source>
        <translation>“%1” is not a known text encoding.</translation>
    </message>
    <message>
        <source>The file cannot be read past row %1: a quote is probably never closed.</source>
        <translation>The file cannot be read past row %1: a quote is probably never closed.</translation>
    </message>
    <message>
        <source>Choose which column holds the contacts' names.</source>
        <translation>Choose which column holds the contacts' names.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Split it into smaller files and import them one by one.</source>
        <translation>The file has more than %1 rows. Split it into smaller files and import them one by one.</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>The file is too large to import.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>This import has already been undone.</translation>
    </message>
    <message>
        <source>This import no longer exists.</source>
        <translation>This import no longer exists.</translation>
    </message>
    <message>
        <source>%1 Where: %2</source>
        <translation>%1 Where: %2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>same name and company</translation>
    </message>
    <message>
        <source>The card is cut off; the file ends or breaks inside it.</source>
        <translation>The card is cut off; the file ends or breaks inside it.</translation>
    </message>
    <message>
        <source>The card has no name, phone or e-mail.</source>
        <translation>The card has no name, phone or e-mail.</translation>
    </message>
    <message>
        <source>Skipped: %1 exists already (%2).</source>
        <translation>Skipped: %1 exists already (%2).</translation>
    </message>
    <message>
        <source>Merged into %1 (%2).</source>
        <translation>Merged into %1 (%2).</translation>
    </message>
    <message>
        <source>Stored although %1 exists (%2).</source>
        <translation>Stored although %1 exists (%2).</translation>
    </message>
    <message>
        <source>Phone “%1” was not recognised; it is kept as typed.</source>
        <translation>Phone “%1” was not recognised; it is kept as typed.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number; it was left out.</source>
        <translation>“%1” is not a phone number; it was left out.</translation>
    </message>
    <message>
        <source>Further e-mail addresses were added to the notes.</source>
        <translation>Further e-mail addresses were added to the notes.</translation>
    </message>
    <message>
        <source>E-mail “%1” is not valid; it was moved to the notes.</source>
        <translation>E-mail “%1” is not valid; it was moved to the notes.</translation>
    </message>
    <message>
        <source>Tag “%1” is too long (at most %2 characters); left out.</source>
        <translation>Tag “%1” is too long (at most %2 characters); left out.</translation>
    </message>
    <message>
        <source>Tag %1 contradicts another tag of the row; the stronger one is kept.</source>
        <translation>Tag %1 contradicts another tag of the row; the stronger one is kept.</translation>
    </message>
    <message>
        <source>No name given; the company name is used.</source>
        <translation>No name given; the company name is used.</translation>
    </message>
    <message>
        <source>The row has more cells than there are headers; extra cells were left out.</source>
        <translation>The row has more cells than there are headers; extra cells were left out.</translation>
    </message>
    <message>
        <source>A line too long to read was left out.</source>
        <translation>A line too long to read was left out.</translation>
    </message>
    <message>
        <source>This row is in a different encoding from the rest of the file (GBK and UTF-8 mixed); it was read that way, check it.</source>
        <translation>This row is in a different encoding from the rest of the file (GBK and UTF-8 mixed); it was read that way, check it.</translation>
    </message>
    <message>
        <source>A cell is longer than %1 characters; the row was left out.</source>
        <translation>A cell is longer than %1 characters; the row was left out.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Promised next step</source>
        <translation>Promised next step</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>View name</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Key person met</source>
        <translation>Key person met</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>Trigger event</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Referrer kind</source>
        <translation>Referrer kind</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Buys again every</source>
        <translation>Buys again every</translation>
    </message>
    <message>
        <source>Walk-ins not recorded</source>
        <translation>Walk-ins not recorded</translation>
    </message>
    <message>
        <source>Walk-in day</source>
        <translation>Walk-in day</translation>
    </message>
    <message>
        <source>Your own questions</source>
        <translation>Your own questions</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Your own question</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 is not valid: %2</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” is not a phone number.</translation>
    </message>
    <message>
        <source>“%1” has too few digits for a phone number.</source>
        <translation>“%1” has too few digits for a phone number.</translation>
    </message>
    <message>
        <source>“%1” has too many digits for a phone number.</source>
        <translation>“%1” has too many digits for a phone number.</translation>
    </message>
    <message>
        <source>“%1” starts with an unknown country code.</source>
        <translation>“%1” starts with an unknown country code.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” already exists.</translation>
    </message>
    <message>
        <source>%1 and %2 cannot both be set.</source>
        <translation>%1 and %2 cannot both be set.</translation>
    </message>
    <message>
        <source>%1 cannot be in the past.</source>
        <translation>%1 cannot be in the past.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 is out of range.</translation>
    </message>
    <message>
        <source>A contact cannot coach itself.</source>
        <translation>A contact cannot coach itself.</translation>
    </message>
    <message>
        <source>A contact cannot refer itself.</source>
        <translation>A contact cannot refer itself.</translation>
    </message>
    <message>
        <source>Choose two different items.</source>
        <translation>Choose two different items.</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 is already closed.</translation>
    </message>
    <message>
        <source>%1: at most %2.</source>
        <translation>%1: at most %2.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 no longer exists.</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1. Use {name}, {address}, {company}, {product}, {last_promise} or {days_since}.</source>
        <translation>Unknown placeholder: %1. Use {name}, {address}, {company}, {product}, {last_promise} or {days_since}.</translation>
    </message>
    <message>
        <source>This class window was already extended once: move the contact to D, or close the deal.</source>
        <translation>This class window was already extended once: move the contact to D, or close the deal.</translation>
    </message>
    <message>
        <source>The class window has not ended yet; it can be extended once it has passed.</source>
        <translation>The class window has not ended yet; it can be extended once it has passed.</translation>
    </message>
    <message>
        <source>Only a class A, B or C contact has a window to extend.</source>
        <translation>Only a class A, B or C contact has a window to extend.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe or a device); only files can be imported.</source>
        <translation>This is not an ordinary file (a pipe or a device); only files can be imported.</translation>
    </message>
    <message>
        <source>The file cannot be read as “%1” (from row %2). Choose another encoding, or let DeskCRM detect it.</source>
        <translation>The file cannot be read as “%1” (from row %2). Choose another encoding, or let DeskCRM detect it.</translation>
    </message>
    <message>
        <source>The sheet has filled cells beyond column %1; a contact list is never that wide. Copy the columns you need into a new sheet and import that.</source>
        <translation>The sheet has filled cells beyond column %1; a contact list is never that wide. Copy the columns you need into a new sheet and import that.</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>it is not valid JSON</translation>
    </message>
    <message>
        <source>it is from a newer DeskCRM</source>
        <translation>it is from a newer DeskCRM</translation>
    </message>
    <message>
        <source>it is not a list of scripts</source>
        <translation>it is not a list of scripts</translation>
    </message>
    <message>
        <source>a name, title or prompt is missing or too long</source>
        <translation>a name, title or prompt is missing or too long</translation>
    </message>
    <message>
        <source>an unknown call stage</source>
        <translation>an unknown call stage</translation>
    </message>
    <message>
        <source>The call script file %1 could not be used: %2%3. Your own scripts are not affected.</source>
        <translation>The call script file %1 could not be used: %2%3. Your own scripts are not affected.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions and try again.</source>
        <translation>The database file is read-only. Check its permissions and try again.</translation>
    </message>
    <message>
        <source>DeskCRM is not allowed to write there.</source>
        <translation>DeskCRM is not allowed to write there.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>This is a file, not a folder.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <source>The database driver “%1” is not installed, so %2 cannot be opened. Install it, or leave out --db-url to use the built-in database.</source>
        <translation>The database driver “%1” is not installed, so %2 cannot be opened. Install it, or leave out --db-url to use the built-in database.</translation>
    </message>
    <message>
        <source>DeskCRM does not know this kind of database: %1</source>
        <translation>DeskCRM does not know this kind of database: %1</translation>
    </message>
    <message>
        <source>“%1” is not a database address. It looks like postgresql://user@host/name or sqlite:///path/to/file.</source>
        <translation>“%1” is not a database address. It looks like postgresql://user@host/name or sqlite:///path/to/file.</translation>
    </message>
    <message>
        <source>An unexpected error stopped DeskCRM, and the log could not be written.</source>
        <translation>An unexpected error stopped DeskCRM, and the log could not be written.</translation>
    </message>
    <message>
        <source>An unexpected error stopped DeskCRM. The details are in the log: %1</source>
        <translation>An unexpected error stopped DeskCRM. The details are in the log: %1</translation>
    </message>
    <message>
        <source>The shipped message templates could not be read (%1); your own templates are unchanged.</source>
        <translation>The shipped message templates could not be read (%1); your own templates are unchanged.</translation>
    </message>
    <message>
        <source>The disk is full: the changes are saved in the database's journal but could not be moved into the database file %1. Free some space, then open DeskCRM again.</source>
        <translation>The disk is full: the changes are saved in the database's journal but could not be moved into the database file %1. Free some space, then open DeskCRM again.</translation>
    </message>
    <message>
        <source>The database's journal of recent changes (%1) is damaged: changes saved after the damage cannot be read and would be lost. A copy of the journal is kept as %2.</source>
        <translation>The database's journal of recent changes (%1) is damaged: changes saved after the damage cannot be read and would be lost. A copy of the journal is kept as %2.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; what you typed is kept.</source>
        <translation>The disk is full. Free some space and try again; what you typed is kept.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions and try again; what you typed is kept.</source>
        <translation>The database file is read-only. Check its permissions and try again; what you typed is kept.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>The database is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database could not be written. Try again; what you typed is kept.</source>
        <translation>The database could not be written. Try again; what you typed is kept.</translation>
    </message>
    <message>
        <source>This item no longer exists; it may have been deleted.</source>
        <translation>This item no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>A contact with the same phone or name and company exists.</source>
        <translation>A contact with the same phone or name and company exists.</translation>
    </message>
    <message>
        <source>Built-in tags cannot be renamed or deleted.</source>
        <translation>Built-in tags cannot be renamed or deleted.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of DeskCRM. Please update DeskCRM; the file was not changed.</source>
        <translation>This database was written by a newer version of DeskCRM. Please update DeskCRM; the file was not changed.</translation>
    </message>
    <message>
        <source>Upgrading the database failed; it was left exactly as it was. Details: %1</source>
        <translation>Upgrading the database failed; it was left exactly as it was. Details: %1</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a DeskCRM database.</source>
        <translation>The database file is damaged or is not a DeskCRM database.</translation>
    </message>
    <message>
        <source>DeskCRM is already open with this data folder.</source>
        <translation>DeskCRM is already open with this data folder.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Today's limit of %1 messages would be passed (%2 sent already); nothing saved.</source>
        <translation>Today's limit of %1 messages would be passed (%2 sent already); nothing saved.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>An unexpected error interrupted what you were doing: %1</source>
        <translation>An unexpected error interrupted what you were doing: %1</translation>
    </message>
    <message>
        <source>DeskCRM</source>
        <translation>DeskCRM</translation>
    </message>
    <message>
        <source>There is no backup to restore. The file was not changed: %1</source>
        <translation>There is no backup to restore. The file was not changed: %1</translation>
    </message>
    <message>
        <source>Restore the latest good backup (%1)? The damaged file is kept aside, not deleted.</source>
        <translation>Restore the latest good backup (%1)? The damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Open the database with the changes that can still be read? The damaged journal is kept, not deleted: %1</source>
        <translation>Open the database with the changes that can still be read? The damaged journal is kept, not deleted: %1</translation>
    </message>
    <message>
        <source>Open without them</source>
        <translation>Open without them</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .vcf.</source>
        <translation>Choose a file name ending in .csv, .xlsx or .vcf.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>%1 follow-up(s) due today or overdue: see Contacts → Follow-up due today.</source>
        <translation>%1 follow-up(s) due today or overdue: see Contacts → Follow-up due today.</translation>
    </message>
    <message>
        <source>Plan tomorrow</source>
        <translation>Plan tomorrow</translation>
    </message>
    <message>
        <source>Time to plan tomorrow: open Plan (Ctrl+2).</source>
        <translation>Time to plan tomorrow: open Plan (Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DeskCRM</source>
        <translation>About DeskCRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DeskCRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for one salesperson: plan tomorrow, call, tag after visits.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DeskCRM %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for one salesperson: plan tomorrow, call, tag after visits.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</translation>
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
        <translation>Smile</translation>
    </message>
    <message>
        <source>A smile can be heard on the phone.</source>
        <translation>A smile can be heard on the phone.</translation>
    </message>
    <message>
        <source>Warm, not over-familiar</source>
        <translation>Warm, not over-familiar</translation>
    </message>
    <message>
        <source>Warmth helps; too much of it puts strangers off.</source>
        <translation>Warmth helps; too much of it puts strangers off.</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Normal speed</translation>
    </message>
    <message>
        <source>Neither rushing nor dragging.</source>
        <translation>Neither rushing nor dragging.</translation>
    </message>
    <message>
        <source>Moderate volume</source>
        <translation>Moderate volume</translation>
    </message>
    <message>
        <source>Not too quiet, not too loud.</source>
        <translation>Not too quiet, not too loud.</translation>
    </message>
    <message>
        <source>Varied pitch</source>
        <translation>Varied pitch</translation>
    </message>
    <message>
        <source>A monotone sounds bored.</source>
        <translation>A monotone sounds bored.</translation>
    </message>
    <message>
        <source>Clear words</source>
        <translation>Clear words</translation>
    </message>
    <message>
        <source>Pronounce every word; no mumbling.</source>
        <translation>Pronounce every word; no mumbling.</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <source>Never irritated, even on the third explanation.</source>
        <translation>Never irritated, even on the third explanation.</translation>
    </message>
    <message>
        <source>Brevity</source>
        <translation>Brevity</translation>
    </message>
    <message>
        <source>Short sentences; get to the point.</source>
        <translation>Short sentences; get to the point.</translation>
    </message>
    <message>
        <source>Voice %1/%2</source>
        <translation>Voice %1/%2</translation>
    </message>
    <message>
        <source>I talked %1</source>
        <translation>I talked %1</translation>
    </message>
    <message>
        <source>Outline %1/%2</source>
        <translation>Outline %1/%2</translation>
    </message>
    <message>
        <source>Outline: %1 done</source>
        <translation>Outline: %1 done</translation>
    </message>
    <message>
        <source>Hook left</source>
        <translation>Hook left</translation>
    </message>
    <message>
        <source>No hook</source>
        <translation>No hook</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Voice checks ticked: %1</source>
        <translation>Voice checks ticked: %1</translation>
    </message>
    <message>
        <source>No voice check ticked before this call</source>
        <translation>No voice check ticked before this call</translation>
    </message>
    <message>
        <source>Not ticked: %1</source>
        <translation>Not ticked: %1</translation>
    </message>
    <message>
        <source>Aim: ask about 80% of the time, talk about 20%</source>
        <translation>Aim: ask about 80% of the time, talk about 20%</translation>
    </message>
</context>
<context>
    <name>ClassWords</name>
    <message>
        <source>Class %1</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <source>First key person met, with a need and buying power.</source>
        <translation>First key person met, with a need and buying power.</translation>
    </message>
    <message>
        <source>Need and buying power, but only a second or third key person met.</source>
        <translation>Need and buying power, but only a second or third key person met.</translation>
    </message>
    <message>
        <source>Met the head of the using department, who must report up.</source>
        <translation>Met the head of the using department, who must report up.</translation>
    </message>
    <message>
        <source>Will not buy: stop following.</source>
        <translation>Will not buy: stop following.</translation>
    </message>
    <message>
        <source>No class yet: tick what you know about this contact.</source>
        <translation>No class yet: tick what you know about this contact.</translation>
    </message>
    <message>
        <source>Extend the window once</source>
        <translation>Extend the window once</translation>
    </message>
    <message>
        <source>Move to D (stop following)</source>
        <translation>Move to D (stop following)</translation>
    </message>
    <message>
        <source>Give this contact one more window, counted from today; only once per class</source>
        <translation>Give this contact one more window, counted from today; only once per class</translation>
    </message>
    <message>
        <source>Will not buy in time: class D, left out of the plan from now on</source>
        <translation>Will not buy in time: class D, left out of the plan from now on</translation>
    </message>
    <message>
        <source>The class %1 window ended on %2, already extended once (on %3): move to D, or close the deal now.</source>
        <translation>The class %1 window ended on %2, already extended once (on %3): move to D, or close the deal now.</translation>
    </message>
    <message>
        <source>The class %1 window ended on %2 with no deal won: extend it once, or move to D?</source>
        <translation>The class %1 window ended on %2 with no deal won: extend it once, or move to D?</translation>
    </message>
    <message>
        <source>%1: the window now ends on %2 (Ctrl+Z undoes)</source>
        <translation>%1: the window now ends on %2 (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>%1 moved to D: no longer followed (Ctrl+Z undoes)</source>
        <translation>%1 moved to D: no longer followed (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Extend the window of %1</source>
        <translation>Extend the window of %1</translation>
    </message>
    <message>
        <source>Move %1 to D</source>
        <translation>Move %1 to D</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Type a name and pick from the list</source>
        <translation>Type a name and pick from the list</translation>
    </message>
    <message>
        <source>↓ %1 (the referrer), or type a name</source>
        <translation>↓ %1 (the referrer), or type a name</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>DeskCRM: something went wrong</source>
        <translation>DeskCRM: something went wrong</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>The details are in the log: %1</translation>
    </message>
    <message>
        <source>The log could not be written; copy the report instead.</source>
        <translation>The log could not be written; copy the report instead.</translation>
    </message>
    <message>
        <source>What you saved before is safe. You can keep working, or restart DeskCRM if something looks wrong.</source>
        <translation>What you saved before is safe. You can keep working, or restart DeskCRM if something looks wrong.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>CurveWords</name>
    <message>
        <source>No follow-up yet.</source>
        <translation>No follow-up yet.</translation>
    </message>
    <message>
        <source>1 follow-up so far: about %1% convert by now.</source>
        <translation>1 follow-up so far: about %1% convert by now.</translation>
    </message>
    <message>
        <source>%1 follow-ups so far: about %2% convert by now.</source>
        <translation>%1 follow-ups so far: about %2% convert by now.</translation>
    </message>
    <message>
        <source>%1 follow-ups: in the 5–11 range, where about %2% convert.</source>
        <translation>%1 follow-ups: in the 5–11 range, where about %2% convert.</translation>
    </message>
    <message>
        <source>%1 follow-ups: as many as a deal takes on average.</source>
        <translation>%1 follow-ups: as many as a deal takes on average.</translation>
    </message>
    <message>
        <source>%1 follow-ups: past the %2 a deal takes on average.</source>
        <translation>%1 follow-ups: past the %2 a deal takes on average.</translation>
    </message>
    <message>
        <source>The first converts about %1%; a deal takes about %2 on average.</source>
        <translation>The first converts about %1%; a deal takes about %2 on average.</translation>
    </message>
    <message>
        <source>The next one takes it to about %1%.</source>
        <translation>The next one takes it to about %1%.</translation>
    </message>
    <message>
        <source>%1 more take it to about %2%.</source>
        <translation>%1 more take it to about %2%.</translation>
    </message>
    <message>
        <source>One more reaches the %1 a deal takes on average.</source>
        <translation>One more reaches the %1 a deal takes on average.</translation>
    </message>
    <message>
        <source>A deal takes about %1 on average: %2 more to go.</source>
        <translation>A deal takes about %1 on average: %2 more to go.</translation>
    </message>
    <message>
        <source>Don't give up now: most reps stop after 3 follow-ups, yet a deal takes about 12.</source>
        <translation>Don't give up now: most reps stop after 3 follow-ups, yet a deal takes about 12.</translation>
    </message>
    <message>
        <source>5 or more follow-ups without a decision: push for one, or let it go (class D).</source>
        <translation>5 or more follow-ups without a decision: push for one, or let it go (class D).</translation>
    </message>
</context>
<context>
    <name>CycleBox</name>
    <message>
        <source>no cycle</source>
        <translation>no cycle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
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
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DealWords</name>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Need found</source>
        <translation>Need found</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>Price talk</source>
        <translation>Price talk</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>Went to a competitor</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>No need</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>No budget</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>No response</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Lost: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Lost at %1: %2</source>
        <translation>Lost at %1: %2</translation>
    </message>
    <message>
        <source>Lost at %1</source>
        <translation>Lost at %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>File to write</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV for Excel (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>vCard for phones (.vcf)</source>
        <translation>vCard for phones (.vcf)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Column headers:</source>
        <translation>Column headers:</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>The %n contact(s) shown</source>
        <translation>The %n contact(s) shown</translation>
    </message>
    <message>
        <source>Cells starting with = + - or @ get an apostrophe in front, so a spreadsheet never runs them as formulas.</source>
        <translation>Cells starting with = + - or @ get an apostrophe in front, so a spreadsheet never runs them as formulas.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.xlsx *.vcf)</source>
        <translation>Contacts (*.csv *.xlsx *.vcf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exported %n contact(s) to %1.</source>
        <translation>Exported %n contact(s) to %1.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>vCard (.vcf) from a phone, Outlook or Google; a CSV or text table; or an Excel .xlsx sheet, such as a WeCom customer list.</source>
        <translation>vCard (.vcf) from a phone, Outlook or Google; a CSV or text table; or an Excel .xlsx sheet, such as a WeCom customer list.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Contacts (%1);;All files (*)</source>
        <translation>Contacts (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>Importing %1 rows…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 merged.</source>
        <translation>Imported: %1 new, %2 merged.</translation>
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
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Find, tag and log touches with your customers</source>
        <translation>Find, tag and log touches with your customers</translation>
    </message>
    <message>
        <source>Plan tomorrow: sales work left, non-sales work right</source>
        <translation>Plan tomorrow: sales work left, non-sales work right</translation>
    </message>
    <message>
        <source>Prepare, run and log a phone call</source>
        <translation>Prepare, run and log a phone call</translation>
    </message>
    <message>
        <source>Touches, closes and your funnel over time</source>
        <translation>Touches, closes and your funnel over time</translation>
    </message>
    <message>
        <source>Language, phone region, class windows, scoring, backups</source>
        <translation>Language, phone region, class windows, scoring, backups</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <source>Phone vCards, Excel CSV/XLSX (any Chinese encoding), WeCom lists</source>
        <translation>Phone vCards, Excel CSV/XLSX (any Chinese encoding), WeCom lists</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Export contacts…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About DeskCRM</source>
        <translation>&amp;About DeskCRM</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>What each column holds. DeskCRM remembers your choice for files like this.</source>
        <translation>What each column holds. DeskCRM remembers your choice for files like this.</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>The columns are set as you chose last time for this layout.</source>
        <translation>The columns are set as you chose last time for this layout.</translation>
    </message>
    <message>
        <source>Choose which column holds the names.</source>
        <translation>Choose which column holds the names.</translation>
    </message>
</context>
<context>
    <name>MessageUndo</name>
    <message>
        <source>%n contact(s)</source>
        <translation>%n contact(s)</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Message %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>A row is a duplicate when a contact with the same phone number, or the same name and company, exists already.</source>
        <translation>A row is a duplicate when a contact with the same phone number, or the same name and company, exists already.</translation>
    </message>
    <message>
        <source>Skip it: keep the existing contact as it is</source>
        <translation>Skip it: keep the existing contact as it is</translation>
    </message>
    <message>
        <source>Merge it: fill the existing contact's empty fields, add phones and tags, join the notes</source>
        <translation>Merge it: fill the existing contact's empty fields, add phones and tags, join the notes</translation>
    </message>
    <message>
        <source>Create it anyway as a separate contact</source>
        <translation>Create it anyway as a separate contact</translation>
    </message>
</context>
<context>
    <name>OwnQuestionsDialog</name>
    <message>
        <source>My own questions</source>
        <translation>My own questions</translation>
    </message>
    <message>
        <source>Up to %1 questions of your own (for your industry) beside the nine. Word them so that “yes” speaks for the prospect: a “no” lowers the contact in the plan draft and the call queue.</source>
        <translation>Up to %1 questions of your own (for your industry) beside the nine. Word them so that “yes” speaks for the prospect: a “no” lowers the contact in the plan draft and the call queue.</translation>
    </message>
    <message>
        <source>A new question, then Enter</source>
        <translation>A new question, then Enter</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>F2 renames, Alt+Up / Alt+Down move, Delete removes the chosen question</source>
        <translation>F2 renames, Alt+Up / Alt+Down move, Delete removes the chosen question</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Your questions</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>That is %1 questions, the most there can be: delete one to add another.</source>
        <translation>That is %1 questions, the most there can be: delete one to add another.</translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation>%1 of %2 questions</translation>
    </message>
</context>
<context>
    <name>PlanSideWords</name>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Non-sales</source>
        <translation>Non-sales</translation>
    </message>
</context>
<context>
    <name>PlanWording</name>
    <message>
        <source> (a day late)</source>
        <translation> (a day late)</translation>
    </message>
    <message>
        <source> (%1 days late)</source>
        <translation> (%1 days late)</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>Promised: %1</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Follow up: %1</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Close or let go (class %1)</source>
        <translation>Close or let go (class %1)</translation>
    </message>
    <message>
        <source>Close the deal (class %1)</source>
        <translation>Close the deal (class %1)</translation>
    </message>
    <message>
        <source>Call (VIP)</source>
        <translation>Call (VIP)</translation>
    </message>
    <message>
        <source>Follow up again</source>
        <translation>Follow up again</translation>
    </message>
    <message>
        <source>Check budget and decision power with the coach %1</source>
        <translation>Check budget and decision power with the coach %1</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>Birthday greeting</translation>
    </message>
    <message>
        <source>Greet: %1</source>
        <translation>Greet: %1</translation>
    </message>
    <message>
        <source>%1 greeting</source>
        <translation>%1 greeting</translation>
    </message>
    <message>
        <source>Time to buy again</source>
        <translation>Time to buy again</translation>
    </message>
    <message>
        <source>Invite to visit</source>
        <translation>Invite to visit</translation>
    </message>
    <message>
        <source>Show what is new, ask about the need</source>
        <translation>Show what is new, ask about the need</translation>
    </message>
    <message>
        <source>Upgrade, bundle or buy again</source>
        <translation>Upgrade, bundle or buy again</translation>
    </message>
    <message>
        <source>Customer care call</source>
        <translation>Customer care call</translation>
    </message>
    <message>
        <source>Ask for a referral: who else might need this?</source>
        <translation>Ask for a referral: who else might need this?</translation>
    </message>
    <message>
        <source>Keep in touch: going cold</source>
        <translation>Keep in touch: going cold</translation>
    </message>
    <message>
        <source>New Year's Day</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <source>Laba Festival</source>
        <translation>Laba Festival</translation>
    </message>
    <message>
        <source>Little New Year</source>
        <translation>Little New Year</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>Lantern Festival</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>Qixi Festival</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>Double Ninth Festival</translation>
    </message>
    <message>
        <source>not done on %1</source>
        <translation>not done on %1</translation>
    </message>
    <message>
        <source>you promised this step for the day</source>
        <translation>you promised this step for the day</translation>
    </message>
    <message>
        <source>follow-up date has come</source>
        <translation>follow-up date has come</translation>
    </message>
    <message>
        <source>class %1 window ended %2</source>
        <translation>class %1 window ended %2</translation>
    </message>
    <message>
        <source>class %1 window ends %2</source>
        <translation>class %1 window ends %2</translation>
    </message>
    <message>
        <source>someone they referred closed on %1</source>
        <translation>someone they referred closed on %1</translation>
    </message>
    <message>
        <source>deal past finding the need: before the proposal</source>
        <translation>deal past finding the need: before the proposal</translation>
    </message>
    <message>
        <source>VIP never called</source>
        <translation>VIP never called</translation>
    </message>
    <message>
        <source>VIP last called %1 (over 6 months)</source>
        <translation>VIP last called %1 (over 6 months)</translation>
    </message>
    <message>
        <source>stuck at %1 touches: don't stop now</source>
        <translation>stuck at %1 touches: don't stop now</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>buys %1 every %2 days, due %3</source>
        <translation>buys %1 every %2 days, due %3</translation>
    </message>
    <message>
        <source>buys every %1 days, due %2</source>
        <translation>buys every %1 days, due %2</translation>
    </message>
    <message>
        <source>never touched</source>
        <translation>never touched</translation>
    </message>
    <message>
        <source>last touched %1</source>
        <translation>last touched %1</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <source>visited, not bought yet</source>
        <translation>visited, not bought yet</translation>
    </message>
    <message>
        <source>visited and bought</source>
        <translation>visited and bought</translation>
    </message>
    <message>
        <source>five bought-before a day</source>
        <translation>five bought-before a day</translation>
    </message>
    <message>
        <source>usually every %1 days, last touched %2</source>
        <translation>usually every %1 days, last touched %2</translation>
    </message>
    <message>
        <source>declined on %1, time has passed</source>
        <translation>declined on %1, time has passed</translation>
    </message>
    <message>
        <source>last asked %1</source>
        <translation>last asked %1</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>never asked</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>satisfied customer</source>
        <translation>satisfied customer</translation>
    </message>
    <message>
        <source>Thank / reward the coach: </source>
        <translation>Thank / reward the coach: </translation>
    </message>
    <message>
        <source>Draft for %1 · capacity %2 sales items, %3 already planned</source>
        <translation>Draft for %1 · capacity %2 sales items, %3 already planned</translation>
    </message>
    <message>
        <source>---- over the capacity of %1 (not added by default) ----</source>
        <translation>---- over the capacity of %1 (not added by default) ----</translation>
    </message>
    <message>
        <source>within</source>
        <translation>within</translation>
    </message>
    <message>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <source>Nothing is due that is not planned yet.</source>
        <translation>Nothing is due that is not planned yet.</translation>
    </message>
    <message>
        <source>Added %1 line(s) to the plan</source>
        <translation>Added %1 line(s) to the plan</translation>
    </message>
</context>
<context>
    <name>PluralWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n touch</numerusform><numerusform>%n touches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows as they will be read. Fix the reading if needed.</source>
        <translation>The first rows as they will be read. Fix the reading if needed.</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Header found in row %1.</source>
        <translation>Header found in row %1.</translation>
    </message>
    <message>
        <source>vCard file: each card becomes one contact.</source>
        <translation>vCard file: each card becomes one contact.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
</context>
<context>
    <name>PurposeWords</name>
    <message>
        <source>N · invite to visit</source>
        <translation>N · invite to visit</translation>
    </message>
    <message>
        <source>Y+O · visited, not bought</source>
        <translation>Y+O · visited, not bought</translation>
    </message>
    <message>
        <source>Y+M · visited and bought</source>
        <translation>Y+M · visited and bought</translation>
    </message>
    <message>
        <source>M · bought before</source>
        <translation>M · bought before</translation>
    </message>
    <message>
        <source>VIP · key customer</source>
        <translation>VIP · key customer</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Anniversary / own date</source>
        <translation>Anniversary / own date</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>Repurchase</translation>
    </message>
</context>
<context>
    <name>QualificationWording</name>
    <message>
        <source>no clear need</source>
        <translation>no clear need</translation>
    </message>
    <message>
        <source>not our kind of customer</source>
        <translation>not our kind of customer</translation>
    </message>
    <message>
        <source>a hard blocker</source>
        <translation>a hard blocker</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>no budget</translation>
    </message>
    <message>
        <source>weak finances</source>
        <translation>weak finances</translation>
    </message>
    <message>
        <source>no buying date</source>
        <translation>no buying date</translation>
    </message>
    <message>
        <source>no coach</source>
        <translation>no coach</translation>
    </message>
    <message>
        <source>volume too small</source>
        <translation>volume too small</translation>
    </message>
    <message>
        <source>margin too low</source>
        <translation>margin too low</translation>
    </message>
    <message>
        <source>“%1” no</source>
        <translation>“%1” no</translation>
    </message>
    <message>
        <source>%1/%2 open</source>
        <translation>%1/%2 open</translation>
    </message>
    <message>
        <source>in doubt: %1</source>
        <translation>in doubt: %1</translation>
    </message>
    <message>
        <source>not qualified: %1</source>
        <translation>not qualified: %1</translation>
    </message>
</context>
<context>
    <name>ReferrerWords</name>
    <message>
        <source>Supplier / vendor / agency</source>
        <translation>Supplier / vendor / agency</translation>
    </message>
    <message>
        <source>Satisfied customer</source>
        <translation>Satisfied customer</translation>
    </message>
    <message>
        <source>Declining prospect</source>
        <translation>Declining prospect</translation>
    </message>
    <message>
        <source>Exchange between organisations</source>
        <translation>Exchange between organisations</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Declining</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Name given</source>
        <translation>Name given</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>StatsCommandWords</name>
    <message numerus="yes">
        <source>Last %n day(s): %1 – %2</source>
        <translation>
            <numerusform>Last %n day: %1 – %2</numerusform><numerusform>Last %n days: %1 – %2</numerusform></translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1, not '%2'</source>
        <translation>--days must be a whole number from 1 to %1, not '%2'</translation>
    </message>
    <message>
        <source>not a month: '%1' (use YYYY-MM)</source>
        <translation>not a month: '%1' (use YYYY-MM)</translation>
    </message>
    <message>
        <source>--days and --month cannot be used together: choose one</source>
        <translation>--days and --month cannot be used together: choose one</translation>
    </message>
    <message>
        <source>Walk-ins who left no name on %1: %2</source>
        <translation>Walk-ins who left no name on %1: %2</translation>
    </message>
    <message>
        <source>not a date: '%1' (use YYYY-MM-DD)</source>
        <translation>not a date: '%1' (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>cannot count walk-ins: the day is in the future</source>
        <translation>cannot count walk-ins: the day is in the future</translation>
    </message>
    <message>
        <source>cannot count walk-ins: the count must be between -%1 and %1, not 0, and the day's total cannot go below 0</source>
        <translation>cannot count walk-ins: the count must be between -%1 and %1, not 0, and the day's total cannot go below 0</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>What the import will do. Nothing is stored until you import.</source>
        <translation>What the import will do. Nothing is stored until you import.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Checking each row…</source>
        <translation>Checking each row…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new, %3 merged into existing contacts, %4 skipped, %5 with errors (not imported).</source>
        <translation>%1 rows read: %2 new, %3 merged into existing contacts, %4 skipped, %5 with errors (not imported).</translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>New tags: %1</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
</context>
<context>
    <name>TagWords</name>
    <message>
        <source>Visited the store / met in person</source>
        <translation>Visited the store / met in person</translation>
    </message>
    <message>
        <source>Has not visited yet</source>
        <translation>Has not visited yet</translation>
    </message>
    <message>
        <source>Has bought</source>
        <translation>Has bought</translation>
    </message>
    <message>
        <source>Has not bought yet</source>
        <translation>Has not bought yet</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <source>Y visited</source>
        <translation>Y visited</translation>
    </message>
    <message>
        <source>N not visited</source>
        <translation>N not visited</translation>
    </message>
    <message>
        <source>M bought</source>
        <translation>M bought</translation>
    </message>
    <message>
        <source>O not bought</source>
        <translation>O not bought</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Not visited: invite them to the store — an in-store event or a small gift for coming by.</source>
        <translation>Not visited: invite them to the store — an in-store event or a small gift for coming by.</translation>
    </message>
    <message>
        <source>Visited, not bought: their need is not met yet — show new products and dig for the need.</source>
        <translation>Visited, not bought: their need is not met yet — show new products and dig for the need.</translation>
    </message>
    <message>
        <source>Visited and bought: trust exists — offer an upgrade, a bundle or a repeat purchase.</source>
        <translation>Visited and bought: trust exists — offer an upgrade, a bundle or a repeat purchase.</translation>
    </message>
    <message>
        <source>VIP: little product talk, personal care and one-to-one messages; ask for referrals; call at least twice a year.</source>
        <translation>VIP: little product talk, personal care and one-to-one messages; ask for referrals; call at least twice a year.</translation>
    </message>
    <message>
        <source>Never bought: include them in grouped batch messages and follow up one-to-one with whoever replies.</source>
        <translation>Never bought: include them in grouped batch messages and follow up one-to-one with whoever replies.</translation>
    </message>
</context>
<context>
    <name>TargetWords</name>
    <message numerus="yes">
        <source>%n close(s)</source>
        <translation>
            <numerusform>%n close</numerusform><numerusform>%n closes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n close(s) (%2)</source>
        <translation>
            <numerusform>%1 of %n close (%2)</numerusform><numerusform>%1 of %n closes (%2)</numerusform></translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>amount %1</translation>
    </message>
    <message>
        <source>amount %1 of %2 (%3)</source>
        <translation>amount %1 of %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n touch</numerusform><numerusform>%n touches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n touch(es) (%2)</source>
        <translation>
            <numerusform>%1 of %n touch (%2)</numerusform><numerusform>%1 of %n touches (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Today: %n touch(es)</source>
        <translation>
            <numerusform>Today: %n touch</numerusform><numerusform>Today: %n touches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Today: %1 of %n touch(es) (%2)</source>
        <translation>
            <numerusform>Today: %1 of %n touch (%2)</numerusform><numerusform>Today: %1 of %n touches (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) not recorded</source>
        <translation>
            <numerusform>%n walk-in not recorded</numerusform><numerusform>%n walk-ins not recorded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s): %1 recorded as contacts (%2), %3 left no name</source>
        <translation>
            <numerusform>%n walk-in: %1 recorded as contacts (%2), %3 left no name</numerusform><numerusform>%n walk-ins: %1 recorded as contacts (%2), %3 left no name</numerusform></translation>
    </message>
    <message>
        <source>No weekly referral goal</source>
        <translation>No weekly referral goal</translation>
    </message>
    <message numerus="yes">
        <source>Referrals wanted: %n a week</source>
        <translation>
            <numerusform>Referrals wanted: %n a week</numerusform><numerusform>Referrals wanted: %n a week</numerusform></translation>
    </message>
    <message>
        <source>A visitor left without giving a name: Ctrl+Shift+W counts one for today</source>
        <translation>A visitor left without giving a name: Ctrl+Shift+W counts one for today</translation>
    </message>
</context>
<context>
    <name>TouchWords</name>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Talked</source>
        <translation>Talked</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Call back later</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>(no outcome)</source>
        <translation>(no outcome)</translation>
    </message>
</context>
<context>
    <name>VerificationWords</name>
    <message>
        <source>who else decides</source>
        <translation>who else decides</translation>
    </message>
    <message>
        <source>who can veto</source>
        <translation>who can veto</translation>
    </message>
    <message>
        <source>when it really starts</source>
        <translation>when it really starts</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Decides</translation>
    </message>
    <message>
        <source>Can veto</source>
        <translation>Can veto</translation>
    </message>
    <message>
        <source>Really starts</source>
        <translation>Really starts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>⚠ Not verified yet: %1</source>
        <translation>⚠ Not verified yet: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>An open deal is past finding the need, and early on customers hide the truth. Ask on the next call (Questions tab) or through the coach.</source>
        <translation>An open deal is past finding the need, and early on customers hide the truth. Ask on the next call (Questions tab) or through the coach.</translation>
    </message>
</context>
<context>
    <name>WalkInKey</name>
    <message>
        <source>Counted a walk-in who left no name: %n today (Ctrl+Z undoes)</source>
        <translation>Counted a walk-in who left no name: %n today (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Took back a walk-in who left no name: %n today</source>
        <translation>Took back a walk-in who left no name: %n today</translation>
    </message>
    <message>
        <source>count a walk-in</source>
        <translation>count a walk-in</translation>
    </message>
    <message>
        <source>Count a walk-in who left no name</source>
        <translation>Count a walk-in who left no name</translation>
    </message>
</context>
</TS>