<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallScreen</name>
    <message>
        <source>&amp;0 Voice</source>
        <translation>&amp;0 Voice</translation>
    </message>
    <message>
        <source>Before you dial: check your voice</source>
        <translation>Before you dial: check your voice</translation>
    </message>
    <message>
        <source>Nobody else to call today</source>
        <translation>Nobody else to call today</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>Call not saved</translation>
    </message>
    <message>
        <source>The call with %1 is not saved. Discard it and open the next one?</source>
        <translation>The call with %1 is not saved. Discard it and open the next one?</translation>
    </message>
    <message>
        <source>No call open</source>
        <translation>No call open</translation>
    </message>
    <message>
        <source>Pick someone from the list on the left (Enter) or press “Next call” (Ctrl+N). Today's planned calls come first (★), then prospects by key-account score.</source>
        <translation>Pick someone from the list on the left (Enter) or press “Next call” (Ctrl+N). Today's planned calls come first (★), then prospects by key-account score.</translation>
    </message>
    <message>
        <source>Pick the coach from the list of existing contacts.</source>
        <translation>Pick the coach from the list of existing contacts.</translation>
    </message>
    <message>
        <source>Call with %1 saved.</source>
        <translation>Call with %1 saved.</translation>
    </message>
    <message>
        <source>The referral is in your contacts.</source>
        <translation>The referral is in your contacts.</translation>
    </message>
    <message>
        <source>A thank-you is on your plan.</source>
        <translation>A thank-you is on your plan.</translation>
    </message>
    <message>
        <source>Ticked off on today's plan.</source>
        <translation>Ticked off on today's plan.</translation>
    </message>
    <message>
        <source>Still open on today's plan.</source>
        <translation>Still open on today's plan.</translation>
    </message>
    <message>
        <source>It comes back at the end of today's queue.</source>
        <translation>It comes back at the end of today's queue.</translation>
    </message>
