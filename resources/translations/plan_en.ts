<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Plan for %1</source>
        <translation>Plan for %1</translation>
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
        <source>Proposed for %1, most important first. Untick what you do not want.</source>
        <translation>Proposed for %1, most important first. Untick what you do not want.</translation>
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
        <source> (%1 days late)</source>
        <translation> (%1 days late)</translation>
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
        <source>class %1 window ends %2</source>
        <translation>class %1 window ends %2</translation>
    </message>
    <message>
        <source>VIP not called for 6 months</source>
        <translation>VIP not called for 6 months</translation>
    </message>
    <message>
        <source>stuck at %1 touches: don't stop now</source>
        <translation>stuck at %1 touches: don't stop now</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Previous day (PgUp)</source>
        <translation>Previous day (PgUp)</translation>
    </message>
    <message>
        <source>Next day (PgDn)</source>
        <translation>Next day (PgDn)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Draft from what's due…</source>
        <translation>Draft from what's due…</translation>
    </message>
    <message>
        <source>Propose follow-ups, promised steps, class deadlines, stale VIPs, stuck contacts and yesterday's leftovers (Ctrl+D)</source>
        <translation>Propose follow-ups, promised steps, class deadlines, stale VIPs, stuck contacts and yesterday's leftovers (Ctrl+D)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the day as a one-page A4 sheet to print (Ctrl+P)</source>
        <translation>Save the day as a one-page A4 sheet to print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Save the day as iCalendar to-dos for a phone calendar</source>
        <translation>Save the day as iCalendar to-dos for a phone calendar</translation>
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
        <source>Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · Delete: remove (Ctrl+Z undoes) · Ctrl+Enter: open the contact · Ctrl+Shift+Enter: call</source>
        <translation>Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · Delete: remove (Ctrl+Z undoes) · Ctrl+Enter: open the contact · Ctrl+Shift+Enter: call</translation>
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
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Tomorrow, %1</translation>
    </message>
    <message>
        <source>Thank / reward the coach: </source>
        <translation>Thank / reward the coach: </translation>
    </message>
    <message>
        <source>Contact: %1 (Ctrl+Enter opens)</source>
        <translation>Contact: %1 (Ctrl+Enter opens)</translation>
    </message>
    <message>
        <source>Nothing planned here yet. Type below and press Enter; most important on top.</source>
        <translation>Nothing planned here yet. Type below and press Enter; most important on top.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>Sales share of the day: %1%</source>
        <translation>Sales share of the day: %1%</translation>
    </message>
    <message>
        <source>Plan the day: sales work left, everything else right</source>
        <translation>Plan the day: sales work left, everything else right</translation>
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
        <source>What you planned and did each week. Sales work should lead: a warning shows when other work took more than %1% of what got done, or when many sales items brought few closes.</source>
        <translation>What you planned and did each week. Sales work should lead: a warning shows when other work took more than %1% of what got done, or when many sales items brought few closes.</translation>
    </message>
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
        <source>Sales share of done</source>
        <translation>Sales share of done</translation>
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
        <source>many sales items, few closes</source>
        <translation>many sales items, few closes</translation>
    </message>
</context>
</TS>