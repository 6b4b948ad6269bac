<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Kein Unterschied.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; showing the tree.</source>
        <translation>Unbekannte Ansicht „%1“; der Baum wird angezeigt.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The data did not arrive within 60 s; taking the screenshot anyway.</source>
        <translation>Die Daten sind nicht innerhalb von 60 s eingetroffen; der Screenshot wird trotzdem erstellt.</translation>
    </message>
    <message>
        <source>Desktop admin console for a Sentry organization.</source>
        <translation>Desktop-Administrationskonsole für eine Sentry-Organisation.</translation>
    </message>
    <message>
        <source>Start a built-in fake Sentry with demo data and open it.</source>
        <translation>Einen eingebauten Fake-Sentry mit Demodaten starten und öffnen.</translation>
    </message>
    <message>
        <source>Data set for --demo: demo or large:N.</source>
        <translation>Datensatz für --demo: demo oder large:N.</translation>
    </message>
    <message>
        <source>Open this connection profile.</source>
        <translation>Dieses Verbindungsprofil öffnen.</translation>
    </message>
    <message>
        <source>Render the window offscreen once the data is loaded, save it and exit.</source>
        <translation>Das Fenster nach dem Laden der Daten offscreen rendern, als Bild speichern und beenden.</translation>
    </message>
    <message>
        <source>Colour palette: light or dark (default: the system&apos;s).</source>
        <translation>Farbpalette: light oder dark (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Could not start the demo server on 127.0.0.1.</source>
        <translation>Der Demo-Server konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>View to show: health, tree, coverage, architecture, charts, history, project:SLUG, team:SLUG.</source>
        <translation>Anzuzeigende Ansicht: health, tree, coverage, architecture, charts, history, project:SLUG, team:SLUG.</translation>
    </message>
</context>
<context>
    <name>sc</name>
    <message>
        <source>Pull the whole organization into a snapshot file.</source>
        <translation>Die ganze Organisation in eine Snapshot-Datei laden.</translation>
    </message>
    <message>
        <source>Check the token: &apos;auth status&apos; lists its scopes and what they allow.</source>
        <translation>Das Token prüfen: „auth status“ listet seine Scopes und was sie erlauben.</translation>
    </message>
    <message>
        <source>Check, test, evaluate and replay ownership rules.</source>
        <translation>Zuständigkeitsregeln prüfen, testen, auswerten und nachspielen.</translation>
    </message>
    <message>
        <source>Audit P0–P3 alert coverage and plan the fixes.</source>
        <translation>Alarmabdeckung P0–P3 prüfen und die Korrekturen planen.</translation>
    </message>
    <message>
        <source>Show the changes in a change-set file.</source>
        <translation>Die Änderungen einer Änderungssatz-Datei anzeigen.</translation>
    </message>
    <message>
        <source>Push a change-set file: conflict check, write, verify.</source>
        <translation>Eine Änderungssatz-Datei übertragen: Konfliktprüfung, Schreiben, Verifikation.</translation>
    </message>
    <message>
        <source>List pushed operations from the journal.</source>
        <translation>Übertragene Operationen aus dem Journal auflisten.</translation>
    </message>
    <message>
        <source>Build the change set that undoes pushed operations.</source>
        <translation>Den Änderungssatz erstellen, der übertragene Operationen rückgängig macht.</translation>
    </message>
    <message>
        <source>Print error counts by project, team or level over time.</source>
        <translation>Fehlerzahlen nach Projekt, Team oder Level im Zeitverlauf ausgeben.</translation>
    </message>
    <message>
        <source>Run the fake Sentry server on loopback.</source>
        <translation>Den Fake-Sentry-Server auf Loopback starten.</translation>
    </message>
    <message>
        <source>Usage: sentry-console [--demo] [--profile NAME] [--screenshot FILE.png [--view VIEW]]</source>
        <translation>Aufruf: sentry-console [--demo] [--profile NAME] [--screenshot DATEI.png [--view ANSICHT]]</translation>
    </message>
    <message>
        <source>       sentry-console &lt;command&gt; [options]</source>
        <translation>       sentry-console &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Without a command, opens the console window.</source>
        <translation>Ohne Befehl öffnet sich das Konsolenfenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Every command takes --help. Connection settings: --url, --auth-token, --org, or SENTRY_URL, SENTRY_AUTH_TOKEN, SENTRY_ORG.</source>
        <translation>Jeder Befehl kennt --help. Verbindungseinstellungen: --url, --auth-token, --org oder SENTRY_URL, SENTRY_AUTH_TOKEN, SENTRY_ORG.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done and all well; 1 failed (network, server, verification); 2 bad usage or unreadable input; 3 done, and it found problems (audit drift, ownership errors); 4 conflict, nothing of that operation written.</source>
        <translation>Exit-Codes: 0 erledigt, alles in Ordnung; 1 fehlgeschlagen (Netzwerk, Server, Verifikation); 2 falscher Aufruf oder unlesbare Eingabe; 3 erledigt, mit gefundenen Problemen (Abweichungen in der Prüfung, Fehler in Zuständigkeitsregeln); 4 Konflikt, von dieser Operation wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>sentry-console: unknown command &quot;%1&quot;.</source>
        <translation>sentry-console: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Sentry server URL (default: $SENTRY_URL, else https://sentry.io/).</source>
        <translation>URL des Sentry-Servers (Standard: $SENTRY_URL, sonst https://sentry.io/).</translation>
    </message>
    <message>
        <source>Auth token (default: $SENTRY_AUTH_TOKEN). Prefer the environment: command lines are visible to other users.</source>
        <translation>Auth-Token (Standard: $SENTRY_AUTH_TOKEN). Besser über die Umgebung: Befehlszeilen sind für andere Benutzer sichtbar.</translation>
    </message>
    <message>
        <source>Organization slug (default: $SENTRY_ORG).</source>
        <translation>Slug der Organisation (Standard: $SENTRY_ORG).</translation>
    </message>
    <message>
        <source>Requests in flight at most (default 8).</source>
        <translation>Höchstens so viele gleichzeitige Anfragen (Standard 8).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server URL.</source>
        <translation>„%1“ ist keine gültige Server-URL.</translation>
    </message>
    <message>
        <source>No auth token: set SENTRY_AUTH_TOKEN or pass --auth-token. Create one in Sentry under Settings → Auth Tokens with the scopes org:read, project:read, project:write, team:read, member:read, alerts:read, alerts:write, event:read.</source>
        <translation>Kein Auth-Token: SENTRY_AUTH_TOKEN setzen oder --auth-token angeben. Ein Token legen Sie in Sentry unter Settings → Auth Tokens an, mit den Scopes org:read, project:read, project:write, team:read, member:read, alerts:read, alerts:write, event:read.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>No organization: set SENTRY_ORG or pass --org SLUG.</source>
        <translation>Keine Organisation: SENTRY_ORG setzen oder --org SLUG angeben.</translation>
    </message>
    <message>
        <source>Print error details (endpoint, status, request id).</source>
        <translation>Fehlerdetails ausgeben (Endpunkt, Status, Request-ID).</translation>
    </message>
    <message>
        <source>Run &apos;sentry-console %1 --help&apos; for usage.</source>
        <translation>„sentry-console %1 --help“ zeigt den Aufruf.</translation>
    </message>
    <message numerus="yes">
        <source>Push %n operation(s) to %1 on %2? [y/N] </source>
        <translation>
            <numerusform>%n Operation nach %1 auf %2 übertragen? [j/N] </numerusform>
            <numerusform>%n Operationen nach %1 auf %2 übertragen? [j/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>The change-set file to push.</source>
        <translation>Die zu übertragende Änderungssatz-Datei.</translation>
    </message>
    <message>
        <source>Push without asking (required when stdin is not a terminal).</source>
        <translation>Ohne Rückfrage übertragen (nötig, wenn stdin kein Terminal ist).</translation>
    </message>
    <message>
        <source>Go on with the other operations after one fails (default: stop starting new ones).</source>
        <translation>Nach einer fehlgeschlagenen Operation mit den anderen weitermachen (Standard: keine neuen mehr beginnen).</translation>
    </message>
    <message>
        <source>Push only these operations (comma-separated ids, e.g. op-1,op-3).</source>
        <translation>Nur diese Operationen übertragen (durch Kommas getrennte IDs, z. B. op-1,op-3).</translation>
    </message>
    <message>
        <source>Journal file (default: the app data directory&apos;s journal.jsonl).</source>
        <translation>Journal-Datei (Standard: journal.jsonl im Datenverzeichnis der Anwendung).</translation>
    </message>
    <message>
        <source>Give exactly one change-set file.</source>
        <translation>Genau eine Änderungssatz-Datei angeben.</translation>
    </message>
    <message>
        <source>--only names %1, which is not in the change set.</source>
        <translation>--only nennt %1, das nicht im Änderungssatz steht.</translation>
    </message>
    <message>
        <source>Refusing to push without confirmation: stdin is not a terminal. Review with &apos;sentry-console diff&apos; and pass --yes.</source>
        <translation>Ohne Bestätigung wird nicht übertragen: stdin ist kein Terminal. Mit „sentry-console diff“ prüfen und --yes angeben.</translation>
    </message>
    <message>
        <source>The change set is for organization %1, not %2.</source>
        <translation>Der Änderungssatz gehört zur Organisation %1, nicht zu %2.</translation>
    </message>
    <message>
        <source>The change set names no organization: pass --org.</source>
        <translation>Der Änderungssatz nennt keine Organisation: --org angeben.</translation>
    </message>
    <message>
        <source>Note: the change set was planned on %1 and is pushed to %2; the conflict check compares every object with what this server holds.</source>
        <translation>Hinweis: Der Änderungssatz wurde auf %1 geplant und wird nach %2 übertragen; die Konfliktprüfung vergleicht jedes Objekt mit dem Stand dieses Servers.</translation>
    </message>
    <message>
        <source>Nothing pushed.</source>
        <translation>Nichts übertragen.</translation>
    </message>
    <message>
        <source>%1 verified, %2 conflicts, %3 failed, %4 mismatched, %5 skipped; %6 requests.</source>
        <translation>%1 verifiziert, %2 Konflikte, %3 fehlgeschlagen, %4 abweichend, %5 übersprungen; %6 Anfragen.</translation>
    </message>
    <message>
        <source>Operations that were not verified are still in %1; fix and run apply again (conflicts: re-plan, or see the console&apos;s conflict dialog).</source>
        <translation>Nicht verifizierte Operationen stehen weiter in %1; beheben und apply erneut ausführen (bei Konflikten: neu planen oder den Konfliktdialog der Konsole verwenden).</translation>
    </message>
    <message>
        <source>Organization: %1 on %2</source>
        <translation>Organisation: %1 auf %2</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>Token-Scopes: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>needs %1: %2</source>
        <translation>braucht %1: %2</translation>
    </message>
    <message>
        <source>Show the token&apos;s scopes and what each feature needs.</source>
        <translation>Die Scopes des Tokens anzeigen und was jede Funktion braucht.</translation>
    </message>
    <message>
        <source>auth status: asks the server which scopes the token has (GET /api/0/organizations/{org}/, access[]) and lists, per feature, what is missing (e.g. without alerts:write the tiers are read-only).

Exit codes: 0 every feature usable, 1 failed (network, server, bad token), 2 bad usage, 3 some features lack scopes.</source>
        <translation>auth status: fragt den Server, welche Scopes das Token hat (GET /api/0/organizations/{org}/, access[]), und listet je Funktion, was fehlt (z. B. sind ohne alerts:write die Stufen schreibgeschützt).

Exit-Codes: 0 jede Funktion nutzbar, 1 fehlgeschlagen (Netzwerk, Server, ungültiges Token), 2 falscher Aufruf, 3 einigen Funktionen fehlen Scopes.</translation>
    </message>
    <message>
        <source>Usage: sentry-console auth status [--format json]</source>
        <translation>Aufruf: sentry-console auth status [--format json]</translation>
    </message>
    <message>
        <source>No token: pass --auth-token or set SENTRY_AUTH_TOKEN (the console&apos;s keychain is not used by the command line).</source>
        <translation>Kein Token: --auth-token angeben oder SENTRY_AUTH_TOKEN setzen (die Befehlszeile nutzt den Schlüsselbund der Konsole nicht).</translation>
    </message>
    <message>
        <source>The change-set file to show.</source>
        <translation>Die anzuzeigende Änderungssatz-Datei.</translation>
    </message>
    <message>
        <source>Shows what a change-set file would change, grouped by project: a structured line per changed field and the ownership rules as a unified diff. Server-managed fields and order-only differences never show.

Exit codes: 0 shown, 2 bad usage or unreadable change set.</source>
        <translation>Zeigt, was eine Änderungssatz-Datei ändern würde, nach Projekt gruppiert: eine strukturierte Zeile je geändertem Feld und die Zuständigkeitsregeln als Unified Diff. Vom Server verwaltete Felder und reine Reihenfolge-Unterschiede erscheinen nie.

Exit-Codes: 0 angezeigt, 2 falscher Aufruf oder unlesbarer Änderungssatz.</translation>
    </message>
    <message>
        <source>Pulling %1: %2/%3 requests</source>
        <translation>Lade %1: %2/%3 Anfragen</translation>
    </message>
    <message>
        <source>Write the snapshot to FILE (atomically: a failed pull leaves an existing file as it was).</source>
        <translation>Den Snapshot nach DATEI schreiben (atomar: ein fehlgeschlagener Abruf lässt eine vorhandene Datei unverändert).</translation>
    </message>
    <message>
        <source>No progress line on stderr.</source>
        <translation>Keine Fortschrittszeile auf stderr.</translation>
    </message>
    <message>
        <source>Pull a whole organization (teams and their members, projects with their ownership, members, integrations, detectors and workflows, or legacy alert rules on older servers) into a snapshot file.

Exit codes: 0 written, 1 failed (network, server, file), 2 bad usage.</source>
        <translation>Eine ganze Organisation (Teams mit ihren Mitgliedern, Projekte mit ihren Zuständigkeiten, Mitglieder, Integrationen, Detektoren und Workflows, auf älteren Servern Legacy-Alarmregeln) in eine Snapshot-Datei laden.

Exit-Codes: 0 geschrieben, 1 fehlgeschlagen (Netzwerk, Server, Datei), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Say where to write the snapshot: -o snapshot.json.</source>
        <translation>Angeben, wohin der Snapshot geschrieben wird: -o snapshot.json.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 project(s), %3 team(s), %4 member(s), %5 detector(s), %6 workflow(s) from %7 in %8 s (%9 requests).</source>
        <translation>%1 geschrieben: %2 Projekt(e), %3 Team(s), %4 Mitglied(er), %5 Detektor(en), %6 Workflow(s) von %7 in %8 s (%9 Anfragen).</translation>
    </message>
    <message>
        <source>Seed data: demo (the acme-corp org) or large:N (N generated projects).</source>
        <translation>Ausgangsdaten: demo (die Organisation acme-corp) oder large:N (N erzeugte Projekte).</translation>
    </message>
    <message>
        <source>Port to listen on (0 = any free port).</source>
        <translation>Port, auf dem gelauscht wird (0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Loopback address to listen on (127.0.0.1 or ::1).</source>
        <translation>Loopback-Adresse, auf der gelauscht wird (127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>The token the server accepts (default: a random one).</source>
        <translation>Das Token, das der Server annimmt (Standard: ein zufälliges).</translation>
    </message>
    <message>
        <source>Delay every response by this many milliseconds.</source>
        <translation>Jede Antwort um so viele Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>Share of requests (0..1) answered with 500, in a fixed sequence.</source>
        <translation>Anteil der Anfragen (0..1), die mit 500 beantwortet werden, in fester Reihenfolge.</translation>
    </message>
    <message>
        <source>Default and maximum page size (1..100).</source>
        <translation>Standard- und maximale Seitengröße (1..100).</translation>
    </message>
    <message>
        <source>Behave like an older self-hosted Sentry: legacy alert rules only.</source>
        <translation>Wie ein älteres selbst gehostetes Sentry verhalten: nur Legacy-Alarmregeln.</translation>
    </message>
    <message>
        <source>Legacy alert endpoints answer 410, as sentry.io does during brownouts.</source>
        <translation>Legacy-Alarm-Endpunkte antworten mit 410, wie sentry.io während Brownouts.</translation>
    </message>
    <message>
        <source>Comma-separated token scopes (default: every scope the console uses).</source>
        <translation>Durch Kommas getrennte Token-Scopes (Standard: jeder Scope, den die Konsole nutzt).</translation>
    </message>
    <message>
        <source>Run a fake Sentry server on loopback that speaks the /api/0/ shapes the console uses, until killed.</source>
        <translation>Einen Fake-Sentry-Server auf Loopback starten, der die /api/0/-Formate spricht, die die Konsole nutzt, bis er beendet wird.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--latency-ms must be a number of milliseconds.</source>
        <translation>--latency-ms erwartet eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>--rate-limit must be a number of requests per second.</source>
        <translation>--rate-limit erwartet eine Anzahl Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>--concurrent-limit must be a number.</source>
        <translation>--concurrent-limit erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>--fail-rate must be a number from 0 to 1.</source>
        <translation>--fail-rate erwartet eine Zahl von 0 bis 1.</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 100.</source>
        <translation>--page-size erwartet eine Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>Unknown seed &quot;%1&quot;: use demo or large:N.</source>
        <translation>Unbekannte Ausgangsdaten „%1“: demo oder large:N verwenden.</translation>
    </message>
    <message>
        <source>The fake server only listens on loopback addresses (127.0.0.1 or ::1).</source>
        <translation>Der Fake-Server lauscht nur auf Loopback-Adressen (127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>Could not listen on port %1.</source>
        <translation>Auf Port %1 konnte nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>Lists pushed operations from the journal, oldest first: time, entry id (for &apos;undo --op&apos;), outcome, what changed, org and server. JSON gives every entry with its before and after.</source>
        <translation>Listet übertragene Operationen aus dem Journal, älteste zuerst: Zeit, Eintrags-ID (für „undo --op“), Ergebnis, was sich geändert hat, Organisation und Server. JSON liefert jeden Eintrag mit seinem Vorher und Nachher.</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n unreadable journal line(s) skipped.</source>
        <translation>
            <numerusform>Hinweis: %n unlesbare Journalzeile übersprungen.</numerusform>
            <numerusform>Hinweis: %n unlesbare Journalzeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pushed yet (journal: %1).</source>
        <translation>Noch nichts übertragen (Journal: %1).</translation>
    </message>
    <message>
        <source>Give the %1 file.</source>
        <translation>Die %1-Datei angeben.</translation>
    </message>
    <message>
        <source>Cannot read the %1 file %2: %3.</source>
        <translation>Die %1-Datei %2 ist nicht lesbar: %3.</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Ownership rules text file.</source>
        <translation>Textdatei mit Zuständigkeitsregeln.</translation>
    </message>
    <message>
        <source>Org snapshot (from &apos;export&apos;) to check owners against.</source>
        <translation>Organisations-Snapshot (aus „export“), gegen den die Zuständigen geprüft werden.</translation>
    </message>
    <message>
        <source>Project slug: also check that owners have access to it.</source>
        <translation>Projekt-Slug: auch prüfen, ob die Zuständigen Zugriff darauf haben.</translation>
    </message>
    <message>
        <source>Check ownership rules: Sentry&apos;s rejections (errors, exit 3) and silent surprises (warnings).</source>
        <translation>Zuständigkeitsregeln prüfen: was Sentry ablehnt (Fehler, Exit-Code 3) und stille Überraschungen (Warnungen).</translation>
    </message>
    <message>
        <source>The snapshot has no project %1.</source>
        <translation>Der Snapshot enthält kein Projekt %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>A file path in a stack frame (repeatable).</source>
        <translation>Ein Dateipfad in einem Stack-Frame (wiederholbar).</translation>
    </message>
    <message>
        <source>A module in a stack frame (repeatable).</source>
        <translation>Ein Modul in einem Stack-Frame (wiederholbar).</translation>
    </message>
    <message>
        <source>The request URL.</source>
        <translation>Die Request-URL.</translation>
    </message>
    <message>
        <source>A tag key=value (repeatable).</source>
        <translation>Ein Tag key=value (wiederholbar).</translation>
    </message>
    <message>
        <source>A Sentry event JSON file (ingest or API shape).</source>
        <translation>Eine JSON-Datei mit einem Sentry-Event (Ingest- oder API-Format).</translation>
    </message>
    <message>
        <source>Event platform (java, cocoa, …) for derived file names.</source>
        <translation>Event-Plattform (java, cocoa, …) für abgeleitete Dateinamen.</translation>
    </message>
    <message>
        <source>Who owns this? Owners, the matching rules (Sentry&apos;s rank), and which value matched.</source>
        <translation>Wer ist zuständig? Die Zuständigen, die passenden Regeln (in Sentrys Rangfolge) und welcher Wert gepasst hat.</translation>
    </message>
    <message>
        <source>--tag takes key=value, not &apos;%1&apos;.</source>
        <translation>--tag erwartet key=value, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give at least one of --path, --module, --url, --tag or --event.</source>
        <translation>Mindestens eine der Optionen --path, --module, --url, --tag oder --event angeben.</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>No rule matches.</source>
        <translation>Keine Regel passt.</translation>
    </message>
    <message>
        <source>Matching rules, highest rank first (Sentry auto-assigns from the first):</source>
        <translation>Passende Regeln, höchster Rang zuerst (Sentry weist automatisch dem ersten zu):</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; matched %3</source>
        <translation>%1 „%2“ passt auf %3</translation>
    </message>
    <message>
        <source>Case file in the shared ownership examples format.</source>
        <translation>Falldatei im Format der gemeinsamen Zuständigkeitsbeispiele.</translation>
    </message>
    <message>
        <source>Evaluate an ownership case file; prints {&quot;results&quot;: [{&quot;id&quot;, &quot;result&quot;}]}.</source>
        <translation>Eine Falldatei mit Zuständigkeitsfällen auswerten; gibt {&quot;results&quot;: [{&quot;id&quot;, &quot;result&quot;}]} aus.</translation>
    </message>
    <message>
        <source>Give the case file with --cases.</source>
        <translation>Die Falldatei mit --cases angeben.</translation>
    </message>
    <message>
        <source>Events, one Sentry event JSON per line.</source>
        <translation>Events, ein Sentry-Event als JSON pro Zeile.</translation>
    </message>
    <message>
        <source>Old rules: report which events change owner, grouped old → new.</source>
        <translation>Alte Regeln: melden, welche Events den Zuständigen wechseln, gruppiert alt → neu.</translation>
    </message>
    <message>
        <source>Evaluate rules over events: one {&quot;owners&quot;, &quot;rules&quot;} JSON line per event, or the impact of a rule change with --against.</source>
        <translation>Regeln über Events auswerten: eine JSON-Zeile {&quot;owners&quot;, &quot;rules&quot;} pro Event, oder mit --against die Auswirkung einer Regeländerung.</translation>
    </message>
    <message>
        <source>Cannot read the events file &apos;%1&apos;.</source>
        <translation>Die Event-Datei „%1“ ist nicht lesbar.</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a JSON object.</source>
        <translation>Zeile %1 von %2 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>GitHub or GitLab CODEOWNERS file.</source>
        <translation>CODEOWNERS-Datei von GitHub oder GitLab.</translation>
    </message>
    <message>
        <source>Owner mapping: JSON {&quot;@org/team&quot;: &quot;#team&quot;} or lines &quot;external sentry&quot;.</source>
        <translation>Zuordnung der Zuständigen: JSON {&quot;@org/team&quot;: &quot;#team&quot;} oder Zeilen „extern sentry“.</translation>
    </message>
    <message>
        <source>Org snapshot: map @org/team and member e-mails automatically.</source>
        <translation>Organisations-Snapshot: @org/team und E-Mail-Adressen der Mitglieder automatisch zuordnen.</translation>
    </message>
    <message>
        <source>Code mapping source root (replaced in anchored paths).</source>
        <translation>Quell-Stammverzeichnis der Code-Zuordnung (wird in verankerten Pfaden ersetzt).</translation>
    </message>
    <message>
        <source>Code mapping stack root.</source>
        <translation>Stack-Stammverzeichnis der Code-Zuordnung.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Unmapped owners: %1</source>
        <translation>Nicht zugeordnete Zuständige: %1</translation>
    </message>
    <message>
        <source>Usage: sentry-console ownership &lt;check|who|eval|replay|import-codeowners&gt; [options]</source>
        <translation>Aufruf: sentry-console ownership &lt;check|who|eval|replay|import-codeowners&gt; [Optionen]</translation>
    </message>
    <message>
        <source>  who --rules FILE (--path P | --url U | --tag k=v | --event E.json)...   owners and why</source>
        <translation>  who --rules DATEI (--path P | --url U | --tag k=v | --event E.json)...  Zuständige und warum</translation>
    </message>
    <message>
        <source>  eval --cases FILE                                                   evaluate a case file</source>
        <translation>  eval --cases DATEI                                                  Falldatei auswerten</translation>
    </message>
    <message>
        <source>  replay --rules FILE --events FILE.jsonl [--against OLD] [--format json|table]</source>
        <translation>  replay --rules DATEI --events DATEI.jsonl [--against ALT] [--format json|table]</translation>
    </message>
    <message>
        <source>  import-codeowners CODEOWNERS [--mapping M] [--snapshot S]           CODEOWNERS → rules</source>
        <translation>  import-codeowners CODEOWNERS [--mapping M] [--snapshot S]           CODEOWNERS → Regeln</translation>
    </message>
    <message>
        <source>sentry-console ownership: unknown sub-command &apos;%1&apos;.</source>
        <translation>sentry-console ownership: unbekannter Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>%1 takes an ISO-8601 time (2026-11-24T08:00:00Z) or epoch seconds, not &quot;%2&quot;.</source>
        <translation>%1 erwartet eine ISO-8601-Zeit (2026-11-24T08:00:00Z) oder Epochensekunden, nicht „%2“.</translation>
    </message>
    <message>
        <source>Errors by %1, %2 bucket(s) of %3 s from %4</source>
        <translation>Fehler nach %1, %2 Intervall(e) zu %3 s ab %4</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>PEAK/BUCKET</source>
        <translation>SPITZE/INTERVALL</translation>
    </message>
    <message>
        <source>Org total: %1 (each project counted once)</source>
        <translation>Summe der Organisation: %1 (jedes Projekt einmal gezählt)</translation>
    </message>
    <message>
        <source>Range ending now: 1h, 24h (default), 7d, 14d or 30d.</source>
        <translation>Zeitraum bis jetzt: 1h, 24h (Standard), 7d, 14d oder 30d.</translation>
    </message>
    <message>
        <source>Start of a custom range (ISO-8601 or epoch seconds).</source>
        <translation>Beginn eines eigenen Zeitraums (ISO-8601 oder Epochensekunden).</translation>
    </message>
    <message>
        <source>End of a custom range (ISO-8601 or epoch seconds).</source>
        <translation>Ende eines eigenen Zeitraums (ISO-8601 oder Epochensekunden).</translation>
    </message>
    <message>
        <source>project (default), team or level.</source>
        <translation>project (Standard), team oder level.</translation>
    </message>
    <message>
        <source>Series drawn with points (1-10, default 10); the rest is &quot;Other&quot;.</source>
        <translation>Reihen, die als Punkte gezeichnet werden (1-10, Standard 10); der Rest ist „Other“.</translation>
    </message>
    <message>
        <source>Only this project&apos;s own series (slug).</source>
        <translation>Nur die eigene Reihe dieses Projekts (Slug).</translation>
    </message>
    <message>
        <source>Print error counts by project, team or level over time: the numbers the Charts tab shows.
Totals come from the org&apos;s usage stats (stats_v2); series from events-timeseries (or events-stats on older servers). The bucket size follows the range as in Sentry.
JSON: {&quot;interval&quot;: SECONDS, &quot;series&quot;: [{&quot;group&quot;, &quot;total&quot;, &quot;points&quot;: [[UNIX_TS, N], ...]}]}; CSV: time,&lt;group&gt;,... with one row per bucket.

Exit codes: 0 done, 1 failed (network, server), 2 bad usage.</source>
        <translation>Fehlerzahlen nach Projekt, Team oder Level im Zeitverlauf ausgeben: die Zahlen des Diagramme-Tabs.
Summen stammen aus den Nutzungsstatistiken der Organisation (stats_v2), Reihen aus events-timeseries (auf älteren Servern events-stats). Die Intervallgröße folgt dem Zeitraum wie in Sentry.
JSON: {&quot;interval&quot;: SECONDS, &quot;series&quot;: [{&quot;group&quot;, &quot;total&quot;, &quot;points&quot;: [[UNIX_TS, N], ...]}]}; CSV: time,&lt;group&gt;,... mit einer Zeile pro Intervall.

Exit-Codes: 0 erledigt, 1 fehlgeschlagen (Netzwerk, Server), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>--group-by takes project, team or level.</source>
        <translation>--group-by erwartet project, team oder level.</translation>
    </message>
    <message>
        <source>--top takes a number from 1 to 10 (Sentry returns at most 10 series).</source>
        <translation>--top erwartet eine Zahl von 1 bis 10 (Sentry liefert höchstens 10 Reihen).</translation>
    </message>
    <message>
        <source>A custom range needs both --start and --end.</source>
        <translation>Ein eigener Zeitraum braucht --start und --end.</translation>
    </message>
    <message>
        <source>Give either --period or --start and --end, not both.</source>
        <translation>Entweder --period oder --start und --end angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--end must be after --start.</source>
        <translation>--end muss nach --start liegen.</translation>
    </message>
    <message>
        <source>--period takes 1h, 24h, 7d, 14d or 30d.</source>
        <translation>--period erwartet 1h, 24h, 7d, 14d oder 30d.</translation>
    </message>
    <message>
        <source>There is no project &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es kein Projekt „%1“.</translation>
    </message>
    <message>
        <source>Tier policy file (YAML; default: the built-in policy).</source>
        <translation>Datei mit der Stufenrichtlinie (YAML; Standard: die eingebaute Richtlinie).</translation>
    </message>
    <message>
        <source>Read the org from a snapshot file (sentry-console export) instead of the server.</source>
        <translation>Die Organisation aus einer Snapshot-Datei (sentry-console export) lesen statt vom Server.</translation>
    </message>
    <message>
        <source>%1 %2: missing</source>
        <translation>%1 %2: fehlt</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4: policy %5, server %6</source>
        <translation>%1 %2: %3 %4: Richtlinie %5, Server %6</translation>
    </message>
    <message>
        <source>%1: unclassified alerts %2</source>
        <translation>%1: nicht zugeordnete Alarme %2</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation>TEAMS</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>NICHT ZUGEORDNET</translation>
    </message>
    <message numerus="yes">
        <source>All %n project(s) follow the tier policy.</source>
        <translation>
            <numerusform>Das %n Projekt folgt der Stufenrichtlinie.</numerusform>
            <numerusform>Alle %n Projekte folgen der Stufenrichtlinie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some projects do not follow the tier policy.</source>
        <translation>Einige Projekte folgen der Stufenrichtlinie nicht.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
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
        <translation>Ausgabe: table (Standard), json oder markdown.</translation>
    </message>
    <message>
        <source>--format takes table, json or markdown.</source>
        <translation>--format erwartet table, json oder markdown.</translation>
    </message>
    <message>
        <source>Plan for every project of this team (repeatable).</source>
        <translation>Für jedes Projekt dieses Teams planen (wiederholbar).</translation>
    </message>
    <message>
        <source>Plan for this project (repeatable).</source>
        <translation>Für dieses Projekt planen (wiederholbar).</translation>
    </message>
    <message>
        <source>Write the change set to FILE (default: print it on stdout).</source>
        <translation>Den Änderungssatz nach DATEI schreiben (Standard: auf stdout ausgeben).</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n operation(s) to %1.</source>
        <translation>
            <numerusform>%n Operation nach %1 geschrieben.</numerusform>
            <numerusform>%n Operationen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a policy file (with --snapshot or a connection: also against the org).</source>
        <translation>Eine Richtliniendatei prüfen (mit --snapshot oder einer Verbindung: auch gegen die Organisation).</translation>
    </message>
    <message>
        <source>Print the built-in default policy.</source>
        <translation>Die eingebaute Standardrichtlinie ausgeben.</translation>
    </message>
    <message>
        <source>Check targets and routing against this snapshot.</source>
        <translation>Ziele und Routing gegen diesen Snapshot prüfen.</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Ausgabe: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Check a tier policy file: syntax, tiers, thresholds and keys (with line numbers), and, given an org (--snapshot or --org with a token), that its Slack / PagerDuty targets exist and every team can be routed.

Exit codes: 0 valid, 1 failed, 2 bad usage or unreadable file, 3 problems found.</source>
        <translation>Eine Stufenrichtlinien-Datei prüfen: Syntax, Stufen, Schwellwerte und Schlüssel (mit Zeilennummern) und, mit einer Organisation (--snapshot oder --org mit Token), ob ihre Slack-/PagerDuty-Ziele existieren und jedes Team geroutet werden kann.

Exit-Codes: 0 gültig, 1 fehlgeschlagen, 2 falscher Aufruf oder unlesbare Datei, 3 Probleme gefunden.</translation>
    </message>
    <message>
        <source>Say which file to check: --check FILE.</source>
        <translation>Angeben, welche Datei geprüft wird: --check DATEI.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 ist nicht lesbar: %2.</translation>
    </message>
    <message>
        <source>%1: the policy is valid.</source>
        <translation>%1: Die Richtlinie ist gültig.</translation>
    </message>
    <message>
        <source>Usage: sentry-console tiers &lt;audit|plan|policy&gt; [options]

  audit   coverage matrix of the P0–P3 alert tiers (exit 3 when something is missing or drifted)
  plan    change set that brings projects, teams or the org to the policy
  policy  check a policy file (--check FILE) or print the default (--print-default)

Run &apos;sentry-console tiers &lt;command&gt; --help&apos; for the options.
</source>
        <translation>Aufruf: sentry-console tiers &lt;audit|plan|policy&gt; [Optionen]

  audit   Abdeckungsmatrix der Alarmstufen P0–P3 (Exit-Code 3, wenn etwas fehlt oder abweicht)
  plan    Änderungssatz, der Projekte, Teams oder die Organisation auf die Richtlinie bringt
  policy  eine Richtliniendatei prüfen (--check DATEI) oder die Standardrichtlinie ausgeben (--print-default)

„sentry-console tiers &lt;Befehl&gt; --help“ zeigt die Optionen.
</translation>
    </message>
    <message>
        <source>Unknown tiers command &quot;%1&quot;; use audit, plan or policy.</source>
        <translation>Unbekannter tiers-Befehl „%1“; audit, plan oder policy verwenden.</translation>
    </message>
    <message>
        <source>Undo the last N pushed operations (default 1).</source>
        <translation>Die letzten N übertragenen Operationen rückgängig machen (Standard 1).</translation>
    </message>
    <message>
        <source>Undo one operation: its journal entry id (see &apos;history&apos;) or operation id.</source>
        <translation>Eine Operation rückgängig machen: ihre Journal-Eintrags-ID (siehe „history“) oder Operations-ID.</translation>
    </message>
    <message>
        <source>Where to write the undo change set (required).</source>
        <translation>Wohin der Rückgängig-Änderungssatz geschrieben wird (erforderlich).</translation>
    </message>
    <message>
        <source>Builds the change set that undoes pushed operations, from the journal alone (nothing is fetched): an update goes back to what the server held before, a create becomes a delete, a delete a create, connect and disconnect swap. Review it with &apos;diff&apos; and push it with &apos;apply&apos;, which conflict-checks it against the server as it is now.

Exit codes: 0 written, 1 cannot write the file, 2 bad usage or nothing to undo.</source>
        <translation>Erstellt den Änderungssatz, der übertragene Operationen rückgängig macht, allein aus dem Journal (nichts wird abgerufen): Eine Aktualisierung kehrt zum vorherigen Stand des Servers zurück, ein Anlegen wird zum Löschen, ein Löschen zum Anlegen, Verbinden und Trennen werden vertauscht. Mit „diff“ prüfen und mit „apply“ übertragen; apply prüft ihn gegen den aktuellen Stand des Servers auf Konflikte.

Exit-Codes: 0 geschrieben, 1 Datei nicht schreibbar, 2 falscher Aufruf oder nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Say where to write the undo change set: -o changes.json.</source>
        <translation>Angeben, wohin der Rückgängig-Änderungssatz geschrieben wird: -o changes.json.</translation>
    </message>
    <message>
        <source>Give --last or --op, not both.</source>
        <translation>--last oder --op angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--last takes a positive number.</source>
        <translation>--last erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>No pushed operation %1 in the journal; see &apos;sentry-console history&apos;.</source>
        <translation>Keine übertragene Operation %1 im Journal; siehe „sentry-console history“.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n operation(s) undoing</source>
        <translation>
            <numerusform>%1 geschrieben: %n Operation zum Rückgängigmachen</numerusform>
            <numerusform>%1 geschrieben: %n Operationen zum Rückgängigmachen</numerusform>
        </translation>
    </message>
    <message>
        <source>Review with &apos;sentry-console diff %1&apos;, push with &apos;sentry-console apply %1&apos;.</source>
        <translation>Mit „sentry-console diff %1“ prüfen, mit „sentry-console apply %1“ übertragen.</translation>
    </message>
    <message>
        <source>Browse the organization (teams, projects, members)</source>
        <translation>Die Organisation durchsuchen (Teams, Projekte, Mitglieder)</translation>
    </message>
    <message>
        <source>parts of the organization tree stay empty</source>
        <translation>Teile des Organisationsbaums bleiben leer</translation>
    </message>
    <message>
        <source>Read alerts and audit the tiers</source>
        <translation>Alarme lesen und die Stufen prüfen</translation>
    </message>
    <message>
        <source>the tier audit cannot read alerts</source>
        <translation>die Stufenprüfung kann keine Alarme lesen</translation>
    </message>
    <message>
        <source>Apply tiers (create and change alerts)</source>
        <translation>Stufen anwenden (Alarme anlegen und ändern)</translation>
    </message>
    <message>
        <source>tiers are read-only</source>
        <translation>Stufen sind schreibgeschützt</translation>
    </message>
    <message>
        <source>Push ownership rules and team access</source>
        <translation>Zuständigkeitsregeln und Teamzugriff übertragen</translation>
    </message>
    <message>
        <source>ownership rules are read-only</source>
        <translation>Zuständigkeitsregeln sind schreibgeschützt</translation>
    </message>
    <message>
        <source>Error charts (events and usage stats)</source>
        <translation>Fehlerdiagramme (Events und Nutzungsstatistiken)</translation>
    </message>
    <message>
        <source>the charts stay empty</source>
        <translation>die Diagramme bleiben leer</translation>
    </message>
    <message>
        <source>The server&apos;s answer for organization &quot;%1&quot; is not a JSON object.</source>
        <translation>Die Antwort des Servers für die Organisation „%1“ ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>No token is stored in the keychain for profile &quot;%1&quot;.</source>
        <translation>Für das Profil „%1“ ist kein Token im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>No system keychain is available on this machine, so tokens cannot be stored. Set SENTRY_AUTH_TOKEN in the environment instead.</source>
        <translation>Auf diesem Rechner gibt es keinen Systemschlüsselbund, daher können keine Tokens gespeichert werden. Setzen Sie stattdessen SENTRY_AUTH_TOKEN in der Umgebung.</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain. Without one (headless machines), set SENTRY_AUTH_TOKEN.</source>
        <translation>Tokens werden im Systemschlüsselbund aufbewahrt. Ohne Schlüsselbund (Rechner ohne Desktop) SENTRY_AUTH_TOKEN setzen.</translation>
    </message>
    <message>
        <source>Tokens are kept in memory for this session only.</source>
        <translation>Tokens werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The push was canceled before this operation started.</source>
        <translation>Die Übertragung wurde abgebrochen, bevor diese Operation begann.</translation>
    </message>
    <message>
        <source>Not attempted: the push stopped after an operation failed (use --continue-on-error to go on).</source>
        <translation>Nicht versucht: Die Übertragung hat nach einer fehlgeschlagenen Operation angehalten (mit --continue-on-error geht es weiter).</translation>
    </message>
    <message>
        <source>Not attempted: it needs the object that %1 creates, and %1 was not applied.</source>
        <translation>Nicht versucht: Sie braucht das Objekt, das %1 anlegt, und %1 wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Nothing was written: the object could not be fetched again before the write.</source>
        <translation>Nichts wurde geschrieben: Das Objekt konnte vor dem Schreiben nicht erneut abgerufen werden.</translation>
    </message>
    <message>
        <source>%1 changed on the server since it was fetched (%2); nothing was written.</source>
        <translation>%1 wurde seit dem Abruf auf dem Server geändert (%2); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The answer to the create was lost, so its id is unknown: the server may have created it. Refresh and check before pushing again.</source>
        <translation>Die Antwort auf das Anlegen ging verloren, daher ist die ID unbekannt: Der Server hat das Objekt möglicherweise angelegt. Vor dem erneuten Übertragen aktualisieren und prüfen.</translation>
    </message>
    <message>
        <source>The write&apos;s answer was lost and the read-back failed too: whether it reached the server is unknown. Refresh and check.</source>
        <translation>Die Antwort auf das Schreiben ging verloren und das Zurücklesen schlug ebenfalls fehl: Ob es den Server erreicht hat, ist unbekannt. Aktualisieren und prüfen.</translation>
    </message>
    <message>
        <source>Written, but the read-back failed, so it is not verified.</source>
        <translation>Geschrieben, aber das Zurücklesen schlug fehl, daher nicht verifiziert.</translation>
    </message>
    <message>
        <source>The answer to the write was lost (%1), but the read-back shows the change arrived.</source>
        <translation>Die Antwort auf das Schreiben ging verloren (%1), aber das Zurücklesen zeigt, dass die Änderung angekommen ist.</translation>
    </message>
    <message>
        <source>The read-back shows the object unchanged: nothing was written.</source>
        <translation>Das Zurücklesen zeigt das Objekt unverändert: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The read-back shows the object changed, but not as intended (%1).</source>
        <translation>Das Zurücklesen zeigt das Objekt geändert, aber nicht wie beabsichtigt (%1).</translation>
    </message>
    <message>
        <source>The server accepted the write but now holds different values for: %1.</source>
        <translation>Der Server hat das Schreiben angenommen, hält aber jetzt andere Werte für: %1.</translation>
    </message>
    <message>
        <source>The organization&apos;s region URL &quot;%1&quot; is not a valid URL; staying on %2.</source>
        <translation>Die Regions-URL „%1“ der Organisation ist keine gültige URL; es bleibt bei %2.</translation>
    </message>
    <message>
        <source>The organization&apos;s region URL &quot;%1&quot; is not an http(s) URL; staying on %2.</source>
        <translation>Die Regions-URL „%1“ der Organisation ist keine http(s)-URL; es bleibt bei %2.</translation>
    </message>
    <message>
        <source>The organization&apos;s region URL %1 is not https; the token is not sent over plain http, so requests stay on %2.</source>
        <translation>Die Regions-URL %1 der Organisation ist nicht https; das Token wird nicht über unverschlüsseltes http gesendet, die Anfragen bleiben bei %2.</translation>
    </message>
    <message>
        <source>%1 %2 was not found: check that the organization &quot;%3&quot; and the project &quot;%4&quot; exist and that the token can access them.</source>
        <translation>%1 %2 wurde nicht gefunden: Prüfen Sie, ob die Organisation „%3“ und das Projekt „%4“ existieren und das Token darauf zugreifen kann.</translation>
    </message>
    <message>
        <source>%1 %2 was not found: check that the organization &quot;%3&quot; and the team &quot;%4&quot; exist and that the token can access them.</source>
        <translation>%1 %2 wurde nicht gefunden: Prüfen Sie, ob die Organisation „%3“ und das Team „%4“ existieren und das Token darauf zugreifen kann.</translation>
    </message>
    <message>
        <source>The organization &quot;%1&quot; was not found, or the token cannot access it (check --org / SENTRY_ORG and the server URL).</source>
        <translation>Die Organisation „%1“ wurde nicht gefunden, oder das Token kann nicht darauf zugreifen (--org / SENTRY_ORG und die Server-URL prüfen).</translation>
    </message>
    <message>
        <source>%1 %2 was not found: check that the organization &quot;%3&quot; exists, that the token can access it, and that this server offers the endpoint (%4).</source>
        <translation>%1 %2 wurde nicht gefunden: Prüfen Sie, ob die Organisation „%3“ existiert, das Token darauf zugreifen kann und dieser Server den Endpunkt anbietet (%4).</translation>
    </message>
    <message>
        <source>%1 %2 was not found on this server.</source>
        <translation>%1 %2 wurde auf diesem Server nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not reach the Sentry server for %1 %2: %3</source>
        <translation>Der Sentry-Server war für %1 %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The answer to %1 %2</source>
        <translation>Die Antwort auf %1 %2</translation>
    </message>
    <message>
        <source>The server redirected %1 %2 to %3; the token is not sent along redirects. Use the final server URL (often https://) in SENTRY_URL / --url.</source>
        <translation>Der Server hat %1 %2 nach %3 umgeleitet; das Token wird bei Umleitungen nicht mitgesendet. Die endgültige Server-URL (oft https://) in SENTRY_URL / --url verwenden.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>Sentry rejected the auth token (%1). Check SENTRY_AUTH_TOKEN / --auth-token, or create a new token under Settings → Auth Tokens.</source>
        <translation>Sentry hat das Auth-Token abgelehnt (%1). SENTRY_AUTH_TOKEN / --auth-token prüfen oder unter Settings → Auth Tokens ein neues Token anlegen.</translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation>HTTP 401</translation>
    </message>
    <message>
        <source>The token lacks the %1 scope needed for %2 %3 (Sentry says: %4). Create a token with %1, or ask an organization owner for access.</source>
        <translation>Dem Token fehlt der Scope %1, den %2 %3 braucht (Sentry meldet: %4). Ein Token mit %1 anlegen oder einen Owner der Organisation um Zugriff bitten.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The token is not allowed to %1 %2 (Sentry says: %3). Check the token&apos;s scopes and your role in the organization.</source>
        <translation>Das Token darf %1 %2 nicht (Sentry meldet: %3). Die Scopes des Tokens und Ihre Rolle in der Organisation prüfen.</translation>
    </message>
    <message>
        <source>Sentry reported a conflict for %1 %2: %3</source>
        <translation>Sentry meldet einen Konflikt für %1 %2: %3</translation>
    </message>
    <message>
        <source>HTTP 409</source>
        <translation>HTTP 409</translation>
    </message>
    <message>
        <source>Sentry&apos;s rate limit stopped %1 %2 (%3). Try again in a minute, or lower --concurrency.</source>
        <translation>Sentrys Ratenlimit hat %1 %2 gestoppt (%3). In einer Minute erneut versuchen oder --concurrency verringern.</translation>
    </message>
    <message>
        <source>HTTP 429</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <source>no request id</source>
        <translation>keine Request-ID</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Request-ID %1</translation>
    </message>
    <message>
        <source>The Sentry server failed on %1 %2 with HTTP %3 (%4). Try again later; if it persists, report the request id to the server&apos;s admins.</source>
        <translation>Der Sentry-Server ist bei %1 %2 mit HTTP %3 gescheitert (%4). Später erneut versuchen; wenn es bleibt, die Request-ID an die Administratoren des Servers melden.</translation>
    </message>
    <message>
        <source>Sentry rejected %1 %2: %3</source>
        <translation>Sentry hat %1 %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>HTTP %1 without an explanation</source>
        <translation>HTTP %1 ohne Erklärung</translation>
    </message>
    <message>
        <source>The legacy API %1 is unavailable (%2, HTTP %3); Sentry names %4 as its replacement.</source>
        <translation>Die Legacy-API %1 ist nicht verfügbar (%2, HTTP %3); Sentry nennt %4 als Ersatz.</translation>
    </message>
    <message>
        <source>The legacy API %1 is unavailable (%2, HTTP %3): it was retired or is in a brownout.</source>
        <translation>Die Legacy-API %1 ist nicht verfügbar (%2, HTTP %3): Sie wurde abgeschaltet oder ist in einem Brownout.</translation>
    </message>
    <message>
        <source>No token is stored for this profile and SENTRY_AUTH_TOKEN is not set.</source>
        <translation>Für dieses Profil ist kein Token gespeichert und SENTRY_AUTH_TOKEN ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Refusing to send the auth token over plain http to %1: use an https:// URL (plain http is only allowed for localhost).</source>
        <translation>Das Auth-Token wird nicht über unverschlüsseltes http an %1 gesendet: eine https://-URL verwenden (http ist nur für localhost erlaubt).</translation>
    </message>
    <message>
        <source>The answer to GET %1 is not a list, as this endpoint should return.</source>
        <translation>Die Antwort auf GET %1 ist keine Liste, wie dieser Endpunkt sie liefern sollte.</translation>
    </message>
    <message>
        <source>The server&apos;s pagination of GET %1 does not advance (the next-page link repeats).</source>
        <translation>Die Seitenaufteilung des Servers für GET %1 kommt nicht voran (der Link zur nächsten Seite wiederholt sich).</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwellwert %1</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>detectors</source>
        <translation>Detektoren</translation>
    </message>
    <message>
        <source>workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>query %1</source>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>team #%1</source>
        <translation>Team #%1</translation>
    </message>
    <message>
        <source>teams (%1)</source>
        <translation>Teams (%1)</translation>
    </message>
    <message>
        <source>access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>(organization)</source>
        <translation>(Organisation)</translation>
    </message>
    <message>
        <source>creates: %1, updates: %2, deletes: %3</source>
        <translation>Anlegen: %1, Ändern: %2, Löschen: %3</translation>
    </message>
    <message>
        <source>connects: %1, disconnects: %2</source>
        <translation>Verbinden: %1, Trennen: %2</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>Change set for %1 on %2: %n operation(s) (%3)</source>
        <translation>
            <numerusform>Änderungssatz für %1 auf %2: %n Operation (%3)</numerusform>
            <numerusform>Änderungssatz für %1 auf %2: %n Operationen (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no visible change)</source>
        <translation>(keine sichtbare Änderung)</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>theirs: %1</source>
        <translation>ihre:  %1</translation>
    </message>
    <message>
        <source>mine:   %1</source>
        <translation>meine: %1</translation>
    </message>
    <message>
        <source>A journal entry has no id.</source>
        <translation>Ein Journal-Eintrag hat keine ID.</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Das Journal %1 ist nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Das Journal %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>pushing…</source>
        <translation>wird übertragen…</translation>
    </message>
    <message>
        <source>applied and verified</source>
        <translation>angewendet und verifiziert</translation>
    </message>
    <message>
        <source>conflict: changed on the server, nothing written</source>
        <translation>Konflikt: auf dem Server geändert, nichts geschrieben</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>written, but the server holds something else</source>
        <translation>geschrieben, aber der Server hält etwas anderes</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: undo %2 (%3)</source>
        <translation>%1: %2 rückgängig machen (%3)</translation>
    </message>
    <message>
        <source>The operations to undo were pushed to different servers or organizations (%1 %2 and %3 %4); undo them one at a time.</source>
        <translation>Die rückgängig zu machenden Operationen wurden an verschiedene Server oder Organisationen übertragen (%1 %2 und %3 %4); bitte einzeln rückgängig machen.</translation>
    </message>
    <message>
        <source>Nothing to undo: no pushed operation reached the server.</source>
        <translation>Nichts rückgängig zu machen: Keine übertragene Operation hat den Server erreicht.</translation>
    </message>
    <message>
        <source>operation %1 (%2)</source>
        <translation>Operation %1 (%2)</translation>
    </message>
    <message>
        <source>The change set&apos;s %1 has no &quot;id&quot;.</source>
        <translation>%1 des Änderungssatzes hat keine „id“.</translation>
    </message>
    <message>
        <source>The change set&apos;s %1 has request method &quot;%2&quot;; expected POST, PUT or DELETE.</source>
        <translation>%1 des Änderungssatzes hat die Request-Methode „%2“; erwartet wird POST, PUT oder DELETE.</translation>
    </message>
    <message>
        <source>Unsupported change-set version %1; this sentry-console reads version %2.</source>
        <translation>Nicht unterstützte Änderungssatz-Version %1; diese sentry-console liest Version %2.</translation>
    </message>
    <message>
        <source>The change set has no &quot;operations&quot; list.</source>
        <translation>Der Änderungssatz hat keine Liste „operations“.</translation>
    </message>
    <message>
        <source>The change set uses the operation id &quot;%1&quot; twice.</source>
        <translation>Der Änderungssatz verwendet die Operations-ID „%1“ zweimal.</translation>
    </message>
    <message>
        <source>%1 is not a change set: the top level is not a JSON object.</source>
        <translation>%1 ist kein Änderungssatz: Die oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Cannot remove the draft %1.</source>
        <translation>Der Entwurf %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 ist nicht schreibbar: %2.</translation>
    </message>
    <message>
        <source>This file is not a sentry-console snapshot: it has no &quot;organization&quot; object or no &quot;projects&quot; list.</source>
        <translation>Diese Datei ist kein sentry-console-Snapshot: Sie hat kein Objekt „organization“ oder keine Liste „projects“.</translation>
    </message>
    <message>
        <source>This snapshot was written by a newer sentry-console (format %1); this version reads format %2.</source>
        <translation>Dieser Snapshot wurde von einer neueren sentry-console geschrieben (Format %1); diese Version liest Format %2.</translation>
    </message>
    <message>
        <source>%1 is not a snapshot: the top level is not a JSON object.</source>
        <translation>%1 ist kein Snapshot: Die oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>mapping file</source>
        <translation>Zuordnungsdatei</translation>
    </message>
    <message>
        <source>The mapping for %1 is not a string.</source>
        <translation>Die Zuordnung für %1 ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>Mapping line %1 should read &quot;&lt;code-host owner&gt; &lt;Sentry owner&gt;&quot;.</source>
        <translation>Zuordnungszeile %1 sollte „&lt;Zuständiger beim Code-Host&gt; &lt;Zuständiger in Sentry&gt;“ lauten.</translation>
    </message>
    <message>
        <source>GitLab section header: its default owners (%1) apply to the entries below that name none.</source>
        <translation>GitLab-Abschnittskopf: Seine Standard-Zuständigen (%1) gelten für die folgenden Einträge, die keine nennen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses syntax CODEOWNERS does not support (&apos;!&apos;, &apos;#&apos;, &apos;[…]&apos; or white space): Sentry drops this line.</source>
        <translation>„%1“ verwendet Syntax, die CODEOWNERS nicht unterstützt („!“, „#“, „[…]“ oder Leerraum): Sentry verwirft diese Zeile.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no owners: dropped.</source>
        <translation>„%1“ hat keine Zuständigen: verworfen.</translation>
    </message>
    <message>
        <source>No owner of &apos;%1&apos; maps to a Sentry team or member (%2): dropped.</source>
        <translation>Kein Zuständiger von „%1“ lässt sich einem Sentry-Team oder -Mitglied zuordnen (%2): verworfen.</translation>
    </message>
    <message>
        <source>The case file has no &quot;cases&quot; list.</source>
        <translation>Die Falldatei hat keine Liste „cases“.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>#%1 is not a team of %2: Sentry rejects the rules with &quot;Invalid rule owners: #%1&quot;.</source>
        <translation>#%1 ist kein Team von %2: Sentry lehnt die Regeln mit „Invalid rule owners: #%1“ ab.</translation>
    </message>
    <message>
        <source>#%1 has no access to %2: Sentry rejects the rules with &quot;Invalid rule owners: #%1&quot;. Add the team to the project first.</source>
        <translation>#%1 hat keinen Zugriff auf %2: Sentry lehnt die Regeln mit „Invalid rule owners: #%1“ ab. Das Team zuerst dem Projekt hinzufügen.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: Sentry rejects the rules with &quot;Invalid rule owners: %1&quot;.</source>
        <translation>%1 ist kein Mitglied von %2: Sentry lehnt die Regeln mit „Invalid rule owners: %1“ ab.</translation>
    </message>
    <message>
        <source>%1 is in no team of %2: Sentry rejects the rules with &quot;Invalid rule owners: %1&quot;.</source>
        <translation>%1 ist in keinem Team von %2: Sentry lehnt die Regeln mit „Invalid rule owners: %1“ ab.</translation>
    </message>
    <message>
        <source>Codeowner type paths can only be added by importing CODEOWNER files: Sentry rejects a &apos;codeowners:&apos; rule typed here. Import the CODEOWNERS file instead.</source>
        <translation>Pfade vom Typ codeowners lassen sich nur durch Importieren von CODEOWNERS-Dateien hinzufügen: Sentry lehnt eine hier eingegebene „codeowners:“-Regel ab. Stattdessen die CODEOWNERS-Datei importieren.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a matcher Sentry knows (path, module, url, codeowners, tags.&lt;key&gt;): this rule never matches.</source>
        <translation>„%1“ ist kein Matcher, den Sentry kennt (path, module, url, codeowners, tags.&lt;key&gt;): Diese Regel passt nie.</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; is not a matcher type (they are lower case: path, module, url, tags.&lt;key&gt;), so the whole text &apos;%2&apos; is a path pattern.</source>
        <translation>„%1:“ ist kein Matcher-Typ (sie werden kleingeschrieben: path, module, url, tags.&lt;key&gt;), daher ist der ganze Text „%2“ ein Pfadmuster.</translation>
    </message>
    <message>
        <source>Malformed pattern (%1): Sentry accepts it but it never matches anything.</source>
        <translation>Fehlerhaftes Muster (%1): Sentry nimmt es an, aber es passt nie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 rule: it matches every event that has a stack frame with a %3, but never events with only a URL or tags. Add &apos;url:* …&apos; or tag rules to catch those.</source>
        <translation>„%1“ ist eine %2-Regel: Sie passt auf jedes Event mit einem Stack-Frame mit %3, aber nie auf Events mit nur einer URL oder Tags. Regeln mit „url:* …“ oder Tags ergänzen, um diese zu erfassen.</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>einem Dateinamen</translation>
    </message>
    <message>
        <source>module</source>
        <translation>einem Modul</translation>
    </message>
    <message>
        <source>This catch-all is below other rules, so it outranks them for auto-assignment (the last matching rule wins). Move it to the top.</source>
        <translation>Diese Auffangregel steht unter anderen Regeln und hat daher bei der automatischen Zuweisung Vorrang (die letzte passende Regel gewinnt). Nach oben verschieben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches every event that has a %2.</source>
        <translation>„%1“ passt auf jedes Event mit %2.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>einer URL</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>dem Tag %1</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; matches almost every value: &apos;*&apos; crosses &apos;/&apos; in Sentry, so only %n literal character(s) constrain it.</source>
        <translation>
            <numerusform>„%1“ passt auf fast jeden Wert: „*“ überspringt in Sentry auch „/“, daher schränkt nur %n festes Zeichen es ein.</numerusform>
            <numerusform>„%1“ passt auf fast jeden Wert: „*“ überspringt in Sentry auch „/“, daher schränken nur %n feste Zeichen es ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact duplicate of the rule on %1.</source>
        <translation>Exaktes Duplikat der Regel in %1.</translation>
    </message>
    <message>
        <source>Same pattern as %1: Sentry adds both rules&apos; owners; this one ranks higher for auto-assignment. Consider merging the owners into one rule.</source>
        <translation>Gleiches Muster wie %1: Sentry fügt die Zuständigen beider Regeln zusammen; diese hat bei der automatischen Zuweisung den höheren Rang. Die Zuständigen besser in einer Regel zusammenführen.</translation>
    </message>
    <message>
        <source>Shadowed by the rule on %1: every value this pattern matches also matches &apos;%2&apos;, which is lower in the file and so always ranks higher for auto-assignment. This rule only adds owners.</source>
        <translation>Verdeckt von der Regel in %1: Jeder Wert, auf den dieses Muster passt, passt auch auf „%2“, das weiter unten in der Datei steht und daher bei der automatischen Zuweisung immer höher rangiert. Diese Regel fügt nur Zuständige hinzu.</translation>
    </message>
    <message>
        <source>Raw needs to be &lt;= %1 characters in length (this text has %2).</source>
        <translation>Raw darf höchstens %1 Zeichen lang sein (dieser Text hat %2).</translation>
    </message>
    <message>
        <source>&apos;}&apos; without a matching &apos;{&apos;</source>
        <translation>„}“ ohne passendes „{“</translation>
    </message>
    <message>
        <source>&apos;{&apos; is never closed</source>
        <translation>„{“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>alternatives &apos;{…}&apos; cannot be nested</source>
        <translation>Alternativen „{…}“ dürfen nicht verschachtelt sein</translation>
    </message>
    <message>
        <source>the pattern ends with a lone &apos;\&apos;</source>
        <translation>das Muster endet mit einem einzelnen „\“</translation>
    </message>
    <message>
        <source>the character range &apos;%1-%2&apos; is reversed</source>
        <translation>der Zeichenbereich „%1-%2“ ist umgekehrt</translation>
    </message>
    <message>
        <source>&apos;[&apos; is never closed</source>
        <translation>„[“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1 of %2 events change owner</source>
        <translation>%1 von %2 Events wechseln den Zuständigen</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; must be followed directly by a pattern (no space after the colon)</source>
        <translation>auf „%1:“ muss direkt ein Muster folgen (kein Leerzeichen nach dem Doppelpunkt)</translation>
    </message>
    <message>
        <source>a pattern</source>
        <translation>ein Muster</translation>
    </message>
    <message>
        <source>&apos;#&apos; must be followed by a team slug</source>
        <translation>auf „#“ muss ein Team-Slug folgen</translation>
    </message>
    <message>
        <source>the rule has no owners: add #team or a member&apos;s email after the pattern</source>
        <translation>die Regel hat keine Zuständigen: #team oder die E-Mail-Adresse eines Mitglieds nach dem Muster ergänzen</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>ein Zuständiger</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>a tab where %1 should start: Sentry separates tokens with spaces only</source>
        <translation>ein Tabulator, wo %1 beginnen sollte: Sentry trennt Tokens nur mit Leerzeichen</translation>
    </message>
    <message>
        <source>the character U+%1 (a kind of white space) where %2 should start: Sentry separates tokens with ASCII spaces only</source>
        <translation>das Zeichen U+%1 (eine Art Leerraum), wo %2 beginnen sollte: Sentry trennt Tokens nur mit ASCII-Leerzeichen</translation>
    </message>
    <message>
        <source>the next owner</source>
        <translation>der nächste Zuständige</translation>
    </message>
    <message>
        <source>%1. Line %2, column %3: %4.</source>
        <translation>%1. Zeile %2, Spalte %3: %4.</translation>
    </message>
    <message>
        <source>the quoted pattern ends with a lone backslash</source>
        <translation>das Muster in Anführungszeichen endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <source>the quoted pattern has a truncated \%1 escape</source>
        <translation>das Muster in Anführungszeichen hat ein abgeschnittenes \%1-Escape</translation>
    </message>
    <message>
        <source>the quoted pattern has an escape beyond the last Unicode character</source>
        <translation>das Muster in Anführungszeichen hat ein Escape jenseits des letzten Unicode-Zeichens</translation>
    </message>
    <message>
        <source>named \N{…} escapes are not supported in quoted patterns</source>
        <translation>benannte \N{…}-Escapes werden in Mustern in Anführungszeichen nicht unterstützt</translation>
    </message>
    <message>
        <source>The cached error statistics are unreadable; they will be fetched again.</source>
        <translation>Die zwischengespeicherten Fehlerstatistiken sind unlesbar; sie werden neu abgerufen.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 answer could not be read: %2.</source>
        <translation>Die Antwort %1 des Servers konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list</source>
        <translation>„data“ ist keine Liste</translation>
    </message>
    <message>
        <source>a data point is not [time, values]</source>
        <translation>ein Datenpunkt ist nicht [Zeit, Werte]</translation>
    </message>
    <message>
        <source>&quot;groups&quot; is missing</source>
        <translation>„groups“ fehlt</translation>
    </message>
    <message>
        <source>a group has no project</source>
        <translation>eine Gruppe hat kein Projekt</translation>
    </message>
    <message>
        <source>&quot;timeSeries&quot; is missing</source>
        <translation>„timeSeries“ fehlt</translation>
    </message>
    <message>
        <source>a series has no &quot;values&quot;</source>
        <translation>eine Reihe hat keine „values“</translation>
    </message>
    <message>
        <source>a value has no timestamp</source>
        <translation>ein Wert hat keinen Zeitstempel</translation>
    </message>
    <message>
        <source>the answer is not an object</source>
        <translation>die Antwort ist kein Objekt</translation>
    </message>
    <message>
        <source>(project %1 has no team)</source>
        <translation>(Projekt %1 hat kein Team)</translation>
    </message>
    <message>
        <source>The org has no PagerDuty integration%1, so %2 alerts of team %3 cannot page anyone.</source>
        <translation>Die Organisation hat keine PagerDuty-Integration%1, daher können %2-Alarme von Team %3 niemanden alarmieren.</translation>
    </message>
    <message>
        <source>The policy routes %1 alerts of team %2 to PagerDuty service &quot;%3&quot;, which does not exist in the org&apos;s PagerDuty integration.</source>
        <translation>Die Richtlinie leitet %1-Alarme von Team %2 an den PagerDuty-Service „%3“, den es in der PagerDuty-Integration der Organisation nicht gibt.</translation>
    </message>
    <message>
        <source>Team %1 has no routing for %2: the org has %3 PagerDuty services and the team has no %2 alerts yet; name one under routing.teams.%1.%2.service.</source>
        <translation>Team %1 hat kein Routing für %2: Die Organisation hat %3 PagerDuty-Services und das Team noch keine %2-Alarme; einen unter routing.teams.%1.%2.service angeben.</translation>
    </message>
    <message>
        <source>The org has no Slack integration%1, so %2 alerts of team %3 cannot be posted.</source>
        <translation>Die Organisation hat keine Slack-Integration%1, daher können %2-Alarme von Team %3 nicht gepostet werden.</translation>
    </message>
    <message>
        <source>Team %1 has no routing for %2: the policy names no Slack channel and the team has no %2 alerts yet.</source>
        <translation>Team %1 hat kein Routing für %2: Die Richtlinie nennt keinen Slack-Kanal und das Team hat noch keine %2-Alarme.</translation>
    </message>
    <message>
        <source>Team %1 has no routing for %2: the org has %3 Slack workspaces; name one with &quot;integration&quot;.</source>
        <translation>Team %1 hat kein Routing für %2: Die Organisation hat %3 Slack-Workspaces; einen mit „integration“ angeben.</translation>
    </message>
    <message>
        <source>Unknown action type &quot;%1&quot; for %2.</source>
        <translation>Unbekannter Aktionstyp „%1“ für %2.</translation>
    </message>
    <message>
        <source>routing.teams names team &quot;%1&quot;, which does not exist in the org.</source>
        <translation>routing.teams nennt das Team „%1“, das es in der Organisation nicht gibt.</translation>
    </message>
    <message>
        <source>routing.projects names project &quot;%1&quot;, which does not exist in the org.</source>
        <translation>routing.projects nennt das Projekt „%1“, das es in der Organisation nicht gibt.</translation>
    </message>
    <message>
        <source>routing.projects.%1.team names team &quot;%2&quot;, which does not exist in the org.</source>
        <translation>routing.projects.%1.team nennt das Team „%2“, das es in der Organisation nicht gibt.</translation>
    </message>
    <message>
        <source>%1: create workflow &quot;%2&quot; → %3</source>
        <translation>%1: Workflow „%2“ anlegen → %3</translation>
    </message>
    <message>
        <source>%1: create issue alert rule &quot;%2&quot; → %3</source>
        <translation>%1: Issue-Alarmregel „%2“ anlegen → %3</translation>
    </message>
    <message>
        <source>%1: create metric alert rule %2 %3 %4 over %5 min → %6</source>
        <translation>%1: Metrik-Alarmregel %2 %3 %4 über %5 min anlegen → %6</translation>
    </message>
    <message>
        <source>%1: create detector %2 %3 %4 over %5 s, connected to %6</source>
        <translation>%1: Detektor %2 %3 %4 über %5 s anlegen, verbunden mit %6</translation>
    </message>
    <message>
        <source>the new workflow</source>
        <translation>der neue Workflow</translation>
    </message>
    <message>
        <source>%1: connect detector %2 to the %3 workflow</source>
        <translation>%1: Detektor %2 mit dem Workflow %3 verbinden</translation>
    </message>
    <message>
        <source>%1: enable workflow &quot;%2&quot;</source>
        <translation>%1: Workflow „%2“ aktivieren</translation>
    </message>
    <message>
        <source>%1: route detector %2 to %3 instead of %4</source>
        <translation>%1: Detektor %2 an %3 statt %4 leiten</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es kein Team „%1“.</translation>
    </message>
    <message>
        <source>Nothing was planned: the policy cannot route some tiers.</source>
        <translation>Nichts wurde geplant: Die Richtlinie kann einige Stufen nicht routen.</translation>
    </message>
    <message>
        <source>The policy is not valid YAML: %1.</source>
        <translation>Die Richtlinie ist kein gültiges YAML: %1.</translation>
    </message>
    <message>
        <source>The policy must be a YAML mapping with a &quot;tiers&quot; key.</source>
        <translation>Die Richtlinie muss ein YAML-Mapping mit dem Schlüssel „tiers“ sein.</translation>
    </message>
    <message>
        <source>%1 must be a mapping.</source>
        <translation>%1 muss ein Mapping sein.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in %2; expected one of: %3.</source>
        <translation>Unbekannter Schlüssel „%1“ in %2; erwartet wird einer von: %3.</translation>
    </message>
    <message>
        <source>%1 must be a single value.</source>
        <translation>%1 muss ein einzelner Wert sein.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot;; the tiers are P0, P1, P2 and P3.</source>
        <translation>Unbekannte Stufe „%1“; die Stufen sind P0, P1, P2 und P3.</translation>
    </message>
    <message>
        <source>%1 must not be negative (got %2).</source>
        <translation>%1 darf nicht negativ sein (war %2).</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 1 for %2 (got %3).</source>
        <translation>%1 muss für %2 zwischen 0 und 1 liegen (war %3).</translation>
    </message>
    <message>
        <source>%1 must be a percentage between 0 and 100 (got %2).</source>
        <translation>%1 muss ein Prozentwert zwischen 0 und 100 sein (war %2).</translation>
    </message>
    <message>
        <source>the policy</source>
        <translation>die Richtlinie</translation>
    </message>
    <message>
        <source>Unsupported policy version &quot;%1&quot;; this console reads version 1.</source>
        <translation>Nicht unterstützte Richtlinienversion „%1“; diese Konsole liest Version 1.</translation>
    </message>
    <message>
        <source>The policy needs a &quot;tiers&quot; mapping (P0…P3).</source>
        <translation>Die Richtlinie braucht ein Mapping „tiers“ (P0…P3).</translation>
    </message>
    <message>
        <source>%1.frequency must be one of 0, 5, 10, 30, 60, 180, 720 or 1440 minutes (got %2).</source>
        <translation>%1.frequency muss 0, 5, 10, 30, 60, 180, 720 oder 1440 Minuten sein (war %2).</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot; in %2; expected one of: %3.</source>
        <translation>Unbekannter Auslöser „%1“ in %2; erwartet wird einer von: %3.</translation>
    </message>
    <message>
        <source>%1.triggers must be a list.</source>
        <translation>%1.triggers muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1.parts must be a mapping of part names.</source>
        <translation>%1.parts muss ein Mapping von Teilnamen sein.</translation>
    </message>
    <message>
        <source>Tier %1 needs either &quot;triggers&quot; (an issue alert) or &quot;parts&quot; (metric thresholds).</source>
        <translation>Stufe %1 braucht entweder „triggers“ (ein Issue-Alarm) oder „parts“ (Metrik-Schwellwerte).</translation>
    </message>
    <message>
        <source>Tier %1 has both &quot;triggers&quot; and &quot;parts&quot;; a tier is either an issue alert or metric thresholds.</source>
        <translation>Stufe %1 hat sowohl „triggers“ als auch „parts“; eine Stufe ist entweder ein Issue-Alarm oder Metrik-Schwellwerte.</translation>
    </message>
    <message>
        <source>Tier %1 needs an &quot;action&quot; (type: pagerduty or slack).</source>
        <translation>Stufe %1 braucht eine „action“ (type: pagerduty oder slack).</translation>
    </message>
    <message>
        <source>%1 needs an &quot;aggregate&quot;.</source>
        <translation>%1 braucht ein „aggregate“.</translation>
    </message>
    <message>
        <source>%1 needs a &quot;dataset&quot;.</source>
        <translation>%1 braucht ein „dataset“.</translation>
    </message>
    <message>
        <source>Unknown comparison &quot;%1&quot; in %2; expected gt, lt, gte or lte.</source>
        <translation>Unbekannter Vergleich „%1“ in %2; erwartet wird gt, lt, gte oder lte.</translation>
    </message>
    <message>
        <source>%1 needs a &quot;threshold&quot;.</source>
        <translation>%1 braucht einen „threshold“.</translation>
    </message>
    <message>
        <source>%1.when must be &quot;always&quot; or &quot;sessions&quot; (got &quot;%2&quot;).</source>
        <translation>%1.when muss „always“ oder „sessions“ sein (war „%2“).</translation>
    </message>
    <message>
        <source>%1 needs a &quot;type&quot; (pagerduty or slack).</source>
        <translation>%1 braucht einen „type“ (pagerduty oder slack).</translation>
    </message>
    <message>
        <source>Unknown action type &quot;%1&quot; in %2; expected pagerduty or slack.</source>
        <translation>Unbekannter Aktionstyp „%1“ in %2; erwartet wird pagerduty oder slack.</translation>
    </message>
    <message>
        <source>routing.%1 must be a mapping.</source>
        <translation>routing.%1 muss ein Mapping sein.</translation>
    </message>
    <message>
        <source>The routing of &quot;%1&quot; must be a mapping.</source>
        <translation>Das Routing von „%1“ muss ein Mapping sein.</translation>
    </message>
    <message>
        <source>overrides.teams and overrides.projects must be mappings.</source>
        <translation>overrides.teams und overrides.projects müssen Mappings sein.</translation>
    </message>
    <message>
        <source>The overrides of &quot;%1&quot; must be a mapping of tiers.</source>
        <translation>Die Overrides von „%1“ müssen ein Mapping von Stufen sein.</translation>
    </message>
    <message numerus="yes">
        <source>The tier policy %1 has %n problem(s):</source>
        <translation>
            <numerusform>Die Stufenrichtlinie %1 hat %n Problem:</numerusform>
            <numerusform>Die Stufenrichtlinie %1 hat %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the tier policy %1: %2.</source>
        <translation>Die Stufenrichtlinie %1 ist nicht lesbar: %2.</translation>
    </message>
    <message>
        <source>The policy text has no value at %1.</source>
        <translation>Der Richtlinientext hat keinen Wert bei %1.</translation>
    </message>
    <message>
        <source>Audit every project against the reference architecture; &apos;audit plan&apos; fixes it.</source>
        <translation>Jedes Projekt gegen die Referenzarchitektur prüfen; „audit plan“ behebt die Abweichungen.</translation>
    </message>
    <message>
        <source>Onboard a service: &apos;service create&apos; builds, previews and pushes one change set.</source>
        <translation>Einen Service einrichten: „service create“ erstellt einen Änderungssatz, zeigt ihn an und überträgt ihn.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>Run &apos;sentry-console&apos; without arguments to open the console window.</source>
        <translation>„sentry-console“ ohne Argumente starten, um das Konsolenfenster zu öffnen.</translation>
    </message>
    <message>
        <source>Output format: %1 (default: %2).</source>
        <translation>Ausgabeformat: %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>--format takes %1, not &quot;%2&quot;.</source>
        <translation>--format erwartet %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>its folder cannot be created or written</source>
        <translation>sein Ordner kann nicht angelegt oder beschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2. Nothing was pushed: a push missing from the journal is unknown to &apos;history&apos; and &apos;undo&apos; (use --journal FILE).</source>
        <translation>Das Journal %1 ist nicht schreibbar: %2. Nichts wurde übertragen: Eine Übertragung, die im Journal fehlt, kennen „history“ und „undo“ nicht (--journal DATEI verwenden).</translation>
    </message>
    <message>
        <source>Pushes a change-set file safely: prints the diff, asks (unless --yes), then for each operation fetches the object again and stops with a conflict if it changed on the server since it was planned (nothing of that operation is written), writes it (never retried blindly), reads it back and verifies it. Running it again is safe: an operation the server already holds is reported as already applied (not a conflict), and a create whose object already exists (same project, name and content) is adopted, not made twice. A create whose answer was lost is never resent: a fresh list decides. Every written or already-applied operation goes to the journal (see &apos;history&apos;, &apos;undo&apos;). The file is not modified: failed operations stay in it.

Exit codes: 0 every operation applied and verified; 4 an operation hit a conflict; 1 any other failure (network, server, validation, verification); 2 bad usage or unreadable change set.</source>
        <translation>Überträgt eine Änderungssatz-Datei sicher: zeigt den Diff, fragt nach (außer mit --yes), ruft dann für jede Operation das Objekt erneut ab und hält mit einem Konflikt an, wenn es seit der Planung auf dem Server geändert wurde (von dieser Operation wird nichts geschrieben), schreibt es (nie blind wiederholt), liest es zurück und verifiziert es. Ein erneuter Lauf ist sicher: Eine Operation, die der Server schon hat, wird als bereits angewendet gemeldet (kein Konflikt), und ein Anlegen, dessen Objekt schon existiert (gleiches Projekt, gleicher Name und Inhalt), wird übernommen, nicht doppelt angelegt. Ein Anlegen, dessen Antwort verloren ging, wird nie erneut gesendet: Eine frische Liste entscheidet. Jede geschriebene oder bereits angewendete Operation kommt ins Journal (siehe „history“, „undo“). Die Datei wird nicht verändert: Fehlgeschlagene Operationen bleiben darin.

Exit-Codes: 0 jede Operation angewendet und verifiziert; 4 eine Operation lief in einen Konflikt; 1 jeder andere Fehler (Netzwerk, Server, Validierung, Verifikation); 2 falscher Aufruf oder unlesbarer Änderungssatz.</translation>
    </message>
    <message>
        <source>Error: the push is not in the journal, so &apos;history&apos; and &apos;undo&apos; do not know it. %1</source>
        <translation>Fehler: Die Übertragung steht nicht im Journal, daher kennen „history“ und „undo“ sie nicht. %1</translation>
    </message>
    <message>
        <source>Objects with the same name as a create were found; deleting them is offered in %1 (review with &apos;diff&apos;, push with &apos;apply&apos;).</source>
        <translation>Es wurden Objekte mit demselben Namen wie ein Anlegen gefunden; ihr Löschen wird in %1 angeboten (mit „diff“ prüfen, mit „apply“ übertragen).</translation>
    </message>
    <message>
        <source>Policy file: the tier policy with an architecture: section (default: built in).</source>
        <translation>Richtliniendatei: die Stufenrichtlinie mit einem Abschnitt architecture: (Standard: eingebaut).</translation>
    </message>
    <message>
        <source>Audit every project against the reference architecture: topology, ownership, tiers, the health-check filter, PII scrubbing, key quotas, spike protection, releases, source maps and cron monitors (ok, drifted, missing or n/a, with the drifting fields). &apos;audit plan&apos; writes the fixes as a change set.

Exit codes: 0 all checks pass, 1 failed, 2 bad usage or an unreadable policy/snapshot, 3 a check of severity error is drifted or missing.</source>
        <translation>Jedes Projekt gegen die Referenzarchitektur prüfen: Topologie, Zuständigkeit, Stufen, Health-Check-Filter, PII-Bereinigung, Key-Kontingente, Spike Protection, Releases, Source Maps und Cron-Monitore (ok, abweichend, fehlt oder n/a, mit den abweichenden Feldern). „audit plan“ schreibt die Korrekturen als Änderungssatz.

Exit-Codes: 0 alle Prüfungen bestanden, 1 fehlgeschlagen, 2 falscher Aufruf oder unlesbare Richtlinie/unlesbarer Snapshot, 3 eine Prüfung mit Schweregrad error weicht ab oder fehlt.</translation>
    </message>
    <message>
        <source>Plan the operations that bring the selected projects (default: the whole org) to the reference architecture, as a change-set file for &apos;sentry-console diff&apos; and &apos;apply&apos;. What the API cannot fix (releases, source maps, owners that do not exist) is listed as notes.

Exit codes: 0 planned (possibly nothing), 1 failed, 2 bad usage or an unreadable policy/snapshot.</source>
        <translation>Die Operationen planen, die die ausgewählten Projekte (Standard: die ganze Organisation) auf die Referenzarchitektur bringen, als Änderungssatz-Datei für „sentry-console diff“ und „apply“. Was die API nicht beheben kann (Releases, Source Maps, nicht existierende Zuständige), wird als Hinweis aufgeführt.

Exit-Codes: 0 geplant (eventuell nichts), 1 fehlgeschlagen, 2 falscher Aufruf oder unlesbare Richtlinie/unlesbarer Snapshot.</translation>
    </message>
    <message>
        <source>Answer 429 beyond this many requests per 1 s window in each endpoint bucket (method + route), as sentry.io does with 40 (0 = off). The project events list always allows 60 per 60 s, one at a time.</source>
        <translation>Mit 429 antworten, wenn in einem Endpunkt-Bucket (Methode + Route) mehr als so viele Anfragen pro 1-s-Fenster eintreffen, wie sentry.io mit 40 (0 = aus). Die Event-Liste eines Projekts erlaubt immer 60 pro 60 s, eine nach der anderen.</translation>
    </message>
    <message>
        <source>Allow this many requests at once per endpoint bucket, advertised as X-Sentry-Rate-Limit-ConcurrentLimit (0 = none).</source>
        <translation>So viele gleichzeitige Anfragen pro Endpunkt-Bucket erlauben, angekündigt als X-Sentry-Rate-Limit-ConcurrentLimit (0 = keine Grenze).</translation>
    </message>
    <message>
        <source>Name this origin in Link headers (Sentry&apos;s system.url-prefix behind a proxy).</source>
        <translation>Diesen Ursprung in Link-Headern nennen (Sentrys system.url-prefix hinter einem Proxy).</translation>
    </message>
    <message>
        <source>Behave like an older self-hosted Sentry that still creates and edits metric detectors on the transactions dataset (sentry.io refuses them: P2 must be span-based).</source>
        <translation>Wie ein älteres selbst gehostetes Sentry verhalten, das Metrik-Detektoren auf dem Dataset transactions noch anlegt und bearbeitet (sentry.io lehnt sie ab: P2 muss auf Spans beruhen).</translation>
    </message>
    <message>
        <source>Behave like a server before 2026-04: link ids are read only as camelCase workflowIds / detectorIds; workflow_ids / detector_ids are ignored.</source>
        <translation>Wie ein Server vor 2026-04 verhalten: Link-IDs werden nur als camelCase workflowIds / detectorIds gelesen; workflow_ids / detector_ids werden ignoriert.</translation>
    </message>
    <message>
        <source>--url-prefix needs an http:// or https:// URL, not &quot;%1&quot;.</source>
        <translation>--url-prefix braucht eine http://- oder https://-URL, nicht „%1“.</translation>
    </message>
    <message>
        <source>Convert CODEOWNERS into Sentry ownership rules; exit 3 when owners could not be mapped or a line would not read back as the same rule in Sentry (it is dropped).</source>
        <translation>CODEOWNERS in Sentry-Zuständigkeitsregeln umwandeln; Exit-Code 3, wenn Zuständige nicht zugeordnet werden konnten oder eine Zeile in Sentry nicht als dieselbe Regel zurückgelesen würde (sie wird verworfen).</translation>
    </message>
    <message>
        <source>  check FILE [--snapshot S] [--project SLUG] [--format table|json]  diagnostics; exit 3 on errors</source>
        <translation>  check DATEI [--snapshot S] [--project SLUG] [--format table|json]  Diagnose; Exit-Code 3 bei Fehlern</translation>
    </message>
    <message>
        <source>DSN: %1</source>
        <translation>DSN: %1</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Start-up code for %1:</source>
        <translation>Start-Code für %1:</translation>
    </message>
    <message>
        <source>The team that owns the service.</source>
        <translation>Das Team, das für den Service zuständig ist.</translation>
    </message>
    <message>
        <source>The service&apos;s name (its project slug is derived from it).</source>
        <translation>Der Name des Service (der Projekt-Slug wird daraus abgeleitet).</translation>
    </message>
    <message>
        <source>Sentry platform, e.g. python-django, node-express, go.</source>
        <translation>Sentry-Plattform, z. B. python-django, node-express, go.</translation>
    </message>
    <message>
        <source>Ownership rules text, or @FILE (default: &quot;* #TEAM&quot;).</source>
        <translation>Text der Zuständigkeitsregeln oder @DATEI (Standard: „* #TEAM“).</translation>
    </message>
    <message>
        <source>Policy file (tiers + architecture; default: built in).</source>
        <translation>Richtliniendatei (Stufen + Architektur; Standard: eingebaut).</translation>
    </message>
    <message>
        <source>Show the change set and write nothing.</source>
        <translation>Den Änderungssatz anzeigen und nichts schreiben.</translation>
    </message>
    <message>
        <source>Also save the change set to FILE.</source>
        <translation>Den Änderungssatz zusätzlich in DATEI speichern.</translation>
    </message>
    <message>
        <source>Push without asking.</source>
        <translation>Ohne Rückfrage übertragen.</translation>
    </message>
    <message>
        <source>Onboard a service in one change set: create its project under the team (without Sentry&apos;s default alert), then the alert tiers, ownership rules, the health-check filter, scrubbing and the key rate limit from the policy (and a heartbeat monitor for a worker). The set is previewed, pushed and verified like &apos;apply&apos;; afterwards the DSN and the start-up code for the platform are printed.

Exit codes: 0 created and verified, 1 failed, 2 bad usage (unknown team, bad name or policy), 4 the slug is taken (nothing written).</source>
        <translation>Einen Service in einem Änderungssatz einrichten: sein Projekt unter dem Team anlegen (ohne Sentrys Standardalarm), dann die Alarmstufen, Zuständigkeitsregeln, den Health-Check-Filter, die Bereinigung und das Key-Ratenlimit aus der Richtlinie (und für einen Worker einen Heartbeat-Monitor). Der Satz wird wie bei „apply“ angezeigt, übertragen und verifiziert; danach werden der DSN und der Start-Code für die Plattform ausgegeben.

Exit-Codes: 0 angelegt und verifiziert, 1 fehlgeschlagen, 2 falscher Aufruf (unbekanntes Team, ungültiger Name oder ungültige Richtlinie), 4 der Slug ist vergeben (nichts geschrieben).</translation>
    </message>
    <message>
        <source>Give --team, --name and --platform.</source>
        <translation>--team, --name und --platform angeben.</translation>
    </message>
    <message>
        <source>Refusing to push without confirmation: stdin is not a terminal. Review with --dry-run and pass --yes.</source>
        <translation>Ohne Bestätigung wird nicht übertragen: stdin ist kein Terminal. Mit --dry-run prüfen und --yes angeben.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing written (%n operation(s)).</source>
        <translation>
            <numerusform>Probelauf: nichts geschrieben (%n Operation).</numerusform>
            <numerusform>Probelauf: nichts geschrieben (%n Operationen).</numerusform>
        </translation>
    </message>
    <message>
        <source>A project with the slug &quot;%1&quot; already exists (Sentry answers 409); choose another name. Nothing was written.</source>
        <translation>Ein Projekt mit dem Slug „%1“ existiert bereits (Sentry antwortet 409); einen anderen Namen wählen. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The project was not created.</source>
        <translation>Das Projekt wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Usage: sentry-console service create --team T --name N --platform P [--ownership RULES] [--dry-run]

  create  onboard a service: project, tiers, ownership, filters, scrubbing, quota in one change set
</source>
        <translation>Aufruf: sentry-console service create --team T --name N --platform P [--ownership REGELN] [--dry-run]

  create  einen Service einrichten: Projekt, Stufen, Zuständigkeit, Filter, Bereinigung, Kontingent in einem Änderungssatz
</translation>
    </message>
    <message>
        <source>Unknown service command &quot;%1&quot;; use create.</source>
        <translation>Unbekannter service-Befehl „%1“; create verwenden.</translation>
    </message>
    <message>
        <source>Audit every project against the alert tier policy (P0–P3): ok, drifted (field by field) or missing, plus the alerts that express no tier.

P2 is span-based (events_analytics_platform, is_transaction:1); a transaction-based P2 and its migrated span form count as the same tier part. P1/P3 workflows cover a project through its issue_stream or its error detector.

Exit codes: 0 all ok, 1 failed, 2 bad usage or unreadable policy/snapshot, 3 some tier is missing or drifted.</source>
        <translation>Jedes Projekt gegen die Alarmstufen-Richtlinie (P0–P3) prüfen: ok, abweichend (Feld für Feld) oder fehlt, dazu die Alarme, die keiner Stufe entsprechen.

P2 beruht auf Spans (events_analytics_platform, is_transaction:1); ein P2 auf Transaktionsbasis und seine migrierte Span-Form zählen als derselbe Stufenteil. P1/P3-Workflows decken ein Projekt über seinen issue_stream- oder seinen Error-Detektor ab.

Exit-Codes: 0 alles ok, 1 fehlgeschlagen, 2 falscher Aufruf oder unlesbare Richtlinie/unlesbarer Snapshot, 3 eine Stufe fehlt oder weicht ab.</translation>
    </message>
    <message>
        <source>Plan the creates, updates and connections that bring the selected projects (default: the whole org) to the tier policy, as a change-set file for &apos;sentry-console apply&apos;. Never rewrites alerts the policy does not manage.

P2 detectors are created on spans (events_analytics_platform, is_transaction:1, p95(span.duration) / apdex(span.duration,300)). Sentry no longer edits the query of a transaction-based detector, so fixing one means creating its span form and deleting the old one: two operations, and the delete runs only after the create is verified. A threshold-only fix stays an update. P1/P3 connections go to each project&apos;s issue_stream detector where it exists, else its error detector.

Exit codes: 0 planned (possibly nothing), 1 failed, 2 bad usage, an unreadable policy/snapshot, or a policy that cannot route a tier (nothing written).</source>
        <translation>Die Anlegen-, Änderungs- und Verbindungsoperationen planen, die die ausgewählten Projekte (Standard: die ganze Organisation) auf die Stufenrichtlinie bringen, als Änderungssatz-Datei für „sentry-console apply“. Alarme, die die Richtlinie nicht verwaltet, werden nie umgeschrieben.

P2-Detektoren werden auf Spans angelegt (events_analytics_platform, is_transaction:1, p95(span.duration) / apdex(span.duration,300)). Sentry bearbeitet die Abfrage eines Detektors auf Transaktionsbasis nicht mehr; ihn zu korrigieren heißt daher, seine Span-Form anzulegen und den alten zu löschen: zwei Operationen, und das Löschen läuft erst, wenn das Anlegen verifiziert ist. Eine reine Schwellwert-Korrektur bleibt eine Änderung. P1/P3-Verbindungen gehen an den issue_stream-Detektor jedes Projekts, wo er existiert, sonst an seinen Error-Detektor.

Exit-Codes: 0 geplant (eventuell nichts), 1 fehlgeschlagen, 2 falscher Aufruf, unlesbare Richtlinie/unlesbarer Snapshot oder eine Richtlinie, die eine Stufe nicht routen kann (nichts geschrieben).</translation>
    </message>
    <message>
        <source>the keychain entry for profile &quot;%1&quot;</source>
        <translation>dem Schlüsselbund-Eintrag für Profil „%1“</translation>
    </message>
    <message>
        <source>%1 was not sent: its request %2 %3 is refused because %4.</source>
        <translation>%1 wurde nicht gesendet: Die Anfrage %2 %3 wird abgelehnt, weil %4.</translation>
    </message>
    <message>
        <source>The answer to the create was lost and the list to check it failed too (%1): whether it was created is unknown. Refresh and check; it was not sent again.</source>
        <translation>Die Antwort auf das Anlegen ging verloren und auch die Liste zur Kontrolle schlug fehl (%1): Ob das Objekt angelegt wurde, ist unbekannt. Aktualisieren und prüfen; es wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Nothing was written: could not check whether the object already exists (the list answered HTTP %1).</source>
        <translation>Nichts wurde geschrieben: Es ließ sich nicht prüfen, ob das Objekt schon existiert (die Liste antwortete mit HTTP %1).</translation>
    </message>
    <message>
        <source>Nothing was written: could not check whether the object already exists.</source>
        <translation>Nichts wurde geschrieben: Es ließ sich nicht prüfen, ob das Objekt schon existiert.</translation>
    </message>
    <message>
        <source>The answer to the create was lost (%1), and a fresh list shows no &quot;%2&quot;: it was not created. It was not sent again; push again to create it.</source>
        <translation>Die Antwort auf das Anlegen ging verloren (%1), und eine frische Liste zeigt kein „%2“: Es wurde nicht angelegt. Es wurde nicht erneut gesendet; erneut übertragen, um es anzulegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists (id %2) with other settings (%3); nothing was written.</source>
        <translation>„%1“ existiert bereits (ID %2) mit anderen Einstellungen (%3); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The create&apos;s answer was lost; a fresh list found it, but reading it back failed, so it is not verified.</source>
        <translation>Die Antwort auf das Anlegen ging verloren; eine frische Liste hat das Objekt gefunden, aber das Zurücklesen schlug fehl, daher ist es nicht verifiziert.</translation>
    </message>
    <message>
        <source>Already applied: &quot;%1&quot; exists (id %2) with the intended settings; adopted, not created again.</source>
        <translation>Bereits angewendet: „%1“ existiert (ID %2) mit den beabsichtigten Einstellungen; übernommen, nicht erneut angelegt.</translation>
    </message>
    <message>
        <source>Already applied: the server already holds the intended state; nothing was written.</source>
        <translation>Bereits angewendet: Der Server hat schon den beabsichtigten Stand; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The create was canceled before its answer came: the server may have created it. Refresh and check before pushing again.</source>
        <translation>Das Anlegen wurde abgebrochen, bevor seine Antwort kam: Der Server hat das Objekt möglicherweise angelegt. Vor dem erneuten Übertragen aktualisieren und prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s) with the same name exist: the delete is offered as an operation, not pushed.</source>
        <translation>
            <numerusform>Es existiert %n weiteres Objekt mit demselben Namen: Das Löschen wird als Operation angeboten, nicht übertragen.</numerusform>
            <numerusform>Es existieren %n weitere Objekte mit demselben Namen: Das Löschen wird als Operation angeboten, nicht übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event preview was canceled.</source>
        <translation>Die Event-Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer to GET %1 is not a list of events.</source>
        <translation>Die Antwort auf GET %1 ist keine Liste von Events.</translation>
    </message>
    <message>
        <source>The organization&apos;s region URL %1 is neither %2 (same scheme, host and port) nor an https://*.sentry.io region; the token is not sent there, so requests stay on %2.</source>
        <translation>Die Regions-URL %1 der Organisation ist weder %2 (gleiches Schema, gleicher Host und Port) noch eine https://*.sentry.io-Region; das Token wird dort nicht hingesendet, die Anfragen bleiben bei %2.</translation>
    </message>
    <message>
        <source>No answer from the Sentry server to %1 %2: %3</source>
        <translation>Keine Antwort des Sentry-Servers auf %1 %2: %3</translation>
    </message>
    <message>
        <source>the stored profile</source>
        <translation>dem gespeicherten Profil</translation>
    </message>
    <message>
        <source>Refused to send %1: %2. Nothing was sent.</source>
        <translation>%1 wurde nicht gesendet: %2. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>the connection settings</source>
        <translation>den Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>whitespace</source>
        <translation>Leerraum</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a non-ASCII character</source>
        <translation>ein Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <source>The auth token from %1 contains %2 at position %3; a Sentry token is printable ASCII without spaces. Check for a stray newline or quote where it was copied.</source>
        <translation>Das Auth-Token aus %1 enthält %2 an Position %3; ein Sentry-Token besteht aus druckbarem ASCII ohne Leerzeichen. Beim Kopieren auf einen verirrten Zeilenumbruch oder ein Anführungszeichen achten.</translation>
    </message>
    <message>
        <source>No team owns this project (an orphan).</source>
        <translation>Kein Team ist für dieses Projekt zuständig (verwaist).</translation>
    </message>
    <message>
        <source>Shared project (pattern B) of %1.</source>
        <translation>Gemeinsames Projekt (Muster B) von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n teams (%1): one team should own it, or list it as shared.</source>
        <translation>
            <numerusform>%n Team (%1): Ein Team sollte zuständig sein, oder das Projekt als gemeinsam führen.</numerusform>
            <numerusform>%n Teams (%1): Ein Team sollte zuständig sein, oder das Projekt als gemeinsam führen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owned by %1.</source>
        <translation>Zuständig: %1.</translation>
    </message>
    <message>
        <source>Owned by %1; %2 also have access.</source>
        <translation>Zuständig: %1; %2 haben ebenfalls Zugriff.</translation>
    </message>
    <message>
        <source>No ownership rules: issues are not routed to a team.</source>
        <translation>Keine Zuständigkeitsregeln: Issues werden keinem Team zugeleitet.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), with a catch-all; every owner exists and has access.</source>
        <translation>
            <numerusform>%n Regel mit Auffangregel; jeder Zuständige existiert und hat Zugriff.</numerusform>
            <numerusform>%n Regeln mit Auffangregel; jeder Zuständige existiert und hat Zugriff.</numerusform>
        </translation>
    </message>
    <message>
        <source>no catch-all rule (*)</source>
        <translation>keine Auffangregel (*)</translation>
    </message>
    <message>
        <source>Not audited.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>Every required tier matches the policy.</source>
        <translation>Jede geforderte Stufe entspricht der Richtlinie.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>drifted %1</source>
        <translation>abweichend: %1</translation>
    </message>
    <message>
        <source>Filters could not be read: %1</source>
        <translation>Filter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Health-check transactions are filtered out of quota.</source>
        <translation>Health-Check-Transaktionen werden aus dem Kontingent herausgefiltert.</translation>
    </message>
    <message>
        <source>The &quot;Filter out health check transactions&quot; inbound filter is off.</source>
        <translation>Der eingehende Filter „Filter out health check transactions“ ist aus.</translation>
    </message>
    <message>
        <source>This server has no health-check inbound filter.</source>
        <translation>Dieser Server hat keinen eingehenden Health-Check-Filter.</translation>
    </message>
    <message>
        <source>The project settings were not read.</source>
        <translation>Die Projekteinstellungen wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>Scrubbing on, IP addresses scrubbed, sensitive fields listed.</source>
        <translation>Bereinigung an, IP-Adressen werden bereinigt, sensible Felder aufgeführt.</translation>
    </message>
    <message>
        <source>sensitiveFields lacks %1</source>
        <translation>sensitiveFields fehlt %1</translation>
    </message>
    <message>
        <source>%1 is off</source>
        <translation>%1 ist aus</translation>
    </message>
    <message>
        <source>Client keys could not be read: %1</source>
        <translation>Client-Keys konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The project lacks the rate-limits feature: Sentry ignores a key&apos;s rateLimit, so there is nothing to set (use spike protection or the org quota).</source>
        <translation>Dem Projekt fehlt die Funktion rate-limits: Sentry ignoriert die rateLimit eines Keys, es gibt also nichts einzustellen (Spike Protection oder das Kontingent der Organisation verwenden).</translation>
    </message>
    <message>
        <source>No active client key.</source>
        <translation>Kein aktiver Client-Key.</translation>
    </message>
    <message numerus="yes">
        <source>%n active key(s) capped at %1 events per %2 s.</source>
        <translation>
            <numerusform>%n aktiver Key auf %1 Events pro %2 s begrenzt.</numerusform>
            <numerusform>%n aktive Keys auf %1 Events pro %2 s begrenzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) without the policy&apos;s rate limit.</source>
        <translation>
            <numerusform>%n Key ohne das Ratenlimit der Richtlinie.</numerusform>
            <numerusform>%n Keys ohne das Ratenlimit der Richtlinie.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no spike protection (sentry.io only).</source>
        <translation>Dieser Server hat keine Spike Protection (nur sentry.io).</translation>
    </message>
    <message>
        <source>Spike protection is switched off.</source>
        <translation>Spike Protection ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Spike protection is on.</source>
        <translation>Spike Protection ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Releases could not be read: %1</source>
        <translation>Releases konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No release: events cannot be tied to a version.</source>
        <translation>Kein Release: Events lassen sich keiner Version zuordnen.</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>innerhalb von %n Tag</numerusform>
            <numerusform>innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest release %1 is %n day(s) old.</source>
        <translation>
            <numerusform>Das neueste Release %1 ist %n Tag alt.</numerusform>
            <numerusform>Das neueste Release %1 ist %n Tage alt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest release %1.</source>
        <translation>Neuestes Release %1.</translation>
    </message>
    <message>
        <source>Not a JavaScript platform (%1).</source>
        <translation>Keine JavaScript-Plattform (%1).</translation>
    </message>
    <message>
        <source>Artifact bundles could not be read: %1</source>
        <translation>Artifact Bundles konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Artifact bundles were not read for this platform.</source>
        <translation>Artifact Bundles wurden für diese Plattform nicht gelesen.</translation>
    </message>
    <message>
        <source>No artifact bundle: stack traces stay minified.</source>
        <translation>Kein Artifact Bundle: Stacktraces bleiben minifiziert.</translation>
    </message>
    <message>
        <source>Source maps uploaded as artifact bundles.</source>
        <translation>Source Maps als Artifact Bundles hochgeladen.</translation>
    </message>
    <message>
        <source>Not a scheduled worker.</source>
        <translation>Kein zeitgesteuerter Worker.</translation>
    </message>
    <message>
        <source>Cron monitors could not be read: %1</source>
        <translation>Cron-Monitore konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A scheduled worker without a cron monitor: a stopped job goes unnoticed.</source>
        <translation>Ein zeitgesteuerter Worker ohne Cron-Monitor: Ein angehaltener Job bleibt unbemerkt.</translation>
    </message>
    <message>
        <source>Monitored by %1.</source>
        <translation>Überwacht von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n failing check(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Prüfung</numerusform>
            <numerusform>%n fehlgeschlagene Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in all</source>
        <translation>
            <numerusform>%n Problem insgesamt</numerusform>
            <numerusform>%n Probleme insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing check(s).</source>
        <translation>
            <numerusform>%n fehlgeschlagene Prüfung.</numerusform>
            <numerusform>%n fehlgeschlagene Prüfungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this snapshot: refresh to read it.</source>
        <translation>Nicht in diesem Snapshot: zum Lesen aktualisieren.</translation>
    </message>
    <message>
        <source>Switched off in the policy.</source>
        <translation>In der Richtlinie ausgeschaltet.</translation>
    </message>
    <message>
        <source>The team owns no project.</source>
        <translation>Das Team ist für kein Projekt zuständig.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>%n Projekt.</numerusform>
            <numerusform>%n Projekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization requires scrubbing on every project.</source>
        <translation>Die Organisation verlangt Bereinigung in jedem Projekt.</translation>
    </message>
    <message>
        <source>Every project scrubs as the policy says; the organization does not require %1, so a new project must set it (service create does).</source>
        <translation>Jedes Projekt bereinigt wie von der Richtlinie verlangt; die Organisation verlangt %1 nicht, daher muss ein neues Projekt es setzen (service create tut das).</translation>
    </message>
    <message>
        <source>The organization does not require %1; each project must set it.</source>
        <translation>Die Organisation verlangt %1 nicht; jedes Projekt muss es selbst setzen.</translation>
    </message>
    <message>
        <source>create team #%1 (ownership rules route to it)</source>
        <translation>Team #%1 anlegen (Zuständigkeitsregeln leiten an es weiter)</translation>
    </message>
    <message>
        <source>%1: give team #%2 access (%3)</source>
        <translation>%1: Team #%2 Zugriff geben (%3)</translation>
    </message>
    <message>
        <source>%1: filter out health-check transactions</source>
        <translation>%1: Health-Check-Transaktionen herausfiltern</translation>
    </message>
    <message>
        <source>default key</source>
        <translation>Standard-Key</translation>
    </message>
    <message>
        <source>%1: cap key &quot;%2&quot; at %3 events per %4 s</source>
        <translation>%1: Key „%2“ auf %3 Events pro %4 s begrenzen</translation>
    </message>
    <message>
        <source>%1: switch spike protection on</source>
        <translation>%1: Spike Protection einschalten</translation>
    </message>
    <message>
        <source>%1: create the cron monitor %2 (%3)</source>
        <translation>%1: Cron-Monitor %2 anlegen (%3)</translation>
    </message>
    <message>
        <source>%1: an orphan, and no catch-all ownership rule names its team; add one with `ownership` or give a team access in Sentry.</source>
        <translation>%1: verwaist, und keine Auffangregel der Zuständigkeit nennt sein Team; eine mit `ownership` ergänzen oder in Sentry einem Team Zugriff geben.</translation>
    </message>
    <message>
        <source>the team its catch-all ownership rule names</source>
        <translation>das Team, das seine Auffangregel nennt</translation>
    </message>
    <message>
        <source>%1: ownership line %2: %3 Fix the rules with `ownership` or the editor.</source>
        <translation>%1: Zuständigkeitszeile %2: %3 Die Regeln mit `ownership` oder im Editor korrigieren.</translation>
    </message>
    <message>
        <source>its ownership rules name it</source>
        <translation>seine Zuständigkeitsregeln nennen es</translation>
    </message>
    <message>
        <source>%1: route issues to #%2 (no ownership rules yet)</source>
        <translation>%1: Issues an #%2 leiten (noch keine Zuständigkeitsregeln)</translation>
    </message>
    <message>
        <source>%1: add the catch-all &quot;* #%2&quot;</source>
        <translation>%1: Auffangregel „* #%2“ ergänzen</translation>
    </message>
    <message>
        <source>%1: no catch-all ownership rule, and no team to route it to.</source>
        <translation>%1: keine Auffangregel und kein Team, an das geleitet werden kann.</translation>
    </message>
    <message>
        <source>%1: scrub PII (%2)</source>
        <translation>%1: PII bereinigen (%2)</translation>
    </message>
    <message>
        <source>%1: a worker without a cron monitor; instrument its job with a check-in (the policy&apos;s crons.monitor.schedule is empty, so none is created).</source>
        <translation>%1: ein Worker ohne Cron-Monitor; seinen Job mit einem Check-in instrumentieren (crons.monitor.schedule der Richtlinie ist leer, daher wird keiner angelegt).</translation>
    </message>
    <message>
        <source>%1: no recent release; create one from CI (sentry-cli releases new %1@VERSION).</source>
        <translation>%1: kein aktuelles Release; eines aus der CI anlegen (sentry-cli releases new %1@VERSION).</translation>
    </message>
    <message>
        <source>%1: no artifact bundle; upload source maps from CI (sentry-cli sourcemaps upload).</source>
        <translation>%1: kein Artifact Bundle; Source Maps aus der CI hochladen (sentry-cli sourcemaps upload).</translation>
    </message>
    <message>
        <source>Tiers not planned: %1</source>
        <translation>Nicht geplante Stufen: %1</translation>
    </message>
    <message>
        <source>There is no team &quot;%1&quot; in %2; the teams are: %3.</source>
        <translation>In %2 gibt es kein Team „%1“; die Teams sind: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a service: use up to 50 letters, digits and dashes, not only digits.</source>
        <translation>„%1“ taugt nicht als Name eines Service: bis zu 50 Buchstaben, Ziffern und Bindestriche verwenden, nicht nur Ziffern.</translation>
    </message>
    <message>
        <source>A project with the slug &quot;%1&quot; already exists in %2 (Sentry answers 409); choose another name. Nothing was written.</source>
        <translation>In %2 existiert bereits ein Projekt mit dem Slug „%1“ (Sentry antwortet 409); einen anderen Namen wählen. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Give the service&apos;s platform (for example python-django or node-express).</source>
        <translation>Die Plattform des Service angeben (zum Beispiel python-django oder node-express).</translation>
    </message>
    <message>
        <source>The ownership rules would be refused: %1</source>
        <translation>Die Zuständigkeitsregeln würden abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1: create the project for team #%2 (%3)</source>
        <translation>%1: das Projekt für Team #%2 anlegen (%3)</translation>
    </message>
    <message>
        <source>The tiers cannot be routed for team #%1: %2</source>
        <translation>Die Stufen für Team #%1 lassen sich nicht routen: %2</translation>
    </message>
    <message>
        <source>%1: ownership rules</source>
        <translation>%1: Zuständigkeitsregeln</translation>
    </message>
    <message>
        <source>%1: scrub PII</source>
        <translation>%1: PII bereinigen</translation>
    </message>
    <message>
        <source>%1 must not contain empty values.</source>
        <translation>%1 darf keine leeren Werte enthalten.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1 must be a mapping of check id to error, warning or off.</source>
        <translation>%1 muss ein Mapping von Prüfungs-ID auf error, warning oder off sein.</translation>
    </message>
    <message>
        <source>Unknown check &quot;%1&quot; in %2; the checks are: %3.</source>
        <translation>Unbekannte Prüfung „%1“ in %2; die Prüfungen sind: %3.</translation>
    </message>
    <message>
        <source>The severity of %1 must be error, warning or off, not &quot;%2&quot;.</source>
        <translation>Der Schweregrad von %1 muss error, warning oder off sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Cannot read the policy %1: %2.</source>
        <translation>Die Richtlinie %1 ist nicht lesbar: %2.</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>bereits angewendet</translation>
    </message>
    <message>
        <source>offered: %1</source>
        <translation>angeboten: %1</translation>
    </message>
    <message>
        <source>Delete the duplicate %1 &quot;%2&quot; (id %3)</source>
        <translation>Das Duplikat %1 „%2“ (ID %3) löschen</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it contains a control character or whitespace</source>
        <translation>er enthält ein Steuerzeichen oder Leerraum</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>er enthält einen Backslash</translation>
    </message>
    <message>
        <source>it contains a fragment (&apos;#&apos;)</source>
        <translation>er enthält ein Fragment („#“)</translation>
    </message>
    <message>
        <source>it names a scheme or a host; only paths on the configured server are sent</source>
        <translation>er nennt ein Schema oder einen Host; gesendet werden nur Pfade auf dem eingestellten Server</translation>
    </message>
    <message>
        <source>it contains a percent-encoded &apos;.&apos;, &apos;/&apos;, &apos;\&apos;, &apos;%&apos;, &apos;?&apos; or &apos;#&apos;</source>
        <translation>er enthält ein prozentkodiertes „.“, „/“, „\“, „%“, „?“ oder „#“</translation>
    </message>
    <message>
        <source>it contains a percent-encoded control character or whitespace</source>
        <translation>er enthält ein prozentkodiertes Steuerzeichen oder Leerraum</translation>
    </message>
    <message>
        <source>it contains a &quot;%1&quot; segment</source>
        <translation>er enthält ein Segment „%1“</translation>
    </message>
    <message>
        <source>it contains an empty segment (&quot;//&quot;)</source>
        <translation>er enthält ein leeres Segment („//“)</translation>
    </message>
    <message>
        <source>it is not under /api/0/</source>
        <translation>er liegt nicht unter /api/0/</translation>
    </message>
    <message>
        <source>its query string carries a path (&apos;/&apos;, &apos;?&apos; or a percent-encoded &apos;.&apos;, &apos;/&apos;, &apos;\&apos;)</source>
        <translation>seine Query trägt einen Pfad („/“, „?“ oder ein prozentkodiertes „.“, „/“, „\“)</translation>
    </message>
    <message>
        <source>The change set&apos;s %1 has the target id %2, which is not a whole number an id can be (at most 2^53).</source>
        <translation>%1 des Änderungssatzes hat die Ziel-ID %2, die keine ganze Zahl ist, die eine ID sein kann (höchstens 2^53).</translation>
    </message>
    <message>
        <source>The change set&apos;s %1 (%2) has request path &quot;%3&quot;, which is refused: %4.</source>
        <translation>%1 des Änderungssatzes (%2) hat den Request-Pfad „%3“, der abgelehnt wird: %4.</translation>
    </message>
    <message>
        <source>The change set has no &quot;version&quot;; this sentry-console reads version %1.</source>
        <translation>Der Änderungssatz hat keine „version“; diese sentry-console liest Version %1.</translation>
    </message>
    <message>
        <source>The change set&apos;s &quot;version&quot; is %1, not a number; this sentry-console reads version %2.</source>
        <translation>Die „version“ des Änderungssatzes ist %1, keine Zahl; diese sentry-console liest Version %2.</translation>
    </message>
    <message>
        <source>The change set&apos;s &quot;operations&quot; is not a list.</source>
        <translation>„operations“ des Änderungssatzes ist keine Liste.</translation>
    </message>
    <message>
        <source>The change set has %1 operations; sentry-console reads at most %2 per file (split it).</source>
        <translation>Der Änderungssatz hat %1 Operationen; sentry-console liest höchstens %2 pro Datei (bitte aufteilen).</translation>
    </message>
    <message>
        <source>The change set&apos;s operation %1 is not a JSON object.</source>
        <translation>Die Operation %1 des Änderungssatzes ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; sentry-console reads change sets of at most %3 MiB (split it).</source>
        <translation>%1 ist %2 MiB groß; sentry-console liest Änderungssätze bis höchstens %3 MiB (bitte aufteilen).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The change set&apos;s operation %1 uses its own id (${%1.id}): it would wait for itself forever.</source>
        <translation>Die Operation %1 des Änderungssatzes verwendet ihre eigene ID (${%1.id}): Sie würde ewig auf sich selbst warten.</translation>
    </message>
    <message>
        <source>The change set&apos;s placeholders form a cycle: %1. Each of these operations waits for the id the next one creates, so none could start.</source>
        <translation>Die Platzhalter des Änderungssatzes bilden einen Zyklus: %1. Jede dieser Operationen wartet auf die ID, die die nächste anlegt, daher könnte keine beginnen.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read and cannot be moved aside, so it is left as it is: %2</source>
        <translation>Der Entwurf %1 ist nicht lesbar und kann nicht beiseitegelegt werden, daher bleibt er, wie er ist: %2</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read; it was kept aside as %2 (see Pending changes). %3</source>
        <translation>Der Entwurf %1 ist nicht lesbar; er wurde als %2 beiseitegelegt (siehe Ausstehende Änderungen). %3</translation>
    </message>
    <message>
        <source>It reads now; open it and save it as a change set to use it.</source>
        <translation>Er ist jetzt lesbar; öffnen und als Änderungssatz speichern, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>%1 is not an unreadable draft of this store.</source>
        <translation>%1 ist kein unlesbarer Entwurf dieses Speichers.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: it contains the control character U+%2 at line %3, column %4 (JSON allows it only escaped, as \u%2).</source>
        <translation>%1 ist kein gültiges JSON: Es enthält das Steuerzeichen U+%2 in Zeile %3, Spalte %4 (JSON erlaubt es nur maskiert, als \u%2).</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private (mode 0700).</source>
        <translation>Der Ordner %1 kann nicht privat gemacht werden (Modus 0700).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: a file of that name is in the way.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Eine Datei dieses Namens ist im Weg.</translation>
    </message>
    <message>
        <source>Cannot make %1 private (mode 0600).</source>
        <translation>%1 kann nicht privat gemacht werden (Modus 0600).</translation>
    </message>
    <message>
        <source>No profile to cache the snapshot for.</source>
        <translation>Kein Profil, für das der Snapshot zwischengespeichert werden kann.</translation>
    </message>
    <message>
        <source>No profile to read the cached snapshot of.</source>
        <translation>Kein Profil, dessen zwischengespeicherter Snapshot gelesen werden kann.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;%1&quot; is %2; expected %3.</source>
        <translation>„%1“ im Snapshot ist %2; erwartet wird %3.</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>eine Liste von Objekten</translation>
    </message>
    <message>
        <source>a string or a whole number</source>
        <translation>eine Zeichenkette oder eine ganze Zahl</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>The snapshot&apos;s &quot;%1[%2]&quot; and &quot;%1[%3]&quot; have the same %4 &quot;%5&quot;.</source>
        <translation>„%1[%2]“ und „%1[%3]“ im Snapshot haben dasselbe %4 „%5“.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an object (team slug → members)</source>
        <translation>ein Objekt (Team-Slug → Mitglieder)</translation>
    </message>
    <message>
        <source>The mapping for %1 is not one Sentry owner (&quot;#team&quot; or an e-mail address).</source>
        <translation>Die Zuordnung für %1 ist nicht genau ein Sentry-Zuständiger („#team“ oder eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would not read back as the same rule in Sentry (an owner or the path has characters Sentry&apos;s grammar splits or drops): dropped.</source>
        <translation>„%1“ würde in Sentry nicht als dieselbe Regel zurückgelesen (ein Zuständiger oder der Pfad enthält Zeichen, die Sentrys Grammatik trennt oder verwirft): verworfen.</translation>
    </message>
    <message>
        <source>Some rules were not compared for shadowing: the text has too many literal paths and star patterns to compare them all.</source>
        <translation>Einige Regeln wurden nicht auf Verdeckung verglichen: Der Text hat zu viele feste Pfade und Sternmuster, um alle zu vergleichen.</translation>
    </message>
    <message>
        <source>The other checks were skipped: shorten the text to at most %1 characters first.</source>
        <translation>Die anderen Prüfungen wurden übersprungen: Den Text zuerst auf höchstens %1 Zeichen kürzen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) from the last %2 change owner.</source>
        <translation>
            <numerusform>%1 von %n Event der letzten %2 wechselt den Zuständigen.</numerusform>
            <numerusform>%1 von %n Events der letzten %2 wechseln den Zuständigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looked at every event in that window.</source>
        <translation>Alle Events in diesem Zeitfenster wurden betrachtet.</translation>
    </message>
    <message numerus="yes">
        <source>Looked at the newest %n page(s) only; older events in that window were not read.</source>
        <translation>
            <numerusform>Nur die neueste %n Seite wurde betrachtet; ältere Events in diesem Zeitfenster wurden nicht gelesen.</numerusform>
            <numerusform>Nur die neuesten %n Seiten wurden betrachtet; ältere Events in diesem Zeitfenster wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>a count is out of range</source>
        <translation>eine Anzahl liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>a time is out of range</source>
        <translation>eine Zeit liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>a value is out of range</source>
        <translation>ein Wert liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1: the project has neither an issue-stream nor an error detector to connect; Sentry creates both with the project (servers upgraded from older releases may lack them).</source>
        <translation>%1: Das Projekt hat weder einen Issue-Stream- noch einen Error-Detektor zum Verbinden; Sentry legt beide mit dem Projekt an (von älteren Versionen aktualisierten Servern können sie fehlen).</translation>
    </message>
    <message>
        <source>issue-stream</source>
        <translation>Issue-Stream</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1: connect %2 detector %3 to workflow &quot;%4&quot;</source>
        <translation>%1: %2-Detektor %3 mit Workflow „%4“ verbinden</translation>
    </message>
    <message>
        <source>%1: connect %2 detector %3 to the new workflow</source>
        <translation>%1: %2-Detektor %3 mit dem neuen Workflow verbinden</translation>
    </message>
    <message>
        <source>%1: it replaces transaction-based detector %2, whose query Sentry no longer edits</source>
        <translation>%1: Er ersetzt den Detektor %2 auf Transaktionsbasis, dessen Abfrage Sentry nicht mehr bearbeitet</translation>
    </message>
    <message>
        <source>%1: delete transaction-based detector %2 &quot;%3&quot; once its span-based replacement %4 is verified</source>
        <translation>%1: Detektor %2 „%3“ auf Transaktionsbasis löschen, sobald sein Ersatz %4 auf Span-Basis verifiziert ist</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds from 60 to %2 (got %3).</source>
        <translation>%1 muss eine ganze Zahl von Sekunden von 60 bis %2 sein (war %3).</translation>
    </message>
    <message>
        <source>Duplicate key &quot;%1&quot; (lines %2 and %3): YAML keeps only one of them; merge the two.</source>
        <translation>Doppelter Schlüssel „%1“ (Zeilen %2 und %3): YAML behält nur einen davon; die beiden zusammenführen.</translation>
    </message>
    <message>
        <source>The change set was planned on %1, not on %2: push it with a profile for %1.</source>
        <translation>Der Änderungssatz wurde auf %1 geplant, nicht auf %2: übertragen Sie ihn mit einem Profil für %1.</translation>
    </message>
    <message>
        <source>%1, line %2: </source>
        <translation>%1, Zeile %2: </translation>
    </message>
    <message>
        <source>%1The change set&apos;s %2 has an unknown kind &quot;%3&quot;; expected one of %4.</source>
        <translation>%1%2 des Änderungssatzes hat die unbekannte Art „%3“; erwartet wird eine von %4.</translation>
    </message>
    <message>
        <source>%1The change set&apos;s %2 has an unknown target type &quot;%3&quot;; expected one of %4.</source>
        <translation>%1%2 des Änderungssatzes hat den unbekannten Zieltyp „%3“; erwartet wird einer von %4.</translation>
    </message>
    <message>
        <source>Refresh incrementally from the snapshot in FILE (default: the output file, when it is a snapshot of the same server and organization): read the audit log since then and re-read only what it names.</source>
        <translation>Inkrementell aus dem Snapshot in FILE aktualisieren (Standard: die Ausgabedatei, wenn sie ein Snapshot desselben Servers und derselben Organisation ist): das Audit-Log seitdem lesen und nur das neu lesen, was es nennt.</translation>
    </message>
    <message>
        <source>Pull everything, whatever the audit log says.</source>
        <translation>Alles laden, gleich was das Audit-Log sagt.</translation>
    </message>
    <message>
        <source>Event SDK name (sentry.dart.flutter derives Dart file names).</source>
        <translation>SDK-Name des Events (sentry.dart.flutter leitet Dart-Dateinamen ab).</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation>kein früherer Snapshot</translation>
    </message>
    <message>
        <source>the snapshot is of another server or organization</source>
        <translation>der Snapshot stammt von einem anderen Server oder einer anderen Organisation</translation>
    </message>
    <message>
        <source>the snapshot is older than a day</source>
        <translation>der Snapshot ist älter als ein Tag</translation>
    </message>
    <message>
        <source>audit log not readable: %1</source>
        <translation>Audit-Log nicht lesbar: %1</translation>
    </message>
    <message>
        <source>too many changes since the snapshot: %1</source>
        <translation>zu viele Änderungen seit dem Snapshot: %1</translation>
    </message>
    <message>
        <source>a change the incremental refresh cannot map: %1</source>
        <translation>eine Änderung, die die inkrementelle Aktualisierung nicht zuordnen kann: %1</translation>
    </message>
    <message>
        <source>the snapshot lacks reads a refresh builds on</source>
        <translation>dem Snapshot fehlen Abrufe, auf denen eine Aktualisierung aufbaut</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed incrementally: %n change(s), %1 requests</source>
        <translation>
            <numerusform>Inkrementell aktualisiert: %n Änderung, %1 Anfragen</numerusform>
            <numerusform>Inkrementell aktualisiert: %n Änderungen, %1 Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Full refresh (%1), %2 requests</source>
        <translation>Vollständige Aktualisierung (%1), %2 Anfragen</translation>
    </message>
    <message>
        <source>no rows in the answer</source>
        <translation>keine Zeilen in der Antwort</translation>
    </message>
    <message>
        <source>a row without a valid time</source>
        <translation>eine Zeile ohne gültige Zeit</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>the release list: %1</source>
        <translation>die Release-Liste: %1</translation>
    </message>
    <message>
        <source>many releases since the snapshot</source>
        <translation>viele Releases seit dem Snapshot</translation>
    </message>
    <message>
        <source>%1: teams %2 and #%3 both own it, and ownership line(s) %4 route issues to #%3: move those rules to #%2 or list the project under topology.shared (pattern B).</source>
        <translation>%1: Die Teams %2 und #%3 sind beide zuständig, und die Zuständigkeitszeile(n) %4 leiten Issues an #%3: diese Regeln zu #%2 verschieben oder das Projekt unter topology.shared aufführen (Muster B).</translation>
    </message>
    <message>
        <source>%1: remove team #%2&apos;s access (%3)</source>
        <translation>%1: Zugriff von Team #%2 entfernen (%3)</translation>
    </message>
    <message>
        <source>pattern A: #%1 owns the project</source>
        <translation>Muster A: #%1 ist für das Projekt zuständig</translation>
    </message>
    <message>
        <source>%1: ownership line %2 routes issues to #%3, which has no access, and pattern A keeps #%4 the only team: move the rule to #%4, or give #%3 access and list the project under topology.shared.</source>
        <translation>%1: Zuständigkeitszeile %2 leitet Issues an #%3, das keinen Zugriff hat, und Muster A lässt #%4 das einzige Team bleiben: die Regel zu #%4 verschieben oder #%3 Zugriff geben und das Projekt unter topology.shared aufführen.</translation>
    </message>
    <message>
        <source>%1: the ownership rules name #%2, which is not a team of %3; its rules now route to #%4, the owning team (pattern A). Create the team and list the project as shared if it should own them.</source>
        <translation>%1: Die Zuständigkeitsregeln nennen #%2, das kein Team von %3 ist; seine Regeln leiten jetzt an #%4, das zuständige Team (Muster A). Das Team anlegen und das Projekt als geteilt aufführen, wenn es zuständig sein soll.</translation>
    </message>
    <message>
        <source>%1: route the rules of unknown teams (%2) to #%3</source>
        <translation>%1: die Regeln unbekannter Teams (%2) an #%3 leiten</translation>
    </message>
    <message>
        <source>%1: add the catch-all &quot;* #%2&quot; and route the rules of %3 to it</source>
        <translation>%1: die Auffangregel &quot;* #%2&quot; hinzufügen und die Regeln von %3 dorthin leiten</translation>
    </message>
    <message>
        <source>%1: route the catch-all to #%2, the owning team</source>
        <translation>%1: die Auffangregel an #%2 leiten, das zuständige Team</translation>
    </message>
    <message>
        <source>detector of the new project</source>
        <translation>Detektor des neuen Projekts</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 fehlend</translation>
    </message>
    <message>
        <source>%1 drifted</source>
        <translation>%1 abweichend</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) covered</source>
        <translation>
            <numerusform>%1 von %n Service abgedeckt</numerusform>
            <numerusform>%1 von %n Services abgedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy asks no project for this tier.</source>
        <translation>Die Richtlinie verlangt diese Stufe von keinem Projekt.</translation>
    </message>
    <message>
        <source>All as the policy says.</source>
        <translation>Alles wie in der Richtlinie.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlend</numerusform>
            <numerusform>%n fehlend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifted</source>
        <translation>
            <numerusform>%n abweichend</numerusform>
            <numerusform>%n abweichend</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing unpushed</source>
        <translation>Nichts Unübertragenes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in %1</source>
        <translation>
            <numerusform>%n Änderung in %1</numerusform>
            <numerusform>%n Änderungen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>Noch nicht gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left in this window</source>
        <translation>
            <numerusform>%1 von %n Anfrage in diesem Zeitfenster übrig</numerusform>
            <numerusform>%1 von %n Anfragen in diesem Zeitfenster übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Concurrent requests: %1 of %2 free.</source>
        <translation>Gleichzeitige Anfragen: %1 von %2 frei.</translation>
    </message>
    <message>
        <source>The window ends at %1.</source>
        <translation>Das Zeitfenster endet um %1.</translation>
    </message>
    <message>
        <source>From Sentry&apos;s rate-limit headers, once a request has been answered.</source>
        <translation>Aus Sentrys Ratenlimit-Headern, sobald eine Anfrage beantwortet wurde.</translation>
    </message>
    <message>
        <source>Never (the last attempt failed)</source>
        <translation>Nie (der letzte Versuch ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, from the cache</source>
        <translation>%1, zwischengespeichert</translation>
    </message>
    <message>
        <source>%1; the last refresh failed</source>
        <translation>%1; die letzte Aktualisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ownership rules (%1): %2</source>
        <translation>Zuständigkeitsregeln (%1): %2</translation>
    </message>
    <message>
        <source>Add team #%1 to project %2</source>
        <translation>Team #%1 zum Projekt %2 hinzufügen</translation>
    </message>
    <message>
        <source>the pasted event</source>
        <translation>das eingefügte Event</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A tag is key=value, not &apos;%1&apos;.</source>
        <translation>Ein Tag hat die Form key=value, nicht „%1“.</translation>
    </message>
    <message>
        <source>frame %1 %2 &quot;%3&quot; matched %4</source>
        <translation>Frame %1 %2 „%3“ passt auf %4</translation>
    </message>
    <message>
        <source>%1 %2 &quot;%3&quot; matched %4</source>
        <translation>%1 %2 „%3“ passt auf %4</translation>
    </message>
</context>
<context>
    <name>sc::ApplyTiersDialog</name>
    <message>
        <source>Apply Tiers to Selection</source>
        <translation>Stufen auf Auswahl anwenden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Select an operation to see the request it sends.</source>
        <translation>Eine Operation wählen, um die Anfrage zu sehen, die sie sendet.</translation>
    </message>
    <message>
        <source>Save as Draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <source>There is no snapshot of the organization yet: refresh first.</source>
        <translation>Es gibt noch keinen Snapshot der Organisation: zuerst aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <source>The whole organization (%n project(s)) against the tier policy:</source>
        <translation>
            <numerusform>Die ganze Organisation (%n Projekt) gegen die Stufenrichtlinie:</numerusform>
            <numerusform>Die ganze Organisation (%n Projekte) gegen die Stufenrichtlinie:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected project(s) against the tier policy:</source>
        <translation>
            <numerusform>%n ausgewähltes Projekt gegen die Stufenrichtlinie:</numerusform>
            <numerusform>%n ausgewählte Projekte gegen die Stufenrichtlinie:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>Nothing to do: the selection follows the tier policy.</source>
        <translation>Nichts zu tun: Die Auswahl folgt der Stufenrichtlinie.</translation>
    </message>
</context>
<context>
    <name>sc::ArchitectureAuditModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>spikes</source>
        <translation>Spikes</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>Maps</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source>%1: policy %2, server %3</source>
        <translation>%1: Richtlinie %2, Server %3</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>pii</source>
        <translation>PII</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>crons</source>
        <translation>Crons</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
</context>
<context>
    <name>sc::ArchitectureView</name>
    <message>
        <source>&amp;Fix selected</source>
        <translation>Ausgewählte &amp;beheben</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>&amp;Neuer Service…</translation>
    </message>
    <message>
        <source>Plan the fixes for the selected projects (all when none is selected) as pending changes</source>
        <translation>Die Korrekturen für die ausgewählten Projekte (alle, wenn keines ausgewählt ist) als ausstehende Änderungen planen</translation>
    </message>
    <message>
        <source>Create a project for a new service with tiers, ownership, filters, scrubbing and quota</source>
        <translation>Ein Projekt für einen neuen Service mit Stufen, Zuständigkeit, Filtern, Bereinigung und Kontingent anlegen</translation>
    </message>
    <message>
        <source>Architecture checks by project</source>
        <translation>Architekturprüfungen nach Projekt</translation>
    </message>
    <message>
        <source>&amp;Architecture</source>
        <translation>Arc&amp;hitektur</translation>
    </message>
    <message>
        <source>No organization loaded.</source>
        <translation>Keine Organisation geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failing check(s); %1 problem(s) in all.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Prüfung; %1 Problem(e) insgesamt.</numerusform>
            <numerusform>%n fehlgeschlagene Prüfungen; %1 Problem(e) insgesamt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failing checks; %n warning(s).</source>
        <translation>
            <numerusform>Keine fehlgeschlagenen Prüfungen; %n Warnung.</numerusform>
            <numerusform>Keine fehlgeschlagenen Prüfungen; %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every project follows the reference architecture.</source>
        <translation>Jedes Projekt folgt der Referenzarchitektur.</translation>
    </message>
    <message>
        <source>Nothing to fix through the API.</source>
        <translation>Nichts über die API zu beheben.</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) saved to Pending changes: review the diff there and push.</source>
        <translation>
            <numerusform>%n Korrektur unter Ausstehende Änderungen gespeichert: dort den Diff prüfen und übertragen.</numerusform>
            <numerusform>%n Korrekturen unter Ausstehende Änderungen gespeichert: dort den Diff prüfen und übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the reference architecture…</source>
        <translation>Referenzarchitektur wird geprüft…</translation>
    </message>
    <message>
        <source>Planning the fixes…</source>
        <translation>Korrekturen werden geplant…</translation>
    </message>
</context>
<context>
    <name>sc::ChartExport</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Errors by team</source>
        <translation>Fehler nach Team</translation>
    </message>
    <message>
        <source>Errors by level</source>
        <translation>Fehler nach Level</translation>
    </message>
    <message>
        <source>Errors by project</source>
        <translation>Fehler nach Projekt</translation>
    </message>
    <message numerus="yes">
        <source>%n-day buckets</source>
        <translation>
            <numerusform>Intervalle von %n Tag</numerusform>
            <numerusform>Intervalle von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour buckets</source>
        <translation>
            <numerusform>Intervalle von %n Stunde</numerusform>
            <numerusform>Intervalle von %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute buckets</source>
        <translation>
            <numerusform>Intervalle von %n Minute</numerusform>
            <numerusform>Intervalle von %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 – %3 · %4</source>
        <translation>%1: %2 – %3 · %4</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation>Die Zeichnung %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sc::ChartsView</name>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Time range; the bucket size follows it as in Sentry</source>
        <translation>Zeitraum; die Intervallgröße folgt ihm wie in Sentry</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Nach Projekt</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>Nach Level</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>How many groups to draw; the rest is summed as &quot;Other&quot;</source>
        <translation>Wie viele Gruppen gezeichnet werden; der Rest wird als „Sonstige“ summiert</translation>
    </message>
    <message>
        <source>Stacked areas</source>
        <translation>Gestapelte Flächen</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation>Das Diagramm als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <source>Export the charted numbers as CSV (one row per bucket, UTC times)</source>
        <translation>Die Zahlen des Diagramms als CSV exportieren (eine Zeile pro Intervall, Zeiten in UTC)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not load the error statistics: %1</source>
        <translation>Die Fehlerstatistiken konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>P0 threshold: %1 per %2 (%3/min)</source>
        <translation>P0-Schwelle: %1 je %2 (%3/min)</translation>
    </message>
    <message>
        <source>P0 would fire</source>
        <translation>P0 würde auslösen</translation>
    </message>
    <message>
        <source>A project owned by several teams counts in each of their series; the org total (%1) counts it once.</source>
        <translation>Ein Projekt mehrerer Teams zählt in der Reihe jedes dieser Teams; die Summe der Organisation (%1) zählt es einmal.</translation>
    </message>
    <message>
        <source>Click an entry to hide or show its series.</source>
        <translation>Einen Eintrag anklicken, um seine Reihe aus- oder einzublenden.</translation>
    </message>
    <message>
        <source>Errors per %1</source>
        <translation>Fehler je %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>P0 threshold: %1</source>
        <translation>P0-Schwelle: %1</translation>
    </message>
    <message>
        <source>Loading error statistics…</source>
        <translation>Fehlerstatistiken werden geladen…</translation>
    </message>
    <message>
        <source>%1 buckets of %2</source>
        <translation>%1 Intervalle (je %2)</translation>
    </message>
    <message>
        <source>total %1 errors</source>
        <translation>insgesamt %1 Fehler</translation>
    </message>
    <message>
        <source>series from %1</source>
        <translation>Reihen aus %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of its projects also belong to another team and count in that team&apos;s series too.</source>
        <translation>
            <numerusform>%1: %n seiner Projekte gehört auch zu einem anderen Team und zählt auch in dessen Reihe.</numerusform>
            <numerusform>%1: %n seiner Projekte gehören auch zu einem anderen Team und zählen auch in dessen Reihe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n shared)</source>
        <translation>
            <numerusform> (%n geteilt)</numerusform>
            <numerusform> (%n geteilt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n shared project(s))</source>
        <translation>
            <numerusform>%1: %2 (%n geteiltes Projekt)</numerusform>
            <numerusform>%1: %2 (%n geteilte Projekte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects owned by several teams count in each of their teams, so the total counts them more than once; the org total counts every project once.</source>
        <translation>Projekte, für die mehrere Teams zuständig sind, zählen bei jedem ihrer Teams, daher zählt die Summe sie mehrfach; die Summe der Organisation zählt jedes Projekt einmal.</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>all projects of %1</source>
        <translation>alle Projekte von %1</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>alle Projekte</translation>
    </message>
</context>
<context>
    <name>sc::ConflictDialog</name>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>%1 changed on the server since your change was planned (%2). Nothing was written. Choose how to go on:</source>
        <translation>%1 wurde auf dem Server geändert, seit Ihre Änderung geplant wurde (%2). Nichts wurde geschrieben. Wie soll es weitergehen?</translation>
    </message>
    <message>
        <source>Base (as fetched)</source>
        <translation>Basis (wie abgerufen)</translation>
    </message>
    <message>
        <source>Mine (your draft)</source>
        <translation>Meine (Ihr Entwurf)</translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation>Ihre (jetzt auf dem Server)</translation>
    </message>
    <message>
        <source>What changed on the server (base → theirs):</source>
        <translation>Was sich auf dem Server geändert hat (Basis → ihre):</translation>
    </message>
    <message>
        <source>Re-base my edit on theirs</source>
        <translation>Meine Änderung auf ihre aufsetzen (Rebase)</translation>
    </message>
    <message>
        <source>Overwrite theirs</source>
        <translation>Ihre überschreiben</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Write your version over the server&apos;s: their change is lost.</source>
        <translation>Ihre Version über die des Servers schreiben: Die andere Änderung geht verloren.</translation>
    </message>
    <message>
        <source>Field changed on both sides</source>
        <translation>Auf beiden Seiten geändertes Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Re-base keeps the server&apos;s change and applies yours on top (below).</source>
        <translation>Rebase behält die Änderung des Servers und wendet Ihre darauf an (unten).</translation>
    </message>
    <message>
        <source>Both sides changed the same part. Resolve it below (remove the &lt;&lt;&lt;&lt;&lt;&lt;&lt; / ======= / &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines, or choose a side per field) to re-base, or overwrite the server&apos;s version.</source>
        <translation>Beide Seiten haben denselben Teil geändert. Unten auflösen (die Zeilen &lt;&lt;&lt;&lt;&lt;&lt;&lt; / ======= / &gt;&gt;&gt;&gt;&gt;&gt;&gt; entfernen oder je Feld eine Seite wählen), um aufzusetzen, oder die Version des Servers überschreiben.</translation>
    </message>
    <message>
        <source>Conflicts resolved: Re-base writes the result below.</source>
        <translation>Konflikte gelöst: Rebase schreibt das Ergebnis unten.</translation>
    </message>
</context>
<context>
    <name>sc::ConsoleSession</name>
    <message>
        <source>No connection profile is open.</source>
        <translation>Kein Verbindungsprofil ist geöffnet.</translation>
    </message>
    <message>
        <source>No token for profile &quot;%1&quot;: store one in the profile or set SENTRY_AUTH_TOKEN.</source>
        <translation>Kein Token für Profil „%1“: eines im Profil speichern oder SENTRY_AUTH_TOKEN setzen.</translation>
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
        <translation>P%1: %2 vorhanden, %3 abweichend, %4 fehlend</translation>
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
        <translation>Fehlt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the policy</source>
        <translation>
            <numerusform>%n Feld weicht von der Richtlinie ab</numerusform>
            <numerusform>%n Felder weichen von der Richtlinie ab</numerusform>
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
        <translation>P%1 über alle Projekte: %2 vorhanden, %3 abweichend, %4 fehlend</translation>
    </message>
</context>
<context>
    <name>sc::CoverageView</name>
    <message>
        <source>Tier coverage matrix</source>
        <translation>Abdeckungsmatrix der Stufen</translation>
    </message>
    <message>
        <source>Select a cell to see what expresses the tier, what drifted or what is missing.</source>
        <translation>Eine Zelle wählen, um zu sehen, was die Stufe umsetzt, was abweicht oder was fehlt.</translation>
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
        <translation>P%1: %2 vorhanden, %3 abweichend, %4 fehlend</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s).</source>
        <translation>
            <numerusform>%n Projekt.</numerusform>
            <numerusform>%n Projekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unclassified alerts of %1: %2</source>
        <translation>Nicht zugeordnete Alarme von %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Monitor “%1”</source>
        <translation>Monitor „%1“</translation>
    </message>
    <message>
        <source>Alert “%1”</source>
        <translation>Alarm „%1“</translation>
    </message>
    <message>
        <source>%1 · P%2</source>
        <translation>%1 · P%2</translation>
    </message>
    <message>
        <source>Present and as the policy says.</source>
        <translation>Vorhanden und wie in der Richtlinie.</translation>
    </message>
    <message>
        <source>Present, but differs from the policy.</source>
        <translation>Vorhanden, weicht aber von der Richtlinie ab.</translation>
    </message>
    <message>
        <source>Missing: nothing expresses this tier.</source>
        <translation>Fehlt: Nichts setzt diese Stufe um.</translation>
    </message>
    <message>
        <source>Expressed by:</source>
        <translation>Umgesetzt durch:</translation>
    </message>
    <message>
        <source>Missing parts:</source>
        <translation>Fehlende Teile:</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>No ownership rules.</source>
        <translation>Keine Zuständigkeitsregeln.</translation>
    </message>
    <message>
        <source>Edit this project&apos;s ownership rules</source>
        <translation>Die Zuständigkeitsregeln dieses Projekts bearbeiten</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Waiting for the organization to load…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Warten, bis die Organisation geladen ist…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Monitor “%1”</source>
        <translation>Monitor „%1“</translation>
    </message>
    <message>
        <source>Alert “%1”</source>
        <translation>Alarm „%1“</translation>
    </message>
    <message>
        <source>Metric alert “%1”</source>
        <translation>Metrik-Alarm „%1“</translation>
    </message>
    <message>
        <source>Issue alert “%1”</source>
        <translation>Issue-Alarm „%1“</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
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
        <translation>keiner (nicht zugeordnet)</translation>
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
        <translation>fehlender Teil: %1</translation>
    </message>
    <message>
        <source>%1: policy %2, server %3</source>
        <translation>%1: Richtlinie %2, Server %3</translation>
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
        <translation>kein Alarm verbunden</translation>
    </message>
    <message>
        <source>Issue alert rules (legacy)</source>
        <translation>Issue-Alarmregeln (Legacy)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projekte (%n)</numerusform>
            <numerusform>Projekte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Members (%n)</source>
        <translation>
            <numerusform>Mitglieder (%n)</numerusform>
            <numerusform>Mitglieder (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source> (invited)</source>
        <translation> (eingeladen)</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a team or project on the left, or press Ctrl+K to jump to one.</source>
        <translation>Links ein Team oder Projekt wählen oder mit Strg+K direkt dorthin springen.</translation>
    </message>
</context>
<context>
    <name>sc::DiffView</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unified</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>Select an operation to see what it changes.</source>
        <translation>Eine Operation wählen, um zu sehen, was sie ändert.</translation>
    </message>
    <message>
        <source>No visible change (server-managed fields and order are ignored).</source>
        <translation>Keine sichtbare Änderung (vom Server verwaltete Felder und die Reihenfolge werden ignoriert).</translation>
    </message>
</context>
<context>
    <name>sc::HistoryView</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Undo selected…</source>
        <translation>Ausgewählte rückgängig machen…</translation>
    </message>
    <message>
        <source>Creates a pending change that undoes the selected operations; review and push it in Pending changes.</source>
        <translation>Legt eine ausstehende Änderung an, die die ausgewählten Operationen rückgängig macht; sie unter Ausstehende Änderungen prüfen und übertragen.</translation>
    </message>
    <message>
        <source>Nothing pushed yet.</source>
        <translation>Noch nichts übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pushed operation(s).</source>
        <translation>
            <numerusform>%n übertragene Operation.</numerusform>
            <numerusform>%n übertragene Operationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped.</source>
        <translation>
            <numerusform>%n unlesbare Zeile übersprungen.</numerusform>
            <numerusform>%n unlesbare Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No session to keep the undo draft in.</source>
        <translation>Keine Sitzung, in der der Rückgängig-Entwurf gehalten werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Undo draft &quot;%1&quot; created with %n operation(s); review and push it in Pending changes.</source>
        <translation>
            <numerusform>Rückgängig-Entwurf „%1“ mit %n Operation angelegt; unter Ausstehende Änderungen prüfen und übertragen.</numerusform>
            <numerusform>Rückgängig-Entwurf „%1“ mit %n Operationen angelegt; unter Ausstehende Änderungen prüfen und übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Ältere Einträge zeigen</translation>
    </message>
    <message>
        <source>Showing the newest %1.</source>
        <translation>Die neuesten %1 werden gezeigt.</translation>
    </message>
</context>
<context>
    <name>sc::IncrementalRefresh</name>
    <message>
        <source>The refresh of %1 was canceled.</source>
        <translation>Die Aktualisierung von %1 wurde abgebrochen.</translation>
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
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
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
        <translation>Den Organisationsbaum filtern</translation>
    </message>
    <message>
        <source>Organization tree</source>
        <translation>Organisationsbaum</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Tier covera&amp;ge</source>
        <translation>Stufenabde&amp;ckung</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>&amp;Zuständigkeit</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Diagra&amp;mme</translation>
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
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
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
        <translation>Stufen auf Auswahl an&amp;wenden…</translation>
    </message>
    <message>
        <source>Stop the refresh and keep the data shown</source>
        <translation>Die Aktualisierung anhalten und die angezeigten Daten behalten</translation>
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
        <translation>Zwischengespeicherter Snapshot vom %1 (%2)</translation>
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
        <source>Edit ownership rules…</source>
        <translation>Zuständigkeitsregeln bearbeiten…</translation>
    </message>
    <message>
        <source>Unpushed changes</source>
        <translation>Nicht übertragene Änderungen</translation>
    </message>
    <message>
        <source>There are changes that have not been pushed to Sentry. They stay saved as drafts and will be here next time. Close the window?</source>
        <translation>Es gibt Änderungen, die noch nicht an Sentry übertragen wurden. Sie bleiben als Entwürfe gespeichert und sind beim nächsten Mal wieder da. Fenster schließen?</translation>
    </message>
    <message>
        <source>P0–P3 columns: each mark says whether the project&apos;s alerts express that tier of the policy</source>
        <translation>Spalten P0–P3: Jede Markierung zeigt, ob die Alarme des Projekts diese Stufe der Richtlinie umsetzen</translation>
    </message>
    <message>
        <source>Architect&amp;ure</source>
        <translation>Arch&amp;itektur</translation>
    </message>
    <message>
        <source>Edit the P0–P3 tier policy the audit and the planner use</source>
        <translation>Die Stufenrichtlinie P0–P3 bearbeiten, die Prüfung und Planung verwenden</translation>
    </message>
    <message>
        <source>Plan the alerts that bring the selected project, team or organization to the tier policy</source>
        <translation>Die Alarme planen, die das ausgewählte Projekt, Team oder die Organisation auf die Stufenrichtlinie bringen</translation>
    </message>
    <message>
        <source>Apply tiers to the whole &amp;organization…</source>
        <translation>Stufen auf die ganze &amp;Organisation anwenden…</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>Änder&amp;ungen</translation>
    </message>
    <message>
        <source>&amp;Edit ownership rules</source>
        <translation>Zuständigkeitsregeln &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Push selected changes</source>
        <translation>Ausgewählte Änderungen übe&amp;rtragen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Refresh from Sentry (F5)</source>
        <translation>Von Sentry aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Go to a project or team (Ctrl+K)</source>
        <translation>Zu einem Projekt oder Team springen (Strg+K)</translation>
    </message>
    <message>
        <source>Push the checked pending changes (Ctrl+Shift+P)</source>
        <translation>Die angehakten ausstehenden Änderungen übertragen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Error charts for the selection</source>
        <translation>Fehlerdiagramme für die Auswahl</translation>
    </message>
    <message>
        <source>P0–P3:</source>
        <translation>P0–P3:</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>drifted from the policy</source>
        <translation>weicht von der Richtlinie ab</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Apply tiers to project %1</source>
        <translation>Stufen auf Projekt %1 anwenden</translation>
    </message>
    <message>
        <source>Apply tiers to team %1</source>
        <translation>Stufen auf Team %1 anwenden</translation>
    </message>
    <message>
        <source>Apply tiers to the whole organization</source>
        <translation>Stufen auf die ganze Organisation anwenden</translation>
    </message>
    <message>
        <source>Select a project to edit its ownership rules</source>
        <translation>Ein Projekt wählen, um seine Zuständigkeitsregeln zu bearbeiten</translation>
    </message>
    <message>
        <source>Edit the ownership rules of %1</source>
        <translation>Die Zuständigkeitsregeln von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Last successful sync %1 (%2)</source>
        <translation>Letzte erfolgreiche Synchronisierung %1 (%2)</translation>
    </message>
    <message>
        <source>Refresh failed at %1: %2</source>
        <translation>Aktualisierung um %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Apply tiers to project %1…</source>
        <translation>Stufen auf Projekt %1 anwenden…</translation>
    </message>
    <message>
        <source>Apply tiers to team %1…</source>
        <translation>Stufen auf Team %1 anwenden…</translation>
    </message>
    <message>
        <source>Apply tiers to the whole organization…</source>
        <translation>Stufen auf die ganze Organisation anwenden…</translation>
    </message>
    <message>
        <source>Tier policy…</source>
        <translation>Stufenrichtlinie…</translation>
    </message>
    <message>
        <source>O&amp;rg health</source>
        <translation>Org-&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Vol&amp;lständig aktualisieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>sc::NewServiceDialog</name>
    <message>
        <source>New service</source>
        <translation>Neuer Service</translation>
    </message>
    <message>
        <source>e.g. ledger-worker</source>
        <translation>z. B. ledger-worker</translation>
    </message>
    <message>
        <source>Ownership rules (empty: &quot;* #team&quot;)</source>
        <translation>Zuständigkeitsregeln (leer: „* #team“)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Ownership:</source>
        <translation>&amp;Zuständigkeit:</translation>
    </message>
    <message>
        <source>&amp;Copy snippet</source>
        <translation>Snippet &amp;kopieren</translation>
    </message>
    <message>
        <source>Start-up code:</source>
        <translation>Start-Code:</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>No organization loaded.</source>
        <translation>Keine Organisation geladen.</translation>
    </message>
    <message>
        <source>Name the service; its project slug is derived from the name.</source>
        <translation>Dem Service einen Namen geben; der Projekt-Slug wird daraus abgeleitet.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1: %n operation(s) in one change set.</source>
        <translation>
            <numerusform>Projekt %1: %n Operation in einem Änderungssatz.</numerusform>
            <numerusform>Projekt %1: %n Operationen in einem Änderungssatz.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;DSN after the push&gt;</source>
        <translation>&lt;DSN nach der Übertragung&gt;</translation>
    </message>
    <message>
        <source>Saved to Pending changes: review the diff there and push. The DSN appears here after the refresh.</source>
        <translation>Unter Ausstehende Änderungen gespeichert: dort den Diff prüfen und übertragen. Der DSN erscheint hier nach der Aktualisierung.</translation>
    </message>
</context>
<context>
    <name>sc::OrgHealthModel</name>
    <message>
        <source>#%1 (team)</source>
        <translation>#%1 (Team)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Project or team</source>
        <translation>Projekt oder Team</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Tier gaps</source>
        <translation>Stufenlücken</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>Architecture checks failing</source>
        <translation>Fehlgeschlagene Architekturprüfungen</translation>
    </message>
    <message>
        <source>Required P0–P3 tiers that are missing or drift from the policy</source>
        <translation>Erforderliche Stufen P0–P3, die fehlen oder von der Richtlinie abweichen</translation>
    </message>
    <message>
        <source>Ownership rules that are missing, lack a catch-all or name owners without access</source>
        <translation>Zuständigkeitsregeln, die fehlen, keine Auffangregel haben oder Zuständige ohne Zugriff nennen</translation>
    </message>
    <message>
        <source>Other reference-architecture checks that fail (warnings after them)</source>
        <translation>Andere fehlgeschlagene Prüfungen der Referenzarchitektur (Warnungen danach)</translation>
    </message>
</context>
<context>
    <name>sc::OrgHealthView</name>
    <message>
        <source>%1 coverage</source>
        <translation>%1-Abdeckung</translation>
    </message>
    <message>
        <source>Architecture checks</source>
        <translation>Architekturprüfungen</translation>
    </message>
    <message>
        <source>Unpushed changes</source>
        <translation>Nicht übertragene Änderungen</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Rate-limit budget</source>
        <translation>Ratenlimit-Budget</translation>
    </message>
    <message>
        <source>Review &amp;pending changes</source>
        <translation>Ausstehende Änderungen &amp;prüfen</translation>
    </message>
    <message>
        <source>Show the pending-changes panel to preview and push the drafts</source>
        <translation>Den Bereich „Ausstehende Änderungen“ zeigen, um die Entwürfe anzusehen und zu übertragen</translation>
    </message>
    <message>
        <source>Projects with problems</source>
        <translation>Projekte mit Problemen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the project or team</source>
        <translation>Doppelklicken oder Eingabe drücken, um das Projekt oder Team zu öffnen</translation>
    </message>
    <message>
        <source>Org health: no connection profile open</source>
        <translation>Org-Übersicht: kein Verbindungsprofil geöffnet</translation>
    </message>
    <message>
        <source>Org health of %1</source>
        <translation>Org-Übersicht von %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No organization loaded.</source>
        <translation>Keine Organisation geladen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 of %2 services express %3 as the policy says</source>
        <translation>%1 von %2 Services bilden %3 so ab, wie die Richtlinie es verlangt</translation>
    </message>
    <message>
        <source>The reference-architecture audit runs in the background.</source>
        <translation>Die Prüfung der Referenzarchitektur läuft im Hintergrund.</translation>
    </message>
    <message numerus="yes">
        <source>%n failing check(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Prüfung</numerusform>
            <numerusform>%n fehlgeschlagene Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No failing checks</source>
        <translation>Keine fehlgeschlagenen Prüfungen</translation>
    </message>
    <message>
        <source>Checking the new data…</source>
        <translation>Die neuen Daten werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) besides.</source>
        <translation>
            <numerusform>Außerdem %n Warnung.</numerusform>
            <numerusform>Außerdem %n Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every check of the policy, across %n project(s).</source>
        <translation>
            <numerusform>Jede Prüfung der Richtlinie, über %n Projekt.</numerusform>
            <numerusform>Jede Prüfung der Richtlinie, über %n Projekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No project has a problem.</source>
        <translation>Kein Projekt hat ein Problem.</translation>
    </message>
    <message>
        <source>Projects with problems: checking…</source>
        <translation>Projekte mit Problemen: wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Projects with problems: %1 of %n</source>
        <translation>
            <numerusform>Projekte mit Problemen: %1 von %n</numerusform>
            <numerusform>Projekte mit Problemen: %1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team or organization finding(s)</source>
        <translation>
            <numerusform>%n Befund zu Team oder Organisation</numerusform>
            <numerusform>%n Befunde zu Team oder Organisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Every edit has been pushed.</source>
        <translation>Jede Änderung wurde übertragen.</translation>
    </message>
    <message>
        <source>Refreshing now…</source>
        <translation>Wird jetzt aktualisiert…</translation>
    </message>
    <message>
        <source>Refresh with F5.</source>
        <translation>Mit F5 aktualisieren.</translation>
    </message>
</context>
<context>
    <name>sc::OrgPuller</name>
    <message>
        <source>The pull of %1 was canceled.</source>
        <translation>Das Laden von %1 wurde abgebrochen.</translation>
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
        <translation>%1: noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1: %2 present, %3 drifted, %4 missing</source>
        <translation>%1: %2 vorhanden, %3 abweichend, %4 fehlend</translation>
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
        <translation>Abdeckung der Alarmstufen: vorhanden, abweichend oder fehlt</translation>
    </message>
    <message>
        <source>Number of ownership rules</source>
        <translation>Anzahl der Zuständigkeitsregeln</translation>
    </message>
</context>
<context>
    <name>sc::OwnershipEditor</name>
    <message>
        <source>path:src/payments/** #payments
url:*/api/v1/payments/* #payments
* #platform-eng</source>
        <translation>path:src/payments/** #payments
url:*/api/v1/payments/* #payments
* #platform-eng</translation>
    </message>
    <message>
        <source>src/payments/charge.py</source>
        <translation>src/payments/charge.py</translation>
    </message>
    <message>
        <source>https://acme.io/api/v1/payments/42</source>
        <translation>https://acme.io/api/v1/payments/42</translation>
    </message>
    <message>
        <source>service=payment-api release=1.2</source>
        <translation>service=payment-api release=1.2</translation>
    </message>
    <message>
        <source>Paste an event JSON or a stack trace</source>
        <translation>Ein Event-JSON oder einen Stacktrace einfügen</translation>
    </message>
    <message>
        <source>Who owns this?</source>
        <translation>Wer ist zuständig?</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Zuständige</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No match: notify all project members (fallthrough)</source>
        <translation>Kein Treffer: alle Projektmitglieder benachrichtigen (Fallthrough)</translation>
    </message>
    <message>
        <source>Sync CODEOWNERS automatically</source>
        <translation>CODEOWNERS automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Auto-assignment</source>
        <translation>Automatische Zuweisung</translation>
    </message>
    <message>
        <source>Preview impact on recent events</source>
        <translation>Auswirkung auf neuere Events anzeigen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Cancel preview</source>
        <translation>Vorschau abbrechen</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Save the rules as a draft in Pending changes (Ctrl+S)</source>
        <translation>Die Regeln als Entwurf unter Ausstehende Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Re-base my draft on the server&apos;s version</source>
        <translation>Meinen Entwurf auf die Version des Servers aufsetzen (Rebase)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Reloaded: the rules on the server changed.</source>
        <translation>Neu geladen: Die Regeln auf dem Server haben sich geändert.</translation>
    </message>
    <message>
        <source>The rules on the server changed since your draft was started. Re-base the draft to keep both, or push it and resolve the conflict there.</source>
        <translation>Die Regeln auf dem Server haben sich geändert, seit Ihr Entwurf begonnen wurde. Den Entwurf aufsetzen (Rebase), um beides zu behalten, oder ihn übertragen und den Konflikt dort lösen.</translation>
    </message>
    <message>
        <source>Draft re-based on the server&apos;s rules.</source>
        <translation>Entwurf auf die Regeln des Servers aufgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Draft re-based; %n part(s) changed on both sides are marked &lt;&lt;&lt;&lt;&lt;&lt;&lt; / &gt;&gt;&gt;&gt;&gt;&gt;&gt;: edit them, then push.</source>
        <translation>
            <numerusform>Entwurf aufgesetzt; %n auf beiden Seiten geänderter Teil ist mit &lt;&lt;&lt;&lt;&lt;&lt;&lt; / &gt;&gt;&gt;&gt;&gt;&gt;&gt; markiert: bearbeiten, dann übertragen.</numerusform>
            <numerusform>Entwurf aufgesetzt; %n auf beiden Seiten geänderte Teile sind mit &lt;&lt;&lt;&lt;&lt;&lt;&lt; / &gt;&gt;&gt;&gt;&gt;&gt;&gt; markiert: bearbeiten, dann übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No project selected.&lt;/b&gt; Pick a project in the tree (or press Ctrl+K) to edit its ownership rules.</source>
        <translation>&lt;b&gt;Kein Projekt ausgewählt.&lt;/b&gt; Ein Projekt im Baum wählen (oder Strg+K drücken), um seine Zuständigkeitsregeln zu bearbeiten.</translation>
    </message>
    <message>
        <source>Pick a project on the left to edit its ownership rules.</source>
        <translation>Links ein Projekt wählen, um seine Zuständigkeitsregeln zu bearbeiten.</translation>
    </message>
    <message>
        <source>Restored your unsaved draft.</source>
        <translation>Ihr ungespeicherter Entwurf wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ownership rules&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Zuständigkeitsregeln&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>Activate to add #%1 to %2 (a change-set operation).</source>
        <translation>Aktivieren, um #%1 zu %2 hinzuzufügen (eine Operation im Änderungssatz).</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the syntax error first.</source>
        <translation>Zuerst den Syntaxfehler beheben.</translation>
    </message>
    <message>
        <source>Type a path, URL or tags, or paste an event.</source>
        <translation>Einen Pfad, eine URL oder Tags eingeben oder ein Event einfügen.</translation>
    </message>
    <message>
        <source>Nobody (no rule matches)</source>
        <translation>Niemand (keine Regel passt)</translation>
    </message>
    <message>
        <source>line %1: %2 — %3</source>
        <translation>Zeile %1: %2 — %3</translation>
    </message>
    <message>
        <source>Pick a project first: there is nothing to save.</source>
        <translation>Zuerst ein Projekt wählen: Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>Could not save the draft: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>Draft saved: %n change(s) pending.</source>
        <translation>
            <numerusform>Entwurf gespeichert: %n Änderung ausstehend.</numerusform>
            <numerusform>Entwurf gespeichert: %n Änderungen ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: connect to preview the impact on recent events.</source>
        <translation>Offline: verbinden, um die Auswirkung auf neuere Events zu sehen.</translation>
    </message>
    <message>
        <source>Loading recent events…</source>
        <translation>Neuere Events werden geladen…</translation>
    </message>
    <message>
        <source>%1 × %2 → %3</source>
        <translation>%1 × %2 → %3</translation>
    </message>
    <message>
        <source>java, cocoa, python… (derived file names)</source>
        <translation>java, cocoa, python… (abgeleitete Dateinamen)</translation>
    </message>
    <message>
        <source>Sentry derives file names from module and package on some platforms; the project&apos;s platform is filled in.</source>
        <translation>Sentry leitet auf manchen Plattformen Dateinamen aus Modul und Paket ab; die Plattform des Projekts ist eingetragen.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
</context>
<context>
    <name>sc::PendingChangesPanel</name>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Continue after a failed operation</source>
        <translation>Nach einer fehlgeschlagenen Operation weitermachen</translation>
    </message>
    <message>
        <source>Push selected</source>
        <translation>Ausgewählte übertragen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(organization)</source>
        <translation>(Organisation)</translation>
    </message>
    <message>
        <source>%1
Draft: %2</source>
        <translation>%1
Entwurf: %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Pushed and verified</source>
        <translation>Übertragen und verifiziert</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>Keine ausstehenden Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending operation(s): %1</source>
        <translation>
            <numerusform>%n ausstehende Operation: %1</numerusform>
            <numerusform>%n ausstehende Operationen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable drafts kept on disk: %1</source>
        <translation>Unlesbare Entwürfe, auf der Festplatte aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Offline: connect a profile to push.</source>
        <translation>Offline: ein Profil verbinden, um zu übertragen.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Pushing %1: %2 of %3 operations done…</source>
        <translation>%1 wird übertragen: %2 von %3 Operationen erledigt…</translation>
    </message>
    <message>
        <source>%1: %2 verified, %3 not applied.</source>
        <translation>%1: %2 verifiziert, %3 nicht angewendet.</translation>
    </message>
    <message>
        <source>Push the checked operations (Ctrl+Shift+P)</source>
        <translation>Die angehakten Operationen übertragen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Throw away the selected change (Delete); it can be restored until the window closes</source>
        <translation>Die ausgewählte Änderung wegwerfen (Entf); bis zum Schließen des Fensters lässt sie sich wiederherstellen</translation>
    </message>
    <message>
        <source>Undo discard</source>
        <translation>Verwerfen rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Sentry would reject this change:
%1</source>
        <translation>Sentry würde diese Änderung ablehnen:
%1</translation>
    </message>
    <message>
        <source>Push changes with errors?</source>
        <translation>Änderungen mit Fehlern übertragen?</translation>
    </message>
    <message numerus="yes">
        <source>%n selected operation(s) have errors that Sentry would most likely reject:</source>
        <translation>
            <numerusform>%n ausgewählte Operation hat Fehler, die Sentry höchstwahrscheinlich ablehnt:</numerusform>
            <numerusform>%n ausgewählte Operationen haben Fehler, die Sentry höchstwahrscheinlich ablehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Push anyway</source>
        <translation>Trotzdem übertragen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n pending change(s)? They are not pushed; Undo discard brings them back while this window is open.</source>
        <translation>
            <numerusform>%n ausstehende Änderung verwerfen? Sie wird nicht übertragen; „Verwerfen rückgängig machen“ holt sie zurück, solange dieses Fenster offen ist.</numerusform>
            <numerusform>%n ausstehende Änderungen verwerfen? Sie werden nicht übertragen; „Verwerfen rückgängig machen“ holt sie zurück, solange dieses Fenster offen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n change(s).</source>
        <translation>
            <numerusform>%n Änderung verworfen.</numerusform>
            <numerusform>%n Änderungen verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n change(s).</source>
        <translation>
            <numerusform>%n Änderung wiederhergestellt.</numerusform>
            <numerusform>%n Änderungen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: pushed, but not recorded in the journal, so History and Undo miss it. %2</source>
        <translation>%1: übertragen, aber nicht im Journal vermerkt, daher fehlt sie in Verlauf und Rückgängig. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing pushed.</source>
        <translation>Nichts übertragen.</translation>
    </message>
    <message>
        <source>%1 was not discarded: %2</source>
        <translation>%1 wurde nicht verworfen: %2</translation>
    </message>
    <message>
        <source>%1: the draft was not updated after the push, so it may still list pushed operations. %2</source>
        <translation>%1: Der Entwurf wurde nach der Übertragung nicht aktualisiert und kann daher noch übertragene Operationen enthalten. %2</translation>
    </message>
    <message>
        <source>The resolution of %1 in %2 was not saved: %3</source>
        <translation>Die Auflösung von %1 in %2 wurde nicht gespeichert: %3</translation>
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
        <translation>Slug der Organisation</translation>
    </message>
    <message>
        <source>leave empty to keep the stored token</source>
        <translation>leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>Test the connection to see the token&apos;s scopes and what each feature needs.</source>
        <translation>Die Verbindung testen, um die Scopes des Tokens zu sehen und was jede Funktion braucht.</translation>
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
        <translation>&amp;Auth-Token:</translation>
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
        <translation>Ein Profil braucht einen Namen, eine Server-URL und einen Slug der Organisation.</translation>
    </message>
    <message>
        <source>The token is stored in the system keychain.</source>
        <translation>Das Token ist im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>Token-Scopes: %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1 — missing %2: %3</source>
        <translation>✘ %1 — fehlt %2: %3</translation>
    </message>
    <message>
        <source>paste the token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (diese Sitzung)</translation>
    </message>
    <message>
        <source>known for this session; type one to store it with the profile</source>
        <translation>für diese Sitzung bekannt; eines eingeben, um es mit dem Profil zu speichern</translation>
    </message>
    <message>
        <source>no keychain here: type the token each time, or set SENTRY_AUTH_TOKEN</source>
        <translation>hier kein Schlüsselbund: das Token jedes Mal eingeben oder SENTRY_AUTH_TOKEN setzen</translation>
    </message>
    <message>
        <source>no keychain here: empty uses SENTRY_AUTH_TOKEN</source>
        <translation>hier kein Schlüsselbund: leer nutzt SENTRY_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>no token stored: paste the token</source>
        <translation>kein Token gespeichert: Token einfügen</translation>
    </message>
    <message>
        <source>no token stored: empty uses SENTRY_AUTH_TOKEN</source>
        <translation>kein Token gespeichert: leer nutzt SENTRY_AUTH_TOKEN</translation>
    </message>
    <message>
        <source>the Auth token field</source>
        <translation>dem Feld Auth-Token</translation>
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
        <translation>%1 — Projekt</translation>
    </message>
    <message>
        <source>%1 — project of #%2</source>
        <translation>%1 — Projekt von #%2</translation>
    </message>
    <message>
        <source>#%1 — team</source>
        <translation>#%1 — Team</translation>
    </message>
</context>
<context>
    <name>sc::StatsFetcher</name>
    <message>
        <source>There is no connection to a Sentry server.</source>
        <translation>Es besteht keine Verbindung zu einem Sentry-Server.</translation>
    </message>
</context>
<context>
    <name>sc::TierPolicyEditor</name>
    <message>
        <source>Policy file (YAML)</source>
        <translation>Richtliniendatei (YAML)</translation>
    </message>
    <message>
        <source>Apply to Audit</source>
        <translation>Auf die Prüfung anwenden</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Errors per minute above</source>
        <translation>Fehler pro Minute über</translation>
    </message>
    <message>
        <source>Crash-free rate below (%)</source>
        <translation>Crash-freie Rate unter (%)</translation>
    </message>
    <message>
        <source>P95 duration above (ms)</source>
        <translation>P95-Dauer über (ms)</translation>
    </message>
    <message>
        <source>Apdex below</source>
        <translation>Apdex unter</translation>
    </message>
    <message>
        <source>P0 critical: PagerDuty</source>
        <translation>P0 kritisch: PagerDuty</translation>
    </message>
    <message>
        <source>P1 warning: new or regressed issue</source>
        <translation>P1 Warnung: neues oder wiederkehrendes Issue</translation>
    </message>
    <message>
        <source>P2 performance</source>
        <translation>P2 Performance</translation>
    </message>
    <message>
        <source>P3 info: new issue</source>
        <translation>P3 Info: neues Issue</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>%1: window (s)</source>
        <translation>%1: Fenster (s)</translation>
    </message>
    <message>
        <source>PagerDuty service</source>
        <translation>PagerDuty-Service</translation>
    </message>
    <message>
        <source>Slack channel</source>
        <translation>Slack-Kanal</translation>
    </message>
    <message>
        <source>Routing per team and overrides per project are edited in the file.</source>
        <translation>Routing je Team und Overrides je Projekt werden in der Datei bearbeitet.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The policy is valid.</source>
        <translation>Die Richtlinie ist gültig.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the policy.</source>
        <translation>
            <numerusform>%n Problem in der Richtlinie.</numerusform>
            <numerusform>%n Probleme in der Richtlinie.</numerusform>
        </translation>
    </message>
    <message>
        <source>not set in the file (resolved per team)</source>
        <translation>nicht in der Datei gesetzt (je Team aufgelöst)</translation>
    </message>
    <message>
        <source>Applied: the audit is being recomputed.</source>
        <translation>Angewendet: Die Prüfung wird neu berechnet.</translation>
    </message>
    <message>
        <source>Save Tier Policy</source>
        <translation>Stufenrichtlinie speichern</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>sc::UnreadableDraftsWidget</name>
    <message>
        <source>Show error</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>%1 (set aside %2)</source>
        <translation>%1 (beiseitegelegt %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable draft(s), kept aside:</source>
        <translation>
            <numerusform>%n unlesbarer Entwurf, beiseitegelegt:</numerusform>
            <numerusform>%n unlesbare Entwürfe, beiseitegelegt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable draft</source>
        <translation>Unlesbarer Entwurf</translation>
    </message>
    <message>
        <source>The draft %1 could not be read, so it was set aside and nothing was written over it.</source>
        <translation>Der Entwurf %1 konnte nicht gelesen werden, daher wurde er beiseitegelegt und nichts darüber geschrieben.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Delete unreadable draft</source>
        <translation>Unlesbaren Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete %1 for good? Its content cannot be recovered.</source>
        <translation>%1 endgültig löschen? Sein Inhalt lässt sich nicht wiederherstellen.</translation>
    </message>
</context>
</TS>
