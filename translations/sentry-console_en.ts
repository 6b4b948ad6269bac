<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sc</name>
    <message numerus="yes">
        <source>Push %n operation(s) to %1 on %2? [y/N] </source>
        <translation>
            <numerusform>Push %n operation to %1 on %2? [y/N] </numerusform><numerusform>Push %n operations to %1 on %2? [y/N] </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Note: %n unreadable journal line(s) skipped.</source>
        <translation>
            <numerusform>Note: %n unreadable journal line skipped.</numerusform><numerusform>Note: %n unreadable journal lines skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n project(s) follow the tier policy.</source>
        <translation>
            <numerusform>All %n project follow the tier policy.</numerusform><numerusform>All %n projects follow the tier policy.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n operation(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n operation to %1.</numerusform><numerusform>Wrote %n operations to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n operation(s) undoing</source>
        <translation>
            <numerusform>Wrote %1: %n operation undoing</numerusform><numerusform>Wrote %1: %n operations undoing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform><numerusform>no answer within %n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Change set for %1 on %2: %n operation(s) (%3)</source>
        <translation>
            <numerusform>Change set for %1 on %2: %n operation (%3)</numerusform><numerusform>Change set for %1 on %2: %n operations (%3)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>'%1' matches almost every value: '*' crosses '/' in Sentry, so only %n literal character(s) constrain it.</source>
        <translation>
            <numerusform>'%1' matches almost every value: '*' crosses '/' in Sentry, so only %n literal character constrain it.</numerusform><numerusform>'%1' matches almost every value: '*' crosses '/' in Sentry, so only %n literal characters constrain it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The tier policy %1 has %n problem(s):</source>
        <translation>
            <numerusform>The tier policy %1 has %n problem:</numerusform><numerusform>The tier policy %1 has %n problems:</numerusform></translation>
    </message>
    </context>
<context>
    <name>sc::ApplyTiersDialog</name>
    <message numerus="yes">
        <source>The whole organization (%n project(s)) against the tier policy:</source>
        <translation>
            <numerusform>The whole organization (%n project) against the tier policy:</numerusform><numerusform>The whole organization (%n projects) against the tier policy:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected project(s) against the tier policy:</source>
        <translation>
            <numerusform>%n selected project against the tier policy:</numerusform><numerusform>%n selected projects against the tier policy:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    </context>
<context>
    <name>sc::CoverageModel</name>
    <message numerus="yes">
        <source>%n field(s) differ from the policy</source>
        <translation>
            <numerusform>%n field differ from the policy</numerusform><numerusform>%n fields differ from the policy</numerusform></translation>
    </message>
    </context>
<context>
    <name>sc::CoverageView</name>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>%n project.</numerusform><numerusform>%n projects.</numerusform></translation>
    </message>
    </context>
<context>
    <name>sc::DetailsView</name>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projects (%n)</numerusform><numerusform>Projects (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Members (%n)</source>
        <translation>
            <numerusform>Members (%n)</numerusform><numerusform>Members (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform><numerusform>%n teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
    </context>
<context>
    <name>sc::HistoryView</name>
    <message numerus="yes">
        <source>%n pushed operation(s).</source>
        <translation>
            <numerusform>%n pushed operation.</numerusform><numerusform>%n pushed operations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped.</source>
        <translation>
            <numerusform>%n unreadable line skipped.</numerusform><numerusform>%n unreadable lines skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undo draft "%1" created with %n operation(s); review and push it in Pending changes.</source>
        <translation>
            <numerusform>Undo draft "%1" created with %n operation; review and push it in Pending changes.</numerusform><numerusform>Undo draft "%1" created with %n operations; review and push it in Pending changes.</numerusform></translation>
    </message>
</context>
<context>
    <name>sc::MainWindow</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    </context>
<context>
    <name>sc::PendingChangesPanel</name>
    <message numerus="yes">
        <source>%n pending operation(s): %1</source>
        <translation>
            <numerusform>%n pending operation: %1</numerusform><numerusform>%n pending operations: %1</numerusform></translation>
    </message>
    </context>
<context>
    <name>sc::TierPolicyEditor</name>
    <message numerus="yes">
        <source>%n problem(s) in the policy.</source>
        <translation>
            <numerusform>%n problem in the policy.</numerusform><numerusform>%n problems in the policy.</numerusform></translation>
    </message>
    </context>
</TS>