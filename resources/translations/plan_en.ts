<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PlanScreen</name>
    <message>
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <source>This screen is not part of this version of DeskCRM yet.</source>
        <translation>This screen is not part of this version of DeskCRM yet.</translation>
    </message>
</context>
</TS>