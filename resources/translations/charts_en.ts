<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChartCard</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Save this chart as a picture</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the data behind this chart for Excel</source>
        <translation>Save the data behind this chart for Excel</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>Save chart data as CSV</source>
        <translation>Save chart data as CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>ChartsScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not load the charts.</source>
        <translation>Could not load the charts.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n day)</numerusform><numerusform>%1 – %2 (%n days)</numerusform></translation>
    </message>
    <message>
        <source>No contacts behind this (they may be in the trash).</source>
        <translation>No contacts behind this (they may be in the trash).</translation>
    </message>
</context>
<context>
    <name>ChartsWording</name>
    <message>
        <source>(no reason)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <source>Source not recorded</source>
        <translation>Source not recorded</translation>
    </message>
    <message>
        <source>(no industry)</source>
        <translation>(no industry)</translation>
    </message>
</context>
<context>
    <name>ClassesChart</name>
    <message>
        <source>ABCD classes and overdue (today)</source>
        <translation>ABCD classes and overdue (today)</translation>
    </message>
    <message>
        <source>No contact has a class yet</source>
        <translation>No contact has a class yet</translation>
    </message>
    <message>
        <source>On a contact's sales panel, tick “met the first key person”, “has a need” and “has buying power”, or mark that they declined: the class follows.</source>
        <translation>On a contact's sales panel, tick “met the first key person”, “has a need” and “has buying power”, or mark that they declined: the class follows.</translation>
    </message>
    <message>
        <source>stop following</source>
        <translation>stop following</translation>
    </message>
    <message>
        <source>close within %1 days</source>
        <translation>close within %1 days</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n contact(s), %3 overdue</source>
        <translation>
            <numerusform>%1 (%2): %n contact, %3 overdue</numerusform><numerusform>%1 (%2): %n contacts, %3 overdue</numerusform></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>As of today, whatever the period.</source>
        <translation>As of today, whatever the period.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) without a class yet.</source>
        <translation>
            <numerusform>%n contact without a class yet.</numerusform><numerusform>%n contacts without a class yet.</numerusform></translation>
    </message>
