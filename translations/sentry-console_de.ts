<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No difference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown view "%1"; showing the tree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The data did not arrive within 60 s; taking the screenshot anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desktop admin console for a Sentry organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a built-in fake Sentry with demo data and open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data set for --demo: demo or large:N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this connection profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the window offscreen once the data is loaded, save it and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View to show: tree, coverage, charts, history, project:SLUG, team:SLUG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour palette: light or dark (default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start the demo server on 127.0.0.1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc</name>
    <message>
        <source>Pull the whole organization into a snapshot file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the token: 'auth status' lists its scopes and what they allow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check, test, evaluate and replay ownership rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit P0–P3 alert coverage and plan the fixes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the changes in a change-set file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push a change-set file: conflict check, write, verify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List pushed operations from the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build the change set that undoes pushed operations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print error counts by project, team or level over time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the fake Sentry server on loopback.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: sentry-console [--demo] [--profile NAME] [--screenshot FILE.png [--view VIEW]]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>       sentry-console &lt;command&gt; [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a command, opens the console window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every command takes --help. Connection settings: --url, --auth-token, --org, or SENTRY_URL, SENTRY_AUTH_TOKEN, SENTRY_ORG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit codes: 0 done and all well; 1 failed (network, server, verification); 2 bad usage or unreadable input; 3 done, and it found problems (audit drift, ownership errors); 4 conflict, nothing of that operation written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sentry-console: unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sentry server URL (default: $SENTRY_URL, else https://sentry.io/).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auth token (default: $SENTRY_AUTH_TOKEN). Prefer the environment: command lines are visible to other users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization slug (default: $SENTRY_ORG).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests in flight at most (default 8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid server URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No auth token: set SENTRY_AUTH_TOKEN or pass --auth-token. Create one in Sentry under Settings → Auth Tokens with the scopes org:read, project:read, project:write, team:read, member:read, alerts:read, alerts:write, event:read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No organization: set SENTRY_ORG or pass --org SLUG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print error details (endpoint, status, request id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'sentry-console %1 --help' for usage.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Push %n operation(s) to %1 on %2? [y/N] </source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The change-set file to push.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push without asking (required when stdin is not a terminal).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go on with the other operations after one fails (default: stop starting new ones).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push only these operations (comma-separated ids, e.g. op-1,op-3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal file (default: the app data directory's journal.jsonl).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushes a change-set file safely: prints the diff, asks (unless --yes), then for each operation fetches the object again and stops with a conflict if it changed on the server since it was planned (nothing of that operation is written), writes it (never retried blindly), reads it back and verifies it. Every written operation goes to the journal (see 'history', 'undo'). The file is not modified: failed operations stay in it.

Exit codes: 0 every operation applied and verified; 4 an operation hit a conflict; 1 any other failure (network, server, validation, verification); 2 bad usage or unreadable change set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give exactly one change-set file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--only names %1, which is not in the change set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusing to push without confirmation: stdin is not a terminal. Review with 'sentry-console diff' and pass --yes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change set is for organization %1, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change set names no organization: pass --org.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: the change set was planned on %1 and is pushed to %2; the conflict check compares every object with what this server holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing pushed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 verified, %2 conflicts, %3 failed, %4 mismatched, %5 skipped; %6 requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operations that were not verified are still in %1; fix and run apply again (conflicts: re-plan, or see the console's conflict dialog).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization: %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>needs %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the token's scopes and what each feature needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auth status: asks the server which scopes the token has (GET /api/0/organizations/{org}/, access[]) and lists, per feature, what is missing (e.g. without alerts:write the tiers are read-only).

Exit codes: 0 every feature usable, 1 failed (network, server, bad token), 2 bad usage, 3 some features lack scopes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: sentry-console auth status [--format json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No token: pass --auth-token or set SENTRY_AUTH_TOKEN (the console's keychain is not used by the command line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change-set file to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: text (default; coloured on a terminal) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows what a change-set file would change, grouped by project: a structured line per changed field and the ownership rules as a unified diff. Server-managed fields and order-only differences never show.

Exit codes: 0 shown, 2 bad usage or unreadable change set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulling %1: %2/%3 requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the snapshot to FILE (atomically: a failed pull leaves an existing file as it was).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary format on stdout: text (default) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No progress line on stderr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull a whole organization (teams and their members, projects with their ownership, members, integrations, detectors and workflows, or legacy alert rules on older servers) into a snapshot file.

Exit codes: 0 written, 1 failed (network, server, file), 2 bad usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say where to write the snapshot: -o snapshot.json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1: %2 project(s), %3 team(s), %4 member(s), %5 detector(s), %6 workflow(s) from %7 in %8 s (%9 requests).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed data: demo (the acme-corp org) or large:N (N generated projects).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port to listen on (0 = any free port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loopback address to listen on (127.0.0.1 or ::1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token the server accepts (default: a random one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay every response by this many milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer 429 beyond this many requests per second (0 = off).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advertise this X-Sentry-Rate-Limit-ConcurrentLimit (0 = none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of requests (0..1) answered with 500, in a fixed sequence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default and maximum page size (1..100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Behave like an older self-hosted Sentry: legacy alert rules only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legacy alert endpoints answer 410, as sentry.io does during brownouts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated token scopes (default: every scope the console uses).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run a fake Sentry server on loopback that speaks the /api/0/ shapes the console uses, until killed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--latency-ms must be a number of milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--rate-limit must be a number of requests per second.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--concurrent-limit must be a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--fail-rate must be a number from 0 to 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--page-size must be a number from 1 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown seed "%1": use demo or large:N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fake server only listens on loopback addresses (127.0.0.1 or ::1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not listen on port %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists pushed operations from the journal, oldest first: time, entry id (for 'undo --op'), outcome, what changed, org and server. JSON gives every entry with its before and after.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Note: %n unreadable journal line(s) skipped.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Nothing pushed yet (journal: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the %1 file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the %1 file %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ownership rules text file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Org snapshot (from 'export') to check owners against.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project slug: also check that owners have access to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output: text or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check ownership rules: Sentry's rejections (errors, exit 3) and silent surprises (warnings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot has no project %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>A file path in a stack frame (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A module in a stack frame (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag key=value (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Sentry event JSON file (ingest or API shape).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event platform (java, cocoa, …) for derived file names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who owns this? Owners, the matching rules (Sentry's rank), and which value matched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tag takes key=value, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give at least one of --path, --module, --url, --tag or --event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owners: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rule matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching rules, highest rank first (Sentry auto-assigns from the first):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frame %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 "%2" matched %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case file in the shared ownership examples format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluate an ownership case file; prints {"results": [{"id", "result"}]}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the case file with --cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events, one Sentry event JSON per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Old rules: report which events change owner, grouped old → new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output: json or table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluate rules over events: one {"owners", "rules"} JSON line per event, or the impact of a rule change with --against.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the events file '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 of %2 is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub or GitLab CODEOWNERS file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner mapping: JSON {"@org/team": "#team"} or lines "external sentry".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Org snapshot: map @org/team and member e-mails automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code mapping source root (replaced in anchored paths).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code mapping stack root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convert CODEOWNERS into Sentry ownership rules; exit 3 when owners could not be mapped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmapped owners: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: sentry-console ownership &lt;check|who|eval|replay|import-codeowners&gt; [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  check FILE [--snapshot S] [--project SLUG] [--format text|json]   diagnostics; exit 3 on errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  who --rules FILE (--path P | --url U | --tag k=v | --event E.json)...   owners and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  eval --cases FILE                                                   evaluate a case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  replay --rules FILE --events FILE.jsonl [--against OLD] [--format json|table]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  import-codeowners CODEOWNERS [--mapping M] [--snapshot S]           CODEOWNERS → rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sentry-console ownership: unknown sub-command '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes an ISO-8601 time (2026-11-24T08:00:00Z) or epoch seconds, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors by %1, %2 bucket(s) of %3 s from %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEAK/BUCKET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Org total: %1 (each project counted once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range ending now: 1h, 24h (default), 7d, 14d or 30d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start of a custom range (ISO-8601 or epoch seconds).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of a custom range (ISO-8601 or epoch seconds).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>project (default), team or level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Series drawn with points (1-10, default 10); the rest is "Other".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this project's own series (slug).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print error counts by project, team or level over time: the numbers the Charts tab shows.
Totals come from the org's usage stats (stats_v2); series from events-timeseries (or events-stats on older servers). The bucket size follows the range as in Sentry.
JSON: {"interval": SECONDS, "series": [{"group", "total", "points": [[UNIX_TS, N], ...]}]}; CSV: time,&lt;group&gt;,... with one row per bucket.

Exit codes: 0 done, 1 failed (network, server), 2 bad usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--group-by takes project, team or level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--top takes a number from 1 to 10 (Sentry returns at most 10 series).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A custom range needs both --start and --end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --period or --start and --end, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--end must be after --start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--period takes 1h, 24h, 7d, 14d or 30d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no project "%1" in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier policy file (YAML; default: the built-in policy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the org from a snapshot file (sentry-console export) instead of the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: %3 %4: policy %5, server %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unclassified alerts %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEAMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n project(s) follow the tier policy.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Some projects do not follow the tier policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Output: table (default), json or markdown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit every project against the alert tier policy (P0–P3): ok, drifted (field by field) or missing, plus the alerts that express no tier.

Exit codes: 0 all ok, 1 failed, 2 bad usage or unreadable policy/snapshot, 3 some tier is missing or drifted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format takes table, json or markdown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan for every project of this team (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan for this project (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the change set to FILE (default: print it on stdout).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan the creates, updates and connections that bring the selected projects (default: the whole org) to the tier policy, as a change-set file for 'sentry-console apply'. Never deletes and never rewrites alerts the policy does not manage.

Exit codes: 0 planned (possibly nothing), 1 failed, 2 bad usage, an unreadable policy/snapshot, or a policy that cannot route a tier (nothing written).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %n operation(s) to %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Check a policy file (with --snapshot or a connection: also against the org).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the built-in default policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check targets and routing against this snapshot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a tier policy file: syntax, tiers, thresholds and keys (with line numbers), and, given an org (--snapshot or --org with a token), that its Slack / PagerDuty targets exist and every team can be routed.

Exit codes: 0 valid, 1 failed, 2 bad usage or unreadable file, 3 problems found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which file to check: --check FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the policy is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: sentry-console tiers &lt;audit|plan|policy&gt; [options]

  audit   coverage matrix of the P0–P3 alert tiers (exit 3 when something is missing or drifted)
  plan    change set that brings projects, teams or the org to the policy
  policy  check a policy file (--check FILE) or print the default (--print-default)

Run 'sentry-console tiers &lt;command&gt; --help' for the options.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown tiers command "%1"; use audit, plan or policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last N pushed operations (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo one operation: its journal entry id (see 'history') or operation id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to write the undo change set (required).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Builds the change set that undoes pushed operations, from the journal alone (nothing is fetched): an update goes back to what the server held before, a create becomes a delete, a delete a create, connect and disconnect swap. Review it with 'diff' and push it with 'apply', which conflict-checks it against the server as it is now.

Exit codes: 0 written, 1 cannot write the file, 2 bad usage or nothing to undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say where to write the undo change set: -o changes.json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --last or --op, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--last takes a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pushed operation %1 in the journal; see 'sentry-console history'.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n operation(s) undoing</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Review with 'sentry-console diff %1', push with 'sentry-console apply %1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse the organization (teams, projects, members)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parts of the organization tree stay empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read alerts and audit the tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tier audit cannot read alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply tiers (create and change alerts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tiers are read-only</source>
        <translation>Stufen sind schreibgeschützt</translation>
    </message>
    <message>
        <source>Push ownership rules and team access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ownership rules are read-only</source>
        <translation>Zuständigkeitsregeln sind schreibgeschützt</translation>
    </message>
    <message>
        <source>Error charts (events and usage stats)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the charts stay empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer for organization "%1" is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No token is stored in the keychain for profile "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available on this machine, so tokens cannot be stored. Set SENTRY_AUTH_TOKEN in the environment instead.</source>
        <translation>Auf diesem Rechner gibt es keinen Systemschlüsselbund, daher können keine Tokens gespeichert werden. Setzen Sie stattdessen SENTRY_AUTH_TOKEN in der Umgebung.</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain. Without one (headless machines), set SENTRY_AUTH_TOKEN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tokens are kept in memory for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The push was canceled before this operation started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not attempted: the push stopped after an operation failed (use --continue-on-error to go on).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not attempted: it needs the object that %1 creates, and %1 was not applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written: the object could not be fetched again before the write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on the server since it was fetched (%2); nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer to the create was lost, so its id is unknown: the server may have created it. Refresh and check before pushing again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The write's answer was lost and the read-back failed too: whether it reached the server is unknown. Refresh and check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written, but the read-back failed, so it is not verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer to the write was lost (%1), but the read-back shows the change arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The read-back shows the object unchanged: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The read-back shows the object changed, but not as intended (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server accepted the write but now holds different values for: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's region URL "%1" is not a valid URL; staying on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's region URL "%1" is not an http(s) URL; staying on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's region URL %1 is not https; the token is not sent over plain http, so requests stay on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization's region URL %1 is neither on %2 nor a sentry.io region; the token is not sent there, so requests stay on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 was not found: check that the organization "%3" and the project "%4" exist and that the token can access them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 was not found: check that the organization "%3" and the team "%4" exist and that the token can access them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organization "%1" was not found, or the token cannot access it (check --org / SENTRY_ORG and the server URL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 was not found: check that the organization "%3" exists, that the token can access it, and that this server offers the endpoint (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 was not found on this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach the Sentry server for %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer to %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server redirected %1 %2 to %3; the token is not sent along redirects. Use the final server URL (often https://) in SENTRY_URL / --url.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sentry rejected the auth token (%1). Check SENTRY_AUTH_TOKEN / --auth-token, or create a new token under Settings → Auth Tokens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP 401</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token lacks the %1 scope needed for %2 %3 (Sentry says: %4). Create a token with %1, or ask an organization owner for access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token is not allowed to %1 %2 (Sentry says: %3). Check the token's scopes and your role in the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sentry reported a conflict for %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP 409</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sentry's rate limit stopped %1 %2 (%3). Try again in a minute, or lower --concurrency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP 429</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no request id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Sentry server failed on %1 %2 with HTTP %3 (%4). Try again later; if it persists, report the request id to the server's admins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sentry rejected %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1 without an explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The legacy API %1 is unavailable (%2, HTTP %3); Sentry names %4 as its replacement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The legacy API %1 is unavailable (%2, HTTP %3): it was retired or is in a brownout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No token is stored for this profile and SENTRY_AUTH_TOKEN is not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusing to send the auth token over plain http to %1: use an https:// URL (plain http is only allowed for localhost).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer to GET %1 is not a list, as this endpoint should return.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next-page link of GET %1 points to another server (%2); the token is not sent there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's pagination of GET %1 does not advance (the next-page link repeats).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>detectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>workflows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>query %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ownership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>teams (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(organization)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creates: %1, updates: %2, deletes: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connects: %1, disconnects: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Change set for %1 on %2: %n operation(s) (%3)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>(no visible change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fields: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>theirs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mine:   %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A journal entry has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pushing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applied and verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict: changed on the server, nothing written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written, but the server holds something else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: undo %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operations to undo were pushed to different servers or organizations (%1 %2 and %3 %4); undo them one at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to undo: no pushed operation reached the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operation %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change set's %1 has no "id".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change set's %1 has an unknown kind "%2"; expected one of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change set's %1 has an unknown target type "%2"; expected one of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change set's %1 has request method "%2"; expected POST, PUT or DELETE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change set's %1 has request path "%2", which is not under /api/0/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported change-set version %1; this sentry-console reads version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change set has no "operations" list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change set uses the operation id "%1" twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a change set: the top level is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove the draft %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a sentry-console snapshot: it has no "organization" object or no "projects" list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This snapshot was written by a newer sentry-console (format %1); this version reads format %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a snapshot: the top level is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mapping file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mapping for %1 is not a string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapping line %1 should read "&lt;code-host owner&gt; &lt;Sentry owner&gt;".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitLab section header: its default owners (%1) apply to the entries below that name none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' uses syntax CODEOWNERS does not support ('!', '#', '[…]' or white space): Sentry drops this line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has no owners: dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No owner of '%1' maps to a Sentry team or member (%2): dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file has no "cases" list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 is not a team of %2: Sentry rejects the rules with "Invalid rule owners: #%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 has no access to %2: Sentry rejects the rules with "Invalid rule owners: #%1". Add the team to the project first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a member of %2: Sentry rejects the rules with "Invalid rule owners: %1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in no team of %2: Sentry rejects the rules with "Invalid rule owners: %1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codeowner type paths can only be added by importing CODEOWNER files: Sentry rejects a 'codeowners:' rule typed here. Import the CODEOWNERS file instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a matcher Sentry knows (path, module, url, codeowners, tags.&lt;key&gt;): this rule never matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1:' is not a matcher type (they are lower case: path, module, url, tags.&lt;key&gt;), so the whole text '%2' is a path pattern.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed pattern (%1): Sentry accepts it but it never matches anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is a %2 rule: it matches every event that has a stack frame with a %3, but never events with only a URL or tags. Add 'url:* …' or tag rules to catch those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This catch-all is below other rules, so it outranks them for auto-assignment (the last matching rule wins). Move it to the top.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' matches every event that has a %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>'%1' matches almost every value: '*' crosses '/' in Sentry, so only %n literal character(s) constrain it.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Exact duplicate of the rule on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same pattern as %1: Sentry adds both rules' owners; this one ranks higher for auto-assignment. Consider merging the owners into one rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shadowed by the rule on %1: every value this pattern matches also matches '%2', which is lower in the file and so always ranks higher for auto-assignment. This rule only adds owners.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raw needs to be &lt;= %1 characters in length (this text has %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'}' without a matching '{'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{' is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alternatives '{…}' cannot be nested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pattern ends with a lone '\'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the character range '%1-%2' is reversed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'[' is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 events change owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1:' must be followed directly by a pattern (no space after the colon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'#' must be followed by a team slug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rule has no owners: add #team or a member's email after the pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a tab where %1 should start: Sentry separates tokens with spaces only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the character U+%1 (a kind of white space) where %2 should start: Sentry separates tokens with ASCII spaces only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the next owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Line %2, column %3: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quoted pattern ends with a lone backslash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quoted pattern has a truncated \%1 escape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quoted pattern has an escape beyond the last Unicode character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>named \N{…} escapes are not supported in quoted patterns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cached error statistics are unreadable; they will be fetched again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's %1 answer could not be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"data" is not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a data point is not [time, values]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"groups" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a group has no project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"timeSeries" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a series has no "values"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a value has no timestamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(project %1 has no team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The org has no PagerDuty integration%1, so %2 alerts of team %3 cannot page anyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy routes %1 alerts of team %2 to PagerDuty service "%3", which does not exist in the org's PagerDuty integration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team %1 has no routing for %2: the org has %3 PagerDuty services and the team has no %2 alerts yet; name one under routing.teams.%1.%2.service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The org has no Slack integration%1, so %2 alerts of team %3 cannot be posted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team %1 has no routing for %2: the policy names no Slack channel and the team has no %2 alerts yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team %1 has no routing for %2: the org has %3 Slack workspaces; name one with "integration".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown action type "%1" for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>routing.teams names team "%1", which does not exist in the org.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>routing.projects names project "%1", which does not exist in the org.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>routing.projects.%1.team names team "%2", which does not exist in the org.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: create workflow "%2" → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the project has no error detector to connect; Sentry creates one with the project's first event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: connect error detector %2 to workflow "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: connect error detector %2 to the new workflow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: create issue alert rule "%2" → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: create metric alert rule %2 %3 %4 over %5 min → %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: create detector %2 %3 %4 over %5 s, connected to %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the new workflow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: connect detector %2 to the %3 workflow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: enable workflow "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: route detector %2 to %3 instead of %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no team "%1" in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was planned: the policy cannot route some tiers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy is not valid YAML: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy must be a YAML mapping with a "tiers" key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown key "%1" in %2; expected one of: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a single value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a number, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a whole number of seconds, at least 60 (got %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown tier "%1"; the tiers are P0, P1, P2 and P3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must not be negative (got %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be between 0 and 1 for %2 (got %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a percentage between 0 and 100 (got %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported policy version "%1"; this console reads version 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy needs a "tiers" mapping (P0…P3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.frequency must be one of 0, 5, 10, 30, 60, 180, 720 or 1440 minutes (got %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown trigger "%1" in %2; expected one of: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.triggers must be a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.parts must be a mapping of part names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier %1 needs either "triggers" (an issue alert) or "parts" (metric thresholds).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier %1 has both "triggers" and "parts"; a tier is either an issue alert or metric thresholds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier %1 needs an "action" (type: pagerduty or slack).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs an "aggregate".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a "dataset".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown comparison "%1" in %2; expected gt, lt, gte or lte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a "threshold".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.when must be "always" or "sessions" (got "%2").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a "type" (pagerduty or slack).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown action type "%1" in %2; expected pagerduty or slack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>routing.%1 must be a mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The routing of "%1" must be a mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overrides.teams and overrides.projects must be mappings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overrides of "%1" must be a mapping of tiers.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The tier policy %1 has %n problem(s):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Cannot read the tier policy %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy text has no value at %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::ApplyTiersDialog</name>
    <message>
        <source>Apply Tiers to Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an operation to see the request it sends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no snapshot of the organization yet: refresh first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The whole organization (%n project(s)) against the tier policy:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected project(s) against the tier policy:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>new %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do: the selection follows the tier policy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::ChartsView</name>
    <message>
        <source>day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time range; the bucket size follows it as in Sentry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many groups to draw; the rest is summed as "Other"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stacked areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the charted numbers as CSV (one row per bucket, UTC times)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load the error statistics: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P0 threshold: %1 per %2 (%3/min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P0 would fire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project owned by several teams counts in each of their series; the org total (%1) counts it once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click an entry to hide or show its series.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors per %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P0 threshold: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading error statistics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 buckets of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total %1 errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::ConflictDialog</name>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on the server since your change was planned (%2). Nothing was written. Choose how to go on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base (as fetched)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine (your draft)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What changed on the server (base → theirs):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-base my edit on theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overwrite theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::ConsoleSession</name>
    <message>
        <source>No connection profile is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No token for profile "%1": store one in the profile or set SENTRY_AUTH_TOKEN.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::CoverageModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation>Nicht zugeordnet (%1)</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 von %2 vorhanden</translation>
    </message>
    <message>
        <source>P%1: %2 present, %3 drifted, %4 missing</source>
        <translation>P%1: %2 vorhanden, %3 abweichend, %4 fehlen</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the policy</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>P%1 (%2/%3)</source>
        <translation>P%1 (%2/%3)</translation>
    </message>
    <message>
        <source>Team / project</source>
        <translation>Team / Projekt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>P%1 over all projects: %2 present, %3 drifted, %4 missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::CoverageView</name>
    <message>
        <source>Tier coverage matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a cell to see what expresses the tier, what drifted or what is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auditing tiers…</source>
        <translation>Stufen werden geprüft…</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>P%1: %2 present, %3 drifted, %4 missing</source>
        <translation>P%1: %2 vorhanden, %3 abweichend, %4 fehlen</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>%n Projekt.</numerusform><numerusform>%n Projekte.</numerusform></translation>
    </message>
    <message>
        <source>(classified by name prefix: no tier policy loaded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unclassified alerts of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Monitor “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · P%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present and as the policy says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present, but differs from the policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing: nothing expresses this tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expressed by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing parts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::DetailsView</name>
    <message>
        <source>Ownership rules</source>
        <translation>Zuständigkeitsregeln</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>No ownership rules.</source>
        <translation>Keine Zuständigkeitsregeln.</translation>
    </message>
    <message>
        <source>Edit this project's ownership rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Waiting for the organization to load…&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monitor “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric alert “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue alert “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>none (unassigned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Alerts by tier</source>
        <translation>Alarme nach Stufe</translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not audited.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>missing part: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: policy %2, server %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unclassified alerts</source>
        <translation>Nicht zugeordnete Alarme</translation>
    </message>
    <message>
        <source>Monitors and connected alerts</source>
        <translation>Monitore und verbundene Alarme</translation>
    </message>
    <message>
        <source>no alert connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue alert rules (legacy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Members (%n)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (invited)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform><numerusform>%n Projekte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform><numerusform>%n Teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform><numerusform>%n Mitglieder</numerusform></translation>
    </message>
    <message>
        <source>Select a team or project on the left, or press Ctrl+K to jump to one.</source>
        <translation>Links ein Team oder Projekt wählen oder mit Strg+K direkt hinspringen.</translation>
    </message>
</context>
<context>
    <name>sc::DiffView</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an operation to see what it changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visible change (server-managed fields and order are ignored).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::HistoryView</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates a pending change that undoes the selected operations; review and push it in Pending changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing pushed yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pushed operation(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No session to keep the undo draft in.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Undo draft "%1" created with %n operation(s); review and push it in Pending changes.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>sc::MainWindow</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform><numerusform>vor %n Minuten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform><numerusform>vor %n Stunden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform><numerusform>vor %n Tagen</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sentry Console</source>
        <translation>Sentry-Konsole</translation>
    </message>
    <message>
        <source>Filter: name, team:payments, platform:python, missing:P0…</source>
        <translation>Filter: Name, team:payments, platform:python, missing:P0…</translation>
    </message>
    <message>
        <source>Filter the organization tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Tier &amp;coverage</source>
        <translation>Stufen&amp;abdeckung</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>&amp;Zuständigkeit</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Connection &amp;profiles…</source>
        <translation>Verbindungs&amp;profile…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Filter the tree</source>
        <translation>Baum &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Go to project or team…</source>
        <translation>&amp;Gehe zu Projekt oder Team…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>&amp;Stufen</translation>
    </message>
    <message>
        <source>Tier &amp;policy…</source>
        <translation>Stufen&amp;richtlinie…</translation>
    </message>
    <message>
        <source>&amp;Apply tiers to selection…</source>
        <translation>Stufen auf Auswahl &amp;anwenden…</translation>
    </message>
    <message>
        <source>Stop the refresh and keep the data shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Cached snapshot from %1 (%2)</source>
        <translation>Zwischengespeicherter Stand vom %1 (%2)</translation>
    </message>
    <message>
        <source>Synced %1 (%2)</source>
        <translation>Synchronisiert %1 (%2)</translation>
    </message>
    <message>
        <source>— refreshing…</source>
        <translation>– wird aktualisiert…</translation>
    </message>
    <message>
        <source>Rate limit: not reported</source>
        <translation>Ratenlimit: nicht gemeldet</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Ratenlimit: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>Refresh canceled; showing the previous data.</source>
        <translation>Aktualisierung abgebrochen; die vorherigen Daten werden angezeigt.</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Apply tiers to selection…</source>
        <translation>Stufen auf Auswahl anwenden…</translation>
    </message>
    <message>
        <source>Edit ownership rules…</source>
        <translation>Zuständigkeitsregeln bearbeiten…</translation>
    </message>
    <message>
        <source>The ownership editor is not part of this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpushed changes</source>
        <translation>Nicht übertragene Änderungen</translation>
    </message>
    <message>
        <source>There are changes that have not been pushed to Sentry. They stay saved as drafts and will be here next time. Close the window?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::OrgPuller</name>
    <message>
        <source>The pull of %1 was canceled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::OrgTreeModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1: present</source>
        <translation>%1: vorhanden</translation>
    </message>
    <message>
        <source>%1: drifted</source>
        <translation>%1: abweichend</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: not audited yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 present, %3 drifted, %4 missing</source>
        <translation>%1: %2 vorhanden, %3 abweichend, %4 fehlen</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation>Nicht zugeordnet (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>P0 P1 P2 P3</source>
        <translation>P0 P1 P2 P3</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Alert tier coverage: present, drifted or missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of ownership rules</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::PendingChangesPanel</name>
    <message>
        <source>Operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue after a failed operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(organization)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Draft: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushed and verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pending changes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pending operation(s): %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Unreadable drafts kept on disk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: connect a profile to push.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushing %1: %2 of %3 operations done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 verified, %3 not applied.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>organization slug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave empty to keep the stored token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test the connection to see the token's scopes and what each feature needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Auth token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>A profile needs a name, a server URL and an organization slug.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token is stored in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ %1 — missing %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::QuickOpenDialog</name>
    <message>
        <source>Go to project or team</source>
        <translation>Gehe zu Projekt oder Team</translation>
    </message>
    <message>
        <source>Type a project or team name…</source>
        <translation>Projekt- oder Teamnamen eingeben…</translation>
    </message>
    <message>
        <source>%1 — project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — project of #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 — team</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::StatsFetcher</name>
    <message>
        <source>There is no connection to a Sentry server.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sc::TierPolicyEditor</name>
    <message>
        <source>Policy file (YAML)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply to Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset to Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors per minute above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crash-free rate below (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P95 duration above (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apdex below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P0 critical: PagerDuty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P1 warning: new or regressed issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P2 performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P3 info: new issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: window (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PagerDuty service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slack channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing per team and overrides per project are edited in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy is valid.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policy.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>not set in the file (resolved per team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied: the audit is being recomputed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Tier Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>