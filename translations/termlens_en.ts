<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Availability</name>
    <message numerus="yes">
        <source>Measured in %1-minute periods from the start of the month (%2 periods; %3): %n period(s) unavailable, %4 (%5).</source>
        <translation>
            <numerusform>Measured in %1-minute periods from the start of the month (%2 periods; %3): %n period unavailable, %4 (%5).</numerusform>
            <numerusform>Measured in %1-minute periods from the start of the month (%2 periods; %3): %n periods unavailable, %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured in %1-minute periods: an outage of %2 that starts at the start of a period touches %n period(s), so %3 counts (starting inside a period, it could touch one more) (%4).</source>
        <translation>
            <numerusform>Measured in %1-minute periods: an outage of %2 that starts at the start of a period touches %n period, so %3 counts (starting inside a period, it could touch one more) (%4).</numerusform>
            <numerusform>Measured in %1-minute periods: an outage of %2 that starts at the start of a period touches %n periods, so %3 counts (starting inside a period, it could touch one more) (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured in %1-minute periods: an outage of %2 that starts at the start of a period covers %n whole period(s), so %3 counts (%4).</source>
        <translation>
            <numerusform>Measured in %1-minute periods: an outage of %2 that starts at the start of a period covers %n whole period, so %3 counts (%4).</numerusform>
            <numerusform>Measured in %1-minute periods: an outage of %2 that starts at the start of a period covers %n whole periods, so %3 counts (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>Wrote %1: %n page</numerusform>
            <numerusform>Wrote %1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n outage(s) imported into %2, %3 already stored (skipped)</source>
        <translation>
            <numerusform>%1: %n outage imported into %2, %3 already stored (skipped)</numerusform>
            <numerusform>%1: %n outages imported into %2, %3 already stored (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) not imported (filtered out, another service, or no duration)</source>
        <translation>
            <numerusform>%1: %n record not imported (filtered out, another service, or no duration)</numerusform>
            <numerusform>%1: %n records not imported (filtered out, another service, or no duration)</numerusform>
        </translation>
    </message>
</context>
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
    <name>Obligations</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookReading</name>
    <message numerus="yes">
        <source>%n day(s) before the end of the period paid for</source>
        <translation>
            <numerusform>%n day before the end of the period paid for</numerusform>
            <numerusform>%n days before the end of the period paid for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookTerm</name>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
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
    <message numerus="yes">
        <source>Terms, playbook scores, deadlines and service credits of %n agreement(s): %1</source>
        <translation>
            <numerusform>Terms, playbook scores, deadlines and service credits of %n agreement: %1</numerusform>
            <numerusform>Terms, playbook scores, deadlines and service credits of %n agreements: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermDeadlines</name>
    <message numerus="yes">
        <source>%n day(s) remain until the last day to give notice (%1).</source>
        <translation>
            <numerusform>%n day remain until the last day to give notice (%1).</numerusform>
            <numerusform>%n days remain until the last day to give notice (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last day to give notice passed %n day(s) ago: the agreement renews on %1 for %2 months, until %3. The next last day to give notice is %3 - %4 days = %5.</source>
        <translation>
            <numerusform>The last day to give notice passed %n day ago: the agreement renews on %1 for %2 months, until %3. The next last day to give notice is %3 - %4 days = %5.</numerusform>
            <numerusform>The last day to give notice passed %n days ago: the agreement renews on %1 for %2 months, until %3. The next last day to give notice is %3 - %4 days = %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last day to cancel before the next period passed %n day(s) ago: the next period (%1 to %2) follows, and the last day to cancel before the one after it is %2 - %3 days = %4.</source>
        <translation>
            <numerusform>The last day to cancel before the next period passed %n day ago: the next period (%1 to %2) follows, and the last day to cancel before the one after it is %2 - %3 days = %4.</numerusform>
            <numerusform>The last day to cancel before the next period passed %n days ago: the next period (%1 to %2) follows, and the last day to cancel before the one after it is %2 - %3 days = %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::AgreementActions</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n agreement(s)</source>
        <translation>
            <numerusform>Import %n agreement</numerusform>
            <numerusform>Import %n agreements</numerusform>
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
    <name>termlens::AgreementsScreen</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
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
    <name>termlens::CreditLedgerModel</name>
    <message numerus="yes">
        <source>Open, %n day(s) left</source>
        <translation>
            <numerusform>Open, %n day left</numerusform>
            <numerusform>Open, %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::DataLocationMatrixModel</name>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n vendor</numerusform>
            <numerusform>%n vendors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) state it</source>
        <translation>
            <numerusform>%n agreement state it</numerusform>
            <numerusform>%n agreements state it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::DeadlinesScreen</name>
    <message numerus="yes">
        <source>Saved %n deadline(s) to %1</source>
        <translation>
            <numerusform>Saved %n deadline to %1</numerusform>
            <numerusform>Saved %n deadlines to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::MainWindow</name>
    <message numerus="yes">
        <source>The newest %n backup(s) of %1 are kept</source>
        <translation>
            <numerusform>The newest %n backup of %1 are kept</numerusform>
            <numerusform>The newest %n backups of %1 are kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::ObligationListModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
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
<context>
    <name>termlens::SubprocessorMatrixModel</name>
    <message numerus="yes">
        <source>⚠ behind %n vendor(s)</source>
        <translation>
            <numerusform>⚠ behind %n vendor</numerusform>
            <numerusform>⚠ behind %n vendors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n vendor</numerusform>
            <numerusform>%n vendors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Concentration risk: an outage or a breach at this provider reaches %n of the agreements compared.</source>
        <translation>
            <numerusform>Concentration risk: an outage or a breach at this provider reaches %n of the agreements compared.</numerusform>
            <numerusform>Concentration risk: an outage or a breach at this provider reaches %n of the agreements compared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::SubscriptionEditor</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n problem to fix before saving.</numerusform>
            <numerusform>%n problems to fix before saving.</numerusform>
        </translation>
    </message>
</context>
</TS>