</context>
<context>
    <name>ClosesChart</name>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Closes per week or month</source>
        <translation>Closes per week or month</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Weekly up to four months, then monthly</source>
        <translation>Weekly up to four months, then monthly</translation>
    </message>
    <message>
        <source>No closes in this period</source>
        <translation>No closes in this period</translation>
    </message>
    <message>
        <source>Mark a deal as won on a contact's sales panel to see your closes here.</source>
        <translation>Mark a deal as won on a contact's sales panel to see your closes here.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n close(s), amount %2</source>
        <translation>
            <numerusform>%1: %n close, amount %2</numerusform><numerusform>%1: %n closes, amount %2</numerusform></translation>
    </message>
    <message>
        <source>Amount target</source>
        <translation>Amount target</translation>
    </message>
    <message>
        <source>Closes target</source>
        <translation>Closes target</translation>
    </message>
    <message>
        <source>Target for these days: %1, %2.</source>
        <translation>Target for these days: %1, %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won in the period, amount %1. Each counts on the day it was won, whenever it was opened, so this differs from the funnel's won deals.</source>
        <translation>
            <numerusform>%n deal won in the period, amount %1. Each counts on the day it was won, whenever it was opened, so this differs from the funnel's won deals.</numerusform><numerusform>%n deals won in the period, amount %1. Each counts on the day it was won, whenever it was opened, so this differs from the funnel's won deals.</numerusform></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Number of closes</source>
        <translation>Number of closes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>ConversionChart</name>
    <message>
        <source>Conversion: paying customers per 10 called</source>
        <translation>Conversion: paying customers per 10 called</translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation>No calls in this period</translation>
    </message>
    <message>
        <source>Log your calls (Call screen, or a touch of kind Call) and mark deals as won to compare with the aim of one paying customer per ten called.</source>
        <translation>Log your calls (Call screen, or a touch of kind Call) and mark deals as won to compare with the aim of one paying customer per ten called.</translation>
    </message>
    <message>
        <source>%1: %2 paying of %3 called = %4 per 10</source>
        <translation>%1: %2 paying of %3 called = %4 per 10</translation>
    </message>
    <message>
        <source>Paying customers %1</source>
        <translation>Paying customers %1</translation>
    </message>
    <message>
        <source>Paying per 10 called</source>
        <translation>Paying per 10 called</translation>
    </message>
    <message>
        <source>Aim: 1 in 10</source>
        <translation>Aim: 1 in 10</translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation>Called %1</translation>
    </message>
    <message>
        <source>%1: %2 called</source>
        <translation>%1: %2 called</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Paying</translation>
    </message>
    <message>
        <source>Per 10 called</source>
        <translation>Per 10 called</translation>
    </message>
    <message>
        <source>In the period: %1 paying customers, %2 prospects called: %3 per 10.</source>
        <translation>In the period: %1 paying customers, %2 prospects called: %3 per 10.</translation>
    </message>
    <message>
        <source>Below the aim: refine your target industries, positions and regions.</source>
        <translation>Below the aim: refine your target industries, positions and regions.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Funnel: where deals drop out</source>
        <translation>Funnel: where deals drop out</translation>
    </message>
    <message>
        <source>No deals opened in this period</source>
        <translation>No deals opened in this period</translation>
    </message>
    <message>
        <source>Open a deal on a contact's sales panel, move it through the stages, and record why lost deals were lost.</source>
        <translation>Open a deal on a contact's sales panel, move it through the stages, and record why lost deals were lost.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>Left a name</source>
        <translation>Left a name</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visitor(s), %2 recorded (%3)</source>
        <translation>
            <numerusform>%1: %n visitor, %2 recorded (%3)</numerusform><numerusform>%1: %n visitors, %2 recorded (%3)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contact(s) recorded in the period (%2 of walk-ins)</source>
        <translation>
            <numerusform>%1: %n contact recorded in the period (%2 of walk-ins)</numerusform><numerusform>%1: %n contacts recorded in the period (%2 of walk-ins)</numerusform></translation>
    </message>
    <message>
        <source>Contacts recorded in the period</source>
        <translation>Contacts recorded in the period</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n left no name (%2)</source>
        <translation>
            <numerusform>%1: %n left no name (%2)</numerusform><numerusform>%1: %n left no name (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s) got this far (%2 of the stage before)</source>
        <translation>
            <numerusform>%1: %n deal got this far (%2 of the stage before)</numerusform><numerusform>%1: %n deals got this far (%2 of the stage before)</numerusform></translation>
    </message>
    <message>
        <source>Deals that reached %1</source>
        <translation>Deals that reached %1</translation>
    </message>
    <message>
        <source>%1: %2 lost here (%3 of those who got here): %4</source>
        <translation>%1: %2 lost here (%3 of those who got here): %4</translation>
    </message>
    <message>
        <source>Deals lost at %1</source>
        <translation>Deals lost at %1</translation>
    </message>
    <message>
        <source>Reached the stage</source>
        <translation>Reached the stage</translation>
    </message>
    <message>
        <source>Lost at the stage</source>
        <translation>Lost at the stage</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Walk-ins and deals</source>
        <translation>Walk-ins and deals</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>Open here</translation>
    </message>
    <message>
        <source>Won here</source>
        <translation>Won here</translation>
    </message>
    <message>
        <source>Lost here</source>
        <translation>Lost here</translation>
    </message>
    <message>
        <source>Lost share</source>
        <translation>Lost share</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Lost reasons</translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s): %1 recorded as contacts (%2), %3 left no name.</source>
        <translation>
            <numerusform>%n walk-in: %1 recorded as contacts (%2), %3 left no name.</numerusform><numerusform>%n walk-ins: %1 recorded as contacts (%2), %3 left no name.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) opened in the period: %1 won so far, %2 lost, %3 still open (deals opened earlier are left out, unlike in the closes chart).</source>
        <translation>
            <numerusform>%n deal opened in the period: %1 won so far, %2 lost, %3 still open (deals opened earlier are left out, unlike in the closes chart).</numerusform><numerusform>%n deals opened in the period: %1 won so far, %2 lost, %3 still open (deals opened earlier are left out, unlike in the closes chart).</numerusform></translation>
    </message>
    <message>
        <source>Top lost reasons: %1.</source>
        <translation>Top lost reasons: %1.</translation>
    </message>
