<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sc</name>
    <message numerus="yes">
        <source>Push %n operation(s) to %1 on %2? [y/N] </source>
        <translation>
            <numerusform>Push %n operation to %1 on %2? [y/N] </numerusform>
            <numerusform>Push %n operations to %1 on %2? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: %n unreadable journal line(s) skipped.</source>
        <translation>
            <numerusform>Note: %n unreadable journal line skipped.</numerusform>
            <numerusform>Note: %n unreadable journal lines skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n project(s) follow the tier policy.</source>
        <translation>
            <numerusform>The %n project follows the tier policy.</numerusform>
            <numerusform>All %n projects follow the tier policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n operation(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n operation to %1.</numerusform>
            <numerusform>Wrote %n operations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n operation(s) undoing</source>
        <translation>
            <numerusform>Wrote %1: %n operation undoing</numerusform>
            <numerusform>Wrote %1: %n operations undoing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change set for %1 on %2: %n operation(s) (%3)</source>
        <translation>
            <numerusform>Change set for %1 on %2: %n operation (%3)</numerusform>
            <numerusform>Change set for %1 on %2: %n operations (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; matches almost every value: &apos;*&apos; crosses &apos;/&apos; in Sentry, so only %n literal character(s) constrain it.</source>
        <translation>
            <numerusform>&apos;%1&apos; matches almost every value: &apos;*&apos; crosses &apos;/&apos; in Sentry, so only %n literal character constrain it.</numerusform>
            <numerusform>&apos;%1&apos; matches almost every value: &apos;*&apos; crosses &apos;/&apos; in Sentry, so only %n literal characters constrain it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tier policy %1 has %n problem(s):</source>
        <translation>
            <numerusform>The tier policy %1 has %n problem:</numerusform>
            <numerusform>The tier policy %1 has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing written (%n operation(s)).</source>
        <translation>
            <numerusform>Dry run: nothing written (%n operation).</numerusform>
            <numerusform>Dry run: nothing written (%n operations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s) with the same name exist: the delete is offered as an operation, not pushed.</source>
        <translation>
            <numerusform>%n other object with the same name exists: the delete is offered as an operation, not pushed.</numerusform>
            <numerusform>%n other objects with the same name exist: the delete is offered as an operation, not pushed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teams (%1): one team should own it, or list it as shared.</source>
        <translation>
            <numerusform>%n team (%1): one team should own it, or list it as shared.</numerusform>
            <numerusform>%n teams (%1): one team should own it, or list it as shared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), with a catch-all; every owner exists and has access.</source>
        <translation>
            <numerusform>%n rule, with a catch-all; every owner exists and has access.</numerusform>
            <numerusform>%n rules, with a catch-all; every owner exists and has access.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active key(s) capped at %1 events per %2 s.</source>
        <translation>
            <numerusform>%n active key capped at %1 events per %2 s.</numerusform>
            <numerusform>%n active keys capped at %1 events per %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) without the policy&apos;s rate limit.</source>
        <translation>
            <numerusform>%n key without the policy&apos;s rate limit.</numerusform>
            <numerusform>%n keys without the policy&apos;s rate limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest release %1 is %n day(s) old.</source>
        <translation>
            <numerusform>The latest release %1 is %n day old.</numerusform>
            <numerusform>The latest release %1 is %n days old.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing check(s)</source>
        <translation>
            <numerusform>%n failing check</numerusform>
            <numerusform>%n failing checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in all</source>
        <translation>
            <numerusform>%n problem in all</numerusform>
            <numerusform>%n problems in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing check(s).</source>
        <translation>
            <numerusform>%n failing check.</numerusform>
            <numerusform>%n failing checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>%n project.</numerusform>
            <numerusform>%n projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) from the last %2 change owner.</source>
        <translation>
            <numerusform>%1 of %n event from the last %2 changes owner.</numerusform>
            <numerusform>%1 of %n events from the last %2 change owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looked at the newest %n page(s) only; older events in that window were not read.</source>
        <translation>
            <numerusform>Looked at the newest %n page only; older events in that window were not read.</numerusform>
            <numerusform>Looked at the newest %n pages only; older events in that window were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed incrementally: %n change(s), %1 requests</source>
        <translation>
            <numerusform>Refreshed incrementally: %n change, %1 requests</numerusform>
            <numerusform>Refreshed incrementally: %n changes, %1 requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) covered</source>
        <translation>
            <numerusform>%1 of %n service covered</numerusform>
            <numerusform>%1 of %n services covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifted</source>
        <translation>
            <numerusform>%n drifted</numerusform>
            <numerusform>%n drifted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in %1</source>
        <translation>
            <numerusform>%n change in %1</numerusform>
            <numerusform>%n changes in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left in this window</source>
        <translation>
            <numerusform>%1 of %n request left in this window</numerusform>
            <numerusform>%1 of %n requests left in this window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ApplyTiersDialog</name>
    <message numerus="yes">
        <source>The whole organization (%n project(s)) against the tier policy:</source>
        <translation>
            <numerusform>The whole organization (%n project) against the tier policy:</numerusform>
            <numerusform>The whole organization (%n projects) against the tier policy:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected project(s) against the tier policy:</source>
        <translation>
            <numerusform>%n selected project against the tier policy:</numerusform>
            <numerusform>%n selected projects against the tier policy:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ArchitectureView</name>
    <message numerus="yes">
        <source>%n failing check(s); %1 problem(s) in all.</source>
        <translation>
            <numerusform>%n failing check; %1 problem(s) in all.</numerusform>
            <numerusform>%n failing checks; %1 problem(s) in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failing checks; %n warning(s).</source>
        <translation>
            <numerusform>No failing checks; %n warning.</numerusform>
            <numerusform>No failing checks; %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) saved to Pending changes: review the diff there and push.</source>
        <translation>
            <numerusform>%n fix saved to Pending changes: review the diff there and push.</numerusform>
            <numerusform>%n fixes saved to Pending changes: review the diff there and push.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ChartExport</name>
    <message numerus="yes">
        <source>%n-day buckets</source>
        <translation>
            <numerusform>%n-day buckets</numerusform>
            <numerusform>%n-day buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour buckets</source>
        <translation>
            <numerusform>%n-hour buckets</numerusform>
            <numerusform>%n-hour buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute buckets</source>
        <translation>
            <numerusform>%n-minute buckets</numerusform>
            <numerusform>%n-minute buckets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::ChartsView</name>
    <message numerus="yes">
        <source>%1: %n of its projects also belong to another team and count in that team&apos;s series too.</source>
        <translation>
            <numerusform>%1: %n of its projects also belongs to another team and counts in that team&apos;s series too.</numerusform>
            <numerusform>%1: %n of its projects also belong to another team and count in that team&apos;s series too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shared)</source>
        <translation>
            <numerusform> (%n shared)</numerusform>
            <numerusform> (%n shared)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n shared project(s))</source>
        <translation>
            <numerusform>%1: %2 (%n shared project)</numerusform>
            <numerusform>%1: %2 (%n shared projects)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::CoverageModel</name>
    <message numerus="yes">
        <source>%n field(s) differ from the policy</source>
        <translation>
            <numerusform>%n field differ from the policy</numerusform>
            <numerusform>%n fields differ from the policy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::CoverageView</name>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>%n project.</numerusform>
            <numerusform>%n projects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::DetailsView</name>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projects (%n)</numerusform>
            <numerusform>Projects (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Members (%n)</source>
        <translation>
            <numerusform>Members (%n)</numerusform>
            <numerusform>Members (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::HistoryView</name>
    <message numerus="yes">
        <source>%n pushed operation(s).</source>
        <translation>
            <numerusform>%n pushed operation.</numerusform>
            <numerusform>%n pushed operations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped.</source>
        <translation>
            <numerusform>%n unreadable line skipped.</numerusform>
            <numerusform>%n unreadable lines skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo draft &quot;%1&quot; created with %n operation(s); review and push it in Pending changes.</source>
        <translation>
            <numerusform>Undo draft &quot;%1&quot; created with %n operation; review and push it in Pending changes.</numerusform>
            <numerusform>Undo draft &quot;%1&quot; created with %n operations; review and push it in Pending changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::MainWindow</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::NewServiceDialog</name>
    <message numerus="yes">
        <source>Project %1: %n operation(s) in one change set.</source>
        <translation>
            <numerusform>Project %1: %n operation in one change set.</numerusform>
            <numerusform>Project %1: %n operations in one change set.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::OrgHealthView</name>
    <message numerus="yes">
        <source>%n failing check(s)</source>
        <translation>
            <numerusform>%n failing check</numerusform>
            <numerusform>%n failing checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) besides.</source>
        <translation>
            <numerusform>%n warning besides.</numerusform>
            <numerusform>%n warnings besides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every check of the policy, across %n project(s).</source>
        <translation>
            <numerusform>Every check of the policy, across %n project.</numerusform>
            <numerusform>Every check of the policy, across %n projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projects with problems: %1 of %n</source>
        <translation>
            <numerusform>Projects with problems: %1 of %n</numerusform>
            <numerusform>Projects with problems: %1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team or organization finding(s)</source>
        <translation>
            <numerusform>%n team or organization finding</numerusform>
            <numerusform>%n team or organization findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::OwnershipEditor</name>
    <message numerus="yes">
        <source>Draft re-based; %n part(s) changed on both sides are marked &lt;&lt;&lt;&lt;&lt;&lt;&lt; / &gt;&gt;&gt;&gt;&gt;&gt;&gt;: edit them, then push.</source>
        <translation>
            <numerusform>Draft re-based; %n part changed on both sides is marked &lt;&lt;&lt;&lt;&lt;&lt;&lt; / &gt;&gt;&gt;&gt;&gt;&gt;&gt;: edit it, then push.</numerusform>
            <numerusform>Draft re-based; %n parts changed on both sides are marked &lt;&lt;&lt;&lt;&lt;&lt;&lt; / &gt;&gt;&gt;&gt;&gt;&gt;&gt;: edit them, then push.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft saved: %n change(s) pending.</source>
        <translation>
            <numerusform>Draft saved: %n change pending.</numerusform>
            <numerusform>Draft saved: %n changes pending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::PendingChangesPanel</name>
    <message numerus="yes">
        <source>%n pending operation(s): %1</source>
        <translation>
            <numerusform>%n pending operation: %1</numerusform>
            <numerusform>%n pending operations: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected operation(s) have errors that Sentry would most likely reject:</source>
        <translation>
            <numerusform>%n selected operation has errors that Sentry would most likely reject:</numerusform>
            <numerusform>%n selected operations have errors that Sentry would most likely reject:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n pending change(s)? They are not pushed; Undo discard brings them back while this window is open.</source>
        <translation>
            <numerusform>Discard %n pending change? It is not pushed; Undo discard brings it back while this window is open.</numerusform>
            <numerusform>Discard %n pending changes? They are not pushed; Undo discard brings them back while this window is open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>Discarded %n change.</numerusform>
            <numerusform>Discarded %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n change(s).</source>
        <translation>
            <numerusform>Restored %n change.</numerusform>
            <numerusform>Restored %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::TierPolicyEditor</name>
    <message numerus="yes">
        <source>%n problem(s) in the policy.</source>
        <translation>
            <numerusform>%n problem in the policy.</numerusform>
            <numerusform>%n problems in the policy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::UnreadableDraftsWidget</name>
    <message numerus="yes">
        <source>%n unreadable draft(s), kept aside:</source>
        <translation>
            <numerusform>%n unreadable draft, kept aside:</numerusform>
            <numerusform>%n unreadable drafts, kept aside:</numerusform>
        </translation>
    </message>
</context>
</TS>
