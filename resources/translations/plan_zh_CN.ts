<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PlanScreen</name>
    <message>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <source>This screen is not part of this version of DeskCRM yet.</source>
        <translation>当前版本的 DeskCRM 还没有这个页面。</translation>
    </message>
</context>
</TS>