</context>
<context>
    <name>IndustryChart</name>
    <message>
        <source>Touches and closes by industry</source>
        <translation>Touches and closes by industry</translation>
    </message>
    <message>
        <source>No touches or closes in this period</source>
        <translation>No touches or closes in this period</translation>
    </message>
    <message>
        <source>Log touches and won deals, and fill in each contact's industry to see where your effort and your closes go.</source>
        <translation>Log touches and won deals, and fill in each contact's industry to see where your effort and your closes go.</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Industry: %1</translation>
    </message>
    <message>
        <source>%1 — touches: %2, closes: %3, amount %4</source>
        <translation>%1 — touches: %2, closes: %3, amount %4</translation>
    </message>
    <message>
        <source>Quieter industries not shown: %1.</source>
        <translation>Quieter industries not shown: %1.</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>MyCallsChart</name>
    <message>
        <source>My calls: talk share and hooks</source>
        <translation>My calls: talk share and hooks</translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation>No calls in this period</translation>
    </message>
    <message>
        <source>Make your calls from the Call screen: press F6 whenever the talking turns and leave a hook at the end, to see how much you talked and how often a call ended with a next step.</source>
        <translation>Make your calls from the Call screen: press F6 whenever the talking turns and leave a hook at the end, to see how much you talked and how often a call ended with a next step.</translation>
    </message>
    <message>
        <source>%1: %2 calls, %3 got through, %4 of them left a hook (%5)</source>
        <translation>%1: %2 calls, %3 got through, %4 of them left a hook (%5)</translation>
    </message>
    <message>
        <source>you talked %1 (median of %2 timed calls)</source>
        <translation>you talked %1 (median of %2 timed calls)</translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation>Called %1</translation>
    </message>
    <message>
        <source>Calls that left a hook</source>
        <translation>Calls that left a hook</translation>
    </message>
    <message>
        <source>My talk share (median)</source>
        <translation>My talk share (median)</translation>
    </message>
    <message>
        <source>Aim: talk %1</source>
        <translation>Aim: talk %1</translation>
    </message>
    <message>
        <source>Share of calls / of the talk (%)</source>
        <translation>Share of calls / of the talk (%)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Got through</source>
        <translation>Got through</translation>
    </message>
    <message>
        <source>Left a hook</source>
        <translation>Left a hook</translation>
    </message>
    <message>
        <source>Timed calls</source>
        <translation>Timed calls</translation>
    </message>
    <message>
        <source>Median talk share</source>
        <translation>Median talk share</translation>
    </message>
    <message>
        <source>No call had its talk timed: press F6 on the Call screen whenever the talking turns.</source>
        <translation>No call had its talk timed: press F6 on the Call screen whenever the talking turns.</translation>
    </message>
    <message>
        <source>You talked %1 of the time (median of %2 timed calls); aim at about %3 and let them talk.</source>
        <translation>You talked %1 of the time (median of %2 timed calls); aim at about %3 and let them talk.</translation>
    </message>
    <message>
        <source>Ask more, and pause so the customer can speak.</source>
        <translation>Ask more, and pause so the customer can speak.</translation>
    </message>
    <message>
        <source>%1 of %2 calls that got through left a hook (%3).</source>
        <translation>%1 of %2 calls that got through left a hook (%3).</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PersistenceChart</name>
    <message>
        <source>Touches before a close</source>
        <translation>Touches before a close</translation>
    </message>
    <message>
        <source>Given up early…</source>
        <translation>Given up early…</translation>
    </message>
    <message>
        <source>Open contacts left at 3 touches or fewer: follow them up again</source>
        <translation>Open contacts left at 3 touches or fewer: follow them up again</translation>
    </message>
    <message>
        <source>Given up at 3 touches or fewer</source>
        <translation>Given up at 3 touches or fewer</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Won after %1 or more touches</source>
        <translation>Won after %1 or more touches</translation>
    </message>
    <message numerus="yes">
        <source>Won after %n touch(es)</source>
        <translation>
            <numerusform>Won after %n touch</numerusform><numerusform>Won after %n touches</numerusform></translation>
    </message>
    <message>
        <source>No deals won in this period</source>
        <translation>No deals won in this period</translation>
    </message>
    <message>
        <source>Log every call and visit, and mark deals as won: this chart shows how many touches each close needed, against the follow-up curve.</source>
        <translation>Log every call and visit, and mark deals as won: this chart shows how many touches each close needed, against the follow-up curve.</translation>
    </message>
    <message numerus="yes">
        <source>Touches %1: %n won deal(s) (%2); the method: %3 convert</source>
        <translation>
            <numerusform>Touches %1: %n won deal (%2); the method: %3 convert</numerusform><numerusform>Touches %1: %n won deals (%2); the method: %3 convert</numerusform></translation>
    </message>
    <message>
        <source>Your won deals</source>
        <translation>Your won deals</translation>
    </message>
    <message>
        <source>Your closes within n touches</source>
        <translation>Your closes within n touches</translation>
    </message>
    <message>
        <source>Method: converted after n follow-ups</source>
        <translation>Method: converted after n follow-ups</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Touches before the close</source>
        <translation>Touches before the close</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Won deals</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Closed within</source>
        <translation>Closed within</translation>
    </message>
    <message>
        <source>Method curve</source>
        <translation>Method curve</translation>
    </message>
    <message>
        <source>Of your %1 open contacts, %2 (%3) were given up at %4 touches or fewer (nothing for %5 days, no follow-up planned). A deal takes about 12 follow-ups on average: don't quit at 3.</source>
        <translation>Of your %1 open contacts, %2 (%3) were given up at %4 touches or fewer (nothing for %5 days, no follow-up planned). A deal takes about 12 follow-ups on average: don't quit at 3.</translation>
    </message>