</context>
<context>
    <name>CallWording</name>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Get in a good state</source>
        <translation>Get in a good state</translation>
    </message>
    <message>
        <source>Build trust</source>
        <translation>Build trust</translation>
    </message>
    <message>
        <source>Ask to find the problem</source>
        <translation>Ask to find the problem</translation>
    </message>
    <message>
        <source>Propose and show value</source>
        <translation>Propose and show value</translation>
    </message>
    <message>
        <source>Compare with competitors</source>
        <translation>Compare with competitors</translation>
    </message>
    <message>
        <source>Resolve doubts</source>
        <translation>Resolve doubts</translation>
    </message>
    <message>
        <source>Close with a choice</source>
        <translation>Close with a choice</translation>
    </message>
    <message>
        <source>After-sales care</source>
        <translation>After-sales care</translation>
    </message>
    <message>
        <source>Ask for a referral</source>
        <translation>Ask for a referral</translation>
    </message>
    <message>
        <source>No filler sounds (um, uh, that is…).</source>
        <translation>No filler sounds (um, uh, that is…).</translation>
    </message>
    <message>
        <source>Don't rush: slow down a little.</source>
        <translation>Don't rush: slow down a little.</translation>
    </message>
    <message>
        <source>Keep your voice up to the end of the sentence.</source>
        <translation>Keep your voice up to the end of the sentence.</translation>
    </message>
    <message>
        <source>Say it firmly, not with a rising, unsure tone.</source>
        <translation>Say it firmly, not with a rising, unsure tone.</translation>
    </message>
    <message>
        <source>Vary your pitch: no monotone.</source>
        <translation>Vary your pitch: no monotone.</translation>
    </message>
    <message>
        <source>Note their key words.</source>
        <translation>Note their key words.</translation>
    </message>
    <message>
        <source>Repeat their key point back to them.</source>
        <translation>Repeat their key point back to them.</translation>
    </message>
    <message>
        <source>Name the benefit that matches their need.</source>
        <translation>Name the benefit that matches their need.</translation>
    </message>
    <message>
        <source>See it from their side.</source>
        <translation>See it from their side.</translation>
    </message>
    <message>
        <source>Need: what problem do they want solved, or what gain?</source>
        <translation>Need: what problem do they want solved, or what gain?</translation>
    </message>
    <message>
        <source>Fit: are they our type of customer?</source>
        <translation>Fit: are they our type of customer?</translation>
    </message>
    <message>
        <source>Blockers: anything tying them to someone else (a contract)?</source>
        <translation>Blockers: anything tying them to someone else (a contract)?</translation>
    </message>
    <message>
        <source>Budget: is there money for it?</source>
        <translation>Budget: is there money for it?</translation>
    </message>
    <message>
        <source>Finances: healthy, pays on time?</source>
        <translation>Finances: healthy, pays on time?</translation>
    </message>
    <message>
        <source>Timing: when will they buy?</source>
        <translation>Timing: when will they buy?</translation>
    </message>
    <message>
        <source>Coach: is there an insider who guides us?</source>
        <translation>Coach: is there an insider who guides us?</translation>
    </message>
    <message>
        <source>Volume: at or above our minimum?</source>
        <translation>Volume: at or above our minimum?</translation>
    </message>
    <message>
        <source>Margin: the lowest they'd accept, vs the industry average?</source>
        <translation>Margin: the lowest they'd accept, vs the industry average?</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>&amp;1 Notes</source>
        <translation>&amp;1 Notes</translation>
    </message>
    <message>
        <source>&amp;2 Objections</source>
        <translation>&amp;2 Objections</translation>
    </message>
    <message>
        <source>&amp;3 Questions</source>
        <translation>&amp;3 Questions</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3 switch tabs; Alt+underlined letter jumps to a field</source>
        <translation>Alt+1, Alt+2, Alt+3 switch tabs; Alt+underlined letter jumps to a field</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <source>Finish the call</source>
        <translation>Finish the call</translation>
    </message>
    <message>
        <source>What you promised</source>
        <translation>What you promised</translation>
    </message>
    <message>
        <source>When to call next</source>
        <translation>When to call next</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>In 3 days</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Leave a hook, e.g. send the quote by Friday. Required when you talked and nothing was closed</source>
        <translation>Leave a hook, e.g. send the quote by Friday. Required when you talked and nothing was closed</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Later today</translation>
    </message>
    <message>
        <source>Nobody answered: the call stays on today's plan and comes back at the end</source>
        <translation>Nobody answered: the call stays on today's plan and comes back at the end</translation>
    </message>
    <message>
        <source>More tags, comma-separated</source>
        <translation>More tags, comma-separated</translation>
    </message>
    <message>
        <source>Tags named here that do not exist yet are created</source>
        <translation>Tags named here that do not exist yet are created</translation>
    </message>
    <message>
        <source>An insider who guides us; empty the field to clear the coach</source>
        <translation>An insider who guides us; empty the field to clear the coach</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <source>&amp;Promised next step</source>
        <translation>&amp;Promised next step</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Follow up on</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>&amp;Save call (Ctrl+Enter)</source>
        <translation>&amp;Save call (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Saves the call as one touch with everything above; then the next call opens</source>
        <translation>Saves the call as one touch with everything above; then the next call opens</translation>
    </message>
    <message>
        <source>The open deal this call closed, or a new one</source>
        <translation>The open deal this call closed, or a new one</translation>
    </message>
    <message>
        <source>What they bought</source>
        <translation>What they bought</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>&amp;Won deal</source>
        <translation>&amp;Won deal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>They will not buy at all (class D)</source>
        <translation>They will not buy at all (class D)</translation>
    </message>
    <message>
        <source>&amp;Lost because</source>
        <translation>&amp;Lost because</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>They &amp;gave a referral</source>
        <translation>They &amp;gave a referral</translation>
    </message>
    <message>
        <source>Record the person they named as a new contact referred by this one</source>
        <translation>Record the person they named as a new contact referred by this one</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>What kind of source the person you called is</source>
        <translation>What kind of source the person you called is</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>This contact is a</source>
        <translation>This contact is a</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>A new deal</source>
        <translation>A new deal</translation>
    </message>
    <message>
        <source>No deal to close</source>
        <translation>No deal to close</translation>
    </message>
    <message>
        <source>&amp;Promised next step *</source>
        <translation>&amp;Promised next step *</translation>
    </message>
    <message>
        <source>&amp;Follow up on *</source>
        <translation>&amp;Follow up on *</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>What they said, what they need</source>
        <translation>What they said, what they need</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Their key word, then Enter</source>
        <translation>Their key word, then Enter</translation>
    </message>
    <message>
        <source>Note the customer's own words; repeat them back when you propose</source>
        <translation>Note the customer's own words; repeat them back when you propose</translation>
    </message>
    <message>
        <source>&amp;Key words</source>
        <translation>&amp;Key words</translation>
    </message>
    <message>
        <source>Delete removes the selected key word</source>
        <translation>Delete removes the selected key word</translation>
    </message>
</context>
<context>
    <name>ObjectionsTab</name>
    <message>
        <source>Early objections are rarely the real one: ask “why?” until the answer stops moving. “What would your boss ask about?”</source>
        <translation>Early objections are rarely the real one: ask “why?” until the answer stops moving. “What would your boss ask about?”</translation>
    </message>
    <message>
        <source>What they object, then Enter</source>
        <translation>What they object, then Enter</translation>
    </message>
    <message>
        <source>They ob&amp;ject</source>
        <translation>They ob&amp;ject</translation>
    </message>
    <message>
        <source>You asked “why?”: their answer, then Enter</source>
        <translation>You asked “why?”: their answer, then Enter</translation>
    </message>
    <message>
        <source>F8 jumps here from anywhere</source>
        <translation>F8 jumps here from anywhere</translation>
    </message>
    <message>
        <source>Wh&amp;y? →</source>
        <translation>Wh&amp;y? →</translation>
    </message>
    <message>
        <source>why %1: %2</source>
        <translation>why %1: %2</translation>
    </message>
    <message>
        <source>The real objection so far</source>
        <translation>The real objection so far</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>The script for this call; it is remembered per contact</source>
        <translation>The script for this call; it is remembered per contact</translation>
    </message>
    <message>
        <source>&amp;Edit scripts…</source>
        <translation>&amp;Edit scripts…</translation>
    </message>
    <message>
        <source>Copy, edit, reorder and create scripts (F9)</source>
        <translation>Copy, edit, reorder and create scripts (F9)</translation>
    </message>
    <message>
        <source>&amp;Outline: what I want to say in this call</source>
        <translation>&amp;Outline: what I want to say in this call</translation>
    </message>
    <message>
        <source>Without an outline you ramble and get refused. Filled from the script.</source>
        <translation>Without an outline you ramble and get refused. Filled from the script.</translation>
    </message>
    <message>
        <source>Ctrl+Up/Down: previous/next section · Space: tick it here · F7: tick and go on, from anywhere. ❯ marks example questions.</source>
        <translation>Ctrl+Up/Down: previous/next section · Space: tick it here · F7: tick and go on, from anywhere. ❯ marks example questions.</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Who else &amp;decides?</source>
        <translation>Who else &amp;decides?</translation>
    </message>
    <message>
        <source>Who can &amp;veto?</source>
        <translation>Who can &amp;veto?</translation>
    </message>
    <message>
        <source>When would it &amp;really start?</source>
        <translation>When would it &amp;really start?</translation>
    </message>
    <message>
        <source>Still open (%1):</source>
        <translation>Still open (%1):</translation>
    </message>
    <message>
        <source>All qualification questions are answered.</source>
        <translation>All qualification questions are answered.</translation>
    </message>
    <message>
        <source>Their answer, in their words</source>
        <translation>Their answer, in their words</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>So far: %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Planned for today; tried once already without getting through</source>
        <translation>Planned for today; tried once already without getting through</translation>
    </message>
    <message>
        <source>On today's plan: %1</source>
        <translation>On today's plan: %1</translation>
    </message>
    <message>
        <source>Key-account score %1</source>
        <translation>Key-account score %1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Who to call</source>
        <translation>&amp;Who to call</translation>
    </message>
    <message>
        <source>★ today's planned calls, then prospects by key-account score (bad or missing qualification answers lower them, marked ⚠); ↻ planned calls to try again. Enter opens the call.</source>
        <translation>★ today's planned calls, then prospects by key-account score (bad or missing qualification answers lower them, marked ⚠); ↻ planned calls to try again. Enter opens the call.</translation>
    </message>
    <message>
        <source>Nobody to call: plan calls for today or score prospects.</source>
        <translation>Nobody to call: plan calls for today or score prospects.</translation>
    </message>
    <message>
        <source>&amp;Next call</source>
        <translation>&amp;Next call</translation>
    </message>
    <message>
        <source>Open the next contact in the queue (Ctrl+N)</source>
        <translation>Open the next contact in the queue (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <source>Call scripts</source>
        <translation>Call scripts</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>Restore shipped scripts</source>
        <translation>Restore shipped scripts</translation>
    </message>
    <message>
        <source>Add back the shipped scripts you deleted; your own stay as they are</source>
        <translation>Add back the shipped scripts you deleted; your own stay as they are</translation>
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
        <source>S&amp;cripts</source>
        <translation>S&amp;cripts</translation>
    </message>
    <message>
        <source>Alt+Up/Down moves the script; Delete deletes it</source>
        <translation>Alt+Up/Down moves the script; Delete deletes it</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>A new script (Ctrl+N)</source>
        <translation>A new script (Ctrl+N)</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <source>Copy the selected script to edit it (Ctrl+D)</source>
        <translation>Copy the selected script to edit it (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Sections, in call order</source>
        <translation>Sections, in call order</translation>
    </message>
    <message>
        <source>Alt+Up/Down moves the section; Delete removes it</source>
        <translation>Alt+Up/Down moves the section; Delete removes it</translation>
    </message>
    <message>
        <source>&amp;Add section</source>
        <translation>&amp;Add section</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>One prompt per line; a line ending in “?” is an example question</source>
        <translation>One prompt per line; a line ending in “?” is an example question</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>Sta&amp;ge</translation>
    </message>
    <message>
        <source>Pr&amp;ompts</source>
        <translation>Pr&amp;ompts</translation>
    </message>
    <message>
        <source>No scripts yet: press New (Ctrl+N) to write one, or restore the shipped ones.</source>
        <translation>No scripts yet: press New (Ctrl+N) to write one, or restore the shipped ones.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
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
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>New script</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “%1”</source>
        <translation>&amp;Undo delete of “%1”</translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation>Section %1: %2</translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Referred by %1 (%2)</source>
        <translation>Referred by %1 (%2)</translation>
    </message>
    <message>
        <source>Open in contacts</source>
        <translation>Open in contacts</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>Coach: %1</translation>
    </message>
    <message>
        <source>closed in time</source>
        <translation>closed in time</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message>
        <source>No class yet</source>
        <translation>No class yet</translation>
    </message>
    <message>
        <source>Last time you promised: %1</source>
        <translation>Last time you promised: %1</translation>
    </message>
    <message>
        <source>due %1 — late</source>
        <translation>due %1 — late</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Open deal: %1</source>
        <translation>Open deal: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>%1 of %2 qualification questions still open (Questions tab).</source>
        <translation>%1 of %2 qualification questions still open (Questions tab).</translation>
    </message>
    <message>
        <source>Last touches</source>
        <translation>Last touches</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Key words: %1</source>
        <translation>Key words: %1</translation>
    </message>
    <message>
        <source>Real objection: %1</source>
        <translation>Real objection: %1</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Call time (F5 starts and stops it)</source>
        <translation>Call time (F5 starts and stops it)</translation>
    </message>
    <message>
        <source>Press F6 whenever the talking turns: it measures your share and resets the pause cue when they speak</source>
        <translation>Press F6 whenever the talking turns: it measures your share and resets the pause cue when they speak</translation>
    </message>
    <message>
        <source>Pause cue</source>
        <translation>Pause cue</translation>
    </message>
    <message>
        <source>Your share of the talking; aim at about 20% and let them talk 80%</source>
        <translation>Your share of the talking; aim at about 20% and let them talk 80%</translation>
    </message>
    <message>
        <source>Ask 80% · talk %1%</source>
        <translation>Ask 80% · talk %1%</translation>
    </message>
    <message>
        <source>F6 to track</source>
        <translation>F6 to track</translation>
    </message>
    <message>
        <source>You %1%</source>
        <translation>You %1%</translation>
    </message>
    <message>
        <source>Pause — ask a question and let them talk.</source>
        <translation>Pause — ask a question and let them talk.</translation>
    </message>
    <message>
        <source>Stop (F5)</source>
        <translation>Stop (F5)</translation>
    </message>
    <message>
        <source>Start timer (F5)</source>
        <translation>Start timer (F5)</translation>
    </message>
    <message>
        <source>Who talks? (F6)</source>
        <translation>Who talks? (F6)</translation>
    </message>
    <message>
        <source>I'm talking (F6)</source>
        <translation>I'm talking (F6)</translation>
    </message>
    <message>
        <source>They're talking (F6)</source>
        <translation>They're talking (F6)</translation>
    </message>
</context>
<context>
    <name>TonePanel</name>
    <message>
        <source>Tab to a check, Space to tick it</source>
        <translation>Tab to a check, Space to tick it</translation>
    </message>
    <message>
        <source>While talking: no filler sounds, don't rush or fade at the end, no rising unsure tone, no monotone. Listen: note key words, repeat their point, name the benefit, see it from their side.</source>
        <translation>While talking: no filler sounds, don't rush or fade at the end, no rising unsure tone, no monotone. Listen: note key words, repeat their point, name the benefit, see it from their side.</translation>
    </message>
</context>
</TS>