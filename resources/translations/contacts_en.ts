<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkBar</name>
    <message>
        <source>Tag name</source>
        <translation>Tag name</translation>
    </message>
    <message>
        <source>Tag for the selected contacts</source>
        <translation>Tag for the selected contacts</translation>
    </message>
    <message>
        <source>Add tag to all</source>
        <translation>Add tag to all</translation>
    </message>
    <message>
        <source>Remove tag from all</source>
        <translation>Remove tag from all</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message numerus="yes">
        <source>%n selected:</source>
        <translation>
            <numerusform>%n selected:</numerusform><numerusform>%n selected:</numerusform></translation>
    </message>
</context>
<context>
    <name>CoachBox</name>
    <message>
        <source>Coach and verification</source>
        <translation>Coach and verification</translation>
    </message>
    <message>
        <source>An insider who guides us (qualification question 7); usually the referrer</source>
        <translation>An insider who guides us (qualification question 7); usually the referrer</translation>
    </message>
    <message>
        <source>Who else decides?</source>
        <translation>Who else decides?</translation>
    </message>
    <message>
        <source>Who can veto?</source>
        <translation>Who can veto?</translation>
    </message>
    <message>
        <source>When would it really start?</source>
        <translation>When would it really start?</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Pick the coach from the list of existing contacts.</source>
        <translation>Pick the coach from the list of existing contacts.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Required, e.g. 张伟</source>
        <translation>Required, e.g. 张伟</translation>
    </message>
    <message>
        <source>One number per line, e.g. 138 0013 8001 or +86 10 1234 5678 ext. 12</source>
        <translation>One number per line, e.g. 138 0013 8001 or +86 10 1234 5678 ext. 12</translation>
    </message>
    <message>
        <source>(not a referral)</source>
        <translation>(not a referral)</translation>
    </message>
    <message>
        <source>An insider who guides us (qualification question 7); usually the referrer</source>
        <translation>An insider who guides us (qualification question 7); usually the referrer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Industry</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>Cit&amp;y</translation>
    </message>
    <message>
        <source>Op&amp;en the existing contact</source>
        <translation>Op&amp;en the existing contact</translation>
    </message>
    <message>
        <source>Mer&amp;ge into it</source>
        <translation>Mer&amp;ge into it</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>e.g. 1985-03-12 or 03-12 (year optional)</source>
        <translation>e.g. 1985-03-12 or 03-12 (year optional)</translation>
    </message>
    <message>
        <source>e.g. 公司周年</source>
        <translation>e.g. 公司周年</translation>
    </message>
    <message>
        <source>MM-DD</source>
        <translation>MM-DD</translation>
    </message>
    <message>
        <source>The plan proposes a call when the last purchase is this old</source>
        <translation>The plan proposes a call when the last purchase is this old</translation>
    </message>
    <message>
        <source>&amp;WeChat</source>
        <translation>&amp;WeChat</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Referred &amp;by</source>
        <translation>Referred &amp;by</translation>
    </message>
    <message>
        <source>Referrer &amp;kind</source>
        <translation>Referrer &amp;kind</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Referral st&amp;age</source>
        <translation>Referral st&amp;age</translation>
    </message>
    <message>
        <source>Birt&amp;hday</source>
        <translation>Birt&amp;hday</translation>
    </message>
    <message>
        <source>Other &amp;dates</source>
        <translation>Other &amp;dates</translation>
    </message>
    <message>
        <source>B&amp;uys again every</source>
        <translation>B&amp;uys again every</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Status tags</source>
        <translation>Status tags</translation>
    </message>
    <message>
        <source>Fill the existing contact's empty fields and add new numbers and tags</source>
        <translation>Fill the existing contact's empty fields and add new numbers and tags</translation>
    </message>
    <message>
        <source>Save as a new contact &amp;anyway</source>
        <translation>Save as a new contact &amp;anyway</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Pick the referrer from the list of existing contacts.</source>
        <translation>Pick the referrer from the list of existing contacts.</translation>
    </message>
    <message>
        <source>Pick the coach from the list of existing contacts.</source>
        <translation>Pick the coach from the list of existing contacts.</translation>
    </message>
    <message>
        <source>A contact with the same phone number already exists: %1</source>
        <translation>A contact with the same phone number already exists: %1</translation>
    </message>
    <message>
        <source>A contact with the same name and company already exists: %1</source>
        <translation>A contact with the same name and company already exists: %1</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Tags cannot be sorted; filter them with the chips above</source>
        <translation>Tags cannot be sorted; filter them with the chips above</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Last touch</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Add a contact (Ctrl+N)</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>After the visit</translation>
    </message>
    <message>
        <source>Log a touch, the next step and tag changes for the selected contact</source>
        <translation>Log a touch, the next step and tag changes for the selected contact</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>Manage tags</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Show all contacts</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Clear search and filters</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Sales method</source>
        <translation>Sales method</translation>
    </message>
    <message>
        <source>ABCD class and its countdown, the nine questions, key-account score, deals</source>
        <translation>ABCD class and its countdown, the nine questions, key-account score, deals</translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in the trash</numerusform><numerusform>%n in the trash</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message>
        <source>Name, pinyin, phone or company</source>
        <translation>Name, pinyin, phone or company</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) by name, pinyin (zhangw or zw), phone digits or company. Up/Down, PgUp/PgDn, Home/End choose among the results; Enter goes to the list.</source>
        <translation>Search (Ctrl+F) by name, pinyin (zhangw or zw), phone digits or company. Up/Down, PgUp/PgDn, Home/End choose among the results; Enter goes to the list.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <source>Send each selected contact (or everyone in the list) a filled template</source>
        <translation>Send each selected contact (or everyone in the list) a filled template</translation>
    </message>
    <message>
        <source>Write, copy, rename and delete message templates</source>
        <translation>Write, copy, rename and delete message templates</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>The trash is empty</translation>
    </message>
    <message>
        <source>Deleted contacts wait here until you restore them.</source>
        <translation>Deleted contacts wait here until you restore them.</translation>
    </message>
    <message>
        <source>No contact matches</source>
        <translation>No contact matches</translation>
    </message>
    <message numerus="yes">
        <source>None of your %n contact(s) match this search and filter. Try fewer letters, another spelling, or clear the tag chips.</source>
        <translation>
            <numerusform>None of your %n contact match this search and filter. Try fewer letters, another spelling, or clear the tag chips.</numerusform><numerusform>None of your %n contacts match this search and filter. Try fewer letters, another spelling, or clear the tag chips.</numerusform></translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>No contacts yet</translation>
    </message>
    <message>
        <source>Add your first contact with “New contact” (Ctrl+N), or import a spreadsheet or vCard file from the File menu.</source>
        <translation>Add your first contact with “New contact” (Ctrl+N), or import a spreadsheet or vCard file from the File menu.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1: %n contact(s)</source>
        <translation>
            <numerusform>Showing %1: %n contact</numerusform><numerusform>Showing %1: %n contacts</numerusform></translation>
    </message>
    <message>
        <source>a selection</source>
        <translation>a selection</translation>
    </message>
    <message>
        <source>View “%1” saved</source>
        <translation>View “%1” saved</translation>
    </message>
    <message>
        <source>No tag called %1</source>
        <translation>No tag called %1</translation>
    </message>
    <message>
        <source>Moved %1 to the trash (Ctrl+Z undoes)</source>
        <translation>Moved %1 to the trash (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Select one contact first</source>
        <translation>Select one contact first</translation>
    </message>
    <message>
        <source>Contacts in the trash cannot be messaged</source>
        <translation>Contacts in the trash cannot be messaged</translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation>
            <numerusform>%n selected contact</numerusform><numerusform>%n selected contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the list</source>
        <translation>
            <numerusform>%n contact in the list</numerusform><numerusform>%n contacts in the list</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactsUndo</name>
    <message>
        <source>%n contact(s)</source>
        <translation>%n contact(s)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <source>Change tags of %1</source>
        <translation>Change tags of %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>ContactsWording</name>
    <message>
        <source>VIP not touched in 180 days</source>
        <translation>VIP not touched in 180 days</translation>
    </message>
    <message>
        <source>Visited, not bought (Y+O)</source>
        <translation>Visited, not bought (Y+O)</translation>
    </message>
    <message>
        <source>Stuck at 3 touches</source>
        <translation>Stuck at 3 touches</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Follow-up due today</translation>
    </message>
    <message>
        <source>Class A/B/C overdue</source>
        <translation>Class A/B/C overdue</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Not qualified</translation>
    </message>
    <message>
        <source>Ask for a referral</source>
        <translation>Ask for a referral</translation>
    </message>
    <message>
        <source>Customers going cold</source>
        <translation>Customers going cold</translation>
    </message>
</context>
<context>
    <name>DealsModel</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit this contact (Ctrl+E)</source>
        <translation>Edit this contact (Ctrl+E)</translation>
    </message>
    <message>
        <source>After the visit…</source>
        <translation>After the visit…</translation>
    </message>
    <message>
        <source>Log a touch, the promised next step and tag changes in one go (Ctrl+Shift+V)</source>
        <translation>Log a touch, the promised next step and tag changes in one go (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>Call…</translation>
    </message>
    <message>
        <source>Prepare and log a call on the call screen (Ctrl+Shift+C)</source>
        <translation>Prepare and log a call on the call screen (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move to the trash (Del); Ctrl+Z undoes</source>
        <translation>Move to the trash (Del); Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Bring this contact back from the trash</source>
        <translation>Bring this contact back from the trash</translation>
    </message>
    <message>
        <source>E&amp;xtend the window once</source>
        <translation>E&amp;xtend the window once</translation>
    </message>
    <message>
        <source>Move to &amp;D</source>
        <translation>Move to &amp;D</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1 (key %2 in the list)</source>
        <translation>%1 (key %2 in the list)</translation>
    </message>
    <message>
        <source>Add tags, then Enter</source>
        <translation>Add tags, then Enter</translation>
    </message>
    <message>
        <source>Type one or more tag names (commas between) and press Enter</source>
        <translation>Type one or more tag names (commas between) and press Enter</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Add tags</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>City / region</source>
        <translation>City / region</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
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
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>Repurchase</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Touches, newest first</source>
        <translation>Touches, newest first</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>Select a contact to see its details.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) selected.
Press Y, N, M, O or V to toggle a status tag on all of them, or use the bar above the list to add or remove a tag.</source>
        <translation>
            <numerusform>%n contact selected.
Press Y, N, M, O or V to toggle a status tag on all of them, or use the bar above the list to add or remove a tag.</numerusform><numerusform>%n contacts selected.
Press Y, N, M, O or V to toggle a status tag on all of them, or use the bar above the list to add or remove a tag.</numerusform></translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>In the trash since %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Remove the tag “%1”</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>ext. %1</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n touch</numerusform><numerusform>%n touches</numerusform></translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>last %1</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (born %1)</source>
        <translation> (born %1)</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>no purchase yet</source>
        <translation>no purchase yet</translation>
    </message>
    <message>
        <source>due %1 — overdue</source>
        <translation>due %1 — overdue</translation>
    </message>
    <message>
        <source>next due %1</source>
        <translation>next due %1</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>No deals yet.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>No touches yet. Log the first one with “After the visit…”.</source>
        <translation>No touches yet. Log the first one with “After the visit…”.</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>Promised:</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(by %1)</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Follow up on %1</translation>
    </message>
</context>
<context>
    <name>MessageQueueDialog</name>
    <message>
        <source>Message contacts one by one</source>
        <translation>Message contacts one by one</translation>
    </message>
    <message numerus="yes">
        <source>Skip contacts messaged in the last %n day(s)</source>
        <translation>
            <numerusform>Skip contacts messaged in the last %n day</numerusform><numerusform>Skip contacts messaged in the last %n days</numerusform></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Message template</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <source>Write and edit message templates</source>
        <translation>Write and edit message templates</translation>
    </message>
    <message>
        <source>Flagged contacts start as skipped; click one and press Enter to send it anyway.</source>
        <translation>Flagged contacts start as skipped; click one and press Enter to send it anyway.</translation>
    </message>
    <message>
        <source>Contacts to message</source>
        <translation>Contacts to message</translation>
    </message>
    <message>
        <source>Message for this contact</source>
        <translation>Message for this contact</translation>
    </message>
    <message>
        <source>Enter or Ctrl+C: copy the message, mark it sent and go to the next contact · S or Ctrl+→: skip · paste the message in WeChat yourself</source>
        <translation>Enter or Ctrl+C: copy the message, mark it sent and go to the next contact · S or Ctrl+→: skip · paste the message in WeChat yourself</translation>
    </message>
    <message>
        <source>Write a template…</source>
        <translation>Write a template…</translation>
    </message>
    <message>
        <source>Copy and next</source>
        <translation>Copy and next</translation>
    </message>
    <message>
        <source>Copy the message and go to the next contact (Enter)</source>
        <translation>Copy the message and go to the next contact (Enter)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Skip this contact (S)</source>
        <translation>Skip this contact (S)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Record a WeChat touch for each contact sent</source>
        <translation>Record a WeChat touch for each contact sent</translation>
    </message>
    <message>
        <source>No message templates yet</source>
        <translation>No message templates yet</translation>
    </message>
    <message>
        <source>Write one: its placeholders (the contact's name, form of address, company…) are filled for each contact.</source>
        <translation>Write one: its placeholders (the contact's name, form of address, company…) are filled for each contact.</translation>
    </message>
    <message>
        <source>Filling the messages…</source>
        <translation>Filling the messages…</translation>
    </message>
    <message>
        <source>Nobody to message</source>
        <translation>Nobody to message</translation>
    </message>
    <message>
        <source>The list has no contacts. Close this window, choose a view, search or select contacts, then press Ctrl+Shift+M again.</source>
        <translation>The list has no contacts. Close this window, choose a view, search or select contacts, then press Ctrl+Shift+M again.</translation>
    </message>
    <message>
        <source>(messaged recently)</source>
        <translation>(messaged recently)</translation>
    </message>
    <message numerus="yes">
        <source>Sent a WeChat message in the last %n day(s).</source>
        <translation>
            <numerusform>Sent a WeChat message in the last %n day.</numerusform><numerusform>Sent a WeChat message in the last %n days.</numerusform></translation>
    </message>
    <message>
        <source>Copied and marked sent.</source>
        <translation>Copied and marked sent.</translation>
    </message>
    <message>
        <source>Skipped; press Enter to send it anyway.</source>
        <translation>Skipped; press Enter to send it anyway.</translation>
    </message>
    <message>
        <source>Everyone is done: press Done to record the sent messages.</source>
        <translation>Everyone is done: press Done to record the sent messages.</translation>
    </message>
    <message>
        <source>Sent %1 · skipped %2 · left %3</source>
        <translation>Sent %1 · skipped %2 · left %3</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n WeChat message(s) (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Recorded %n WeChat message (Ctrl+Z undoes)</numerusform><numerusform>Recorded %n WeChat messages (Ctrl+Z undoes)</numerusform></translation>
    </message>
    <message>
        <source>Recording %1 messages would pass today's limit of %2 WeChat messages (%3 already recorded today). Nothing was recorded. Skip some contacts, raise the limit in Settings, or close again to leave without recording.</source>
        <translation>Recording %1 messages would pass today's limit of %2 WeChat messages (%3 already recorded today). Nothing was recorded. Skip some contacts, raise the limit in Settings, or close again to leave without recording.</translation>
    </message>
</context>
<context>
    <name>MethodPanel</name>
    <message>
        <source>Choose a contact to see where it stands.</source>
        <translation>Choose a contact to see where it stands.</translation>
    </message>
    <message>
        <source>ABCD class</source>
        <translation>ABCD class</translation>
    </message>
    <message>
        <source>Met the first key person</source>
        <translation>Met the first key person</translation>
    </message>
    <message>
        <source>Has a need</source>
        <translation>Has a need</translation>
    </message>
    <message>
        <source>Has buying power</source>
        <translation>Has buying power</translation>
    </message>
    <message>
        <source>Decided not to buy (goes to D)</source>
        <translation>Decided not to buy (goes to D)</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— not known —</translation>
    </message>
    <message>
        <source>First key person</source>
        <translation>First key person</translation>
    </message>
    <message>
        <source>Second or third key person</source>
        <translation>Second or third key person</translation>
    </message>
    <message>
        <source>Head of the using department</source>
        <translation>Head of the using department</translation>
    </message>
    <message>
        <source>Who was met:</source>
        <translation>Who was met:</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Drop it (move to D)</source>
        <translation>Drop it (move to D)</translation>
    </message>
    <message>
        <source>Nine qualification questions</source>
        <translation>Nine qualification questions</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v of %m answered</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>What they said</translation>
    </message>
    <message>
        <source>My own questions</source>
        <translation>My own questions</translation>
    </message>
    <message>
        <source>Edit my own &amp;questions…</source>
        <translation>Edit my own &amp;questions…</translation>
    </message>
    <message>
        <source>Up to five questions of your own, answered here and on the call screen</source>
        <translation>Up to five questions of your own, answered here and on the call screen</translation>
    </message>
    <message>
        <source>Key-account score</source>
        <translation>Key-account score</translation>
    </message>
    <message>
        <source>Trigger event found (e.g. a merger, a new manager)</source>
        <translation>Trigger event found (e.g. a merger, a new manager)</translation>
    </message>
    <message>
        <source>Sold in this industry before</source>
        <translation>Sold in this industry before</translation>
    </message>
    <message>
        <source>Reference customer in it</source>
        <translation>Reference customer in it</translation>
    </message>
    <message>
        <source>Personally involved</source>
        <translation>Personally involved</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
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
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>New deal (a repeat purchase is a new deal)</source>
        <translation>New deal (a repeat purchase is a new deal)</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Add deal</translation>
    </message>
    <message>
        <source>A clear need, of the “pain” or the “gain” kind?</source>
        <translation>A clear need, of the “pain” or the “gain” kind?</translation>
    </message>
    <message>
        <source>Fits our type of customer?</source>
        <translation>Fits our type of customer?</translation>
    </message>
    <message>
        <source>Hard blockers (e.g. a contract tying them to another supplier)?</source>
        <translation>Hard blockers (e.g. a contract tying them to another supplier)?</translation>
    </message>
    <message>
        <source>A budget?</source>
        <translation>A budget?</translation>
    </message>
    <message>
        <source>Financially healthy, pays on time?</source>
        <translation>Financially healthy, pays on time?</translation>
    </message>
    <message>
        <source>Do we know when they will buy?</source>
        <translation>Do we know when they will buy?</translation>
    </message>
    <message>
        <source>A coach: an insider who guides us?</source>
        <translation>A coach: an insider who guides us?</translation>
    </message>
    <message>
        <source>Likely volume at or above our minimum?</source>
        <translation>Likely volume at or above our minimum?</translation>
    </message>
    <message>
        <source>The lowest margin they would accept is at or above the industry average?</source>
        <translation>The lowest margin they would accept is at or above the industry average?</translation>
    </message>
    <message>
        <source>Closed within the window.</source>
        <translation>Closed within the window.</translation>
    </message>
    <message>
        <source>Overdue by 1 day (the deadline was %1).</source>
        <translation>Overdue by 1 day (the deadline was %1).</translation>
    </message>
    <message>
        <source>Overdue by %1 days (the deadline was %2).</source>
        <translation>Overdue by %1 days (the deadline was %2).</translation>
    </message>
    <message>
        <source>Last day to close (%1).</source>
        <translation>Last day to close (%1).</translation>
    </message>
    <message>
        <source>1 day left (until %1).</source>
        <translation>1 day left (until %1).</translation>
    </message>
    <message>
        <source>%1 days left (until %2).</source>
        <translation>%1 days left (until %2).</translation>
    </message>
    <message>
        <source>Extended once on %1.</source>
        <translation>Extended once on %1.</translation>
    </message>
    <message>
        <source>Follow-ups so far: %1</source>
        <translation>Follow-ups so far: %1</translation>
    </message>
    <message>
        <source>This answer speaks against spending time on the prospect.</source>
        <translation>This answer speaks against spending time on the prospect.</translation>
    </message>
    <message>
        <source>Lowered in the plan draft and the call queue.</source>
        <translation>Lowered in the plan draft and the call queue.</translation>
    </message>
    <message>
        <source>Score %1 of %2</source>
        <translation>Score %1 of %2</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>trigger event</source>
        <translation>trigger event</translation>
    </message>
    <message>
        <source>sold in the industry</source>
        <translation>sold in the industry</translation>
    </message>
    <message>
        <source>reference customer</source>
        <translation>reference customer</translation>
    </message>
    <message>
        <source>personally involved</source>
        <translation>personally involved</translation>
    </message>
    <message>
        <source>Outside the targets (%1): drop first.</source>
        <translation>Outside the targets (%1): drop first.</translation>
    </message>
</context>
<context>
    <name>TagFilterBar</name>
    <message>
        <source>All of (AND)</source>
        <translation>All of (AND)</translation>
    </message>
    <message>
        <source>Any of (OR)</source>
        <translation>Any of (OR)</translation>
    </message>
    <message>
        <source>Whether a contact needs every required tag or just one of them</source>
        <translation>Whether a contact needs every required tag or just one of them</translation>
    </message>
    <message>
        <source>Tag match mode</source>
        <translation>Tag match mode</translation>
    </message>
    <message>
        <source>Clear tags</source>
        <translation>Clear tags</translation>
    </message>
    <message>
        <source>Remove every tag filter</source>
        <translation>Remove every tag filter</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>Other tags</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1
Click: only contacts with this tag; again: without it; again: any</source>
        <translation>%1
Click: only contacts with this tag; again: without it; again: any</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>(built-in)</source>
        <translation>(built-in)</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Manage tags</source>
        <translation>Manage tags</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tag name</translation>
    </message>
    <message>
        <source>Type a new group name to create a group</source>
        <translation>Type a new group name to create a group</translation>
    </message>
    <message>
        <source>For a product tag: customers with this tag are proposed a repurchase call when their last purchase is this old (a contact's own cycle comes first)</source>
        <translation>For a product tag: customers with this tag are proposed a repurchase call when their last purchase is this old (a contact's own cycle comes first)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>&amp;Repurchase cycle</source>
        <translation>&amp;Repurchase cycle</translation>
    </message>
    <message>
        <source>&amp;Create new tag</source>
        <translation>&amp;Create new tag</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Merge into</translation>
    </message>
    <message>
        <source>Move every contact of the selected tag to the chosen tag, then delete it</source>
        <translation>Move every contact of the selected tag to the chosen tag, then delete it</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the tag</source>
        <translation>Delete the tag</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Built-in tags cannot be renamed, merged or deleted.</source>
        <translation>Built-in tags cannot be renamed, merged or deleted.</translation>
    </message>
    <message>
        <source>Tag created.</source>
        <translation>Tag created.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n contact(s). Delete it from all of them?</source>
        <translation>
            <numerusform>“%1” is on %n contact. Delete it from all of them?</numerusform><numerusform>“%1” is on %n contacts. Delete it from all of them?</numerusform></translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Message templates</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>F2 renames the template; Delete deletes it</source>
        <translation>F2 renames the template; Delete deletes it</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>A new template (Ctrl+N)</source>
        <translation>A new template (Ctrl+N)</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <source>Copy the selected template to edit it (Ctrl+D)</source>
        <translation>Copy the selected template to edit it (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Rename the selected template (F2)</source>
        <translation>Rename the selected template (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected template (Del; Ctrl+Z undoes)</source>
        <translation>Delete the selected template (Del; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Template text</translation>
    </message>
    <message>
        <source>The message; the buttons below insert what is filled for each contact</source>
        <translation>The message; the buttons below insert what is filled for each contact</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Who or when it is for: pick a segment, a class or an occasion (the plan offers the template for those lines), or type a group of your own</source>
        <translation>Who or when it is for: pick a segment, a class or an occasion (the plan offers the template for those lines), or type a group of your own</translation>
    </message>
    <message>
        <source>Who or when it is for, e.g. N, Y+O, VIP</source>
        <translation>Who or when it is for, e.g. N, Y+O, VIP</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <source>Insert %1 at the cursor</source>
        <translation>Insert %1 at the cursor</translation>
    </message>
    <message>
        <source>Pre&amp;view for</source>
        <translation>Pre&amp;view for</translation>
    </message>
    <message>
        <source>Type a name and pick from the list</source>
        <translation>Type a name and pick from the list</translation>
    </message>
    <message>
        <source>Contact for the preview</source>
        <translation>Contact for the preview</translation>
    </message>
    <message>
        <source>The message filled for this contact</source>
        <translation>The message filled for this contact</translation>
    </message>
    <message>
        <source>No templates yet: press New (Ctrl+N) to write one.</source>
        <translation>No templates yet: press New (Ctrl+N) to write one.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Last promise</source>
        <translation>Last promise</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Days since last touch</translation>
    </message>
    <message>
        <source>Choose a contact to see the message filled.</source>
        <translation>Choose a contact to see the message filled.</translation>
    </message>
    <message>
        <source>Template “%1” saved</source>
        <translation>Template “%1” saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Save the changes to “%1”?</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “%1” (Ctrl+Z)</source>
        <translation>&amp;Undo delete of “%1” (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>ViewsSidebar</name>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>Save current view…</translation>
    </message>
    <message>
        <source>Keep the current search and tag filter under a name</source>
        <translation>Keep the current search and tag filter under a name</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>View name</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Delete saved view</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>Built-in views</source>
        <translation>Built-in views</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>After the visit — %1</source>
        <translation>After the visit — %1</translation>
    </message>
    <message>
        <source>Last promise: %1</source>
        <translation>Last promise: %1</translation>
    </message>
    <message>
        <source>What happened, what they said, what they need</source>
        <translation>What happened, what they said, what they need</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Follow up on</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Promised next step</source>
        <translation>&amp;Promised next step</translation>
    </message>
    <message>
        <source>Leave a hook: what you will do, and when</source>
        <translation>Leave a hook: what you will do, and when</translation>
    </message>
    <message>
        <source>A promised next step, e.g. “next Wednesday I'll bring the samples”</source>
        <translation>A promised next step, e.g. “next Wednesday I'll bring the samples”</translation>
    </message>
    <message>
        <source>Follow up on this date (Alt+5: no follow-up)</source>
        <translation>Follow up on this date (Alt+5: no follow-up)</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation>+3 days</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>+2 weeks</source>
        <translation>+2 weeks</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Asked for a &amp;referral</source>
        <translation>Asked for a &amp;referral</translation>
    </message>
    <message>
        <source>You asked “who else might need this?” during this visit or call</source>
        <translation>You asked “who else might need this?” during this visit or call</translation>
    </message>
    <message>
        <source>More tags: 北京、意向A (new ones are created)</source>
        <translation>More tags: 北京、意向A (new ones are created)</translation>
    </message>
    <message>
        <source>Separate tags with commas, 、 or semicolons; new names become new tags</source>
        <translation>Separate tags with commas, 、 or semicolons; new names become new tags</translation>
    </message>
    <message>
        <source>&amp;Kind, outcome</source>
        <translation>&amp;Kind, outcome</translation>
    </message>
    <message>
        <source>Status tags</source>
        <translation>Status tags</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>&amp;Add tags</source>
        <translation>&amp;Add tags</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save everything (Ctrl+Enter)</source>
        <translation>Save everything (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Throw away what you typed about this visit?</source>
        <translation>Throw away what you typed about this visit?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
</TS>