</context>
<context>
    <name>PlanChart</name>
    <message>
        <source>Plan balance per week</source>
        <translation>Plan balance per week</translation>
    </message>
    <message>
        <source>No plans in this period</source>
        <translation>No plans in this period</translation>
    </message>
    <message>
        <source>Plan tomorrow on the Plan screen each evening (sales work left, the rest right) and tick what got done.</source>
        <translation>Plan tomorrow on the Plan screen each evening (sales work left, the rest right) and tick what got done.</translation>
    </message>
    <message>
        <source>Week of %1: sales %2 planned, %3 done; non-sales %4 planned, %5 done (non-sales share of done: %6)</source>
        <translation>Week of %1: sales %2 planned, %3 done; non-sales %4 planned, %5 done (non-sales share of done: %6)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>%1 items %2, week of %3</source>
        <translation>%1 items %2, week of %3</translation>
    </message>
    <message>
        <source>Sales planned</source>
        <translation>Sales planned</translation>
    </message>
    <message>
        <source>Non-sales planned</source>
        <translation>Non-sales planned</translation>
    </message>
    <message>
        <source>Sales done</source>
        <translation>Sales done</translation>
    </message>
    <message>
        <source>Non-sales done</source>
        <translation>Non-sales done</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Plan items</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Week from</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Left bar: planned; right bar: done; sales at the bottom.</source>
        <translation>Left bar: planned; right bar: done; sales at the bottom.</translation>
    </message>
    <message numerus="yes">
        <source>Shaded: %n week(s) where non-sales work took more than %1.</source>
        <translation>
            <numerusform>Shaded: %n week where non-sales work took more than %1.</numerusform><numerusform>Shaded: %n weeks where non-sales work took more than %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) with many sales actions and few closes: check how you qualify prospects.</source>
        <translation>
            <numerusform>%n week with many sales actions and few closes: check how you qualify prospects.</numerusform><numerusform>%n weeks with many sales actions and few closes: check how you qualify prospects.</numerusform></translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Customers by amount won</source>
        <translation>Customers by amount won</translation>
    </message>
    <message>
        <source>No deals won in this period or the one before</source>
        <translation>No deals won in this period or the one before</translation>
    </message>
    <message>
        <source>Record the amount of each deal and mark it as won to rank your customers.</source>
        <translation>Record the amount of each deal and mark it as won to rank your customers.</translation>
    </message>
    <message>
        <source>%1: %2 in this period, %3 in the one before</source>
        <translation>%1: %2 in this period, %3 in the one before</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Period before</translation>
    </message>
    <message>
        <source>Amount won</source>
        <translation>Amount won</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>Amount before</translation>
    </message>
    <message>
        <source>Fell sharply</source>
        <translation>Fell sharply</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Fell to under half of the period before (in red): %1. Call them.</source>
        <translation>Fell to under half of the period before (in red): %1. Call them.</translation>
    </message>
</context>
<context>
    <name>ReferralSourcesChart</name>
    <message>
        <source>Referrals by source</source>
        <translation>Referrals by source</translation>
    </message>
    <message>
        <source>No referred contacts added in this period</source>
        <translation>No referred contacts added in this period</translation>
    </message>
    <message>
        <source>When you add a contact someone recommended, set “referred by” and the referrer's kind (supplier, customer, declining prospect, exchange).</source>
        <translation>When you add a contact someone recommended, set “referred by” and the referrer's kind (supplier, customer, declining prospect, exchange).</translation>
    </message>
    <message>
        <source>%1: %2 referred, %3 bought (%4)</source>
        <translation>%1: %2 referred, %3 bought (%4)</translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation>Referred by: %1</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>Close rate</translation>
    </message>
    <message>
        <source>Referred prospects close at about 54% when followed up properly: make the referrer their coach, and thank them after a close.</source>
        <translation>Referred prospects close at about 54% when followed up properly: make the referrer their coach, and thank them after a close.</translation>
    </message>
