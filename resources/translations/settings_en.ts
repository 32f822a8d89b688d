<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Write a verified copy of your data now</source>
        <translation>Write a verified copy of your data now</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>Replace your data with the selected copy; your current data is backed up first</source>
        <translation>Replace your data with the selected copy; your current data is backed up first</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>Backups are made of the local database file only; this database is not one.</source>
        <translation>Backups are made of the local database file only; this database is not one.</translation>
    </message>
    <message>
        <source>DeskCRM backs up your data when it starts (once a day) and when it closes, and keeps daily, weekly and monthly copies in %1</source>
        <translation>DeskCRM backs up your data when it starts (once a day) and when it closes, and keeps daily, weekly and monthly copies in %1</translation>
    </message>
    <message>
        <source>No backups yet. One is taken when DeskCRM starts and when it closes, or now with “Back up now”.</source>
        <translation>No backups yet. One is taken when DeskCRM starts and when it closes, or now with “Back up now”.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>On closing</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation>Restore from file</translation>
    </message>
    <message>
        <source>DeskCRM database (*.sqlite3 *.db)</source>
        <translation>DeskCRM database (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Replace your current data with the copy “%1”? Your current data is backed up first, so this can be reversed.</source>
        <translation>Replace your current data with the copy “%1”? Your current data is backed up first, so this can be reversed.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Class windows</source>
        <translation>Class windows</translation>
    </message>
    <message>
        <source>Key-account scoring</source>
        <translation>Key-account scoring</translation>
    </message>
    <message>
        <source>Deals and referrals</source>
        <translation>Deals and referrals</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>2 very, 1 somewhat, 0 not at all.</source>
        <translation>2 very, 1 somewhat, 0 not at all.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>Takes effect the next time DeskCRM starts.</source>
        <translation>Takes effect the next time DeskCRM starts.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Two capital letters for the region of numbers typed without +country code, e.g. CN.</source>
        <translation>Two capital letters for the region of numbers typed without +country code, e.g. CN.</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Default phone region</translation>
    </message>
    <message>
        <source>From this hour of the day on, the plan opens on tomorrow.</source>
        <translation>From this hour of the day on, the plan opens on tomorrow.</translation>
    </message>
    <message>
        <source>Plan opens on tomorrow from (hour)</source>
        <translation>Plan opens on tomorrow from (hour)</translation>
    </message>
    <message>
        <source>Remind me in the evening to plan tomorrow.</source>
        <translation>Remind me in the evening to plan tomorrow.</translation>
    </message>
    <message>
        <source>Evening reminder</source>
        <translation>Evening reminder</translation>
    </message>
    <message>
        <source>When the evening reminder appears (HH:MM, e.g. 20:00).</source>
        <translation>When the evening reminder appears (HH:MM, e.g. 20:00).</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Reminder time</translation>
    </message>
    <message>
        <source>The plan warns when non-sales work is more than this share of a week.</source>
        <translation>The plan warns when non-sales work is more than this share of a week.</translation>
    </message>
    <message>
        <source>Non-sales warning above</source>
        <translation>Non-sales warning above</translation>
    </message>
    <message>
        <source>A draft of the plan ticks only this many sales items; more is allowed.</source>
        <translation>A draft of the plan ticks only this many sales items; more is allowed.</translation>
    </message>
    <message>
        <source>Sales items a day can hold</source>
        <translation>Sales items a day can hold</translation>
    </message>
    <message>
        <source>Days to close a class A contact: 3 to 10, usually 7.</source>
        <translation>Days to close a class A contact: 3 to 10, usually 7.</translation>
    </message>
    <message>
        <source>Class A window (days)</source>
        <translation>Class A window (days)</translation>
    </message>
    <message>
        <source>Days to close a class B contact, usually about 20.</source>
        <translation>Days to close a class B contact, usually about 20.</translation>
    </message>
    <message>
        <source>Class B window (days)</source>
        <translation>Class B window (days)</translation>
    </message>
    <message>
        <source>Days to close a class C contact, usually about 30.</source>
        <translation>Days to close a class C contact, usually about 30.</translation>
    </message>
    <message>
        <source>Class C window (days)</source>
        <translation>Class C window (days)</translation>
    </message>
    <message>
        <source>At most 3 industries you sell to best, separated by commas.</source>
        <translation>At most 3 industries you sell to best, separated by commas.</translation>
    </message>
    <message>
        <source>1 to 3 positions of the people who decide, separated by commas.</source>
        <translation>1 to 3 positions of the people who decide, separated by commas.</translation>
    </message>
    <message>
        <source>The regions you cover, separated by commas.</source>
        <translation>The regions you cover, separated by commas.</translation>
    </message>
    <message>
        <source>News worth a call, e.g. a merger or a new general manager; commas between.</source>
        <translation>News worth a call, e.g. a merger or a new general manager; commas between.</translation>
    </message>
    <message>
        <source>The amount you aim to close each month, in yuan.</source>
        <translation>The amount you aim to close each month, in yuan.</translation>
    </message>
    <message>
        <source>Sales target per month</source>
        <translation>Sales target per month</translation>
    </message>
    <message>
        <source>Deals you aim to win each month.</source>
        <translation>Deals you aim to win each month.</translation>
    </message>
    <message>
        <source>Closes wanted per month</source>
        <translation>Closes wanted per month</translation>
    </message>
    <message>
        <source>Calls, visits and messages you aim for each day; the plan shows today's.</source>
        <translation>Calls, visits and messages you aim for each day; the plan shows today's.</translation>
    </message>
    <message>
        <source>Touches wanted per day</source>
        <translation>Touches wanted per day</translation>
    </message>
    <message>
        <source>Satisfied customers and decliners are offered for a referral ask again after this many days.</source>
        <translation>Satisfied customers and decliners are offered for a referral ask again after this many days.</translation>
    </message>
    <message>
        <source>Ask for a referral again after (days)</source>
        <translation>Ask for a referral again after (days)</translation>
    </message>
    <message>
        <source>Days to wait after a lost deal before asking that contact for a referral.</source>
        <translation>Days to wait after a lost deal before asking that contact for a referral.</translation>
    </message>
    <message>
        <source>Ask decliners after (days)</source>
        <translation>Ask decliners after (days)</translation>
    </message>
    <message>
        <source>A lost deal older than this many days no longer makes a referral ask.</source>
        <translation>A lost deal older than this many days no longer makes a referral ask.</translation>
    </message>
    <message>
        <source>Ask decliners until (days)</source>
        <translation>Ask decliners until (days)</translation>
    </message>
    <message>
        <source>The stages of a deal in order, separated by commas.</source>
        <translation>The stages of a deal in order, separated by commas.</translation>
    </message>
    <message>
        <source>The reasons you can pick when a deal is lost, separated by commas.</source>
        <translation>The reasons you can pick when a deal is lost, separated by commas.</translation>
    </message>
    <message>
        <source>Logging sent messages stops before today's WeChat touches pass this many.</source>
        <translation>Logging sent messages stops before today's WeChat touches pass this many.</translation>
    </message>
    <message>
        <source>Target industries</source>
        <translation>Target industries</translation>
    </message>
    <message>
        <source>Target positions</source>
        <translation>Target positions</translation>
    </message>
    <message>
        <source>Target regions</source>
        <translation>Target regions</translation>
    </message>
    <message>
        <source>Trigger events</source>
        <translation>Trigger events</translation>
    </message>
    <message>
        <source>How much the industry matters</source>
        <translation>How much the industry matters</translation>
    </message>
    <message>
        <source>How much the position matters</source>
        <translation>How much the position matters</translation>
    </message>
    <message>
        <source>How much the region matters</source>
        <translation>How much the region matters</translation>
    </message>
    <message>
        <source>How much a trigger event matters</source>
        <translation>How much a trigger event matters</translation>
    </message>
    <message>
        <source>New referrals you aim for each week; one is a good start.</source>
        <translation>New referrals you aim for each week; one is a good start.</translation>
    </message>
    <message>
        <source>Referrals wanted per week</source>
        <translation>Referrals wanted per week</translation>
    </message>
    <message>
        <source>Deal stages</source>
        <translation>Deal stages</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Lost reasons</translation>
    </message>
    <message>
        <source>Contacts sent a WeChat message within this many days are flagged.</source>
        <translation>Contacts sent a WeChat message within this many days are flagged.</translation>
    </message>
    <message>
        <source>Days between messages</source>
        <translation>Days between messages</translation>
    </message>
    <message>
        <source>Messages a day at most</source>
        <translation>Messages a day at most</translation>
    </message>
    <message>
        <source>How many of the daily automatic backups are kept.</source>
        <translation>How many of the daily automatic backups are kept.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <source>How many weekly backups are kept.</source>
        <translation>How many weekly backups are kept.</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <source>How many monthly backups are kept.</source>
        <translation>How many monthly backups are kept.</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Monthly backups kept</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Unsaved settings</translation>
    </message>
    <message>
        <source>You changed settings without saving them. Save them now?</source>
        <translation>You changed settings without saving them. Save them now?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Stay here</translation>
    </message>
    <message>
        <source>“%1” is not valid: %2</source>
        <translation>“%1” is not valid: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Settings saved</translation>
    </message>
</context>
</TS>