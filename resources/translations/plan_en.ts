<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>The plan does not fit on one A4 page (%1 sales items, %2 other). Move or remove some items, then print again; nothing was printed.</source>
        <translation>The plan does not fit on one A4 page (%1 sales items, %2 other). Move or remove some items, then print again; nothing was printed.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan for %1</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
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
    <name>DraftDialog</name>
    <message>
        <source>Draft from what's due</source>
        <translation>Draft from what's due</translation>
    </message>
    <message>
        <source>Proposed for %1, most valuable first (promises, class deadlines, VIPs, key accounts, contacts at 5-11 touches, leftovers). What fits in the day's %2 sales items is ticked; nothing is added until you say so.</source>
        <translation>Proposed for %1, most valuable first (promises, class deadlines, VIPs, key accounts, contacts at 5-11 touches, leftovers). What fits in the day's %2 sales items is ticked; nothing is added until you say so.</translation>
    </message>
    <message>
        <source>Nothing is due that is not planned yet.</source>
        <translation>Nothing is due that is not planned yet.</translation>
    </message>
    <message>
        <source>Add ticked lines</source>
        <translation>Add ticked lines</translation>
    </message>
    <message>
        <source>Tick / untick all</source>
        <translation>Tick / untick all</translation>
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
        <source>%1 of %2 lines ticked · sales for the day: %3 of %4</source>
        <translation>%1 of %2 lines ticked · sales for the day: %3 of %4</translation>
    </message>
    <message>
        <source>The day already holds %1 sales items, more than its capacity of %2.</source>
        <translation>The day already holds %1 sales items, more than its capacity of %2.</translation>
    </message>
    <message>
        <source>Warning: over the day's capacity by %1. You can add them, but a day this full rarely gets done; consider leaving the lowest for another day.</source>
        <translation>Warning: over the day's capacity by %1. You can add them, but a day this full rarely gets done; consider leaving the lowest for another day.</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <source>──── Over the day's capacity of %1 sales items: not ticked, tick any you still want ────</source>
        <translation>──── Over the day's capacity of %1 sales items: not ticked, tick any you still want ────</translation>
    </message>
    <message>
        <source>template: %1</source>
        <translation>template: %1</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link a contact</source>
        <translation>Link a contact</translation>
    </message>
    <message>
        <source>Which contact is “%1” about?</source>
        <translation>Which contact is “%1” about?</translation>
    </message>
    <message>
        <source>Name or pinyin, e.g. zhangwei or zw</source>
        <translation>Name or pinyin, e.g. zhangwei or zw</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message %1</source>
        <translation>Message %1</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Message template</translation>
    </message>
    <message>
        <source>Message for this contact</source>
        <translation>Message for this contact</translation>
    </message>
    <message>
        <source>Enter: copy the message, then paste it in WeChat yourself · Ctrl+Enter: copied and sent (records a WeChat touch; Ctrl+Z undoes)</source>
        <translation>Enter: copy the message, then paste it in WeChat yourself · Ctrl+Enter: copied and sent (records a WeChat touch; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the message to paste it in WeChat (Enter)</source>
        <translation>Copy the message to paste it in WeChat (Enter)</translation>
    </message>
    <message>
        <source>Copied and sent</source>
        <translation>Copied and sent</translation>
    </message>
    <message>
        <source>Record a WeChat touch with this message for the contact (Ctrl+Enter)</source>
        <translation>Record a WeChat touch with this message for the contact (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Suits this line: %1 (marked ★)</source>
        <translation>Suits this line: %1 (marked ★)</translation>
    </message>
    <message>
        <source>No template is for %1 yet: set a template's purpose to it.</source>
        <translation>No template is for %1 yet: set a template's purpose to it.</translation>
    </message>
    <message>
        <source>No message templates yet: write one on the contacts screen.</source>
        <translation>No message templates yet: write one on the contacts screen.</translation>
    </message>
    <message>
        <source>This contact is no longer in the list.</source>
        <translation>This contact is no longer in the list.</translation>
    </message>
    <message>
        <source>Copied the message: paste it in WeChat</source>
        <translation>Copied the message: paste it in WeChat</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copied ✓</translation>
    </message>
    <message>
        <source>Recorded the WeChat message to %1 (Ctrl+Z undoes)</source>
        <translation>Recorded the WeChat message to %1 (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Today's limit of %1 WeChat messages is reached (%2 recorded today). Nothing was recorded; raise the limit in Settings if you need to.</source>
        <translation>Today's limit of %1 WeChat messages is reached (%2 recorded today). Nothing was recorded; raise the limit in Settings if you need to.</translation>
    </message>
</context>
<context>
    <name>PlanColumnModel</name>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Contact: %1 (Ctrl+Enter opens, Ctrl+Shift+Enter calls)</source>
        <translation>Contact: %1 (Ctrl+Enter opens, Ctrl+Shift+Enter calls)</translation>
    </message>
    <message>
        <source>Ctrl+M: message with the template that suits it</source>
        <translation>Ctrl+M: message with the template that suits it</translation>
    </message>
    <message>
        <source>Window passed: Ctrl+Shift+X extends it once, Ctrl+Shift+D moves to D</source>
        <translation>Window passed: Ctrl+Shift+X extends it once, Ctrl+Shift+D moves to D</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Draft from what's due…</source>
        <translation>Draft from what's due…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Week review…</source>
        <translation>Week review…</translation>
    </message>
    <message>
        <source>Planned and done per week, sales share, warnings</source>
        <translation>Planned and done per week, sales share, warnings</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Non-sales</source>
        <translation>Non-sales</translation>
    </message>
    <message>
        <source>Add sales work (calls, visits, follow-ups, proposals) and press Enter</source>
        <translation>Add sales work (calls, visits, follow-ups, proposals) and press Enter</translation>
    </message>
    <message>
        <source>Add other work (admin, reports, deliveries, errands) and press Enter</source>
        <translation>Add other work (admin, reports, deliveries, errands) and press Enter</translation>
    </message>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation>Previous day (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDn)</source>
        <translation>Next day (Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Go to today (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Go to tomorrow (Ctrl+Shift+T)</source>
        <translation>Go to tomorrow (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Propose follow-ups and promised steps, class deadlines, coaches to thank, VIPs to call, stuck contacts and the last day's leftovers (Ctrl+D)</source>
        <translation>Propose follow-ups and promised steps, class deadlines, coaches to thank, VIPs to call, stuck contacts and the last day's leftovers (Ctrl+D)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the day's sheet: one A4 page (Ctrl+P)</source>
        <translation>Print the day's sheet: one A4 page (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the day as a one-page A4 sheet to print later (Ctrl+Shift+P)</source>
        <translation>Save the day as a one-page A4 sheet to print later (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Save the day or its week as an iCalendar file</source>
        <translation>Save the day or its week as an iCalendar file</translation>
    </message>
    <message>
        <source>This day as to-dos (task apps)…</source>
        <translation>This day as to-dos (task apps)…</translation>
    </message>
    <message>
        <source>This day as events (Google / iPhone calendars)…</source>
        <translation>This day as events (Google / iPhone calendars)…</translation>
    </message>
    <message>
        <source>This week as to-dos…</source>
        <translation>This week as to-dos…</translation>
    </message>
    <message>
        <source>This week as events…</source>
        <translation>This week as events…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Tomorrow, %1</translation>
    </message>
    <message>
        <source>Planned %1, done %2 · sales share %3%</source>
        <translation>Planned %1, done %2 · sales share %3%</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>This line has no message template; open the contact to write one.</source>
        <translation>This line has no message template; open the contact to write one.</translation>
    </message>
    <message>
        <source>Only a class-deadline line past its window offers this decision.</source>
        <translation>Only a class-deadline line past its window offers this decision.</translation>
    </message>
    <message>
        <source>This line is done: its decision was taken.</source>
        <translation>This line is done: its decision was taken.</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>Mark not done</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move to the other column</source>
        <translation>Move to the other column</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Open the contact</translation>
    </message>
    <message>
        <source>Call the contact</source>
        <translation>Call the contact</translation>
    </message>
    <message>
        <source>Unlink the contact</source>
        <translation>Unlink the contact</translation>
    </message>
    <message>
        <source>Link a contact…</source>
        <translation>Link a contact…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Message…</translation>
    </message>
    <message>
        <source>Copy a message from the template that suits this line (Ctrl+M)</source>
        <translation>Copy a message from the template that suits this line (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nothing planned here yet. Type below and press Enter; most important on top.</source>
        <translation>Nothing planned here yet. Type below and press Enter; most important on top.</translation>
    </message>
    <message>
        <source>Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · Delete: remove (Ctrl+Z undoes) · Ctrl+L: link a contact · Ctrl+Enter: open the contact · Ctrl+Shift+Enter: call · Ctrl+M: message (birthday, festival, segment lines) · drag to reorder or to the other column</source>
        <translation>Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · Delete: remove (Ctrl+Z undoes) · Ctrl+L: link a contact · Ctrl+Enter: open the contact · Ctrl+Shift+Enter: call · Ctrl+M: message (birthday, festival, segment lines) · drag to reorder or to the other column</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Yesterday, %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>Plan the day: sales work left, everything else right</source>
        <translation>Plan the day: sales work left, everything else right</translation>
    </message>
    <message>
        <source>Sent the sheet to the printer</source>
        <translation>Sent the sheet to the printer</translation>
    </message>
    <message>
        <source>The plan does not fit</source>
        <translation>The plan does not fit</translation>
    </message>
    <message>
        <source>Save plan as PDF</source>
        <translation>Save plan as PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save plan as calendar</source>
        <translation>Save plan as calendar</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <source>What you planned and did each week. Sales work should lead: a warning shows when other work took more than %1% of what got done, or when many sales items brought few closes (then qualification is the problem).</source>
        <translation>What you planned and did each week. Sales work should lead: a warning shows when other work took more than %1% of what got done, or when many sales items brought few closes (then qualification is the problem).</translation>
    </message>
    <message>
        <source>◀ Earlier weeks</source>
        <translation>◀ Earlier weeks</translation>
    </message>
    <message>
        <source>Later weeks ▶</source>
        <translation>Later weeks ▶</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Sales done / planned</source>
        <translation>Sales done / planned</translation>
    </message>
    <message>
        <source>Other done / planned</source>
        <translation>Other done / planned</translation>
    </message>
    <message>
        <source>Sales share (done / planned)</source>
        <translation>Sales share (done / planned)</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>too much non-sales work</source>
        <translation>too much non-sales work</translation>
    </message>
    <message>
        <source>many sales items, few closes: check qualification</source>
        <translation>many sales items, few closes: check qualification</translation>
    </message>
    <message>
        <source>W%1: %2 – %3</source>
        <translation>W%1: %2 – %3</translation>
    </message>
</context>
</TS>