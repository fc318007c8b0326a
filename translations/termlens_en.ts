<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MappedCsv</name>
    <message numerus="yes">
        <source>the file has %n column(s), so there is no column %1</source>
        <translation>
            <numerusform>the file has %n column, so there is no column %1</numerusform>
            <numerusform>the file has %n columns, so there is no column %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>the period is %n month(s) long; a report covers at most %1</source>
        <translation>
            <numerusform>the period is %n month long; a report covers at most %1</numerusform>
            <numerusform>the period is %n months long; a report covers at most %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::AgreementEditor</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n problem to fix before saving.</numerusform>
            <numerusform>%n problems to fix before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::CompareScreen</name>
    <message numerus="yes">
        <source>Copied %n row(s) of the comparison.</source>
        <translation>
            <numerusform>Copied %n row of the comparison.</numerusform>
            <numerusform>Copied %n rows of the comparison.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::OutageImportDialog</name>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until the file or the choices above are corrected.</source>
        <translation>
            <numerusform>%n problem: nothing can be imported until the file or the choices above are corrected.</numerusform>
            <numerusform>%n problems: nothing can be imported until the file or the choices above are corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Period covered (UTC): %1 to %2; %n still ongoing.</source>
        <translation>
            <numerusform>Period covered (UTC): %1 to %2; %n still ongoing.</numerusform>
            <numerusform>Period covered (UTC): %1 to %2; %n still ongoing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n outage(s)…</source>
        <translation>
            <numerusform>Importing %n outage…</numerusform>
            <numerusform>Importing %n outages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::OutageImportMappingEditor</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read without a problem.</source>
        <translation>
            <numerusform>%n row read without a problem.</numerusform>
            <numerusform>%n rows read without a problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::ResponseDue</name>
    <message numerus="yes">
        <source>%n business minute</source>
        <translation>
            <numerusform>%n business minute</numerusform>
            <numerusform>%n business minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business minutes</source>
        <translation>
            <numerusform>%n business minutes</numerusform>
            <numerusform>%n business minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minutes</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hour</source>
        <translation>
            <numerusform>%n business hour</numerusform>
            <numerusform>%n business hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hours</source>
        <translation>
            <numerusform>%n business hours</numerusform>
            <numerusform>%n business hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hours</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n business days</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
