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
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
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
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Takes effect the next time DeskCRM starts</source>
        <translation>Takes effect the next time DeskCRM starts</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Default phone region</translation>
    </message>
    <message>
        <source>Two-letter region for numbers typed without +country code, e.g. CN</source>
        <translation>Two-letter region for numbers typed without +country code, e.g. CN</translation>
    </message>
    <message>
        <source>Sales items a day can hold</source>
        <translation>Sales items a day can hold</translation>
    </message>
    <message>
        <source>A draft of the plan ticks only this many sales items; 1-200</source>
        <translation>A draft of the plan ticks only this many sales items; 1-200</translation>
    </message>
    <message>
        <source>Plan opens on tomorrow from (hour)</source>
        <translation>Plan opens on tomorrow from (hour)</translation>
    </message>
    <message>
        <source>From this hour on, the plan screen shows tomorrow</source>
        <translation>From this hour on, the plan screen shows tomorrow</translation>
    </message>
    <message>
        <source>Evening reminder to plan tomorrow</source>
        <translation>Evening reminder to plan tomorrow</translation>
    </message>
    <message>
        <source>Show a reminder in the evening</source>
        <translation>Show a reminder in the evening</translation>
    </message>
    <message>
        <source>Reminder time (HH:MM)</source>
        <translation>Reminder time (HH:MM)</translation>
    </message>
    <message>
        <source>When the reminder appears</source>
        <translation>When the reminder appears</translation>
    </message>
    <message>
        <source>Warn when non-sales work exceeds</source>
        <translation>Warn when non-sales work exceeds</translation>
    </message>
    <message>
        <source>Share of a week's done items (0–1)</source>
        <translation>Share of a week's done items (0–1)</translation>
    </message>
    <message>
        <source>Class A window (days)</source>
        <translation>Class A window (days)</translation>
    </message>
    <message>
        <source>3 to 10 days; default 7</source>
        <translation>3 to 10 days; default 7</translation>
    </message>
    <message>
        <source>Class B window (days)</source>
        <translation>Class B window (days)</translation>
    </message>
    <message>
        <source>Default about 20 days</source>
        <translation>Default about 20 days</translation>
    </message>
    <message>
        <source>Class C window (days)</source>
        <translation>Class C window (days)</translation>
    </message>
    <message>
        <source>Default about 30 days</source>
        <translation>Default about 30 days</translation>
    </message>
    <message>
        <source>Target industries</source>
        <translation>Target industries</translation>
    </message>
    <message>
        <source>At most 3, separated by commas</source>
        <translation>At most 3, separated by commas</translation>
    </message>
    <message>
        <source>Target positions</source>
        <translation>Target positions</translation>
    </message>
    <message>
        <source>1 to 3, separated by commas</source>
        <translation>1 to 3, separated by commas</translation>
    </message>
    <message>
        <source>Target regions</source>
        <translation>Target regions</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>Trigger events</source>
        <translation>Trigger events</translation>
    </message>
    <message>
        <source>e.g. merger, management change; commas between</source>
        <translation>e.g. merger, management change; commas between</translation>
    </message>
    <message>
        <source>Industry weight</source>
        <translation>Industry weight</translation>
    </message>
    <message>
        <source>2 very, 1 somewhat, 0 not</source>
        <translation>2 very, 1 somewhat, 0 not</translation>
    </message>
    <message>
        <source>Position weight</source>
        <translation>Position weight</translation>
    </message>
    <message>
        <source>Region weight</source>
        <translation>Region weight</translation>
    </message>
    <message>
        <source>Trigger event weight</source>
        <translation>Trigger event weight</translation>
    </message>
    <message>
        <source>Referrals wanted per week</source>
        <translation>Referrals wanted per week</translation>
    </message>
    <message>
        <source>Default 1</source>
        <translation>Default 1</translation>
    </message>
    <message>
        <source>Deal stages</source>
        <translation>Deal stages</translation>
    </message>
    <message>
        <source>In order, separated by commas</source>
        <translation>In order, separated by commas</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Lost reasons</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <source>Default 7</source>
        <translation>Default 7</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <source>Default 4</source>
        <translation>Default 4</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <source>Default 12</source>
        <translation>Default 12</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
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