<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BriefingPanel</name>
    <message numerus="yes">
        <source>%Ln day(s) after</source>
        <translation>
            <numerusform>%Ln day after</numerusform>
            <numerusform>%Ln days after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln day before</numerusform>
            <numerusform>%Ln days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>You both changed %Ln thing(s): choose which to keep on each line (← →).</source>
        <translation>
            <numerusform>You both changed %Ln thing: choose which to keep on each line (← →).</numerusform>
            <numerusform>You both changed %Ln things: choose which to keep on each line (← →).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%Ln error(s) in all since this dialog opened; each one&apos;s details are below.</source>
        <translation>
            <numerusform>%Ln error in all since this dialog opened; each one&apos;s details are below.</numerusform>
            <numerusform>%Ln errors in all since this dialog opened; each one&apos;s details are below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendImportDialog</name>
    <message numerus="yes">
        <source>%Ln month(s) of spend</source>
        <translation>
            <numerusform>%Ln month of spend</numerusform>
            <numerusform>%Ln months of spend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayLists</name>
    <message numerus="yes">
        <source>%1, %Ln day(s) late</source>
        <translation>
            <numerusform>%1, %Ln day late</numerusform>
            <numerusform>%1, %Ln days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outcome(s) to log</source>
        <translation>
            <numerusform>%Ln outcome to log</numerusform>
            <numerusform>%Ln outcomes to log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueBox</name>
    <message numerus="yes">
        <source>%1 from %Ln customer(s)</source>
        <translation>
            <numerusform>%1 from %Ln customer</numerusform>
            <numerusform>%1 from %Ln customers</numerusform>
        </translation>
    </message>
</context>
</TS>
