<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>%1 no longer exists.</source>
        <translation>%1 no longer exists.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
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
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>Needs found</translation>
    </message>
    <message>
        <source>Proposal / intro</source>
        <translation>Proposal / intro</translation>
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
        <source>Don't stop now: most reps give up after 3 follow-ups, yet it takes about 12.</source>
        <translation>Don't stop now: most reps give up after 3 follow-ups, yet it takes about 12.</translation>
    </message>
    <message>
        <source>5 or more follow-ups without a decision: drop it (move to D) or go on?</source>
        <translation>5 or more follow-ups without a decision: drop it (move to D) or go on?</translation>
    </message>
    <message>
        <source>No follow-up yet: one follow-up converts about 2%.</source>
        <translation>No follow-up yet: one follow-up converts about 2%.</translation>
    </message>
    <message>
        <source>At this step about %1% convert; one more follow-up: about %2%.</source>
        <translation>At this step about %1% convert; one more follow-up: about %2%.</translation>
    </message>
    <message>
        <source>About %1 more to the average of 12.</source>
        <translation>About %1 more to the average of 12.</translation>
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
</TS>