<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>The call script file %1 could not be used (%2); the shipped scripts are missing.</source>
        <translation>The call script file %1 could not be used (%2); the shipped scripts are missing.</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Who to call</source>
        <translation>Who to call</translation>
    </message>
    <message>
        <source>Today's planned calls first, then the call list by score</source>
        <translation>Today's planned calls first, then the call list by score</translation>
    </message>
    <message>
        <source>Next call (Ctrl+N)</source>
        <translation>Next call (Ctrl+N)</translation>
    </message>
    <message>
        <source>Script outline</source>
        <translation>Script outline</translation>
    </message>
    <message>
        <source>Ctrl+Up/Down: move · Ctrl+Space: tick the section</source>
        <translation>Ctrl+Up/Down: move · Ctrl+Space: tick the section</translation>
    </message>
    <message>
        <source>Before you dial</source>
        <translation>Before you dial</translation>
    </message>
    <message>
        <source>Smile: it can be heard</source>
        <translation>Smile: it can be heard</translation>
    </message>
    <message>
        <source>Warm, but not over-familiar with a stranger</source>
        <translation>Warm, but not over-familiar with a stranger</translation>
    </message>
    <message>
        <source>Normal speed, moderate volume, varied pitch</source>
        <translation>Normal speed, moderate volume, varied pitch</translation>
    </message>
    <message>
        <source>Clear words, no filler sounds, no fading at sentence ends</source>
        <translation>Clear words, no filler sounds, no fading at sentence ends</translation>
    </message>
    <message>
        <source>Patience and brevity: ask 80%, talk 20%</source>
        <translation>Patience and brevity: ask 80%, talk 20%</translation>
    </message>
    <message>
        <source>Listen: note key words, repeat their point, name the benefit</source>
        <translation>Listen: note key words, repeat their point, name the benefit</translation>
    </message>
    <message>
        <source>Start timer (F5)</source>
        <translation>Start timer (F5)</translation>
    </message>
    <message>
        <source>Key words, objections (ask “why?” until the real one)</source>
        <translation>Key words, objections (ask “why?” until the real one)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
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
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>What you promised, e.g. send samples</source>
        <translation>What you promised, e.g. send samples</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
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
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Save call (Ctrl+Enter)</source>
        <translation>Save call (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No call open&lt;/h3&gt;&lt;p&gt;Pick someone from the list (Enter) or press “Next call” (Ctrl+N). Today's planned calls are marked ★; then come prospects by key-account score.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No call open&lt;/h3&gt;&lt;p&gt;Pick someone from the list (Enter) or press “Next call” (Ctrl+N). Today's planned calls are marked ★; then come prospects by key-account score.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 touch(es)</source>
        <translation>%1 touch(es)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <source>overdue by %1 day(s)</source>
        <translation>overdue by %1 day(s)</translation>
    </message>
    <message>
        <source>%1 day(s) left</source>
        <translation>%1 day(s) left</translation>
    </message>
    <message>
        <source>Last time you promised: %1</source>
        <translation>Last time you promised: %1</translation>
    </message>
    <message>
        <source>Stop timer (F5)</source>
        <translation>Stop timer (F5)</translation>
    </message>
    <message>
        <source>Pause — ask a question and let them talk.</source>
        <translation>Pause — ask a question and let them talk.</translation>
    </message>
    <message>
        <source>Call saved</source>
        <translation>Call saved</translation>
    </message>
</context>
</TS>