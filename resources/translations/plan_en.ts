<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · Delete: remove (Ctrl+Z undoes) · Ctrl+Enter: open the contact</source>
        <translation>Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · Delete: remove (Ctrl+Z undoes) · Ctrl+Enter: open the contact</translation>
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
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
</context>
</TS>