</context>
<context>
    <name>ReferralStagesChart</name>
    <message>
        <source>Referral stages</source>
        <translation>Referral stages</translation>
    </message>
    <message>
        <source>No referral asks or referrals in this period</source>
        <translation>No referral asks or referrals in this period</translation>
    </message>
    <message>
        <source>Tick “asked for a referral” when you log a call or visit, and record who referred each new contact; the contacts list's “Ask for a referral” view says whom to ask.</source>
        <translation>Tick “asked for a referral” when you log a call or visit, and record who referred each new contact; the contacts list's “Ask for a referral” view says whom to ask.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Referral stage: %1</source>
        <translation>Referral stage: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>%1 of %2 referrals added in this period closed.</source>
        <translation>%1 of %2 referrals added in this period closed.</translation>
    </message>
</context>
<context>
    <name>ReferralWeeksChart</name>
    <message>
        <source>New referrals per week</source>
        <translation>New referrals per week</translation>
    </message>
    <message>
        <source>No referrals in this period</source>
        <translation>No referrals in this period</translation>
    </message>
    <message>
        <source>Ask satisfied customers, suppliers and even declining prospects “who else might need this?”, and record who referred each new contact.</source>
        <translation>Ask satisfied customers, suppliers and even declining prospects “who else might need this?”, and record who referred each new contact.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new referral(s) (goal %2)</source>
        <translation>
            <numerusform>%1: %n new referral (goal %2)</numerusform><numerusform>%1: %n new referrals (goal %2)</numerusform></translation>
    </message>
    <message>
        <source>Referred, added %1</source>
        <translation>Referred, added %1</translation>
    </message>
    <message>
        <source>Goal: %1 a week</source>
        <translation>Goal: %1 a week</translation>
    </message>
    <message>
        <source>New referrals</source>
        <translation>New referrals</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message numerus="yes">
        <source>Goal met in %1 of %n full week(s).</source>
        <translation>
            <numerusform>Goal met in %1 of %n full week.</numerusform><numerusform>Goal met in %1 of %n full weeks.</numerusform></translation>
    </message>
    <message>
        <source>This week so far: %1 of %2.</source>
        <translation>This week so far: %1 of %2.</translation>
    </message>
</context>
<context>
    <name>TouchesChart</name>
    <message>
        <source>Touches per day</source>
        <translation>Touches per day</translation>
    </message>
    <message>
        <source>No touches in this period</source>
        <translation>No touches in this period</translation>
    </message>
    <message>
        <source>Log each call, visit and WeChat message with a contact (Contacts or Call screen) to see your daily rhythm here.</source>
        <translation>Log each call, visit and WeChat message with a contact (Contacts or Call screen) to see your daily rhythm here.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Usual: %1 a day</source>
        <translation>Usual: %1 a day</translation>
    </message>
    <message>
        <source>Target: %1 a day</source>
        <translation>Target: %1 a day</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-day average</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Touched on %1</source>
        <translation>Touched on %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n touch(es), 7-day average %2</source>
        <translation>
            <numerusform>%1: %n touch, 7-day average %2</numerusform><numerusform>%1: %n touches, 7-day average %2</numerusform></translation>
    </message>
    <message>
        <source>Target for these days: %1.</source>
        <translation>Target for these days: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Shaded: %n stretch(es) under 70% of your usual %1 touches a day.</source>
        <translation>
            <numerusform>Shaded: %n stretch under 70% of your usual %1 touches a day.</numerusform><numerusform>Shaded: %n stretches under 70% of your usual %1 touches a day.</numerusform></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Choose 14 days or more to compare with your usual level.</source>
        <translation>Choose 14 days or more to compare with your usual level.</translation>
    </message>
    <message>
        <source>Warning: your touches are down. The 7-day average is %1 a day, under 70% of your usual %2. Most deals need 5 to 12 follow-ups: keep calling.</source>
        <translation>Warning: your touches are down. The 7-day average is %1 a day, under 70% of your usual %2. Most deals need 5 to 12 follow-ups: keep calling.</translation>
    </message>
    <message>
        <source>Your usual level: %1 touches a day; no drop in this period.</source>
        <translation>Your usual level: %1 touches a day; no drop in this period.</translation>
    </message>
</context>
</TS>