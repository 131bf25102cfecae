<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BlobStore</name>
    <message>
        <source>%1: the stored content %2 is damaged: %3.</source>
        <translation>%1: Der gespeicherte Inhalt %2 ist beschädigt: %3.</translation>
    </message>
    <message>
        <source>storing content</source>
        <translation>Speichern des Inhalts</translation>
    </message>
    <message>
        <source>Content was added after it was finished.</source>
        <translation>Inhalt wurde hinzugefügt, nachdem er bereits abgeschlossen war.</translation>
    </message>
    <message>
        <source>Content was finished twice.</source>
        <translation>Inhalt wurde zweimal abgeschlossen.</translation>
    </message>
    <message>
        <source>looking up stored content</source>
        <translation>Suchen nach gespeichertem Inhalt</translation>
    </message>
    <message>
        <source>reading stored content</source>
        <translation>Lesen von gespeichertem Inhalt</translation>
    </message>
    <message>
        <source>There is no stored content with id %1 in %2.</source>
        <translation>In %2 gibt es keinen gespeicherten Inhalt mit der ID %1.</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>Block %1 fehlt</translation>
    </message>
    <message>
        <source>%1 bytes were read where %2 were stored</source>
        <translation>%1 Bytes gelesen, aber %2 gespeichert</translation>
    </message>
    <message>
        <source>its SHA-256 is %1, %2 was stored</source>
        <translation>sein SHA-256 ist %1, gespeichert war %2</translation>
    </message>
    <message>
        <source>removing unused content</source>
        <translation>Entfernen von nicht verwendetem Inhalt</translation>
    </message>
    <message>
        <source>Content was finished without its hash.</source>
        <translation>Der Inhalt wurde ohne seinen Hashwert abgeschlossen.</translation>
    </message>
    <message>
        <source>Content hashed by its writer was finished with another hash.</source>
        <translation>Inhalt, dessen Hashwert beim Schreiben berechnet wurde, wurde mit einem anderen Hashwert abgeschlossen.</translation>
    </message>
    <message>
        <source>A part of stored content needs an offset and a length of at least 0, not %1 and %2.</source>
        <translation>Ein Teil gespeicherten Inhalts braucht einen Offset und eine Länge von mindestens 0, nicht %1 und %2.</translation>
    </message>
    <message>
        <source>chunk %1 holds %2 bytes where %3 were stored</source>
        <translation>Block %1 enthält %2 Bytes, gespeichert waren %3</translation>
    </message>
    <message>
        <source>chunks %1 to %2 are missing</source>
        <translation>Blöcke %1 bis %2 fehlen</translation>
    </message>
    <message>
        <source>Checking the stored content was cancelled.</source>
        <translation>Die Prüfung des gespeicherten Inhalts wurde abgebrochen.</translation>
    </message>
    <message>
        <source>chunk %1 does not belong to content of %2 bytes</source>
        <translation>Block %1 gehört nicht zu einem Inhalt von %2 Bytes</translation>
    </message>
    <message>
        <source>SHA-256 is %1, %2 was stored</source>
        <translation>SHA-256 ist %1, gespeichert war %2</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation>Das Nachweispaket %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Writing the bundle %1 was cancelled: no file was written.</source>
        <translation>Das Schreiben des Nachweispakets %1 wurde abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ChecklistAssembler</name>
    <message>
        <source>A code block without a language reads as text, not commands; kept as notes</source>
        <translation>Ein Codeblock ohne Sprachangabe wird als Text gelesen, nicht als Befehle; als Notiz übernommen</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>ChecklistItemReader</name>
    <message>
        <source>Untitled item</source>
        <translation>Unbenannter Punkt</translation>
    </message>
    <message>
        <source>Unknown status “%1” kept in the details; known: %2</source>
        <translation>Unbekannter Status „%1“ in den Details belassen; bekannt sind: %2</translation>
    </message>
    <message>
        <source>“Blocker: %1” is neither yes nor no; ignored</source>
        <translation>„Blocker: %1“ ist weder „yes“ noch „no“; ignoriert</translation>
    </message>
    <message>
        <source>Waiver expiry “%1” is not a date (YYYY-MM-DD); ignored</source>
        <translation>Ablaufdatum der Ausnahme „%1“ ist kein Datum (JJJJ-MM-TT); ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked but has %n unchecked item(s)</source>
        <translation>
            <numerusform>„%1“ ist abgehakt, hat aber %n nicht abgehakten Punkt</numerusform>
            <numerusform>„%1“ ist abgehakt, hat aber %n nicht abgehakte Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is waived without a reason and an expiry date</source>
        <translation>Ausnahme für „%1“ ohne Grund oder ohne Ablaufdatum</translation>
    </message>
    <message>
        <source>Unknown probe setting “%1” ignored; known: status 200, within 500 ms, timeout 10 s, body contains `text`</source>
        <translation>Unbekannte Prüfungseinstellung „%1“ ignoriert; bekannt sind: status 200, within 500 ms, timeout 10 s, body contains `text`</translation>
    </message>
    <message>
        <source>“Probe:” on “%1” kept in the details: the item has no plain `curl -f URL` check to apply it to</source>
        <translation>„Probe:“ bei „%1“ in den Details belassen: Der Punkt hat keine einfache `curl -f URL`-Prüfung, auf die es sich anwenden ließe</translation>
    </message>
</context>
<context>
    <name>ChunkReader</name>
    <message>
        <source>%1 became shorter while it was read: it ended after %2 of %3 bytes.</source>
        <translation>%1 wurde während des Lesens kürzer: Die Datei endete nach %2 von %3 Bytes.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>missing value after &apos;%1&apos;</source>
        <translation>fehlender Wert nach &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>The workspace file (default: %1).</source>
        <translation>Die Arbeitsbereichsdatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Language of messages, e.g. de.</source>
        <translation>Sprache der Meldungen, z. B. de.</translation>
    </message>
    <message>
        <source>Usage: greenlight [--db FILE] VERB [ARGUMENTS]</source>
        <translation>Aufruf: greenlight [--db FILE] UNTERBEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Without a verb, greenlight opens its window.</source>
        <translation>Ohne Unterbefehl öffnet greenlight sein Fenster.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Show the arguments of one verb.</source>
        <translation>Die Argumente eines Unterbefehls anzeigen.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>RELEASE is a release id or its unique name; ITEM an item id (see &apos;greenlight export RELEASE --json -&apos;) or its unique title.</source>
        <translation>RELEASE ist eine Release-ID oder ein eindeutiger Release-Name; ITEM eine Punkt-ID (siehe &apos;greenlight export RELEASE --json -&apos;) oder ein eindeutiger Punkttitel.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the verb failed, 2 bad arguments, unknown release, item or metric, or refused input.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Unterbefehl fehlgeschlagen, 2 ungültige Argumente, unbekanntes Release, unbekannter Punkt, unbekannte Kennzahl oder abgewiesene Eingabe.</translation>
    </message>
    <message>
        <source>Usage: greenlight [--db FILE] %1 %2</source>
        <translation>Aufruf: greenlight [--db FILE] %1 %2</translation>
    </message>
    <message>
        <source>missing arguments; expected: %1 %2</source>
        <translation>fehlende Argumente; erwartet: %1 %2</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;; see &apos;greenlight --help&apos;</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos;; siehe &apos;greenlight --help&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; before the verb; see &apos;greenlight --help&apos;</source>
        <translation>unbekannte Option &apos;%1&apos; vor dem Unterbefehl; siehe &apos;greenlight --help&apos;</translation>
    </message>
    <message>
        <source>no workspace at %1 (import a checklist first, or pass --db FILE)</source>
        <translation>kein Arbeitsbereich unter %1 (zuerst eine Checkliste importieren oder --db FILE angeben)</translation>
    </message>
    <message>
        <source>Try &apos;greenlight help %1&apos;.</source>
        <translation>&apos;greenlight help %1&apos; liefert weitere Informationen.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--holds yes|no is required</source>
        <translation>--holds yes|no ist erforderlich</translation>
    </message>
    <message>
        <source>--holds takes yes or no, not &apos;%1&apos;</source>
        <translation>--holds erwartet yes oder no, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 criterion %2 &quot;%3&quot; holds</source>
        <translation>%1-Kriterium %2 &quot;%3&quot; trifft zu</translation>
    </message>
    <message>
        <source>%1 criterion %2 &quot;%3&quot; does not hold</source>
        <translation>%1-Kriterium %2 &quot;%3&quot; trifft nicht zu</translation>
    </message>
    <message>
        <source>Mark a GO or NO-GO criterion as holding or not.</source>
        <translation>Ein GO- oder NO-GO-Kriterium als zutreffend oder nicht zutreffend markieren.</translation>
    </message>
    <message>
        <source>ID is the criterion&apos;s id (see &apos;export --json&apos;). A GO criterion that holds is met; a NO-GO criterion that holds blocks the release.</source>
        <translation>ID ist die ID des Kriteriums (siehe &apos;export --json&apos;). Ein zutreffendes GO-Kriterium ist erfüllt; ein zutreffendes NO-GO-Kriterium blockiert das Release.</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes oder no.</translation>
    </message>
    <message>
        <source>the output file name is empty</source>
        <translation>der Name der Ausgabedatei ist leer</translation>
    </message>
    <message>
        <source>Write a Markdown checklist.</source>
        <translation>Eine Markdown-Checkliste schreiben.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>JSON schreiben.</translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation>--name braucht einen Namen</translation>
    </message>
    <message>
        <source>Import a Markdown checklist as a new release; prints its id.</source>
        <translation>Eine Markdown-Checkliste als neues Release importieren; gibt dessen ID aus.</translation>
    </message>
    <message>
        <source>Warnings go to stderr as &apos;FILE:LINE: warning: ...&apos;. A file with no checklist, an empty, binary or oversized file is refused and the workspace is left unchanged.</source>
        <translation>Warnungen gehen als &apos;FILE:LINE: warning: ...&apos; auf die Standardfehlerausgabe. Eine Datei ohne Checkliste sowie eine leere, binäre oder zu große Datei wird abgewiesen; der Arbeitsbereich bleibt unverändert.</translation>
    </message>
    <message>
        <source>Name of the release (default: the checklist&apos;s first heading).</source>
        <translation>Name des Release (Vorgabe: die erste Überschrift der Checkliste).</translation>
    </message>
    <message>
        <source>--value is empty</source>
        <translation>--value ist leer</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>The current value.</source>
        <translation>Der aktuelle Wert.</translation>
    </message>
    <message>
        <source>No releases in %1.</source>
        <translation>Keine Releases in %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>PUNKTE</translation>
    </message>
    <message>
        <source>READINESS</source>
        <translation>BEREITSCHAFT</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
        <source>List the releases: id, name, items, readiness and the suggested decision.</source>
        <translation>Die Releases auflisten: ID, Name, Punkte, Bereitschaft und vorgeschlagene Entscheidung.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>--status STATUS is required</source>
        <translation>--status STATUS ist erforderlich</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; valid: %2</source>
        <translation>unbekannter Status &apos;%1&apos;; gültig: %2</translation>
    </message>
    <message>
        <source>--expires &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--expires &apos;%1&apos; ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--expires applies to --status waived only</source>
        <translation>--expires gilt nur für --status waived</translation>
    </message>
    <message>
        <source>--status waived needs --reason TEXT and --expires YYYY-MM-DD</source>
        <translation>--status waived braucht --reason TEXT und --expires YYYY-MM-DD</translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: %3</source>
        <translation>Punkt %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Record the status of a checklist item.</source>
        <translation>Den Status eines Checklistenpunkts erfassen.</translation>
    </message>
    <message>
        <source>ITEM is an item id or its unique title; only items without sub-items take a status. STATUS is one of: %1. A waiver needs a reason and an expiry date.</source>
        <translation>ITEM ist eine Punkt-ID oder ein eindeutiger Punkttitel; nur Punkte ohne Unterpunkte haben einen eigenen Status. STATUS ist einer von: %1. Eine Ausnahme braucht einen Grund und ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>Der neue Status.</translation>
    </message>
    <message>
        <source>Why: a failure message, a blocker, a waiver.</source>
        <translation>Begründung: eine Fehlermeldung, ein Blocker, eine Ausnahme.</translation>
    </message>
    <message>
        <source>Replace the item&apos;s note.</source>
        <translation>Die Notiz des Punkts ersetzen.</translation>
    </message>
    <message>
        <source>Last day a waiver is in force.</source>
        <translation>Letzter Tag, an dem eine Ausnahme gilt.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none (no weighted metrics)</source>
        <translation>keine (keine gewichteten Kennzahlen)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 items done; target %4 %)</source>
        <translation>%1 % (%2 von %3 Punkten erledigt; Ziel %4 %)</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Bewertung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>GATE</source>
        <translation>GATE</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHL.</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOCKIERT</translation>
    </message>
    <message>
        <source>INCONCL</source>
        <translation>UNEINDEUTIG</translation>
    </message>
    <message>
        <source>WAIVED</source>
        <translation>AUSNAHME</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N. Z.</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>DONE %</source>
        <translation>ERLEDIGT %</translation>
    </message>
    <message>
        <source>BLOCKER</source>
        <translation>BLOCKER</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>KENNZAHL</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>AKTUELL</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>GEFORDERT</translation>
    </message>
    <message>
        <source>MET</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>GEWICHT</translation>
    </message>
    <message>
        <source>Open blockers:</source>
        <translation>Offene Blocker:</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>What keeps it from a better decision:</source>
        <translation>Was einer besseren Entscheidung im Weg steht:</translation>
    </message>
    <message>
        <source>Show the readiness matrix, metrics, blockers and the suggested decision.</source>
        <translation>Bereitschaftsmatrix, Kennzahlen, Blocker und vorgeschlagene Entscheidung anzeigen.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>--jobs needs a whole number of at least 1</source>
        <translation>--jobs braucht eine ganze Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>--env-file needs a file name</source>
        <translation>--env-file braucht einen Dateinamen</translation>
    </message>
    <message numerus="yes">
        <source>greenlight: %n item(s) would run imported commands nobody has approved. Approve them in the window, or pass --trust to run them anyway:</source>
        <translation>
            <numerusform>greenlight: %n Punkt würde importierte Befehle ausführen, die niemand freigegeben hat. Im Fenster freigeben oder mit --trust trotzdem ausführen:</numerusform>
            <numerusform>greenlight: %n Punkte würden importierte Befehle ausführen, die niemand freigegeben hat. Im Fenster freigeben oder mit --trust trotzdem ausführen:</numerusform>
        </translation>
    </message>
    <message>
        <source>working folder: %1</source>
        <translation>Arbeitsordner: %1</translation>
    </message>
    <message>
        <source>env file: %1</source>
        <translation>Env-Datei: %1</translation>
    </message>
    <message>
        <source>nothing to run: no selected item has commands or a probe</source>
        <translation>nichts auszuführen: kein ausgewählter Punkt hat Befehle oder eine Prüfung</translation>
    </message>
    <message>
        <source>the run of “%1” was not recorded: %2</source>
        <translation>der Lauf von „%1“ wurde nicht erfasst: %2</translation>
    </message>
    <message>
        <source>greenlight: cancelling; ending every running command</source>
        <translation>greenlight: Abbruch; alle laufenden Befehle werden beendet</translation>
    </message>
    <message>
        <source>the run could not start</source>
        <translation>der Lauf konnte nicht starten</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 cancelled, %4 blocked in %5</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 abgebrochen, %4 blockiert in %5</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(abgebrochen)</translation>
    </message>
    <message>
        <source>Run the commands and probes of a release, a gate or items.</source>
        <translation>Die Befehle und Prüfungen eines Release, eines Gates oder einzelner Punkte ausführen.</translation>
    </message>
    <message>
        <source>Gates run in order; a gate that requires the previous one waits until that one is complete, else its items become blocked. Inside a gate, items run in parallel up to --jobs. Each run is recorded with its log as evidence, and the item becomes passed or failed. Prints one line per item as it finishes and a summary. Exit codes: 0 when every item that ran passed, 1 when any failed, was blocked or was cancelled, 2 for bad arguments or refused input (such as imported commands nobody approved). SIGINT or SIGTERM cancels: every command&apos;s process tree ends and the runs are recorded as cancelled.</source>
        <translation>Gates laufen der Reihe nach; ein Gate, das das vorherige voraussetzt, wartet, bis dieses abgeschlossen ist, andernfalls werden seine Punkte blockiert. Innerhalb eines Gates laufen Punkte parallel, bis zu --jobs gleichzeitig. Jeder Lauf wird mit seinem Log als Nachweis erfasst, und der Punkt gilt danach als bestanden oder fehlgeschlagen. Gibt pro Punkt eine Zeile aus, sobald er fertig ist, und am Ende eine Zusammenfassung. Exit-Codes: 0, wenn jeder ausgeführte Punkt bestanden hat, 1, wenn einer fehlgeschlagen ist, blockiert oder abgebrochen wurde, 2 bei ungültigen Argumenten oder abgewiesener Eingabe (etwa importierten Befehlen, die niemand freigegeben hat). SIGINT oder SIGTERM bricht ab: Der Prozessbaum jedes Befehls wird beendet, und die Läufe werden als abgebrochen erfasst.</translation>
    </message>
    <message>
        <source>Only this gate (id or title).</source>
        <translation>Nur dieses Gate (ID oder Titel).</translation>
    </message>
    <message>
        <source>Only this item (id or unique title); may be repeated.</source>
        <translation>Nur dieser Punkt (ID oder eindeutiger Titel); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Items run at once inside a gate (default: number of cores).</source>
        <translation>Gleichzeitig laufende Punkte innerhalb eines Gates (Vorgabe: Anzahl der Kerne).</translation>
    </message>
    <message>
        <source>KEY=VALUE file for this run instead of the release&apos;s.</source>
        <translation>KEY=VALUE-Datei für diesen Lauf statt der des Release.</translation>
    </message>
    <message>
        <source>Run imported commands even though nobody approved them.</source>
        <translation>Importierte Befehle ausführen, auch wenn niemand sie freigegeben hat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>timeout: %1</source>
        <translation>Zeitlimit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>output cap: %1 MiB</source>
        <translation>Ausgabegrenze: %1 MiB</translation>
    </message>
    <message>
        <source>secret markers: %1</source>
        <translation>Geheimnis-Kennzeichen: %1</translation>
    </message>
    <message>
        <source>--working-folder: “%1” is not a folder</source>
        <translation>--working-folder: „%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>--timeout needs whole seconds (0: none)</source>
        <translation>--timeout braucht ganze Sekunden (0: keins)</translation>
    </message>
    <message>
        <source>--output-cap needs MiB between 1 and 4096</source>
        <translation>--output-cap braucht MiB zwischen 1 und 4096</translation>
    </message>
    <message>
        <source>--secret-markers needs at least one marker</source>
        <translation>--secret-markers braucht mindestens ein Kennzeichen</translation>
    </message>
    <message>
        <source>Show or change how a release runs its commands.</source>
        <translation>Anzeigen oder ändern, wie ein Release seine Befehle ausführt.</translation>
    </message>
    <message>
        <source>Without options, prints the settings. Commands run in the working folder; the timeout applies to each item unless it sets its own; output past the cap keeps its head and tail. The env file (KEY=VALUE lines, relative to the working folder) is read at each run and never stored; values of keys containing a secret marker are masked as *** in logs, the console and exports.</source>
        <translation>Ohne Optionen werden die Einstellungen ausgegeben. Befehle laufen im Arbeitsordner; das Zeitlimit gilt für jeden Punkt, sofern er kein eigenes festlegt; bei Ausgabe über der Grenze bleiben Anfang und Ende erhalten. Die Env-Datei (KEY=VALUE-Zeilen, relativ zum Arbeitsordner) wird bei jedem Lauf gelesen und nie gespeichert; Werte von Schlüsseln, die ein Geheimnis-Kennzeichen enthalten, werden in Logs, in der Konsole und in Exporten als *** maskiert.</translation>
    </message>
    <message>
        <source>Folder the commands run in.</source>
        <translation>Ordner, in dem die Befehle laufen.</translation>
    </message>
    <message>
        <source>Seconds an item may run (0: no limit).</source>
        <translation>Sekunden, die ein Punkt laufen darf (0: unbegrenzt).</translation>
    </message>
    <message>
        <source>Output kept per run, in MiB.</source>
        <translation>Pro Lauf aufbewahrte Ausgabe, in MiB.</translation>
    </message>
    <message>
        <source>KEY=VALUE file passed to commands (empty: none).</source>
        <translation>KEY=VALUE-Datei, die an die Befehle übergeben wird (leer: keine).</translation>
    </message>
    <message>
        <source>Comma-separated parts of key names whose values are masked.</source>
        <translation>Kommagetrennte Teile von Schlüsselnamen, deren Werte maskiert werden.</translation>
    </message>
    <message>
        <source>(runs through /bin/sh -c: %1)</source>
        <translation>(läuft über /bin/sh -c: %1)</translation>
    </message>
    <message>
        <source>evidence %1 &quot;%2&quot; (%3, %4, sha256 %5) attached to item %6 &quot;%7&quot;</source>
        <translation>Nachweis %1 &quot;%2&quot; (%3, %4, sha256 %5) an Punkt %6 &quot;%7&quot; angehängt</translation>
    </message>
    <message>
        <source>evidence %1 (%2) &quot;%3&quot; attached to item %4 &quot;%5&quot;</source>
        <translation>Nachweis %1 (%2) &quot;%3&quot; an Punkt %4 &quot;%5&quot; angehängt</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; keeps its value: %2</source>
        <translation>Kennzahl &quot;%1&quot; behält ihren Wert: %2</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: %2%3</source>
        <translation>Kennzahl &quot;%1&quot;: %2%3</translation>
    </message>
    <message>
        <source> (unchanged)</source>
        <translation> (unverändert)</translation>
    </message>
    <message>
        <source>give files or --url, not both</source>
        <translation>entweder Dateien oder --url angeben, nicht beides</translation>
    </message>
    <message>
        <source>give one or more files, --url URL or --note TEXT</source>
        <translation>eine oder mehrere Dateien, --url URL oder --note TEXT angeben</translation>
    </message>
    <message>
        <source>--title applies to --url only</source>
        <translation>--title gilt nur für --url</translation>
    </message>
    <message>
        <source>--note is empty</source>
        <translation>--note ist leer</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; attach the file it points to</source>
        <translation>%1 ist ein symbolischer Link; die Datei anhängen, auf die er verweist</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files in it</source>
        <translation>%1 ist ein Ordner; die Dateien darin anhängen</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, FIFO or socket)</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, FIFO oder Socket)</translation>
    </message>
    <message>
        <source>the files before %1 were attached</source>
        <translation>die Dateien vor %1 wurden angehängt</translation>
    </message>
    <message>
        <source>Attach evidence to a checklist item: files, a link or a note.</source>
        <translation>Nachweise an einen Checklistenpunkt anhängen: Dateien, einen Link oder eine Notiz.</translation>
    </message>
    <message>
        <source>Files are copied into the workspace and hashed (SHA-256), so the evidence survives the original moving; the same content is stored once. Symbolic links, folders, devices and unreadable files are refused. A note given with files is kept with each of them. Metrics bound to the item (greenlight metric --from-item) are re-read from the newest report at once.</source>
        <translation>Dateien werden in den Arbeitsbereich kopiert und gehasht (SHA-256), sodass der Nachweis erhalten bleibt, auch wenn das Original verschoben wird; gleicher Inhalt wird nur einmal gespeichert. Symbolische Links, Ordner, Geräte und nicht lesbare Dateien werden abgewiesen. Eine zusammen mit Dateien angegebene Notiz wird bei jeder dieser Dateien gespeichert. An den Punkt gebundene Kennzahlen (greenlight metric --from-item) werden sofort aus dem neuesten Bericht neu gelesen.</translation>
    </message>
    <message>
        <source>A note, with the files or on its own.</source>
        <translation>Eine Notiz, zu den Dateien oder für sich allein.</translation>
    </message>
    <message>
        <source>Attach a link (http or https).</source>
        <translation>Einen Link anhängen (http oder https).</translation>
    </message>
    <message>
        <source>The link&apos;s title.</source>
        <translation>Der Titel des Links.</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>at most %n hour(s) old</source>
        <translation>
            <numerusform>höchstens %n Stunde alt</numerusform>
            <numerusform>höchstens %n Stunden alt</numerusform>
        </translation>
    </message>
    <message>
        <source>newer than the item&apos;s last change</source>
        <translation>neuer als die letzte Änderung des Punkts</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>ADDED (UTC)</source>
        <translation>HINZUGEFÜGT (UTC)</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;</source>
        <translation>Punkt %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  no evidence</source>
        <translation>  keine Nachweise</translation>
    </message>
    <message>
        <source>evidence: %1; %2</source>
        <translation>Nachweis: %1; %2</translation>
    </message>
    <message>
        <source>--save needs an evidence id, not &apos;%1&apos;</source>
        <translation>--save braucht eine Nachweis-ID, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give --require or --not-required, not both</source>
        <translation>entweder --require oder --not-required angeben, nicht beides</translation>
    </message>
    <message>
        <source>--max-age and --newer-than-change go with --require</source>
        <translation>--max-age und --newer-than-change gelten nur zusammen mit --require</translation>
    </message>
    <message>
        <source>--max-age &apos;%1&apos; is not a number of hours (1 or more)</source>
        <translation>--max-age &apos;%1&apos; ist keine Stundenzahl (1 oder mehr)</translation>
    </message>
    <message>
        <source>--remove needs an evidence id</source>
        <translation>--remove braucht eine Nachweis-ID</translation>
    </message>
    <message>
        <source>evidence %1 belongs to item %2, not to item %3</source>
        <translation>Nachweis %1 gehört zu Punkt %2, nicht zu Punkt %3</translation>
    </message>
    <message>
        <source>--save ID needs the output file after ITEM</source>
        <translation>--save ID braucht die Ausgabedatei nach ITEM</translation>
    </message>
    <message>
        <source>List an item&apos;s evidence, set what it requires, save or remove a piece.</source>
        <translation>Die Nachweise eines Punkts auflisten, die Nachweisanforderung festlegen, einen Nachweis speichern oder entfernen.</translation>
    </message>
    <message>
        <source>An item that requires evidence cannot be passed without a reason while its evidence is missing or stale: older than --max-age hours, or, with --newer-than-change, added before the item&apos;s commands, criteria or requirement last changed. A note does not count as evidence. --save writes a stored piece to OUT after checking its SHA-256.</source>
        <translation>Ein Punkt, der einen Nachweis erfordert, kann nicht ohne Grund auf bestanden gesetzt werden, solange sein Nachweis fehlt oder veraltet ist: älter als --max-age Stunden oder, mit --newer-than-change, hinzugefügt, bevor sich Befehle, Kriterien oder Nachweisanforderung des Punkts zuletzt geändert haben. Eine Notiz zählt nicht als Nachweis. --save schreibt einen gespeicherten Nachweis nach OUT, nachdem sein SHA-256 geprüft wurde.</translation>
    </message>
    <message>
        <source>The item requires evidence.</source>
        <translation>Der Punkt erfordert einen Nachweis.</translation>
    </message>
    <message>
        <source>No older than this many hours.</source>
        <translation>Höchstens so viele Stunden alt.</translation>
    </message>
    <message>
        <source>Added after the item last changed.</source>
        <translation>Nach der letzten Änderung des Punkts hinzugefügt.</translation>
    </message>
    <message>
        <source>The item requires no evidence.</source>
        <translation>Der Punkt erfordert keinen Nachweis.</translation>
    </message>
    <message>
        <source>Remove a file, link or note.</source>
        <translation>Eine Datei, einen Link oder eine Notiz entfernen.</translation>
    </message>
    <message>
        <source>Write a stored piece to OUT.</source>
        <translation>Einen gespeicherten Nachweis nach OUT schreiben.</translation>
    </message>
    <message>
        <source>a bundle is a zip file: give a file name, not -</source>
        <translation>ein Nachweispaket ist eine ZIP-Datei: einen Dateinamen angeben, nicht -</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n evidence file(s), %2, with manifest.json and release.json</source>
        <translation>
            <numerusform>%1: %n Nachweisdatei, %2, mit manifest.json und release.json</numerusform>
            <numerusform>%1: %n Nachweisdateien, %2, mit manifest.json und release.json</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the evidence bundle (zip).</source>
        <translation>Das Nachweispaket schreiben (ZIP).</translation>
    </message>
    <message>
        <source>  from the newest %1 report of item %2, field %3</source>
        <translation>  aus dem neuesten %1-Bericht von Punkt %2, Feld %3</translation>
    </message>
    <message>
        <source>unknown parser &apos;%1&apos;; valid: %2</source>
        <translation>unbekannter Parser &apos;%1&apos;; gültig: %2</translation>
    </message>
    <message>
        <source>parser %1 has no field &apos;%2&apos;; valid: %3</source>
        <translation>Parser %1 hat kein Feld &apos;%2&apos;; gültig: %3</translation>
    </message>
    <message>
        <source>give exactly one of --value VALUE, --from-item ITEM and --unbind</source>
        <translation>genau eines von --value VALUE, --from-item ITEM und --unbind angeben</translation>
    </message>
    <message>
        <source>--from-item ITEM needs --parser PARSER and --field FIELD, and they need it</source>
        <translation>--from-item ITEM braucht --parser PARSER und --field FIELD und umgekehrt</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; takes its value from the evidence of item %2; give --unbind first to set it by hand</source>
        <translation>Kennzahl &quot;%1&quot; bezieht ihren Wert aus den Nachweisen von Punkt %2; zuerst --unbind angeben, um ihn von Hand zu setzen</translation>
    </message>
    <message>
        <source>Record a metric&apos;s current value, or take it from evidence.</source>
        <translation>Den aktuellen Wert einer Kennzahl erfassen oder aus Nachweisen übernehmen.</translation>
    </message>
    <message>
        <source>NAME is the metric&apos;s id or its unique name. VALUE is read like a table cell: 71.3%, 8.2/10, 465MB; a value that is not a number (Leaking) is kept as text and is not met. With --from-item the value comes from the newest file attached to ITEM that PARSER reads (junit: tests, failures, errors, skipped, passed, pass_rate; coverage: lines, branches, functions, statements; sarif: critical, high, medium, low, total, critical_high; npm-audit: the same and info), now and whenever a newer report is attached. --unbind keeps the value and ends the binding.</source>
        <translation>NAME ist die ID oder der eindeutige Name der Kennzahl. VALUE wird wie eine Tabellenzelle gelesen: 71.3%, 8.2/10, 465MB; ein Wert, der keine Zahl ist (Leaking), wird als Text übernommen und gilt als nicht erfüllt. Mit --from-item stammt der Wert aus der neuesten an ITEM angehängten Datei, die PARSER lesen kann (junit: tests, failures, errors, skipped, passed, pass_rate; coverage: lines, branches, functions, statements; sarif: critical, high, medium, low, total, critical_high; npm-audit: dieselben und info), und zwar sofort und jedes Mal, wenn ein neuerer Bericht angehängt wird. --unbind behält den Wert und hebt die Bindung auf.</translation>
    </message>
    <message>
        <source>Take the value from this item&apos;s newest report.</source>
        <translation>Den Wert aus dem neuesten Bericht dieses Punkts übernehmen.</translation>
    </message>
    <message>
        <source>junit, coverage, npm-audit or sarif.</source>
        <translation>junit, coverage, npm-audit oder sarif.</translation>
    </message>
    <message>
        <source>The parser&apos;s field.</source>
        <translation>Das Feld des Parsers.</translation>
    </message>
    <message>
        <source>Stop taking the value from evidence.</source>
        <translation>Den Wert nicht mehr aus Nachweisen übernehmen.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>required evidence missing: %1, stale: %2 (items listed below)</source>
        <translation>erforderlicher Nachweis fehlt: %1, veraltet: %2 (Punkte unten aufgeführt)</translation>
    </message>
    <message>
        <source>Required evidence missing or stale:</source>
        <translation>Erforderlicher Nachweis fehlt oder ist veraltet:</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>NACHWEIS</translation>
    </message>
    <message>
        <source>DAMAGED evidence %1 &quot;%2&quot; of item %3 &quot;%4&quot; in release %5 &quot;%6&quot;: %7 (sha256 recorded %8)</source>
        <translation>BESCHÄDIGT: Nachweis %1 &quot;%2&quot; von Punkt %3 &quot;%4&quot; in Release %5 &quot;%6&quot;: %7 (erfasster sha256 %8)</translation>
    </message>
    <message>
        <source>Create, rotate, export or import a stakeholder&apos;s signing key.</source>
        <translation>Den Signaturschlüssel eines Stakeholders erstellen, erneuern, exportieren oder importieren.</translation>
    </message>
    <message>
        <source>The private key stays in your config folder (~/.config/greenlight/keys), encrypted under your passphrase; the workspace holds the public key and its fingerprint. The passphrase is asked on the terminal, or read as one line from file descriptor N (--passphrase-fd), never from the command line or the environment. &apos;export&apos; writes the public key as one line; &apos;import&apos; takes such a line (adding it as NAME&apos;s key) or a private key file copied from another machine. &apos;rotate&apos; makes a new key; what the old one signed stays verifiable.</source>
        <translation>Der private Schlüssel bleibt in Ihrem Konfigurationsordner (~/.config/greenlight/keys), verschlüsselt mit Ihrer Passphrase; der Arbeitsbereich enthält den öffentlichen Schlüssel und seinen Fingerabdruck. Die Passphrase wird am Terminal abgefragt oder als eine Zeile von Dateideskriptor N gelesen (--passphrase-fd), nie von der Befehlszeile oder aus der Umgebung. &apos;export&apos; schreibt den öffentlichen Schlüssel als eine Zeile; &apos;import&apos; nimmt eine solche Zeile (als Schlüssel von NAME) oder eine private Schlüsseldatei von einem anderen Rechner. &apos;rotate&apos; erstellt einen neuen Schlüssel; was der alte unterzeichnet hat, bleibt prüfbar.</translation>
    </message>
    <message>
        <source>Read the passphrase from this file descriptor.</source>
        <translation>Die Passphrase von diesem Dateideskriptor lesen.</translation>
    </message>
    <message>
        <source>Write the public key here (- for stdout).</source>
        <translation>Den öffentlichen Schlüssel hierhin schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>The stakeholder an imported key belongs to.</source>
        <translation>Der Stakeholder, dem ein importierter Schlüssel gehört.</translation>
    </message>
    <message>
        <source>give --role ROLE or --separation-of-duties on|off</source>
        <translation>--role ROLLE oder --separation-of-duties on|off angeben</translation>
    </message>
    <message>
        <source>--separation-of-duties takes on or off, not &apos;%1&apos;</source>
        <translation>--separation-of-duties nimmt on oder off, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the last person to change it cannot be its only approver</source>
        <translation>%1: wer zuletzt geändert hat, kann nicht der einzige Zustimmende sein</translation>
    </message>
    <message>
        <source>%1: separation of duties is off</source>
        <translation>%1: Funktionstrennung ist aus</translation>
    </message>
    <message>
        <source>--count takes a number of 0 or more, not &apos;%1&apos;</source>
        <translation>--count nimmt eine Zahl ab 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no sign-off of %2 required</source>
        <translation>%1: keine Abnahme durch %2 nötig</translation>
    </message>
    <message numerus="yes">
        <source>%1: requires %n sign-off(s) of %2</source>
        <translation>
            <numerusform>%1: braucht %n Abnahme durch %2</numerusform>
            <numerusform>%1: braucht %n Abnahmen durch %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the sign-offs a release requires.</source>
        <translation>Die Abnahmen festlegen, die ein Release braucht.</translation>
    </message>
    <message>
        <source>--count 0 removes the requirement for that role (default count: 1). Separation of duties (on by default) keeps the person who last changed the release from being its only approver.</source>
        <translation>--count 0 entfernt die Anforderung für diese Rolle (Standard: 1). Die Funktionstrennung (standardmäßig an) verhindert, dass die Person, die das Release zuletzt geändert hat, als Einzige zustimmt.</translation>
    </message>
    <message>
        <source>The role that must sign.</source>
        <translation>Die Rolle, die unterzeichnen muss.</translation>
    </message>
    <message>
        <source>How many people of that role.</source>
        <translation>Wie viele Personen dieser Rolle.</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on oder off.</translation>
    </message>
    <message>
        <source>Sign off a release as it is now, with your key and passphrase.</source>
        <translation>Ein Release im jetzigen Stand abnehmen, mit Ihrem Schlüssel und Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>The signature covers the release&apos;s canonical snapshot (gates, items, statuses, commands, metric values, criteria and every evidence SHA-256) with your name, role, meaning, comment and the UTC time. Any later change makes it stale until the change is undone; &apos;status&apos; shows what changed. --role picks one of your roles (default: the first one the release still needs). The passphrase is asked on the terminal or read from file descriptor N.</source>
        <translation>Die Signatur deckt den kanonischen Snapshot des Release ab (Gates, Punkte, Status, Befehle, Metrikwerte, Kriterien und jeden SHA-256 der Nachweise), zusammen mit Ihrem Namen, Ihrer Rolle, der Bedeutung, dem Kommentar und der UTC-Zeit. Jede spätere Änderung macht sie veraltet, bis die Änderung rückgängig gemacht ist; &apos;status&apos; zeigt, was sich geändert hat. --role wählt eine Ihrer Rollen (Standard: die erste, die dem Release noch fehlt). Die Passphrase wird am Terminal abgefragt oder von Dateideskriptor N gelesen.</translation>
    </message>
    <message>
        <source>The stakeholder who signs.</source>
        <translation>Der Stakeholder, der unterzeichnet.</translation>
    </message>
    <message>
        <source>What the signature means.</source>
        <translation>Was die Signatur bedeutet.</translation>
    </message>
    <message>
        <source>A comment signed with it.</source>
        <translation>Ein Kommentar, der mit unterzeichnet wird.</translation>
    </message>
    <message>
        <source>Sign in this role.</source>
        <translation>In dieser Rolle unterzeichnen.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>expected &apos;add&apos; or &apos;list&apos;, not &apos;%1&apos;</source>
        <translation>&apos;add&apos; oder &apos;list&apos; erwartet, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected: stakeholder add NAME --role ROLE</source>
        <translation>erwartet: stakeholder add NAME --role ROLLE</translation>
    </message>
    <message>
        <source>--role ROLE is required</source>
        <translation>--role ROLLE ist nötig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add a person who signs off releases, or list them.</source>
        <translation>Eine Person hinzufügen, die Releases abnimmt, oder alle auflisten.</translation>
    </message>
    <message>
        <source>NAME is the printed name that appears on the decision record. Adding a name that exists adds the role to that person: one person counts once even with two roles. --account is the login their edits are recorded under, when it is not their name (for separation of duties).</source>
        <translation>NAME ist der Name, wie er im Entscheidungsprotokoll steht. Ein vorhandener Name bekommt die Rolle dazu: Eine Person zählt einmal, auch mit zwei Rollen. --account ist die Anmeldung, unter der ihre Änderungen aufgezeichnet werden, wenn es nicht ihr Name ist (für die Funktionstrennung).</translation>
    </message>
    <message>
        <source>The role, e.g. &quot;Release manager&quot;.</source>
        <translation>Die Rolle, z. B. &quot;Release-Manager&quot;.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Login name their edits are recorded under.</source>
        <translation>Anmeldename, unter dem ihre Änderungen aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>Sign-offs:</source>
        <translation>Abnahmen:</translation>
    </message>
    <message>
        <source>REQUIRED ROLE</source>
        <translation>NÖTIGE ROLLE</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>UNTERZEICHNET</translation>
    </message>
    <message>
        <source>SATISFIED</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>BEDEUTUNG</translation>
    </message>
    <message>
        <source>SIGNED (UTC)</source>
        <translation>UNTERZEICHNET (UTC)</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>UNGÜLTIG: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Changed since %1 signed:</source>
        <translation>Geändert, seit %1 unterzeichnet hat:</translation>
    </message>
    <message>
        <source>%1 has a key already (%2); use &apos;greenlight key rotate %1&apos; to replace it.</source>
        <translation>%1 hat schon einen Schlüssel (%2); mit &apos;greenlight key rotate %1&apos; ersetzen.</translation>
    </message>
    <message>
        <source>%1 has no key to rotate; use &apos;greenlight key create %1&apos;.</source>
        <translation>%1 hat keinen Schlüssel zum Erneuern; &apos;greenlight key create %1&apos; verwenden.</translation>
    </message>
    <message>
        <source>New passphrase for %1&apos;s key: </source>
        <translation>Neue Passphrase für den Schlüssel von %1: </translation>
    </message>
    <message>
        <source>%1&apos;s key %2</source>
        <translation>Schlüssel von %1: %2</translation>
    </message>
    <message>
        <source>Private key (keep it, with its passphrase, to yourself): %1</source>
        <translation>Privater Schlüssel (mit seiner Passphrase für sich behalten): %1</translation>
    </message>
    <message>
        <source>The previous key is retired: what it signed stays verifiable.</source>
        <translation>Der vorige Schlüssel ist stillgelegt: Was er unterzeichnet hat, bleibt prüfbar.</translation>
    </message>
    <message>
        <source>%1 has no key yet: create one with &apos;greenlight key create %1&apos;.</source>
        <translation>%1 hat noch keinen Schlüssel: mit &apos;greenlight key create %1&apos; erstellen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Private key %1 of %2 is now on this machine.</source>
        <translation>Der private Schlüssel %1 von %2 ist jetzt auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Key %1 is already %2&apos;s key in this workspace.</source>
        <translation>Der Schlüssel %1 gehört in diesem Arbeitsbereich schon %2.</translation>
    </message>
    <message>
        <source>%1&apos;s key in this workspace is now %2.</source>
        <translation>Der Schlüssel von %1 in diesem Arbeitsbereich ist jetzt %2.</translation>
    </message>
    <message>
        <source>expected create, rotate, export or import, not &apos;%1&apos;</source>
        <translation>create, rotate, export oder import erwartet, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot read the passphrase: %1</source>
        <translation>Die Passphrase kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>Die Passphrase ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>--passphrase-fd takes a file descriptor number, not &apos;%1&apos;</source>
        <translation>--passphrase-fd nimmt die Nummer eines Dateideskriptors, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--passphrase-fd %1: no such open file descriptor</source>
        <translation>--passphrase-fd %1: kein solcher offener Dateideskriptor</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase: pass it on a file descriptor with --passphrase-fd N.</source>
        <translation>Es gibt kein Terminal, an dem die Passphrase abgefragt werden kann: Geben Sie sie mit --passphrase-fd N über einen Dateideskriptor.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; nichts wurde erstellt.</translation>
    </message>
    <message>
        <source>--as NAME is required</source>
        <translation>--as NAME ist nötig</translation>
    </message>
    <message>
        <source>--meaning go|conditional|no-go|reviewed is required</source>
        <translation>--meaning go|conditional|no-go|reviewed ist nötig</translation>
    </message>
    <message>
        <source>--meaning takes go, conditional, no-go or reviewed, not &apos;%1&apos;</source>
        <translation>--meaning nimmt go, conditional, no-go oder reviewed, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Passphrase of %1 to sign “%2” as %3: </source>
        <translation>Passphrase von %1, um „%2“ als %3 zu unterzeichnen: </translation>
    </message>
    <message>
        <source>%1 (%2) signed “%3”: %4</source>
        <translation>%1 (%2) hat „%3“ unterzeichnet: %4</translation>
    </message>
    <message>
        <source>  at %1 UTC with key %2</source>
        <translation>  am %1 UTC mit Schlüssel %2</translation>
    </message>
    <message>
        <source>  over snapshot %1</source>
        <translation>  über Snapshot %1</translation>
    </message>
    <message>
        <source>--outcome go|conditional|no-go is required</source>
        <translation>--outcome go|conditional|no-go ist nötig</translation>
    </message>
    <message>
        <source>--outcome takes go, conditional or no-go, not &apos;%1&apos;</source>
        <translation>--outcome nimmt go, conditional oder no-go, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rationale TEXT is required</source>
        <translation>--rationale TEXT ist nötig</translation>
    </message>
    <message>
        <source>--confidence takes a percentage from 0 to 100, not &apos;%1&apos;</source>
        <translation>--confidence nimmt einen Prozentwert von 0 bis 100, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--valid-until takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--valid-until nimmt ein Datum als JJJJ-MM-TT, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--mitigation %1 must be &quot;TITLE;OWNER;DEADLINE;ACCEPTANCE&quot;, not &apos;%2&apos;</source>
        <translation>--mitigation %1 muss &quot;TITEL;VERANTWORTLICH;FRIST;ABNAHMEKRITERIEN&quot; sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--mitigation %1: the deadline must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--mitigation %1: die Frist muss ein Datum als JJJJ-MM-TT sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2 recorded by %3 at %4 UTC</source>
        <translation>%1: %2 festgehalten von %3 am %4 UTC</translation>
    </message>
    <message>
        <source>Authorization code: %1</source>
        <translation>Freigabecode: %1</translation>
    </message>
    <message>
        <source>Snapshot: %1</source>
        <translation>Snapshot: %1</translation>
    </message>
    <message>
        <source>The release is frozen until it is reopened.</source>
        <translation>Das Release ist eingefroren, bis es wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>--reason TEXT is required</source>
        <translation>--reason TEXT ist nötig</translation>
    </message>
    <message>
        <source>%1: reopened; its decision is superseded and stays in history.</source>
        <translation>%1: wieder geöffnet; die Entscheidung ist abgelöst und bleibt in der Historie.</translation>
    </message>
    <message>
        <source>Record the GO, CONDITIONAL GO or NO-GO decision and freeze the release.</source>
        <translation>Die Entscheidung GO, CONDITIONAL GO oder NO-GO festhalten und das Release einfrieren.</translation>
    </message>
    <message>
        <source>A decision needs the required sign-offs, valid and current, and the outcome the matrix suggests; --override-reason records why it is taken anyway. A CONDITIONAL GO needs at least one mitigation (deadline as YYYY-MM-DD). The decision gets an authorization code derived from the release&apos;s snapshot; nothing in the release can change until &apos;greenlight reopen&apos;.</source>
        <translation>Eine Entscheidung braucht die nötigen Abnahmen, gültig und aktuell, und das vom Matrix-Vorschlag genannte Ergebnis; --override-reason hält fest, warum sie trotzdem getroffen wird. Ein CONDITIONAL GO braucht mindestens eine Maßnahme (Frist als JJJJ-MM-TT). Die Entscheidung erhält einen aus dem Snapshot des Release abgeleiteten Freigabecode; bis &apos;greenlight reopen&apos; kann sich im Release nichts ändern.</translation>
    </message>
    <message>
        <source>The decision.</source>
        <translation>Die Entscheidung.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Warum.</translation>
    </message>
    <message>
        <source>Confidence in percent.</source>
        <translation>Zuversicht in Prozent.</translation>
    </message>
    <message>
        <source>Last day the decision holds.</source>
        <translation>Letzter Tag, an dem die Entscheidung gilt.</translation>
    </message>
    <message>
        <source>A mitigation (repeat for more).</source>
        <translation>Eine Maßnahme (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Why the decision differs from the suggestion or lacks sign-offs.</source>
        <translation>Warum die Entscheidung vom Vorschlag abweicht oder ohne Abnahmen getroffen wird.</translation>
    </message>
    <message>
        <source>Reopen a decided release: its decision is superseded and kept.</source>
        <translation>Ein entschiedenes Release wieder öffnen: Die Entscheidung wird abgelöst und bleibt erhalten.</translation>
    </message>
    <message>
        <source>Why it is reopened.</source>
        <translation>Warum es wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>Recorded decision (superseded %1 by %2: %3):</source>
        <translation>Festgehaltene Entscheidung (abgelöst am %1 von %2: %3):</translation>
    </message>
    <message>
        <source>Recorded decision (the release is frozen):</source>
        <translation>Festgehaltene Entscheidung (das Release ist eingefroren):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Freigabecode</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>%1 UTC by %2</source>
        <translation>%1 UTC von %2</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <source>Differs from %1 because</source>
        <translation>Abweichend von %1, weil</translation>
    </message>
    <message>
        <source>MITIGATION</source>
        <translation>MASSNAHME</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>VERANTWORTLICH</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>FRIST</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message numerus="yes">
        <source>evidence: verified %1 of stored content, %n problem(s)</source>
        <translation>
            <numerusform>Nachweise: %1 gespeicherter Inhalt geprüft, %n Problem</numerusform>
            <numerusform>Nachweise: %1 gespeicherter Inhalt geprüft, %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN audit row %1 (release %2): %3</source>
        <translation>BESCHÄDIGT: Audit-Zeile %1 (Release %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>audit log: %1 rows, chain head %2, %n problem(s)</source>
        <translation>
            <numerusform>Audit-Log: %1 Zeilen, Kettenende %2, %n Problem</numerusform>
            <numerusform>Audit-Log: %1 Zeilen, Kettenende %2, %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>INVALID sign-off %1 of %2 (%3) on release %4 &quot;%5&quot;: %6</source>
        <translation>UNGÜLTIG: Abnahme %1 von %2 (%3) für Release %4 &quot;%5&quot;: %6</translation>
    </message>
    <message>
        <source>INVALID decision %1 (%2) on release %3 &quot;%4&quot;: %5</source>
        <translation>UNGÜLTIG: Entscheidung %1 (%2) für Release %3 &quot;%4&quot;: %5</translation>
    </message>
    <message numerus="yes">
        <source>sign-offs: %n checked</source>
        <translation>
            <numerusform>Abnahmen: %n geprüft</numerusform>
            <numerusform>Abnahmen: %n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decisions: %n checked</source>
        <translation>
            <numerusform>Entscheidungen: %n geprüft</numerusform>
            <numerusform>Entscheidungen: %n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>all is sound</source>
        <translation>alles in Ordnung</translation>
    </message>
    <message>
        <source>Check evidence hashes, the audit chain, sign-offs and decisions.</source>
        <translation>Nachweis-Hashes, Audit-Kette, Abnahmen und Entscheidungen prüfen.</translation>
    </message>
    <message>
        <source>Reads every stored piece of evidence (of RELEASE, or of the whole workspace) back from the file, hashes it again and compares it with the SHA-256 recorded when it was attached; walks the audit log&apos;s hash chain row by row; checks every sign-off&apos;s signature against its stakeholder&apos;s key and every decision&apos;s snapshot and authorization code. Each problem is printed with where it is (evidence and item, audit row, sign-off, decision). Exit code 0 when all is sound, 1 when anything fails.</source>
        <translation>Liest jeden gespeicherten Nachweis (von RELEASE oder vom ganzen Arbeitsbereich) aus der Datei zurück, berechnet seinen Hash neu und vergleicht ihn mit dem beim Anhängen festgehaltenen SHA-256; geht die Hash-Kette des Audit-Logs Zeile für Zeile durch; prüft die Signatur jeder Abnahme mit dem Schlüssel ihres Stakeholders sowie Snapshot und Freigabecode jeder Entscheidung. Jedes Problem wird mit seinem Ort ausgegeben (Nachweis und Punkt, Audit-Zeile, Abnahme, Entscheidung). Exit-Code 0, wenn alles in Ordnung ist, 1, wenn etwas fehlschlägt.</translation>
    </message>
    <message>
        <source>%1 already has the key %2 in this workspace; add --replace to make %3 their key instead (the old one is retired and keeps verifying what it signed).</source>
        <translation>%1 hat in diesem Arbeitsbereich schon den Schlüssel %2; mit --replace wird %3 stattdessen sein Schlüssel (der alte wird stillgelegt und bleibt für das Geprüfte gültig).</translation>
    </message>
    <message>
        <source>With import: make the key the person&apos;s key even when they have one.</source>
        <translation>Bei import: den Schlüssel zum Schlüssel der Person machen, auch wenn sie schon einen hat.</translation>
    </message>
    <message>
        <source>BROKEN audit log: %1</source>
        <translation>BESCHÄDIGT: Audit-Log: %1</translation>
    </message>
    <message>
        <source>MISSING sign-off %1 on release %2 &quot;%3&quot;: audit row %4 records it, the file no longer has it</source>
        <translation>FEHLT: Abnahme %1 für Release %2 &quot;%3&quot;: Audit-Zeile %4 verzeichnet sie, die Datei enthält sie nicht mehr</translation>
    </message>
    <message>
        <source>MISSING decision %1 on release %2 &quot;%3&quot;: audit row %4 records it, the file no longer has it</source>
        <translation>FEHLT: Entscheidung %1 für Release %2 &quot;%3&quot;: Audit-Zeile %4 verzeichnet sie, die Datei enthält sie nicht mehr</translation>
    </message>
    <message>
        <source>a decision record is a PDF file: give a file name, not -</source>
        <translation>ein Entscheidungsprotokoll ist eine PDF-Datei: Geben Sie einen Dateinamen an, nicht -</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not %1</source>
        <translation>--paper ist a4 oder letter, nicht %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: decision record, %n page(s), %2, authorization code %3</source>
        <translation>
            <numerusform>%1: Entscheidungsprotokoll, %n Seite, %2, Freigabecode %3</numerusform>
            <numerusform>%1: Entscheidungsprotokoll, %n Seiten, %2, Freigabecode %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: draft record (no decision recorded yet), %n page(s)</source>
        <translation>
            <numerusform>%1: Protokollentwurf (noch keine Entscheidung erfasst), %n Seite</numerusform>
            <numerusform>%1: Protokollentwurf (noch keine Entscheidung erfasst), %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>give exactly one of --markdown OUT.md, --json OUT.json, --bundle OUT.zip and --pdf OUT.pdf</source>
        <translation>geben Sie genau eine der Optionen --markdown OUT.md, --json OUT.json, --bundle OUT.zip und --pdf OUT.pdf an</translation>
    </message>
    <message>
        <source>--paper goes with --pdf</source>
        <translation>--paper gehört zu --pdf</translation>
    </message>
    <message>
        <source>Write a release as a Markdown checklist, as JSON, its evidence as a zip, or its decision record as a PDF.</source>
        <translation>Ein Release als Markdown-Checkliste oder als JSON schreiben, seine Nachweise als Zip-Archiv oder sein Entscheidungsprotokoll als PDF.</translation>
    </message>
    <message>
        <source>Use - as the file name to write to stdout. The Markdown imports back to an equal release; the JSON holds every gate, item (with its id and evidence), metric and criterion. The bundle holds every stored piece of evidence in a folder per gate and item, manifest.json (item, name, SHA-256, size, time and who for each file, and every link and note) and release.json. The PDF decision record holds the decision, readiness, metrics, every gate and item with its evidence hashes, the mitigations, the signatures, and the hashes `verify` checks; its paper is A4 or Letter by locale unless --paper says which.</source>
        <translation>Mit - als Dateiname wird auf die Standardausgabe geschrieben. Das Markdown lässt sich wieder zu einem gleichen Release importieren; das JSON enthält jedes Gate, jeden Punkt (mit ID und Nachweisen), jede Metrik und jedes Kriterium. Das Bündel enthält jeden gespeicherten Nachweis in einem Ordner je Gate und Punkt, manifest.json (Punkt, Name, SHA-256, Größe, Zeitpunkt und Person je Datei sowie jeden Link und jede Notiz) und release.json. Das PDF-Entscheidungsprotokoll enthält die Entscheidung, die Bereitschaft, die Kennzahlen, jedes Gate und jeden Punkt mit den Hashes der Nachweise, die Maßnahmen, die Signaturen und die Hashes, die `verify` prüft; das Papierformat ist je nach Gebietsschema A4 oder Letter, sofern --paper nichts anderes angibt.</translation>
    </message>
    <message>
        <source>Write the PDF decision record.</source>
        <translation>Das PDF-Entscheidungsprotokoll schreiben.</translation>
    </message>
    <message>
        <source>Paper size of the PDF: a4 or letter (default: by locale).</source>
        <translation>Papierformat des PDF: a4 oder letter (Standard: nach Gebietsschema).</translation>
    </message>
    <message>
        <source>%1 has no decision with mitigations.</source>
        <translation>%1 hat keine Entscheidung mit Maßnahmen.</translation>
    </message>
    <message>
        <source>name the mitigation by its number: RELEASE N --status ...</source>
        <translation>geben Sie die Maßnahme mit ihrer Nummer an: RELEASE N --status ...</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <source>evidence %1 &quot;%2&quot;</source>
        <translation>Nachweis %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>N is a mitigation&apos;s number, 1 to %1, not &apos;%2&apos;</source>
        <translation>N ist die Nummer einer Maßnahme, 1 bis %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>give --status open|done|dropped</source>
        <translation>geben Sie --status open|done|dropped an</translation>
    </message>
    <message>
        <source>--status is open, done or dropped, not &apos;%1&apos;</source>
        <translation>--status ist open, done oder dropped, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--evidence takes an evidence id (see greenlight evidence), not &apos;%1&apos;</source>
        <translation>--evidence erwartet die ID eines Nachweises (siehe greenlight evidence), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: mitigation %2 &quot;%3&quot; is %4</source>
        <translation>%1: Maßnahme %2 &quot;%3&quot; ist %4</translation>
    </message>
    <message>
        <source>List or update the mitigations of a CONDITIONAL GO.</source>
        <translation>Die Maßnahmen eines CONDITIONAL GO auflisten oder aktualisieren.</translation>
    </message>
    <message>
        <source>Without N, lists the mitigations of the newest decision, numbered, with their status and whether they are overdue. With N, sets that mitigation&apos;s status; --evidence names a piece of the release&apos;s evidence that shows it done. Mitigations can be updated while the release is frozen.</source>
        <translation>Ohne N werden die Maßnahmen der neuesten Entscheidung nummeriert aufgelistet, mit Status und ob sie überfällig sind. Mit N wird der Status dieser Maßnahme gesetzt; --evidence nennt einen Nachweis des Release, der zeigt, dass sie erledigt ist. Maßnahmen lassen sich auch ändern, während das Release eingefroren ist.</translation>
    </message>
    <message>
        <source>The mitigation&apos;s new status.</source>
        <translation>Der neue Status der Maßnahme.</translation>
    </message>
    <message>
        <source>Evidence that shows the mitigation done.</source>
        <translation>Nachweis, der zeigt, dass die Maßnahme erledigt ist.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>a single quote is not closed</source>
        <translation>ein einfaches Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a double quote is not closed</source>
        <translation>ein doppeltes Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>it ends with a lone backslash</source>
        <translation>er endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation>er enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>der Befehl ist leer</translation>
    </message>
    <message>
        <source>uses a pipe (%1)</source>
        <translation>verwendet eine Pipe (%1)</translation>
    </message>
    <message>
        <source>chains commands with %1</source>
        <translation>verkettet Befehle mit %1</translation>
    </message>
    <message>
        <source>redirects input or output (%1)</source>
        <translation>leitet Ein- oder Ausgabe um (%1)</translation>
    </message>
    <message>
        <source>expands variables or commands (%1)</source>
        <translation>ersetzt Variablen oder Befehle (%1)</translation>
    </message>
    <message>
        <source>matches file names (%1)</source>
        <translation>sucht Dateinamen per Muster (%1)</translation>
    </message>
    <message>
        <source>groups commands (%1)</source>
        <translation>gruppiert Befehle (%1)</translation>
    </message>
    <message>
        <source>uses the shell command %1</source>
        <translation>verwendet den Shell-Befehl %1</translation>
    </message>
    <message>
        <source>sets a variable (%1)</source>
        <translation>setzt eine Variable (%1)</translation>
    </message>
    <message>
        <source>expands the home folder (~)</source>
        <translation>ersetzt den Home-Ordner (~)</translation>
    </message>
    <message>
        <source>contains a comment (#)</source>
        <translation>enthält einen Kommentar (#)</translation>
    </message>
    <message>
        <source>runs several lines</source>
        <translation>führt mehrere Zeilen aus</translation>
    </message>
    <message>
        <source>Cannot run “%1”: %2</source>
        <translation>„%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>The shell %1 is missing or not executable</source>
        <translation>Die Shell %1 fehlt oder ist nicht ausführbar</translation>
    </message>
    <message>
        <source>Program “%1” is relative but no working folder is set</source>
        <translation>Programm „%1“ ist relativ, aber kein Arbeitsordner ist gesetzt</translation>
    </message>
    <message>
        <source>Program “%1” not found (%2)</source>
        <translation>Programm „%1“ nicht gefunden (%2)</translation>
    </message>
    <message>
        <source>Program “%1” is not an executable file (%2)</source>
        <translation>Programm „%1“ ist keine ausführbare Datei (%2)</translation>
    </message>
    <message>
        <source>Program “%1” not found in PATH (%2)</source>
        <translation>Programm „%1“ nicht im PATH gefunden (%2)</translation>
    </message>
</context>
<context>
    <name>ConsoleBuffer</name>
    <message>
        <source>[%1 of output not shown here: only the first and the last part of a run are kept]</source>
        <translation>[%1 der Ausgabe hier nicht angezeigt: Von einem Lauf werden nur der erste und der letzte Teil aufbewahrt]</translation>
    </message>
</context>
<context>
    <name>DecisionRecord</name>
    <message>
        <source>a decision is already in force (%1, %2): reopen the release first</source>
        <translation>es gilt schon eine Entscheidung (%1, %2): Öffnen Sie das Release zuerst wieder</translation>
    </message>
    <message>
        <source>a decision needs a rationale</source>
        <translation>eine Entscheidung braucht eine Begründung</translation>
    </message>
    <message>
        <source>the matrix suggests %1: recording %2 needs a written reason</source>
        <translation>die Matrix schlägt %1 vor: %2 festzuhalten braucht eine schriftliche Begründung</translation>
    </message>
    <message>
        <source>confidence must be 0 to 100 %, not %1</source>
        <translation>die Zuversicht muss zwischen 0 und 100 % liegen, nicht %1</translation>
    </message>
    <message>
        <source>valid-until %1 is in the past</source>
        <translation>gültig bis %1 liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>a CONDITIONAL GO needs at least one mitigation</source>
        <translation>ein CONDITIONAL GO braucht mindestens eine Maßnahme</translation>
    </message>
    <message>
        <source>only a CONDITIONAL GO has mitigations</source>
        <translation>nur ein CONDITIONAL GO hat Maßnahmen</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>einen Titel</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>eine verantwortliche Person</translation>
    </message>
    <message>
        <source>a deadline</source>
        <translation>eine Frist</translation>
    </message>
    <message>
        <source>acceptance criteria</source>
        <translation>Abnahmekriterien</translation>
    </message>
    <message>
        <source>mitigation %1 needs %2</source>
        <translation>Maßnahme %1 braucht %2</translation>
    </message>
    <message>
        <source>a sign-off does not verify: record the decision only with an override reason</source>
        <translation>eine Abnahme lässt sich nicht bestätigen: Die Entscheidung nur mit einer Übersteuerungsbegründung festhalten</translation>
    </message>
    <message>
        <source>the required sign-offs are not all given and current: sign, or override with a reason</source>
        <translation>die nötigen Abnahmen sind nicht alle gegeben und aktuell: unterzeichnen oder mit Begründung übersteuern</translation>
    </message>
</context>
<context>
    <name>DecisionRecordPdf</name>
    <message>
        <source>Release decision record</source>
        <translation>Entscheidungsprotokoll zum Release</translation>
    </message>
    <message>
        <source>Release ID %1</source>
        <translation>Release-ID %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>Record generated %1 by %2</source>
        <translation>Protokoll erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation>Keine Entscheidung erfasst</translation>
    </message>
    <message>
        <source>Suggested by readiness: %1</source>
        <translation>Vorschlag aus der Bereitschaft: %1</translation>
    </message>
    <message>
        <source>This is a draft: it records the state of the release, not a decision.</source>
        <translation>Dies ist ein Entwurf: Er hält den Stand des Release fest, keine Entscheidung.</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>Entschieden von %1 am %2</translation>
    </message>
    <message>
        <source>Authorization code %1</source>
        <translation>Freigabecode %1</translation>
    </message>
    <message>
        <source>Superseded on %1 by %2, who reopened the release: %3</source>
        <translation>Ersetzt am %1 durch %2, der das Release wieder geöffnet hat: %3</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <source>Suggested by readiness</source>
        <translation>Vorschlag aus der Bereitschaft</translation>
    </message>
    <message>
        <source>Why it differs from the suggestion</source>
        <translation>Warum vom Vorschlag abgewichen wird</translation>
    </message>
    <message>
        <source>Recorded without the required sign-offs because</source>
        <translation>Ohne die erforderlichen Abnahmen festgehalten, weil</translation>
    </message>
    <message>
        <source>State decided on (SHA-256)</source>
        <translation>Entschiedener Stand (SHA-256)</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 items done)</source>
        <translation>%1 % (%2 von %3 Punkten erledigt)</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Bewertung</translation>
    </message>
    <message>
        <source>Suggested decision</source>
        <translation>Vorgeschlagene Entscheidung</translation>
    </message>
    <message>
        <source>Open blockers</source>
        <translation>Offene Blocker</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Required sign-offs</source>
        <translation>Erforderliche Abnahmen</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>keine erforderlich</translation>
    </message>
    <message>
        <source>What keeps it from a better decision:</source>
        <translation>Was einer besseren Entscheidung im Weg steht:</translation>
    </message>
    <message>
        <source>Blocker: %1 (%2)</source>
        <translation>Blocker: %1 (%2)</translation>
    </message>
    <message>
        <source>Completion per gate</source>
        <translation>Fortschritt je Gate</translation>
    </message>
    <message>
        <source>blocker open</source>
        <translation>Blocker offen</translation>
    </message>
    <message>
        <source>%1 missing evidence</source>
        <translation>%1 ohne Nachweis</translation>
    </message>
    <message>
        <source>%1 stale evidence</source>
        <translation>%1 mit veraltetem Nachweis</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not met (blocker)</source>
        <translation>Nicht erfüllt (Blocker)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Entscheidungskriterien</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Evidence link: %1</source>
        <translation>Nachweis-Link: %1</translation>
    </message>
    <message>
        <source>Evidence note: %1</source>
        <translation>Nachweis-Notiz: %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2, added %3 by %4)</source>
        <translation>Nachweis: %1 (%2, hinzugefügt am %3 von %4)</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Gates and items</source>
        <translation>Gates und Punkte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Gate %1: %2</source>
        <translation>Gate %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Keine Punkte.</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Abnahmekriterium</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Stale: the release changed after it was signed</source>
        <translation>Veraltet: Das Release wurde nach der Unterschrift geändert</translation>
    </message>
    <message>
        <source>Replaced by a later sign-off</source>
        <translation>Durch eine spätere Abnahme ersetzt</translation>
    </message>
    <message>
        <source>Valid, not counted: %1</source>
        <translation>Gültig, zählt nicht: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abnahmen</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Required role</source>
        <translation>Erforderliche Rolle</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <source>Nobody has signed this release.</source>
        <translation>Niemand hat dieses Release unterschrieben.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Key fingerprint %1</source>
        <translation>Schlüssel-Fingerabdruck %1</translation>
    </message>
    <message>
        <source>Reviewed state %1</source>
        <translation>Geprüfter Stand %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Verifying this record</source>
        <translation>Dieses Protokoll prüfen</translation>
    </message>
    <message>
        <source>State decided on</source>
        <translation>Entschiedener Stand</translation>
    </message>
    <message>
        <source>the release is still in the state that was decided on</source>
        <translation>das Release ist noch im entschiedenen Stand</translation>
    </message>
    <message>
        <source>the release has changed since the decision</source>
        <translation>das Release wurde seit der Entscheidung geändert</translation>
    </message>
    <message>
        <source>State of the release now</source>
        <translation>Aktueller Stand des Release</translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation>Letzter Eintrag im Audit-Log</translation>
    </message>
    <message>
        <source>To check this record against the workspace it came from, run:</source>
        <translation>Um dieses Protokoll mit seinem Arbeitsbereich abzugleichen, führen Sie aus:</translation>
    </message>
    <message>
        <source>It re-hashes every piece of evidence, walks the audit log&apos;s hash chain, checks every signature and the decision&apos;s snapshot, and names anything that does not match. The authorization code is derived from the decision and the state it was taken over, so a record whose code, hashes or signers differ from what verify reports is not this decision.</source>
        <translation>Der Befehl berechnet die Hashes aller Nachweise neu, geht die Hash-Kette des Audit-Logs durch, prüft jede Signatur und den Stand der Entscheidung und nennt alles, was nicht übereinstimmt. Der Freigabecode wird aus der Entscheidung und dem entschiedenen Stand abgeleitet: Ein Protokoll, dessen Code, Hashes oder Unterzeichnende von der Ausgabe von verify abweichen, gehört nicht zu dieser Entscheidung.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Decision record: %1</source>
        <translation>Entscheidungsprotokoll: %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: PDF kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing required evidence</source>
        <translation>
            <numerusform>%n Punkt ohne erforderlichen Nachweis</numerusform>
            <numerusform>%n Punkte ohne erforderlichen Nachweis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with stale evidence</source>
        <translation>
            <numerusform>%n Punkt mit veraltetem Nachweis</numerusform>
            <numerusform>%n Punkte mit veraltetem Nachweis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s) signed</source>
        <translation>
            <numerusform>%1 von %n Rolle unterschrieben</numerusform>
            <numerusform>%1 von %n Rollen unterschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the audit log</source>
        <translation>
            <numerusform>%n Zeile im Audit-Log</numerusform>
            <numerusform>%n Zeilen im Audit-Log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the audit log do not check out</source>
        <translation>
            <numerusform>%n Zeile des Audit-Logs stimmt nicht</numerusform>
            <numerusform>%n Zeilen des Audit-Logs stimmen nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown by %1</source>
        <translation>Belegt durch %1</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>The decision on “%1” was not recorded: %2.</source>
        <translation>Die Entscheidung zu „%1“ wurde nicht festgehalten: %2.</translation>
    </message>
    <message>
        <source>the snapshot it kept does not hash to %1</source>
        <translation>der gespeicherte Snapshot ergibt nicht den Hash %1</translation>
    </message>
    <message>
        <source>the release is no longer in the state it was decided in, though the decision is in force</source>
        <translation>das Release ist nicht mehr im Stand, in dem entschieden wurde, obwohl die Entscheidung gilt</translation>
    </message>
    <message>
        <source>its authorization code %1 does not match its release, snapshot and content: the record was changed after it was made</source>
        <translation>ihr Freigabecode %1 passt nicht zu Release, Snapshot und Inhalt: Der Eintrag wurde nachträglich geändert</translation>
    </message>
</context>
<context>
    <name>DemoRelease</name>
    <message>
        <source>The bundled demo template %1 is missing.</source>
        <translation>Die mitgelieferte Demo-Vorlage %1 fehlt.</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>expected KEY=VALUE</source>
        <translation>KEY=VALUE erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name (letters, digits and _, not starting with a digit)</source>
        <translation>„%1“ ist kein gültiger Variablenname (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>the value of %1 contains a NUL character</source>
        <translation>der Wert von %1 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of %1</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen von %1</translation>
    </message>
    <message>
        <source>the value of %1 opens a quote that is never closed</source>
        <translation>der Wert von %1 öffnet ein Anführungszeichen, das nie geschlossen wird</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>The env file %1 does not exist.</source>
        <translation>Die Env-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The env file %1 is a folder, not a file.</source>
        <translation>Die Env-Datei %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The env file %1 cannot be read: %2</source>
        <translation>Die Env-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The env file %1 is larger than %2 KiB; is it the right file?</source>
        <translation>Die Env-Datei %1 ist größer als %2 KiB; ist es die richtige Datei?</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Run log</source>
        <translation>Lauf-Log</translation>
    </message>
    <message>
        <source>Probe result</source>
        <translation>Prüfungsergebnis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>%1 is a folder, not a file: attach the files in it instead.</source>
        <translation>%1 ist ein Ordner, keine Datei: Stattdessen die Dateien darin anhängen.</translation>
    </message>
    <message>
        <source>%1 is a device, not a file.</source>
        <translation>%1 ist ein Gerät, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a file.</source>
        <translation>%1 ist eine benannte Pipe (FIFO), keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a socket, not a file.</source>
        <translation>%1 ist ein Socket, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: attach the file it points to instead.</source>
        <translation>%1 ist ein symbolischer Link: Stattdessen die Datei anhängen, auf die er verweist.</translation>
    </message>
    <message>
        <source>No file was given to attach.</source>
        <translation>Es wurde keine Datei zum Anhängen angegeben.</translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation>%1 kann nicht untersucht werden: %2.</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was being opened: attach it again.</source>
        <translation>%1 wurde beim Öffnen durch eine andere Datei ersetzt: Die Datei erneut anhängen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Required evidence is missing; a note does not count as evidence.</source>
        <translation>Der erforderliche Nachweis fehlt; eine Notiz zählt nicht als Nachweis.</translation>
    </message>
    <message>
        <source>Required evidence is missing.</source>
        <translation>Der erforderliche Nachweis fehlt.</translation>
    </message>
    <message>
        <source>The newest evidence has no time it was added, so its age cannot be checked.</source>
        <translation>Beim neuesten Nachweis fehlt der Zeitpunkt des Hinzufügens, daher lässt sich sein Alter nicht prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>The newest evidence is %1 hours old (at most %n are allowed) and was added before the item last changed (%2).</source>
        <translation>
            <numerusform>Der neueste Nachweis ist %1 Stunden alt (erlaubt ist höchstens %n) und wurde vor der letzten Änderung des Punkts (%2) hinzugefügt.</numerusform>
            <numerusform>Der neueste Nachweis ist %1 Stunden alt (erlaubt sind höchstens %n) und wurde vor der letzten Änderung des Punkts (%2) hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest evidence is %1 hours old; at most %n are allowed.</source>
        <translation>
            <numerusform>Der neueste Nachweis ist %1 Stunden alt; erlaubt ist höchstens %n.</numerusform>
            <numerusform>Der neueste Nachweis ist %1 Stunden alt; erlaubt sind höchstens %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest evidence was added before the item last changed (%1).</source>
        <translation>Der neueste Nachweis wurde vor der letzten Änderung des Punkts (%1) hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>GateCompletionChart</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Uneindeutig</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Ausnahme genehmigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>libsodium could not be initialised on this machine.</source>
        <translation>libsodium lässt sich auf diesem Rechner nicht initialisieren.</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight key file: %2.</source>
        <translation>%1 ist keine Greenlight-Schlüsseldatei: %2.</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>its format is not %1</source>
        <translation>ihr Format ist nicht %1</translation>
    </message>
    <message>
        <source>field “kdf” is not argon2id13</source>
        <translation>Feld „kdf“ ist nicht argon2id13</translation>
    </message>
    <message>
        <source>field “public_key” is not a base64 Ed25519 key</source>
        <translation>Feld „public_key“ ist kein Base64-Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>field “salt”, “nonce” or “secret_key” is damaged</source>
        <translation>Feld „salt“, „nonce“ oder „secret_key“ ist beschädigt</translation>
    </message>
    <message>
        <source>field “opslimit” or “memlimit” is out of range</source>
        <translation>Feld „opslimit“ oder „memlimit“ liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>its fingerprint does not match its public key</source>
        <translation>ihr Fingerabdruck passt nicht zu ihrem öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>Der Schlüsselordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>This is not a Greenlight public key: it must start with “%1”.</source>
        <translation>Das ist kein öffentlicher Greenlight-Schlüssel: Er muss mit „%1“ beginnen.</translation>
    </message>
    <message>
        <source>The public key is not a base64 Ed25519 key.</source>
        <translation>Der öffentliche Schlüssel ist kein Base64-Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The public key&apos;s fingerprint %1 does not match the key (%2): it was changed or cut.</source>
        <translation>Der Fingerabdruck %1 passt nicht zum öffentlichen Schlüssel (%2): Er wurde verändert oder abgeschnitten.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Eine Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Eine Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key (Argon2id needs %1 MiB).</source>
        <translation>Zu wenig Speicher, um den Schlüssel zu schützen (Argon2id braucht %1 MiB).</translation>
    </message>
    <message>
        <source>The private key %1 is not on this machine (looked for %2). Create a key with “greenlight key create” or import the key file made on another machine with “greenlight key import”.</source>
        <translation>Der private Schlüssel %1 ist nicht auf diesem Rechner (gesucht: %2). Erstellen Sie einen Schlüssel mit „greenlight key create“ oder importieren Sie die auf einem anderen Rechner erstellte Schlüsseldatei mit „greenlight key import“.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the key.</source>
        <translation>Zu wenig Speicher, um den Schlüssel zu öffnen.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key %1.</source>
        <translation>Falsche Passphrase für den Schlüssel %1.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: its halves do not match.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt: Ihre Hälften passen nicht zusammen.</translation>
    </message>
    <message>
        <source>“%1” is not a key fingerprint.</source>
        <translation>„%1“ ist kein Schlüssel-Fingerabdruck.</translation>
    </message>
    <message>
        <source>The key file %1 holds the key %2, not %3.</source>
        <translation>Die Schlüsseldatei %1 enthält den Schlüssel %2, nicht %3.</translation>
    </message>
    <message>
        <source>A different key file for %1 is already on this machine (%2); it was left as it is.</source>
        <translation>Auf diesem Rechner liegt schon eine andere Schlüsseldatei für %1 (%2); sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>it is a binary file, not Markdown text.</source>
        <translation>Es ist eine Binärdatei, kein Markdown-Text.</translation>
    </message>
    <message>
        <source>it is a binary file (it contains NUL bytes), not Markdown text.</source>
        <translation>Es ist eine Binärdatei (sie enthält NUL-Bytes), kein Markdown-Text.</translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid UTF-8; %n byte(s) were read as Windows-1252.</source>
        <translation>
            <numerusform>Die Datei ist kein gültiges UTF-8; %n Byte wurde als Windows-1252 gelesen.</numerusform>
            <numerusform>Die Datei ist kein gültiges UTF-8; %n Bytes wurden als Windows-1252 gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is %1 MiB, over the limit of 16 MiB.</source>
        <translation>Die Datei ist %1 MiB groß und überschreitet die Grenze von 16 MiB.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n piece(s) of text garbled by a wrong encoding (mojibake).</source>
        <translation>
            <numerusform>%n durch eine falsche Zeichenkodierung verstümmelte Textstelle repariert (Mojibake).</numerusform>
            <numerusform>%n durch eine falsche Zeichenkodierung verstümmelte Textstellen repariert (Mojibake).</numerusform>
        </translation>
    </message>
    <message>
        <source>no gates, items or metrics found (no task lists, labelled items, shell blocks or metric tables).</source>
        <translation>Keine Gates, Punkte oder Kennzahlen gefunden (keine Aufgabenlisten, beschrifteten Punkte, Shell-Blöcke oder Kennzahlentabellen).</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>Es ist keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>MetricFeed</name>
    <message>
        <source>%1 is %2 bytes, more than a report may hold (%3 bytes).</source>
        <translation>%1 ist %2 Bytes groß, mehr als ein Bericht umfassen darf (%3 Bytes).</translation>
    </message>
    <message>
        <source>%1 gives no %2 (%3).</source>
        <translation>%1 liefert keinen Wert für „%2“ (%3).</translation>
    </message>
</context>
<context>
    <name>MetricTableReader</name>
    <message>
        <source>“%1” is marked as met but %2 does not satisfy %3</source>
        <translation>„%1“ ist als erfüllt markiert, aber %2 erfüllt %3 nicht</translation>
    </message>
    <message>
        <source>“%1” is marked as not met but %2 satisfies %3</source>
        <translation>„%1“ ist als nicht erfüllt markiert, aber %2 erfüllt %3</translation>
    </message>
</context>
<context>
    <name>Mitigation</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>PassRule</name>
    <message>
        <source>Pass rule pattern “%1” is not a valid regular expression: %2 at offset %3</source>
        <translation>Muster „%1“ der Bestehensregel ist kein gültiger regulärer Ausdruck: %2 an Position %3</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>exited with code %1 (expected %2)</source>
        <translation>mit Code %1 beendet (erwartet: %2)</translation>
    </message>
    <message>
        <source>output does not match “%1”</source>
        <translation>Ausgabe passt nicht auf „%1“</translation>
    </message>
    <message>
        <source>output matches “%1”, which it must not</source>
        <translation>Ausgabe passt auf „%1“, was sie nicht darf</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Gate &quot;%1&quot; is incomplete: %2 of %3 items done</source>
        <translation>Gate „%1“ ist unvollständig: %2 von %3 Punkten erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inconclusive</source>
        <translation>
            <numerusform>%n uneindeutig</numerusform>
            <numerusform>%n uneindeutig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in Arbeit</numerusform>
            <numerusform>%n in Arbeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n nicht begonnen</numerusform>
            <numerusform>%n nicht begonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired waiver</source>
        <translation>
            <numerusform>%n mit abgelaufener Ausnahme</numerusform>
            <numerusform>%n mit abgelaufener Ausnahme</numerusform>
        </translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>CONDITIONAL GO</source>
        <translation>CONDITIONAL GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>current %1, required %2</source>
        <translation>aktuell %1, gefordert %2</translation>
    </message>
    <message>
        <source>current %1 is not a number</source>
        <translation>aktueller Wert %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>current %1</source>
        <translation>aktuell %1</translation>
    </message>
    <message>
        <source>Blocker metric &quot;%1&quot; is not met: %2</source>
        <translation>Blocker-Kennzahl „%1“ ist nicht erfüllt: %2</translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot; is not met: %2</source>
        <translation>Kennzahl „%1“ ist nicht erfüllt: %2</translation>
    </message>
    <message>
        <source>GO criterion not met: %1</source>
        <translation>GO-Kriterium nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>NO-GO criterion holds: %1</source>
        <translation>NO-GO-Kriterium trifft zu: %1</translation>
    </message>
    <message>
        <source>NO-GO criterion holds</source>
        <translation>NO-GO-Kriterium trifft zu</translation>
    </message>
    <message>
        <source>Blocker item &quot;%1&quot;: %2</source>
        <translation>Blocker-Punkt „%1“: %2</translation>
    </message>
    <message>
        <source>The release has no items.</source>
        <translation>Das Release hat keine Punkte.</translation>
    </message>
    <message>
        <source>Readiness %1 % is below the target of %2 %.</source>
        <translation>Die Bereitschaft von %1 % liegt unter dem Ziel von %2 %.</translation>
    </message>
    <message>
        <source>CONDITIONAL GO: no blocker is open and readiness %1 % reaches the target of %2 %.</source>
        <translation>CONDITIONAL GO: Kein Blocker ist offen und die Bereitschaft von %1 % erreicht das Ziel von %2 %.</translation>
    </message>
    <message numerus="yes">
        <source>NO-GO: %n blocker(s) open and readiness %1 % is below the target of %2 %.</source>
        <translation>
            <numerusform>NO-GO: %n Blocker ist offen und die Bereitschaft von %1 % liegt unter dem Ziel von %2 %.</numerusform>
            <numerusform>NO-GO: %n Blocker sind offen und die Bereitschaft von %1 % liegt unter dem Ziel von %2 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NO-GO: %n blocker(s) open.</source>
        <translation>
            <numerusform>NO-GO: %n Blocker ist offen.</numerusform>
            <numerusform>NO-GO: %n Blocker sind offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>NO-GO: readiness %1 % is below the target of %2 %.</source>
        <translation>NO-GO: Die Bereitschaft von %1 % liegt unter dem Ziel von %2 %.</translation>
    </message>
    <message>
        <source>Passed items without fresh required evidence: %1 missing, %2 stale.</source>
        <translation>Bestandene Punkte ohne aktuellen erforderlichen Nachweis: %1 fehlend, %2 veraltet.</translation>
    </message>
    <message>
        <source>Passed items without required evidence: %1.</source>
        <translation>Bestandene Punkte ohne erforderlichen Nachweis: %1.</translation>
    </message>
    <message>
        <source>Passed items with stale required evidence: %1.</source>
        <translation>Bestandene Punkte mit veraltetem erforderlichem Nachweis: %1.</translation>
    </message>
    <message>
        <source>GO: every gate is complete, every metric is met, every GO criterion holds, no NO-GO criterion holds and every passed item has the evidence it requires.</source>
        <translation>GO: Alle Gates sind vollständig, alle Kennzahlen erfüllt, alle GO-Kriterien treffen zu, kein NO-GO-Kriterium trifft zu und jeder bestandene Punkt hat den erforderlichen Nachweis.</translation>
    </message>
</context>
<context>
    <name>ReleaseOverview</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>ReportCoverage</name>
    <message>
        <source>no &quot;total&quot; object: not an Istanbul or Vitest coverage summary</source>
        <translation>kein Objekt „total“: keine Abdeckungszusammenfassung von Istanbul oder Vitest</translation>
    </message>
    <message>
        <source>total has no &quot;lines&quot;: not an Istanbul or Vitest coverage summary</source>
        <translation>total hat kein „lines“: keine Abdeckungszusammenfassung von Istanbul oder Vitest</translation>
    </message>
    <message>
        <source>total.lines.pct is &quot;Unknown&quot;: the report measured no lines</source>
        <translation>total.lines.pct ist „Unknown“: der Bericht hat keine Zeilen gemessen</translation>
    </message>
    <message>
        <source>%1 has no pct</source>
        <translation>%1 hat kein pct</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>die Datei enthält kein XML-Element</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not Cobertura&apos;s &lt;coverage&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;coverage&gt; von Cobertura</translation>
    </message>
    <message>
        <source>&lt;coverage&gt; has no line-rate attribute: not a Cobertura report</source>
        <translation>&lt;coverage&gt; hat kein Attribut line-rate: kein Cobertura-Bericht</translation>
    </message>
    <message>
        <source>lines-valid is 0: the report measured no lines</source>
        <translation>lines-valid ist 0: der Bericht hat keine Zeilen gemessen</translation>
    </message>
</context>
<context>
    <name>ReportJUnit</name>
    <message>
        <source>the root element is &lt;%1&gt;, not JUnit&apos;s &lt;testsuites&gt; or &lt;testsuite&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;testsuites&gt; oder &lt;testsuite&gt; von JUnit</translation>
    </message>
    <message>
        <source>the failures, errors and skipped attributes add up to more than tests (%1)</source>
        <translation>die Attribute failures, errors und skipped ergeben zusammen mehr als tests (%1)</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>objects and arrays nest deeper than %1 levels</source>
        <translation>Objekte und Arrays sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 objects and arrays</source>
        <translation>mehr als %1 Objekte und Arrays</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the report is a JSON array, not an object</source>
        <translation>der Bericht ist ein JSON-Array, kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 ist kein JSON-Array</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>ReportLcov</name>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>die Zeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>end_of_record without a record (no SF: before it)</source>
        <translation>end_of_record ohne Datensatz (kein SF: davor)</translation>
    </message>
    <message>
        <source>the record starting on line %1 says %2 of %3 were hit</source>
        <translation>der Datensatz ab Zeile %1 gibt %2 von %3 als getroffen an</translation>
    </message>
    <message>
        <source>not an lcov line (KEY:value or end_of_record)</source>
        <translation>keine lcov-Zeile (KEY:value oder end_of_record)</translation>
    </message>
    <message>
        <source>SF: starts a record before the one starting on line %1 ended (end_of_record)</source>
        <translation>SF: beginnt einen Datensatz, bevor der Datensatz ab Zeile %1 beendet wurde (end_of_record)</translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation>mehr als %1 Datensätze</translation>
    </message>
    <message>
        <source>%1: outside a record (no SF: before it)</source>
        <translation>%1: außerhalb eines Datensatzes (kein SF: davor)</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a count (a whole number, 0 or more)</source>
        <translation>%1 ist „%2“, keine Anzahl (eine ganze Zahl, 0 oder mehr)</translation>
    </message>
    <message>
        <source>DA: is not DA:&lt;line&gt;,&lt;count&gt;</source>
        <translation>DA: hat nicht die Form DA:&lt;line&gt;,&lt;count&gt;</translation>
    </message>
    <message>
        <source>the execution count of DA: is &quot;%1&quot;, not a count (a whole number, 0 or more)</source>
        <translation>die Ausführungsanzahl in DA: ist „%1“, keine Anzahl (eine ganze Zahl, 0 oder mehr)</translation>
    </message>
    <message>
        <source>BRDA: is not BRDA:&lt;line&gt;,&lt;block&gt;,&lt;branch&gt;,&lt;taken&gt;</source>
        <translation>BRDA: hat nicht die Form BRDA:&lt;line&gt;,&lt;block&gt;,&lt;branch&gt;,&lt;taken&gt;</translation>
    </message>
    <message>
        <source>the taken count of BRDA: is &quot;%1&quot;, not a count or &quot;-&quot;</source>
        <translation>der taken-Wert in BRDA: ist „%1“, weder eine Anzahl noch „-“</translation>
    </message>
    <message>
        <source>the file ends inside the record starting on line %1 (no end_of_record): truncated?</source>
        <translation>die Datei endet innerhalb des Datensatzes ab Zeile %1 (kein end_of_record): abgeschnitten?</translation>
    </message>
    <message>
        <source>no lcov record (SF: ... end_of_record) found</source>
        <translation>kein lcov-Datensatz (SF: ... end_of_record) gefunden</translation>
    </message>
    <message>
        <source>no record has any lines (LF or DA): the report measured no lines</source>
        <translation>kein Datensatz enthält Zeilen (LF oder DA): der Bericht hat keine Zeilen gemessen</translation>
    </message>
</context>
<context>
    <name>ReportNpmAudit</name>
    <message>
        <source>npm audit itself failed: %1: %2</source>
        <translation>npm audit selbst ist fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>neither &quot;advisories&quot; (npm 6) nor &quot;vulnerabilities&quot; (npm 7 and later): not an npm audit report</source>
        <translation>weder „advisories“ (npm 6) noch „vulnerabilities“ (npm 7 und neuer): kein npm-audit-Bericht</translation>
    </message>
    <message>
        <source>%1.severity is &quot;%2&quot;, not one of critical, high, moderate, low, info</source>
        <translation>%1.severity ist „%2“, keiner der Werte critical, high, moderate, low, info</translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>JUnit test results</source>
        <translation>JUnit-Testergebnisse</translation>
    </message>
    <message>
        <source>Coverage (Istanbul, Vitest, Cobertura, lcov)</source>
        <translation>Testabdeckung (Istanbul, Vitest, Cobertura, lcov)</translation>
    </message>
    <message>
        <source>npm audit</source>
        <translation>npm audit</translation>
    </message>
    <message>
        <source>SARIF findings</source>
        <translation>SARIF-Befunde</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Line coverage (%)</source>
        <translation>Zeilenabdeckung (%)</translation>
    </message>
    <message>
        <source>Branch coverage (%)</source>
        <translation>Zweigabdeckung (%)</translation>
    </message>
    <message>
        <source>Function coverage (%)</source>
        <translation>Funktionsabdeckung (%)</translation>
    </message>
    <message>
        <source>Statement coverage (%)</source>
        <translation>Anweisungsabdeckung (%)</translation>
    </message>
    <message>
        <source>Critical findings</source>
        <translation>Befunde (kritisch)</translation>
    </message>
    <message>
        <source>High findings</source>
        <translation>Befunde (hoch)</translation>
    </message>
    <message>
        <source>Moderate findings</source>
        <translation>Befunde (moderat)</translation>
    </message>
    <message>
        <source>Medium findings</source>
        <translation>Befunde (mittel)</translation>
    </message>
    <message>
        <source>Low findings</source>
        <translation>Befunde (niedrig)</translation>
    </message>
    <message>
        <source>Informational findings</source>
        <translation>Befunde (Info)</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Critical plus high findings</source>
        <translation>Befunde (kritisch und hoch)</translation>
    </message>
    <message>
        <source>the file is %1 bytes; reports larger than %2 MiB are refused</source>
        <translation>die Datei ist %1 Bytes groß; Berichte über %2 MiB werden abgewiesen</translation>
    </message>
    <message>
        <source>not a report Greenlight can read (JUnit XML, coverage-summary.json, Cobertura XML, lcov, npm audit JSON, SARIF)</source>
        <translation>kein Bericht, den Greenlight lesen kann (JUnit-XML, coverage-summary.json, Cobertura-XML, lcov, npm-audit-JSON, SARIF)</translation>
    </message>
    <message>
        <source>unknown report parser &quot;%1&quot;; known: %2</source>
        <translation>unbekannter Berichtsparser „%1“; bekannt sind: %2</translation>
    </message>
    <message>
        <source>%1 (this looks like %2: read it with the %3 parser)</source>
        <translation>%1 (vermutlich %2: mit dem Parser %3 lesen)</translation>
    </message>
    <message>
        <source>%1 is %2, not a count (a whole number, 0 or more)</source>
        <translation>%1 ist %2, keine Anzahl (eine ganze Zahl, 0 oder mehr)</translation>
    </message>
    <message>
        <source>%1 is %2, too large to be a count</source>
        <translation>%1 ist %2, zu groß für eine Anzahl</translation>
    </message>
    <message>
        <source>%1 is %2, outside 0..%3</source>
        <translation>%1 ist %2, außerhalb von 0..%3</translation>
    </message>
</context>
<context>
    <name>ReportSarif</name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>no &quot;runs&quot;: not a SARIF log</source>
        <translation>kein „runs“: kein SARIF-Log</translation>
    </message>
    <message>
        <source>SARIF version &quot;%1&quot; is not supported; Greenlight reads 2.1.0</source>
        <translation>SARIF-Version „%1“ wird nicht unterstützt; Greenlight liest 2.1.0</translation>
    </message>
    <message>
        <source>%1.rule.toolComponent.index %2 names no extension of the run&apos;s tool</source>
        <translation>%1.rule.toolComponent.index %2 bezeichnet keine Erweiterung des Tools dieses SARIF-Runs</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2, outside %3 (%n rule(s))</source>
        <translation>
            <numerusform>%1 ist %2, außerhalb von %3 (%n Regel)</numerusform>
            <numerusform>%1 ist %2, außerhalb von %3 (%n Regeln)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.kind is not a string</source>
        <translation>%1.kind ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1.level is not a string</source>
        <translation>%1.level ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1.kind is &quot;%2&quot;, not a SARIF result kind</source>
        <translation>%1.kind ist „%2“, keine SARIF-Ergebnisart</translation>
    </message>
    <message>
        <source>%1: level &quot;%2&quot; is not one of none, note, warning, error</source>
        <translation>%1: level „%2“ ist keiner der Werte none, note, warning, error</translation>
    </message>
</context>
<context>
    <name>ReportXml</name>
    <message>
        <source>a DOCTYPE with declarations (an internal subset) is not allowed in a report: DTDs and entities are refused</source>
        <translation>ein DOCTYPE mit Deklarationen (interne Teilmenge) ist in einem Bericht nicht erlaubt: DTDs und Entitäten werden abgewiesen</translation>
    </message>
    <message>
        <source>a DOCTYPE naming the DTD &quot;%1&quot; is not allowed in a report: only a web address, never read, is</source>
        <translation>ein DOCTYPE, der die DTD „%1“ nennt, ist in einem Bericht nicht erlaubt: erlaubt ist nur eine Webadresse, die nie gelesen wird</translation>
    </message>
    <message>
        <source>elements nest deeper than %1 levels</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is not allowed in a report</source>
        <translation>die Entitätsreferenz &amp;%1; ist in einem Bericht nicht erlaubt</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>attribute %1=&quot;%2&quot; of &lt;%3&gt; is not a number</source>
        <translation>Attribut %1=&quot;%2&quot; von &lt;%3&gt; ist keine Zahl</translation>
    </message>
    <message>
        <source>attribute %1 of &lt;%2&gt;</source>
        <translation>Attribut %1 von &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ShellBlockReader</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Approve GO</source>
        <translation>GO zustimmen</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Unter Auflagen zustimmen</translation>
    </message>
    <message>
        <source>Reject NO-GO</source>
        <translation>NO-GO, ablehnen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>die Signatur lässt sich nicht bestätigen</translation>
    </message>
    <message>
        <source>replaced by a later sign-off of the same person</source>
        <translation>durch eine spätere Abnahme derselben Person ersetzt</translation>
    </message>
    <message>
        <source>the release changed after it was signed</source>
        <translation>das Release hat sich nach der Unterzeichnung geändert</translation>
    </message>
    <message>
        <source>separation of duties: %1 made the last change and cannot be the only approver</source>
        <translation>Funktionstrennung: %1 hat zuletzt geändert und kann nicht als Einzige(r) zustimmen</translation>
    </message>
</context>
<context>
    <name>SignOffs</name>
    <message>
        <source>its stakeholder is not in this workspace</source>
        <translation>ihr Stakeholder ist nicht in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>its key is not one of %1&apos;s keys</source>
        <translation>ihr Schlüssel ist keiner der Schlüssel von %1</translation>
    </message>
    <message>
        <source>its key fingerprint %1 does not match the stored key %2</source>
        <translation>der Fingerabdruck %1 ihres Schlüssels passt nicht zum gespeicherten Schlüssel %2</translation>
    </message>
    <message>
        <source>the snapshot it kept does not hash to %1</source>
        <translation>der gespeicherte Snapshot ergibt nicht den Hash %1</translation>
    </message>
    <message>
        <source>the signature does not match this release and what it names</source>
        <translation>die Signatur passt nicht zu diesem Release und zu dem, was sie nennt</translation>
    </message>
    <message>
        <source>it is dated after its key was retired (%1)</source>
        <translation>sie ist nach der Stilllegung ihres Schlüssels datiert (%1)</translation>
    </message>
    <message>
        <source>the release&apos;s snapshot differs in a way that cannot be shown field by field</source>
        <translation>der Snapshot des Release weicht auf eine Weise ab, die sich nicht Feld für Feld zeigen lässt</translation>
    </message>
    <message>
        <source>%1 has no key yet: create one with “greenlight key create %1”.</source>
        <translation>%1 hat noch keinen Schlüssel: mit „greenlight key create %1“ erstellen.</translation>
    </message>
    <message>
        <source>%1 does not hold the role “%2” (their roles: %3).</source>
        <translation>%1 hat die Rolle „%2“ nicht (Rollen: %3).</translation>
    </message>
    <message>
        <source>The private key on this machine does not match %1&apos;s key %2 in the workspace; nothing was signed.</source>
        <translation>Der private Schlüssel auf diesem Rechner passt nicht zum Schlüssel %2 von %1 im Arbeitsbereich; nichts wurde unterzeichnet.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>target readiness</source>
        <translation>Ziel-Bereitschaft</translation>
    </message>
    <message>
        <source>working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>environment file</source>
        <translation>Env-Datei</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>requires the previous gate</source>
        <translation>setzt das vorige Gate voraus</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>pass criteria</source>
        <translation>Bestehenskriterien</translation>
    </message>
    <message>
        <source>expected evidence</source>
        <translation>erwartete Nachweise</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>CI job</source>
        <translation>CI-Job</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>waiver expiry</source>
        <translation>Ablauf der Ausnahme</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>expected exit code</source>
        <translation>erwarteter Exit-Code</translation>
    </message>
    <message>
        <source>output pattern</source>
        <translation>Ausgabemuster</translation>
    </message>
    <message>
        <source>output must match</source>
        <translation>Ausgabe muss passen</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>evidence required</source>
        <translation>Nachweis nötig</translation>
    </message>
    <message>
        <source>evidence maximum age</source>
        <translation>Höchstalter der Nachweise</translation>
    </message>
    <message>
        <source>evidence newer than the last change</source>
        <translation>Nachweis neuer als die letzte Änderung</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>required</source>
        <translation>gefordert</translation>
    </message>
    <message>
        <source>required (as written)</source>
        <translation>gefordert (wie geschrieben)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>current (as written)</source>
        <translation>aktuell (wie geschrieben)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>item removed: %1</source>
        <translation>Punkt entfernt: %1</translation>
    </message>
    <message>
        <source>item added: %1</source>
        <translation>Punkt hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation>von Position %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>evidence removed: %1</source>
        <translation>Nachweis entfernt: %1</translation>
    </message>
    <message>
        <source>evidence added: %1</source>
        <translation>Nachweis hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
</context>
<context>
    <name>StartWorkspace</name>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Greenlight cannot open %1:
%2</source>
        <translation>Greenlight kann %1 nicht öffnen:
%2</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Anderen öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Greenlight workspaces (*.greenlight);;All files (*)</source>
        <translation>Greenlight-Arbeitsbereiche (*.greenlight);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>WidgetPrompter</name>
    <message>
        <source>Add Link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Linkadresse</translation>
    </message>
    <message>
        <source>Link title</source>
        <translation>Linktitel</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Only http and https addresses can be attached, like https://ci.example.com/job/42.</source>
        <translation>Nur http- und https-Adressen können angehängt werden, etwa https://ci.example.com/job/42.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Note (kept as plain text; a note alone does not count as required evidence):</source>
        <translation>&amp;Notiz (als reiner Text gespeichert; eine Notiz allein zählt nicht als erforderlicher Nachweis):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver gives no sqlite3 handle.</source>
        <translation>%1 kann nicht geöffnet werden: Der SQLite-Treiber von Qt liefert kein sqlite3-Handle.</translation>
    </message>
    <message>
        <source>Cannot open %1: the connection is closed.</source>
        <translation>%1 kann nicht geöffnet werden: Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: SQLite cannot use write-ahead logging for this file (journal mode stays &quot;%2&quot;).</source>
        <translation>%1: SQLite kann für diese Datei kein Write-Ahead-Logging verwenden (der Journal-Modus bleibt „%2“).</translation>
    </message>
    <message>
        <source>%1: could not write the backup %2 before migrating: %3. The workspace was not migrated.</source>
        <translation>%1: Die Sicherung %2 konnte vor der Migration nicht geschrieben werden: %3. Der Arbeitsbereich wurde nicht migriert.</translation>
    </message>
    <message>
        <source>it has application_id 0x%1 and schema %2</source>
        <translation>sie hat application_id 0x%1 und Schema %2</translation>
    </message>
    <message>
        <source>%1: the backup %2 written before migrating failed its check (%3). The workspace was not migrated.</source>
        <translation>%1: Die vor der Migration geschriebene Sicherung %2 hat die Prüfung nicht bestanden (%3). Der Arbeitsbereich wurde nicht migriert.</translation>
    </message>
    <message>
        <source>%1 is a damaged database: SQLite reports &quot;%2&quot;. The file was not changed; restore it from a backup (a .bak file next to it).</source>
        <translation>%1 ist eine beschädigte Datenbank: SQLite meldet „%2“. Die Datei wurde nicht verändert; sie lässt sich aus einer Sicherung wiederherstellen (der .bak-Datei daneben).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a damaged database: SQLite&apos;s quick_check reports &quot;%2&quot;. The file was not changed; restore it from a backup (a .bak file next to it).</source>
        <translation>%1 ist eine beschädigte Datenbank: Der quick_check von SQLite meldet „%2“. Die Datei wurde nicht verändert; sie lässt sich aus einer Sicherung wiederherstellen (der .bak-Datei daneben).</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight workspace: it is the SQLite database of another application (application_id 0x%2). The file was not changed.</source>
        <translation>%1 ist kein Greenlight-Arbeitsbereich: Es ist die SQLite-Datenbank einer anderen Anwendung (application_id 0x%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Greenlight: schema %2, this build knows %3. Update Greenlight to open it; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Greenlight-Version geschrieben: Schema %2, diese Version kennt %3. Zum Öffnen Greenlight aktualisieren; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight workspace: it is not an SQLite database (it does not start with the SQLite header). The file was not changed.</source>
        <translation>%1 ist kein Greenlight-Arbeitsbereich: Es ist keine SQLite-Datenbank (die Datei beginnt nicht mit dem SQLite-Header). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a damaged database: it ends inside the 100-byte SQLite header. The file was not changed.</source>
        <translation>%1 ist eine beschädigte Datenbank: Sie endet innerhalb des 100 Byte langen SQLite-Headers. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight workspace: it is an SQLite database that holds tables of its own and has no Greenlight application_id. The file was not changed.</source>
        <translation>%1 ist kein Greenlight-Arbeitsbereich: Es ist eine SQLite-Datenbank mit eigenen Tabellen und ohne Greenlight-application_id. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>updating release %1</source>
        <translation>Aktualisieren von Release %1</translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation>Es wurde keine Arbeitsbereichsdatei angegeben.</translation>
    </message>
    <message>
        <source>The migration ladder must number its steps 1, 2, 3 ...</source>
        <translation>Die Migrationsschritte müssen fortlaufend nummeriert sein: 1, 2, 3 ...</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Der Ordner %1 für den Arbeitsbereich kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver (QSQLITE) is missing.</source>
        <translation>%1 kann nicht geöffnet werden: Der SQLite-Treiber von Qt (QSQLITE) fehlt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source> A backup taken before migrating is at %1.</source>
        <translation> Eine vor der Migration angelegte Sicherung liegt unter %1.</translation>
    </message>
    <message>
        <source>%1: migrating to schema %2 (%3) failed, the file stays at schema %4. %5%6</source>
        <translation>%1: Migration auf Schema %2 (%3) fehlgeschlagen, die Datei bleibt bei Schema %4. %5%6</translation>
    </message>
    <message>
        <source>listing the releases</source>
        <translation>Auflisten der Releases</translation>
    </message>
    <message>
        <source>reading release %1</source>
        <translation>Lesen von Release %1</translation>
    </message>
    <message>
        <source>There is no release with id %1 in %2.</source>
        <translation>In %2 gibt es kein Release mit der ID %1.</translation>
    </message>
    <message>
        <source>reading the gates of release %1</source>
        <translation>Lesen der Gates von Release %1</translation>
    </message>
    <message>
        <source>reading the metrics of release %1</source>
        <translation>Lesen der Kennzahlen von Release %1</translation>
    </message>
    <message>
        <source>reading the criteria of release %1</source>
        <translation>Lesen der Kriterien von Release %1</translation>
    </message>
    <message>
        <source>No release was given (an id or a name).</source>
        <translation>Es wurde kein Release angegeben (eine ID oder ein Name).</translation>
    </message>
    <message>
        <source>The release name &quot;%1&quot; is ambiguous in %2: it matches releases %3. Give the id or the exact name.</source>
        <translation>Der Release-Name „%1“ ist in %2 nicht eindeutig: Er passt auf die Releases %3. Die ID oder den genauen Namen angeben.</translation>
    </message>
    <message>
        <source>There is no release with the id or name &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es kein Release mit der ID oder dem Namen „%1“.</translation>
    </message>
    <message>
        <source>No item was given (an id or a title).</source>
        <translation>Es wurde kein Punkt angegeben (eine ID oder ein Titel).</translation>
    </message>
    <message>
        <source>looking up item %1</source>
        <translation>Suchen von Punkt %1</translation>
    </message>
    <message>
        <source>looking up item &quot;%1&quot;</source>
        <translation>Suchen von Punkt „%1“</translation>
    </message>
    <message>
        <source>The item title &quot;%1&quot; is ambiguous in release %2: it matches items %3. Give the item&apos;s id instead.</source>
        <translation>Der Punkttitel „%1“ ist in Release %2 nicht eindeutig: Er passt auf die Punkte %3. Stattdessen die ID des Punkts angeben.</translation>
    </message>
    <message>
        <source>Release %1 has no item with the id or title &quot;%2&quot;.</source>
        <translation>Release %1 hat keinen Punkt mit der ID oder dem Titel „%2“.</translation>
    </message>
    <message>
        <source>No metric was given (an id or a name).</source>
        <translation>Es wurde keine Kennzahl angegeben (eine ID oder ein Name).</translation>
    </message>
    <message>
        <source>looking up metric &quot;%1&quot;</source>
        <translation>Suchen von Kennzahl „%1“</translation>
    </message>
    <message>
        <source>The metric name &quot;%1&quot; is ambiguous in release %2: it matches metrics %3. Give the metric&apos;s id instead.</source>
        <translation>Der Kennzahlname „%1“ ist in Release %2 nicht eindeutig: Er passt auf die Kennzahlen %3. Stattdessen die ID der Kennzahl angeben.</translation>
    </message>
    <message>
        <source>Release %1 has no metric with the id or name &quot;%2&quot;.</source>
        <translation>Release %1 hat keine Kennzahl mit der ID oder dem Namen „%2“.</translation>
    </message>
    <message>
        <source>A criterion is given by its id (a number), not &quot;%1&quot;.</source>
        <translation>Ein Kriterium wird durch seine ID (eine Zahl) angegeben, nicht durch „%1“.</translation>
    </message>
    <message>
        <source>looking up criterion %1</source>
        <translation>Suchen von Kriterium %1</translation>
    </message>
    <message>
        <source>Release %1 has no criterion with the id %2.</source>
        <translation>Release %1 hat kein Kriterium mit der ID %2.</translation>
    </message>
    <message>
        <source>There is no item with id %1 in %2.</source>
        <translation>In %2 gibt es keinen Punkt mit der ID %1.</translation>
    </message>
    <message>
        <source>A release needs a name (none given for %1).</source>
        <translation>Ein Release braucht einen Namen (für %1 wurde keiner angegeben).</translation>
    </message>
    <message>
        <source>deleting release %1</source>
        <translation>Löschen von Release %1</translation>
    </message>
    <message>
        <source>A release needs a name: release %1 was not renamed.</source>
        <translation>Ein Release braucht einen Namen: Release %1 wurde nicht umbenannt.</translation>
    </message>
    <message>
        <source>Cannot rename release %1 to &quot;%2&quot;: release %3 already has that name.</source>
        <translation>Release %1 kann nicht in „%2“ umbenannt werden: Release %3 trägt diesen Namen bereits.</translation>
    </message>
    <message>
        <source>renaming release %1</source>
        <translation>Umbenennen von Release %1</translation>
    </message>
    <message>
        <source>reading item %1</source>
        <translation>Lesen von Punkt %1</translation>
    </message>
    <message>
        <source>Item %1 &quot;%2&quot; is a group: its status rolls up from its children, so set the status of its items instead.</source>
        <translation>Punkt %1 „%2“ ist eine Gruppe: Ihr Status ergibt sich aus den enthaltenen Punkten; stattdessen deren Status setzen.</translation>
    </message>
    <message>
        <source>Item %1 &quot;%2&quot; cannot be waived without a reason: the reason is missing.</source>
        <translation>Für Punkt %1 „%2“ kann keine Ausnahme ohne Grund genehmigt werden: Der Grund fehlt.</translation>
    </message>
    <message>
        <source>Item %1 &quot;%2&quot; cannot be waived without an expiry date: the waiver expiry date is missing or not a valid date.</source>
        <translation>Für Punkt %1 „%2“ kann keine Ausnahme ohne Ablaufdatum genehmigt werden: Das Ablaufdatum der Ausnahme fehlt oder ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>setting the status of item %1</source>
        <translation>Setzen des Status von Punkt %1</translation>
    </message>
    <message>
        <source>Item %1 needs a title: the title is empty.</source>
        <translation>Punkt %1 braucht einen Titel: Der Titel ist leer.</translation>
    </message>
    <message>
        <source>saving item %1</source>
        <translation>Speichern von Punkt %1</translation>
    </message>
    <message>
        <source>reading metric %1</source>
        <translation>Lesen von Kennzahl %1</translation>
    </message>
    <message>
        <source>There is no metric with id %1 in %2.</source>
        <translation>In %2 gibt es keine Kennzahl mit der ID %1.</translation>
    </message>
    <message>
        <source>setting metric %1</source>
        <translation>Setzen von Kennzahl %1</translation>
    </message>
    <message>
        <source>reading criterion %1</source>
        <translation>Lesen von Kriterium %1</translation>
    </message>
    <message>
        <source>There is no criterion with id %1 in %2.</source>
        <translation>In %2 gibt es kein Kriterium mit der ID %1.</translation>
    </message>
    <message>
        <source>setting criterion %1</source>
        <translation>Setzen von Kriterium %1</translation>
    </message>
    <message>
        <source>starting a write</source>
        <translation>Beginnen eines Schreibvorgangs</translation>
    </message>
    <message>
        <source>saving the write</source>
        <translation>Abschließen des Schreibvorgangs</translation>
    </message>
    <message>
        <source>Item %1: the timeout must be 0 (the release&apos;s timeout) or a number of seconds, not %2.</source>
        <translation>Punkt %1: Das Zeitlimit muss 0 (das Zeitlimit des Release) oder eine Anzahl Sekunden sein, nicht %2.</translation>
    </message>
    <message>
        <source>Item %1: the output pattern is not a valid regular expression: %2 at character %3.</source>
        <translation>Punkt %1: Das Ausgabemuster ist kein gültiger regulärer Ausdruck: %2 an Zeichen %3.</translation>
    </message>
    <message>
        <source>Item %1: the probe needs a URL.</source>
        <translation>Punkt %1: Die Prüfung braucht eine URL.</translation>
    </message>
    <message>
        <source>Item %1: the probe needs a method.</source>
        <translation>Punkt %1: Die Prüfung braucht eine Methode.</translation>
    </message>
    <message>
        <source>Item %1: the probe&apos;s expected status must be an HTTP status (100 to 599), not %2.</source>
        <translation>Punkt %1: Der erwartete Status der Prüfung muss ein HTTP-Status (100 bis 599) sein, nicht %2.</translation>
    </message>
    <message>
        <source>Item %1: the probe&apos;s latency limit and timeout cannot be negative.</source>
        <translation>Punkt %1: Latenzgrenze und Zeitlimit der Prüfung dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Release %1: the timeout must be 0 (none) or a number of seconds, not %2.</source>
        <translation>Release %1: Das Zeitlimit muss 0 (keins) oder eine Anzahl Sekunden sein, nicht %2.</translation>
    </message>
    <message>
        <source>Release %1: the output cap must be a number of bytes above 0, not %2.</source>
        <translation>Release %1: Die Ausgabegrenze muss eine Anzahl Bytes über 0 sein, nicht %2.</translation>
    </message>
    <message>
        <source>Release %1: the working folder must be an absolute path, not “%2”.</source>
        <translation>Release %1: Der Arbeitsordner muss ein absoluter Pfad sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Release %1: a secret marker is empty (it would mask every value).</source>
        <translation>Release %1: Ein Geheimnis-Kennzeichen ist leer (es würde jeden Wert maskieren).</translation>
    </message>
    <message>
        <source>saving the run settings of release %1</source>
        <translation>Speichern der Laufeinstellungen von Release %1</translation>
    </message>
    <message>
        <source>Item %1 is a group: runs are recorded for the items in it, not for the group.</source>
        <translation>Punkt %1 ist eine Gruppe: Läufe werden für die enthaltenen Punkte erfasst, nicht für die Gruppe.</translation>
    </message>
    <message>
        <source>storing the log of a run of item %1</source>
        <translation>Speichern des Logs eines Laufs von Punkt %1</translation>
    </message>
    <message>
        <source>recording a run of item %1</source>
        <translation>Erfassen eines Laufs von Punkt %1</translation>
    </message>
    <message>
        <source>Item %1: “%2” is not a run spec hash (64 lowercase hexadecimal digits).</source>
        <translation>Punkt %1: „%2“ ist kein Hash einer Laufspezifikation (64 kleingeschriebene Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Item %1 is a group: approve the commands of the items in it.</source>
        <translation>Punkt %1 ist eine Gruppe: Die Befehle der enthaltenen Punkte freigeben.</translation>
    </message>
    <message>
        <source>approving the commands of item %1</source>
        <translation>Freigeben der Befehle von Punkt %1</translation>
    </message>
    <message>
        <source>reading evidence %1</source>
        <translation>Lesen von Nachweis %1</translation>
    </message>
    <message>
        <source>There is no evidence with id %1 in %2.</source>
        <translation>In %2 gibt es keinen Nachweis mit der ID %1.</translation>
    </message>
    <message>
        <source>Evidence %1 “%2” is a link or a note: it has no stored content.</source>
        <translation>Nachweis %1 „%2“ ist ein Link oder eine Notiz: Er hat keinen gespeicherten Inhalt.</translation>
    </message>
    <message>
        <source>Evidence %1 “%2” in %3 is damaged: its stored content has another SHA-256 than the one recorded for it.</source>
        <translation>Nachweis %1 „%2“ in %3 ist beschädigt: Sein gespeicherter Inhalt hat einen anderen SHA-256 als den dafür erfassten.</translation>
    </message>
    <message>
        <source>Evidence %1 “%2”: %3</source>
        <translation>Nachweis %1 „%2“: %3</translation>
    </message>
    <message>
        <source>A run of item %1 must be of kind “command” or “probe”, not “%2”.</source>
        <translation>Ein Lauf von Punkt %1 muss von der Art „command“ oder „probe“ sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>reading the run settings of release %1</source>
        <translation>Lesen der Laufeinstellungen von Release %1</translation>
    </message>
    <message>
        <source>reading the evidence of item %1</source>
        <translation>Lesen der Nachweise von Punkt %1</translation>
    </message>
    <message>
        <source>The evidence it requires is missing.</source>
        <translation>Der erforderliche Nachweis fehlt.</translation>
    </message>
    <message>
        <source>Its newest evidence is too old for what it requires.</source>
        <translation>Sein neuester Nachweis ist für die Anforderung zu alt.</translation>
    </message>
    <message>
        <source>Item %1 cannot be passed without a reason: %2 Give a reason to pass it anyway.</source>
        <translation>Punkt %1 kann nicht ohne Grund auf „Bestanden“ gesetzt werden: %2 Um ihn trotzdem auf „Bestanden“ zu setzen, einen Grund angeben.</translation>
    </message>
    <message>
        <source>Item %1: the evidence&apos;s maximum age must be 0 (any age) or a number of hours, not %2.</source>
        <translation>Punkt %1: Das Höchstalter des Nachweises muss 0 (beliebiges Alter) oder eine Anzahl Stunden sein, nicht %2.</translation>
    </message>
    <message>
        <source>Item %1 is a group: its items carry the evidence, so require it of them instead.</source>
        <translation>Punkt %1 ist eine Gruppe: Die Nachweise gehören zu den enthaltenen Punkten; stattdessen dort einen Nachweis verlangen.</translation>
    </message>
    <message>
        <source>Item %1 is a group: attach evidence to the items in it.</source>
        <translation>Punkt %1 ist eine Gruppe: Nachweise an die enthaltenen Punkte anhängen.</translation>
    </message>
    <message>
        <source>attaching evidence to item %1</source>
        <translation>Anhängen eines Nachweises an Punkt %1</translation>
    </message>
    <message>
        <source>Attaching %1 was cancelled: nothing was stored.</source>
        <translation>Das Anhängen von %1 wurde abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Attaching %1: %2</source>
        <translation>Anhängen von %1: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be attached to item %2: only web addresses (http or https) can be.</source>
        <translation>„%1“ kann nicht an Punkt %2 angehängt werden: Nur Webadressen (http oder https) lassen sich anhängen.</translation>
    </message>
    <message>
        <source>The link for item %1 contains a user name or password: attach it without them.</source>
        <translation>Der Link für Punkt %1 enthält einen Benutzernamen oder ein Passwort: Den Link ohne diese Angaben anhängen.</translation>
    </message>
    <message>
        <source>A note for item %1 needs some text: it is empty.</source>
        <translation>Eine Notiz für Punkt %1 braucht Text: Sie ist leer.</translation>
    </message>
    <message>
        <source>Evidence %1 “%2” is what a run recorded: it stays with its run in the item&apos;s history.</source>
        <translation>Nachweis %1 „%2“ wurde von einem Lauf erfasst: Er bleibt bei seinem Lauf im Verlauf des Punkts.</translation>
    </message>
    <message>
        <source>removing evidence %1</source>
        <translation>Entfernen von Nachweis %1</translation>
    </message>
    <message>
        <source>saving what item %1 requires of its evidence</source>
        <translation>Speichern der Nachweisanforderung von Punkt %1</translation>
    </message>
    <message>
        <source>Metric %1: a source needs a parser and a field (“%2”, “%3” given).</source>
        <translation>Kennzahl %1: Eine Quelle braucht einen Parser und ein Feld („%2“, „%3“ angegeben).</translation>
    </message>
    <message>
        <source>Metric %1 “%2” cannot take its value from item %3: that item belongs to another release.</source>
        <translation>Kennzahl %1 „%2“ kann ihren Wert nicht aus Punkt %3 beziehen: Dieser Punkt gehört zu einem anderen Release.</translation>
    </message>
    <message>
        <source>Metric %1 “%2” cannot take its value from item %3: it is a group, and only the items in it carry evidence.</source>
        <translation>Kennzahl %1 „%2“ kann ihren Wert nicht aus Punkt %3 beziehen: Er ist eine Gruppe, und nur die enthaltenen Punkte haben Nachweise.</translation>
    </message>
    <message>
        <source>setting the source of metric %1</source>
        <translation>Setzen der Quelle von Kennzahl %1</translation>
    </message>
    <message>
        <source>Evidence %1 “%2” in %3 is damaged: its SHA-256 is %4, %5 was stored.</source>
        <translation>Nachweis %1 „%2“ in %3 ist beschädigt: Sein SHA-256 ist %4, gespeichert war %5.</translation>
    </message>
    <message>
        <source>reading the evidence to verify</source>
        <translation>Lesen der zu verifizierenden Nachweise</translation>
    </message>
    <message>
        <source>Verifying was cancelled.</source>
        <translation>Die Verifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>its stored content is missing</source>
        <translation>sein gespeicherter Inhalt fehlt</translation>
    </message>
    <message>
        <source>the evidence records SHA-256 %1, its stored content has %2</source>
        <translation>für den Nachweis ist SHA-256 %1 erfasst, sein gespeicherter Inhalt hat %2</translation>
    </message>
    <message>
        <source>the evidence records %1 bytes, its stored content has %2</source>
        <translation>für den Nachweis sind %1 Bytes erfasst, sein gespeicherter Inhalt hat %2</translation>
    </message>
    <message>
        <source>reading the stakeholders</source>
        <translation>beim Lesen der Stakeholder</translation>
    </message>
    <message>
        <source>reading the keys of %1</source>
        <translation>beim Lesen der Schlüssel von %1</translation>
    </message>
    <message>
        <source>reading the sign-offs release %1 requires</source>
        <translation>beim Lesen der Abnahmen, die Release %1 braucht</translation>
    </message>
    <message>
        <source>reading the sign-offs of release %1</source>
        <translation>beim Lesen der Abnahmen von Release %1</translation>
    </message>
    <message>
        <source>reading who last changed release %1</source>
        <translation>beim Lesen, wer Release %1 zuletzt geändert hat</translation>
    </message>
    <message>
        <source>There is no stakeholder “%1” in %2; add one with “greenlight stakeholder add”.</source>
        <translation>In %2 gibt es keinen Stakeholder „%1“; mit „greenlight stakeholder add“ hinzufügen.</translation>
    </message>
    <message>
        <source>A stakeholder needs a name.</source>
        <translation>Ein Stakeholder braucht einen Namen.</translation>
    </message>
    <message>
        <source>Stakeholder “%1” needs a role.</source>
        <translation>Stakeholder „%1“ braucht eine Rolle.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>adding stakeholder %1</source>
        <translation>beim Hinzufügen von Stakeholder %1</translation>
    </message>
    <message>
        <source>updating stakeholder %1</source>
        <translation>beim Ändern von Stakeholder %1</translation>
    </message>
    <message>
        <source>A public key has 32 bytes, not %1.</source>
        <translation>Ein öffentlicher Schlüssel hat 32 Bytes, nicht %1.</translation>
    </message>
    <message>
        <source>looking up key %1</source>
        <translation>beim Suchen des Schlüssels %1</translation>
    </message>
    <message>
        <source>The key %1 is already in this workspace, as a key of %2.</source>
        <translation>Der Schlüssel %1 ist schon in diesem Arbeitsbereich, als Schlüssel von %2.</translation>
    </message>
    <message>
        <source>looking up stakeholder %1</source>
        <translation>beim Suchen von Stakeholder %1</translation>
    </message>
    <message>
        <source>There is no stakeholder with id %1.</source>
        <translation>Es gibt keinen Stakeholder mit der ID %1.</translation>
    </message>
    <message>
        <source>retiring the previous key</source>
        <translation>beim Stilllegen des vorigen Schlüssels</translation>
    </message>
    <message>
        <source>storing key %1</source>
        <translation>beim Speichern des Schlüssels %1</translation>
    </message>
    <message>
        <source>A required sign-off needs a role.</source>
        <translation>Eine nötige Abnahme braucht eine Rolle.</translation>
    </message>
    <message>
        <source>The number of sign-offs for %1 must be 0 or more, not %2.</source>
        <translation>Die Zahl der Abnahmen für %1 muss 0 oder mehr sein, nicht %2.</translation>
    </message>
    <message>
        <source>setting the sign-offs release %1 requires</source>
        <translation>beim Festlegen der Abnahmen, die Release %1 braucht</translation>
    </message>
    <message>
        <source>Release “%1” changed while %2 was signing it; nothing was signed. Review it again and sign.</source>
        <translation>Release „%1“ hat sich geändert, während %2 unterzeichnet hat; nichts wurde unterzeichnet. Bitte erneut prüfen und unterzeichnen.</translation>
    </message>
    <message>
        <source>There is no stakeholder “%1” in %2.</source>
        <translation>In %2 gibt es keinen Stakeholder „%1“.</translation>
    </message>
    <message>
        <source>%1 does not hold the role “%2”.</source>
        <translation>%1 hat die Rolle „%2“ nicht.</translation>
    </message>
    <message>
        <source>%1 signed with a key that is not their active key.</source>
        <translation>%1 hat mit einem Schlüssel unterzeichnet, der nicht der aktive Schlüssel ist.</translation>
    </message>
    <message>
        <source>storing the sign-off of %1</source>
        <translation>beim Speichern der Abnahme von %1</translation>
    </message>
    <message>
        <source>its content was changed after it was written (its SHA-256 is not the one it holds)</source>
        <translation>ihr Inhalt wurde nach dem Schreiben geändert (ihr SHA-256 ist nicht der, den sie enthält)</translation>
    </message>
    <message>
        <source>it is not the first row written, yet no row is before it: the rows before it were removed</source>
        <translation>sie ist nicht die erste geschriebene Zeile, doch vor ihr steht keine: Die Zeilen davor wurden entfernt</translation>
    </message>
    <message>
        <source>it does not follow row %1: a row between them was removed, or rows were inserted or reordered</source>
        <translation>sie folgt nicht auf Zeile %1: Eine Zeile dazwischen wurde entfernt, oder Zeilen wurden eingefügt oder umsortiert</translation>
    </message>
    <message>
        <source>chaining the audit log</source>
        <translation>beim Verketten des Audit-Logs</translation>
    </message>
    <message>
        <source>reading the decisions of release %1</source>
        <translation>beim Lesen der Entscheidungen von Release %1</translation>
    </message>
    <message>
        <source>reading the mitigations of release %1</source>
        <translation>beim Lesen der Maßnahmen von Release %1</translation>
    </message>
    <message>
        <source>reading the decision of release %1</source>
        <translation>beim Lesen der Entscheidung von Release %1</translation>
    </message>
    <message>
        <source>Release “%1” is frozen by its decision %2 (%3, %4): nothing in it can change until it is reopened (greenlight reopen RELEASE --reason TEXT).</source>
        <translation>Release „%1“ ist durch seine Entscheidung %2 (%3, %4) eingefroren: Nichts darin kann sich ändern, bis es wieder geöffnet wird (greenlight reopen RELEASE --reason TEXT).</translation>
    </message>
    <message>
        <source>Release “%1” changed while the decision was being recorded; nothing was recorded.</source>
        <translation>Release „%1“ hat sich geändert, während die Entscheidung festgehalten wurde; nichts wurde festgehalten.</translation>
    </message>
    <message>
        <source>recording the decision of release %1</source>
        <translation>beim Festhalten der Entscheidung von Release %1</translation>
    </message>
    <message>
        <source>recording mitigation %1</source>
        <translation>beim Festhalten von Maßnahme %1</translation>
    </message>
    <message>
        <source>Reopening a release needs a reason.</source>
        <translation>Zum Wiederöffnen eines Release ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>Release %1 has no decision in force: there is nothing to reopen.</source>
        <translation>Release %1 hat keine geltende Entscheidung: Es gibt nichts wieder zu öffnen.</translation>
    </message>
    <message>
        <source>reopening release %1</source>
        <translation>beim Wiederöffnen von Release %1</translation>
    </message>
    <message>
        <source>reading mitigation %1</source>
        <translation>beim Lesen von Maßnahme %1</translation>
    </message>
    <message>
        <source>There is no mitigation with id %1 in %2.</source>
        <translation>In %2 gibt es keine Maßnahme mit der ID %1.</translation>
    </message>
    <message>
        <source>updating mitigation %1</source>
        <translation>beim Ändern von Maßnahme %1</translation>
    </message>
    <message>
        <source>the trigger %1 that keeps recorded rows from being changed was removed</source>
        <translation>der Trigger %1, der festgehaltene Zeilen vor Änderungen schützt, wurde entfernt</translation>
    </message>
    <message>
        <source>Someone signed off release “%1” while the decision was being recorded; nothing was recorded. Look at the sign-offs and decide again.</source>
        <translation>Während die Entscheidung festgehalten wurde, hat jemand Release „%1“ abgenommen; nichts wurde festgehalten. Bitte die Abnahmen ansehen und erneut entscheiden.</translation>
    </message>
    <message>
        <source>There is no evidence with id %1 in the release of mitigation %2.</source>
        <translation>Im Release der Maßnahme %2 gibt es keinen Nachweis mit der ID %1.</translation>
    </message>
    <message>
        <source>recording the sign-offs release %1 requires</source>
        <translation>beim Festhalten der Abnahmen, die Release %1 braucht</translation>
    </message>
    <message>
        <source>renumbering the items of gate %1</source>
        <translation>Neunummerieren der Punkte von Gate %1</translation>
    </message>
    <message>
        <source>counting the items of gate %1</source>
        <translation>Zählen der Punkte von Gate %1</translation>
    </message>
    <message>
        <source>reading what item %1 holds</source>
        <translation>Lesen dessen, was Punkt %1 enthält</translation>
    </message>
    <message>
        <source>“%1” has evidence or runs, which the record keeps: mark it not applicable instead of removing it.</source>
        <translation>„%1“ hat Nachweise oder Läufe, die das Protokoll behält: den Punkt auf „Nicht zutreffend“ setzen statt ihn zu entfernen.</translation>
    </message>
    <message>
        <source>“%1” is where metric “%2” takes its value from: unbind the metric first.</source>
        <translation>Die Kennzahl „%2“ bezieht ihren Wert aus „%1“: zuerst die Kennzahl lösen.</translation>
    </message>
    <message>
        <source>“%1” has evidence or runs of its own, so it cannot become a group of items.</source>
        <translation>„%1“ hat eigene Nachweise oder Läufe und kann daher keine Gruppe von Punkten werden.</translation>
    </message>
    <message>
        <source>saving item “%1”</source>
        <translation>Speichern von Punkt „%1“</translation>
    </message>
    <message>
        <source>A new item needs a title.</source>
        <translation>Ein neuer Punkt braucht einen Titel.</translation>
    </message>
    <message>
        <source>reading gate %1</source>
        <translation>Lesen von Gate %1</translation>
    </message>
    <message>
        <source>There is no gate with id %1 in %2.</source>
        <translation>In %2 gibt es kein Gate mit der ID %1.</translation>
    </message>
    <message>
        <source>Item %1 is not in gate %2.</source>
        <translation>Punkt %1 gehört nicht zu Gate %2.</translation>
    </message>
    <message>
        <source>removing item %1</source>
        <translation>Entfernen von Punkt %1</translation>
    </message>
    <message>
        <source>Gate %1 is not a gate of the release item %2 belongs to.</source>
        <translation>Gate %1 gehört nicht zum Release von Punkt %2.</translation>
    </message>
    <message>
        <source>reading the items under item %1</source>
        <translation>Lesen der Unterpunkte von Punkt %1</translation>
    </message>
    <message>
        <source>“%1” cannot move under itself or one of its own sub-items.</source>
        <translation>„%1“ kann nicht unter sich selbst oder einen eigenen Unterpunkt verschoben werden.</translation>
    </message>
    <message>
        <source>moving item %1</source>
        <translation>Verschieben von Punkt %1</translation>
    </message>
    <message>
        <source>A new gate needs a title.</source>
        <translation>Ein neues Gate braucht einen Titel.</translation>
    </message>
    <message>
        <source>renumbering the gates of release %1</source>
        <translation>Neunummerieren der Gates von Release %1</translation>
    </message>
    <message>
        <source>saving gate “%1”</source>
        <translation>Speichern von Gate „%1“</translation>
    </message>
    <message>
        <source>reading the items of gate %1</source>
        <translation>Lesen der Punkte von Gate %1</translation>
    </message>
    <message>
        <source>removing gate %1</source>
        <translation>Entfernen von Gate %1</translation>
    </message>
    <message>
        <source>moving gate %1</source>
        <translation>Verschieben von Gate %1</translation>
    </message>
    <message>
        <source>Gate %1 needs a title: the title is empty.</source>
        <translation>Gate %1 braucht einen Titel: der Titel ist leer.</translation>
    </message>
    <message>
        <source>saving gate %1</source>
        <translation>Speichern von Gate %1</translation>
    </message>
    <message>
        <source>recording removed ids</source>
        <translation>Festhalten entfernter IDs</translation>
    </message>
    <message>
        <source>numbering a new row</source>
        <translation>Nummerieren einer neuen Zeile</translation>
    </message>
</context>
<context>
    <name>gl::ChecklistTreeModel</name>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1
Pass: %2</source>
        <translation>%1
Bestanden, wenn: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rolled up from the %n items inside; change those.</source>
        <translation>
            <numerusform>Ergibt sich aus %n enthaltenen Punkt; diesen ändern.</numerusform>
            <numerusform>Ergibt sich aus %n enthaltenen Punkten; diese ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiver expired on %1.</source>
        <translation>Die Ausnahme ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Waived until %1.</source>
        <translation>Ausnahme genehmigt bis %1.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Punkt verschieben</numerusform>
            <numerusform>%n Punkte verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>Chec&amp;klist: %1 (%2 of %3 done)</source>
        <translation>&amp;Checkliste: %1 (%2 von %3 erledigt)</translation>
    </message>
    <message>
        <source>Chec&amp;klist: %1</source>
        <translation>&amp;Checkliste: %1</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Find items…</source>
        <translation>Punkte suchen…</translation>
    </message>
    <message>
        <source>Find items by text</source>
        <translation>Punkte nach Text suchen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Filter by component</source>
        <translation>Nach Komponente filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open (not done)</source>
        <translation>Offen (nicht erledigt)</translation>
    </message>
    <message>
        <source>Show blockers only</source>
        <translation>Nur Blocker zeigen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every item again (Esc in the find field)</source>
        <translation>Wieder alle Punkte zeigen (Esc im Suchfeld)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation>Kein Punkt passt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n Punkt passt</numerusform>
            <numerusform>%n Punkte passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::CommandApprovalDialog</name>
    <message>
        <source>Approve imported commands</source>
        <translation>Importierte Befehle freigeben</translation>
    </message>
    <message>
        <source>These commands came from an imported file and have not been approved. Read them: they will run on this computer with your permissions. The approval covers exactly these commands, this working folder and this env file; any change asks again.</source>
        <translation>Diese Befehle stammen aus einer importierten Datei und wurden noch nicht freigegeben. Vor der Freigabe lesen: Sie werden auf diesem Computer mit den Rechten des aktuellen Benutzers ausgeführt. Die Freigabe gilt genau für diese Befehle, diesen Arbeitsordner und diese Env-Datei; bei jeder Änderung wird erneut gefragt.</translation>
    </message>
    <message>
        <source>Commands to approve</source>
        <translation>Freizugebende Befehle</translation>
    </message>
    <message>
        <source>&amp;Approve and run</source>
        <translation>&amp;Freigeben und ausführen</translation>
    </message>
    <message>
        <source>Working folder: %1</source>
        <translation>Arbeitsordner: %1</translation>
    </message>
    <message>
        <source>Env file: %1</source>
        <translation>Env-Datei: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(runs through /bin/sh -c: %1)</source>
        <translation>(läuft über /bin/sh -c: %1)</translation>
    </message>
</context>
<context>
    <name>gl::CommandRunner</name>
    <message>
        <source>could not start: the item has no commands</source>
        <translation>konnte nicht starten: der Punkt hat keine Befehle</translation>
    </message>
    <message>
        <source>could not start: the working folder “%1” is not an absolute path</source>
        <translation>konnte nicht starten: der Arbeitsordner „%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>could not start: the working folder “%1” does not exist</source>
        <translation>konnte nicht starten: der Arbeitsordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>command %1 of %2: %3</source>
        <translation>Befehl %1 von %2: %3</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitlimit nach %1 s überschritten</translation>
    </message>
    <message>
        <source>(processes %1 could not be ended)</source>
        <translation>(Prozesse %1 konnten nicht beendet werden)</translation>
    </message>
</context>
<context>
    <name>gl::CriteriaModel</name>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation>✔ Erfüllt</translation>
    </message>
    <message>
        <source>✖ Not met</source>
        <translation>✖ Nicht erfüllt</translation>
    </message>
    <message>
        <source>✖ Blocks</source>
        <translation>✖ Blockiert</translation>
    </message>
    <message>
        <source>✔ Clear</source>
        <translation>✔ Frei</translation>
    </message>
    <message>
        <source>GO criterion: every one must hold for a GO. Check it when it holds.</source>
        <translation>GO-Kriterium: Für ein GO müssen alle zutreffen. Abhaken, wenn es zutrifft.</translation>
    </message>
    <message>
        <source>NO-GO criterion: any one that holds blocks the release. Check it when it holds.</source>
        <translation>NO-GO-Kriterium: Jedes zutreffende blockiert das Release. Abhaken, wenn es zutrifft.</translation>
    </message>
    <message>
        <source>Criterion (holds)</source>
        <translation>Kriterium (trifft zu)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>gl::DecisionBanner</name>
    <message>
        <source>Overall readiness</source>
        <translation>Gesamtbereitschaft</translation>
    </message>
    <message>
        <source>Weighted score 100.0%</source>
        <translation>Gewichtete Bewertung 100,0 %</translation>
    </message>
    <message>
        <source>No release</source>
        <translation>Kein Release</translation>
    </message>
    <message>
        <source>Readiness —</source>
        <translation>Bereitschaft —</translation>
    </message>
    <message>
        <source>Open or import a release to see its readiness.</source>
        <translation>Ein Release öffnen oder importieren, um seine Bereitschaft zu sehen.</translation>
    </message>
    <message>
        <source>No release open</source>
        <translation>Kein Release geöffnet</translation>
    </message>
    <message>
        <source>Suggested decision: %1</source>
        <translation>Vorgeschlagene Entscheidung: %1</translation>
    </message>
    <message>
        <source>Suggested by the readiness rules; the release manager decides.</source>
        <translation>Von den Bereitschaftsregeln vorgeschlagen; die Entscheidung trifft das Release-Management.</translation>
    </message>
    <message>
        <source>Readiness %1%</source>
        <translation>Bereitschaft %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation>%1 von %2 Punkten erledigt</translation>
    </message>
    <message>
        <source>Weighted score %1%</source>
        <translation>Gewichtete Bewertung %1 %</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover for all)</source>
        <translation>
            <numerusform>… und %n weiterer (alle im Tooltip)</numerusform>
            <numerusform>… und %n weitere (alle im Tooltip)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1, frozen</source>
        <translation>Festgehalten: %1, eingefroren</translation>
    </message>
    <message>
        <source>Recorded by %1; authorization code %2. Nothing can change until the release is reopened.</source>
        <translation>Festgehalten von %1; Freigabecode %2. Bis das Release wieder geöffnet wird, kann sich nichts ändern.</translation>
    </message>
</context>
<context>
    <name>gl::DecisionDialog</name>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>Mitigations (required for CONDITIONAL GO; deadline as YYYY-MM-DD):</source>
        <translation>Maßnahmen (nötig für CONDITIONAL GO; Frist als JJJJ-MM-TT):</translation>
    </message>
    <message>
        <source>&amp;Add Mitigation</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Mitigation</source>
        <translation>Maßnahme &amp;entfernen</translation>
    </message>
    <message>
        <source>Record the Decision for “%1”</source>
        <translation>Entscheidung für „%1“ festhalten</translation>
    </message>
    <message>
        <source>The matrix suggests %1. %2</source>
        <translation>Die Matrix schlägt %1 vor. %2</translation>
    </message>
    <message>
        <source>The required sign-offs are all in and valid.</source>
        <translation>Die nötigen Abnahmen liegen alle gültig vor.</translation>
    </message>
    <message>
        <source>The required sign-offs are not all in: %1</source>
        <translation>Es fehlen nötige Abnahmen: %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Abnahmekriterien</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Zuversicht:</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Write the rationale.</source>
        <translation>Schreiben Sie die Begründung.</translation>
    </message>
    <message>
        <source>A CONDITIONAL GO needs at least one mitigation.</source>
        <translation>Ein CONDITIONAL GO braucht mindestens eine Maßnahme.</translation>
    </message>
    <message>
        <source>Mitigation %1 needs a title, an owner and acceptance criteria.</source>
        <translation>Maßnahme %1 braucht einen Titel, eine verantwortliche Person und Abnahmekriterien.</translation>
    </message>
    <message>
        <source>Mitigation %1 needs a deadline as YYYY-MM-DD.</source>
        <translation>Maßnahme %1 braucht eine Frist als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Write why it is recorded anyway.</source>
        <translation>Schreiben Sie, warum sie trotzdem festgehalten wird.</translation>
    </message>
    <message>
        <source>it differs from the suggested %1</source>
        <translation>sie vom Vorschlag %1 abweicht</translation>
    </message>
    <message>
        <source>the required sign-offs are not all in (this overrides them)</source>
        <translation>nicht alle nötigen Abnahmen vorliegen (dies setzt sich darüber hinweg)</translation>
    </message>
    <message>
        <source>Reason (only needed when the decision differs from the suggestion):</source>
        <translation>Grund (nur nötig, wenn die Entscheidung vom Vorschlag abweicht):</translation>
    </message>
    <message>
        <source>Reason, required because %1:</source>
        <translation>Grund, nötig, weil %1:</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>gl::EditController</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Punkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Sub-item…</source>
        <translation>&amp;Unterpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move Item</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <source>Move Item &amp;Down</source>
        <translation>Punkt nach u&amp;nten</translation>
    </message>
    <message>
        <source>&amp;Indent Item</source>
        <translation>Punkt e&amp;inrücken</translation>
    </message>
    <message>
        <source>&amp;Outdent Item</source>
        <translation>Punkt &amp;ausrücken</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>%n Punkt entfernen</numerusform>
            <numerusform>%n Punkte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set S&amp;tatus of Selected Items</source>
        <translation>S&amp;tatus der Auswahl setzen</translation>
    </message>
    <message>
        <source>Add &amp;Gate…</source>
        <translation>&amp;Gate hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name Gate…</source>
        <translation>Gate u&amp;mbenennen…</translation>
    </message>
    <message>
        <source>Move Gate Up</source>
        <translation>Gate nach oben</translation>
    </message>
    <message>
        <source>Move Gate Down</source>
        <translation>Gate nach unten</translation>
    </message>
    <message>
        <source>Gate Requires the Previous One</source>
        <translation>Gate setzt das vorige voraus</translation>
    </message>
    <message>
        <source>Add Gate</source>
        <translation>Gate hinzufügen</translation>
    </message>
    <message>
        <source>Title of the new gate:</source>
        <translation>Titel des neuen Gates:</translation>
    </message>
    <message>
        <source>Rename Gate</source>
        <translation>Gate umbenennen</translation>
    </message>
    <message>
        <source>New title of “%1”:</source>
        <translation>Neuer Titel für „%1“:</translation>
    </message>
    <message>
        <source>&amp;Find Items…</source>
        <translation>Punkte &amp;suchen…</translation>
    </message>
    <message>
        <source>Add Sub-item</source>
        <translation>Unterpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Title of the new sub-item:</source>
        <translation>Titel des neuen Unterpunkts:</translation>
    </message>
    <message>
        <source>Title of the new item:</source>
        <translation>Titel des neuen Punkts:</translation>
    </message>
    <message>
        <source>Select the items to change first; groups take the status of their items.</source>
        <translation>Zuerst die zu ändernden Punkte auswählen; Gruppen übernehmen den Status ihrer Punkte.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>No item in this release matches.</source>
        <translation>Kein Punkt dieses Release passt.</translation>
    </message>
    <message>
        <source>Move Item U&amp;p</source>
        <translation>Punkt nach &amp;oben</translation>
    </message>
    <message>
        <source>Remo&amp;ve Gate</source>
        <translation>Gate &amp;löschen</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Nächsten &amp;finden</translation>
    </message>
    <message>
        <source>Gate Notes</source>
        <translation>Gate-Notizen</translation>
    </message>
    <message>
        <source>Notes of “%1”: what its section says besides its items.</source>
        <translation>Notizen zu „%1“: was sein Abschnitt neben den Punkten sagt.</translation>
    </message>
    <message>
        <source>Gate Not&amp;es…</source>
        <translation>Gate-Noti&amp;zen…</translation>
    </message>
</context>
<context>
    <name>gl::EvidenceController</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saving was cancelled: no file was written.</source>
        <translation>Das Speichern wurde abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2) to %3.</source>
        <translation>„%1“ (%2) unter %3 gespeichert.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Export Evidence &amp;Bundle…</source>
        <translation>Nachweispaket &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Attach Evidence…</source>
        <translation>Nachweise &amp;anhängen…</translation>
    </message>
    <message>
        <source>Cancel Evidence Task</source>
        <translation>Nachweisvorgang abbrechen</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Nachweise anhängen</translation>
    </message>
    <message>
        <source>Progress of the evidence task</source>
        <translation>Fortschritt des Nachweisvorgangs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Another evidence task is running; wait for it or cancel it first.</source>
        <translation>Ein anderer Nachweisvorgang läuft; zuerst sein Ende abwarten oder ihn abbrechen.</translation>
    </message>
    <message>
        <source>“%1” is a group: attach evidence to the items in it.</source>
        <translation>„%1“ ist eine Gruppe: Nachweise an die enthaltenen Punkte anhängen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s) before it were attached.)</source>
        <translation>
            <numerusform>%1 (%n Datei davor wurde angehängt.)</numerusform>
            <numerusform>%1 (%n Dateien davor wurden angehängt.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) (%1) to “%2”.</source>
        <translation>
            <numerusform>%n Datei (%1) an „%2“ angehängt.</numerusform>
            <numerusform>%n Dateien (%1) an „%2“ angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 keeps its value: %2</source>
        <translation>%1 behält den bisherigen Wert: %2</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>%1 wird angehängt…</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird angehängt…</numerusform>
            <numerusform>%n Dateien werden angehängt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Feed a Metric from This Report?</source>
        <translation>Kennzahl aus diesem Bericht übernehmen?</translation>
    </message>
    <message>
        <source>“%1” is a %2. Which metric should take its current value (%3) from the newest such report of this item, now and whenever a newer one is attached?</source>
        <translation>„%1“ wurde als %2 erkannt. Welche Kennzahl soll ihren aktuellen Wert (%3) aus dem neuesten solchen Bericht dieses Punkts übernehmen, jetzt und jedes Mal, wenn ein neuerer angehängt wird?</translation>
    </message>
    <message>
        <source>%1 now takes its value from the newest %2 of this item: %3.</source>
        <translation>%1 übernimmt den Wert jetzt aus dem neuesten Bericht (%2) dieses Punkts: %3.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>“%1” is a program or script (%2); Greenlight does not open it. Use Save As to look at it.</source>
        <translation>„%1“ ist ein Programm oder Skript (%2); Greenlight öffnet es nicht. Zum Ansehen „Speichern unter“ verwenden.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Export Evidence Bundle</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n evidence file(s), %2, with manifest.json and release.json.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Nachweisdatei, %2, mit manifest.json und release.json.</numerusform>
            <numerusform>%1 geschrieben: %n Nachweisdateien, %2, mit manifest.json und release.json.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the evidence bundle…</source>
        <translation>Nachweispaket wird exportiert…</translation>
    </message>
    <message>
        <source>Export &amp;Decision Record…</source>
        <translation>Entscheidungs&amp;protokoll exportieren…</translation>
    </message>
    <message>
        <source>Export Decision Record</source>
        <translation>Entscheidungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the decision record %1 (%n page(s)).</source>
        <translation>
            <numerusform>Entscheidungsprotokoll %1 geschrieben (%n Seite).</numerusform>
            <numerusform>Entscheidungsprotokoll %1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the decision record…</source>
        <translation>Entscheidungsprotokoll wird exportiert…</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Verify Workspace</source>
        <translation>Arbeitsbereich p&amp;rüfen</translation>
    </message>
    <message>
        <source>Hash every piece of evidence again and check the audit chain, sign-offs and decisions</source>
        <translation>Jeden Nachweis neu hashen und Audit-Kette, Abnahmen und Entscheidungen prüfen</translation>
    </message>
    <message numerus="yes">
        <source>All is sound: %1 of evidence hashed again, an audit log of %n row(s), %2 and %3 checked.</source>
        <translation>
            <numerusform>Alles in Ordnung: %1 Nachweise neu gehasht, ein Audit-Log mit %n Eintrag, %2 und %3 geprüft.</numerusform>
            <numerusform>Alles in Ordnung: %1 Nachweise neu gehasht, ein Audit-Log mit %n Einträgen, %2 und %3 geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n Abnahme</numerusform>
            <numerusform>%n Abnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (greenlight verify lists them all).</source>
        <translation>
            <numerusform>… und %n weiteres (greenlight verify listet alle auf).</numerusform>
            <numerusform>… und %n weitere (greenlight verify listet alle auf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification found %n problem(s):</source>
        <translation>
            <numerusform>Die Prüfung hat %n Problem gefunden:</numerusform>
            <numerusform>Die Prüfung hat %n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the workspace…</source>
        <translation>Arbeitsbereich wird geprüft…</translation>
    </message>
</context>
<context>
    <name>gl::EvidencePane</name>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen…</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Link hinzufügen…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 kopieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Nachweis öffnen</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>Nachweis speichern unter</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Nachweis entfernen</translation>
    </message>
    <message>
        <source>Copy files into the workspace as evidence of this item (or drop them here)</source>
        <translation>Dateien als Nachweis dieses Punkts in den Arbeitsbereich kopieren (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Attach an http or https link with a title</source>
        <translation>Einen http- oder https-Link mit Titel anhängen</translation>
    </message>
    <message>
        <source>Attach a plain note; a note alone does not count as required evidence</source>
        <translation>Eine einfache Notiz anhängen; eine Notiz allein zählt nicht als erforderlicher Nachweis</translation>
    </message>
    <message>
        <source>Open a copy with the application your system uses for it</source>
        <translation>Eine Kopie mit der Anwendung öffnen, die das System dafür verwendet</translation>
    </message>
    <message>
        <source>Write a copy of the stored content to a file</source>
        <translation>Eine Kopie des gespeicherten Inhalts in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Attached evidence</source>
        <translation>Angehängte Nachweise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Select an item to see its evidence.</source>
        <translation>Einen Punkt auswählen, um seine Nachweise zu sehen.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweise: %1</translation>
    </message>
    <message>
        <source>“%1” is a group: its items carry the evidence. Select one of them to attach files, links or notes.</source>
        <translation>„%1“ ist eine Gruppe: Die Nachweise gehören zu den enthaltenen Punkten. Einen davon auswählen, um Dateien, Links oder Notizen anzuhängen.</translation>
    </message>
    <message>
        <source>Attaching… more can be added when it has finished.</source>
        <translation>Wird angehängt… Weiteres lässt sich hinzufügen, sobald der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Nothing attached yet: attach files, drop them here, or add a link or a note.</source>
        <translation>Noch nichts angehängt: Dateien anhängen, hier ablegen oder einen Link oder eine Notiz hinzufügen.</translation>
    </message>
    <message>
        <source>Evidence not required.</source>
        <translation>Kein Nachweis erforderlich.</translation>
    </message>
    <message>
        <source>Required evidence: %1</source>
        <translation>Erforderlicher Nachweis: %1</translation>
    </message>
    <message>
        <source>Required evidence: %1 — %2</source>
        <translation>Erforderlicher Nachweis: %1 — %2</translation>
    </message>
    <message>
        <source>It does not count against the release while the item is %1.</source>
        <translation>Solange der Punkt den Status „%1“ hat, zählt das nicht gegen das Release.</translation>
    </message>
    <message numerus="yes">
        <source>Asks for evidence no older than %n hour(s), added after the item last changed.</source>
        <translation>
            <numerusform>Verlangt einen Nachweis, der höchstens %n Stunde alt ist und nach der letzten Änderung des Punkts hinzugefügt wurde.</numerusform>
            <numerusform>Verlangt einen Nachweis, der höchstens %n Stunden alt ist und nach der letzten Änderung des Punkts hinzugefügt wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks for evidence no older than %n hour(s), added after the item last changed (%1).</source>
        <translation>
            <numerusform>Verlangt einen Nachweis, der höchstens %n Stunde alt ist und nach der letzten Änderung des Punkts (%1) hinzugefügt wurde.</numerusform>
            <numerusform>Verlangt einen Nachweis, der höchstens %n Stunden alt ist und nach der letzten Änderung des Punkts (%1) hinzugefügt wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks for evidence no older than %n hour(s).</source>
        <translation>
            <numerusform>Verlangt einen Nachweis, der höchstens %n Stunde alt ist.</numerusform>
            <numerusform>Verlangt einen Nachweis, der höchstens %n Stunden alt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for evidence added after the item last changed.</source>
        <translation>Verlangt einen Nachweis, der nach der letzten Änderung des Punkts hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>Asks for evidence added after the item last changed (%1).</source>
        <translation>Verlangt einen Nachweis, der nach der letzten Änderung des Punkts (%1) hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>Asks for evidence of any age.</source>
        <translation>Verlangt einen Nachweis beliebigen Alters.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Run logs and probe results stay with the run that made them and cannot be removed.</source>
        <translation>Lauf-Logs und Prüfungsergebnisse gehören zu dem Lauf, der sie erzeugt hat, und können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Remove the chosen evidence from this item</source>
        <translation>Den gewählten Nachweis von diesem Punkt entfernen</translation>
    </message>
    <message>
        <source>Attach Files to “%1”</source>
        <translation>Dateien an „%1“ anhängen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>Nachweis speichern unter</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Nachweis entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”? The removal is recorded in the audit log.</source>
        <translation>„%1“ von „%2“ entfernen? Das Entfernen wird im Änderungsprotokoll erfasst.</translation>
    </message>
</context>
<context>
    <name>gl::EvidencePreview</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>Nachweisvorschau</translation>
    </message>
    <message>
        <source>Evidence content</source>
        <translation>Nachweisinhalt</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Search the evidence</source>
        <translation>Im Nachweis suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find next match</source>
        <translation>Nächsten Treffer suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Select evidence to preview it.</source>
        <translation>Einen Nachweis auswählen, um seine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>The content of “%1” cannot be read here.</source>
        <translation>Der Inhalt von „%1“ kann hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Over %1, so shown as plain text, not pretty-printed.</source>
        <translation>Größer als %1, daher als reiner Text angezeigt, nicht formatiert.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No preview for %1; use Open or Save as.</source>
        <translation>Keine Vorschau für %1; „Öffnen“ oder „Speichern unter“ verwenden.</translation>
    </message>
    <message>
        <source>this content</source>
        <translation>diesen Inhalt</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Could not read page %1 of “%2”: %3</source>
        <translation>Seite %1 von „%2“ konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at byte %2), so shown as plain text.</source>
        <translation>Kein gültiges JSON (%1 bei Byte %2), daher als reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>“%1” is %2; images over %3 are not previewed. Use Open or Save as.</source>
        <translation>„%1“ ist %2 groß; für Bilder über %3 gibt es keine Vorschau. „Öffnen“ oder „Speichern unter“ verwenden.</translation>
    </message>
    <message>
        <source>The size of “%1” cannot be read from its header (%2), so it is not previewed. Use Open or Save as.</source>
        <translation>Die Größe von „%1“ lässt sich nicht aus dem Header lesen (%2), daher gibt es keine Vorschau. „Öffnen“ oder „Speichern unter“ verwenden.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels; images over %4 pixels on a side or %5 megapixels are not previewed. Use Open or Save as.</source>
        <translation>„%1“ hat %2 × %3 Pixel; für Bilder mit mehr als %4 Pixeln Seitenlänge oder mehr als %5 Megapixeln gibt es keine Vorschau. „Öffnen“ oder „Speichern unter“ verwenden.</translation>
    </message>
    <message>
        <source>“%1” could not be decoded: %2</source>
        <translation>„%1“ konnte nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Continued from the start.</source>
        <translation>Am Anfang fortgesetzt.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not read page %1: %2</source>
        <translation>Seite %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Continued from the first page.</source>
        <translation>Ab der ersten Seite fortgesetzt.</translation>
    </message>
    <message>
        <source>Searching page %1 of %2…</source>
        <translation>Seite %1 von %2 wird durchsucht…</translation>
    </message>
</context>
<context>
    <name>gl::GateMatrixModel</name>
    <message>
        <source>✔ Complete</source>
        <translation>✔ Vollständig</translation>
    </message>
    <message>
        <source>◑ In progress</source>
        <translation>◑ In Arbeit</translation>
    </message>
    <message>
        <source>✖ Blocked</source>
        <translation>✖ Blockiert</translation>
    </message>
    <message>
        <source>○ Not started</source>
        <translation>○ Nicht begonnen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1
%2 of %3 items done (passed, waived or not applicable); %4 in progress, %5 not started.</source>
        <translation>%1
%2 von %3 Punkten erledigt (bestanden, Ausnahme genehmigt oder nicht zutreffend); %4 in Arbeit, %5 nicht begonnen.</translation>
    </message>
    <message>
        <source>A blocker item is failed or blocked.</source>
        <translation>Ein Blocker-Punkt ist fehlgeschlagen oder blockiert.</translation>
    </message>
    <message>
        <source>Requires the previous gate to be complete.</source>
        <translation>Setzt ein vollständiges vorheriges Gate voraus.</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Uneindeutig</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>gl::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n Änderung, die neueste zuerst.</numerusform>
            <numerusform>%n Änderungen, die neuesten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Checklist</source>
        <translation>Checkliste importieren</translation>
    </message>
    <message>
        <source>A Markdown checklist (.md)</source>
        <translation>Eine Markdown-Checkliste (.md)</translation>
    </message>
    <message>
        <source>Taken from the file</source>
        <translation>Aus der Datei übernommen</translation>
    </message>
    <message>
        <source>What the import will create</source>
        <translation>Was der Import anlegen wird</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Importwarnungen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Release &amp;name:</source>
        <translation>Release-&amp;Name:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Release name</source>
        <translation>Release-Name</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <source>Markdown checklists (*.md *.markdown);;All files (*)</source>
        <translation>Markdown-Checklisten (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a checklist to see what it contains. Nothing is written until you import.</source>
        <translation>Eine Checkliste wählen, um ihren Inhalt zu sehen. Geschrieben wird erst beim Importieren.</translation>
    </message>
    <message>
        <source>Gates (%1)</source>
        <translation>Gates (%1)</translation>
    </message>
    <message>
        <source>Metrics (%1)</source>
        <translation>Kennzahlen (%1)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1, gefordert %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> (blocker)</source>
        <translation> (Blocker)</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>Decision criteria (%1)</source>
        <translation>Entscheidungskriterien (%1)</translation>
    </message>
    <message>
        <source>%1 GO, %2 NO-GO</source>
        <translation>%1 GO, %2 NO-GO</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&amp;Warnings (%1)</source>
        <translation>&amp;Warnungen (%1)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n group(s)</source>
        <extracomment>%1 is &quot;N items&quot;</extracomment>
        <translation>
            <numerusform>%1 in %n Gruppe</numerusform>
            <numerusform>%1 in %n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s)</source>
        <translation>
            <numerusform>%n Gate</numerusform>
            <numerusform>%n Gates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GO criterion/criteria</source>
        <translation>
            <numerusform>%n GO-Kriterium</numerusform>
            <numerusform>%n GO-Kriterien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NO-GO criterion/criteria</source>
        <translation>
            <numerusform>%n NO-GO-Kriterium</numerusform>
            <numerusform>%n NO-GO-Kriterien</numerusform>
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
        <source>“%1”: %2.</source>
        <extracomment>%1 is the release name, %2 the list of counts</extracomment>
        <translation>„%1“: %2.</translation>
    </message>
</context>
<context>
    <name>gl::InlineBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
</context>
<context>
    <name>gl::InspectorPane</name>
    <message>
        <source>&amp;Blocks the release when failed or blocked</source>
        <translation>Bl&amp;ockiert das Release bei Fehlschlag/Blockade</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Comma separated: Backend, QA</source>
        <translation>Durch Kommas getrennt: Backend, QA</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>One command per line</source>
        <translation>Ein Befehl pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>D&amp;etails:</translation>
    </message>
    <message>
        <source>C&amp;ommands:</source>
        <translation>Be&amp;fehle:</translation>
    </message>
    <message>
        <source>&amp;Pass criteria:</source>
        <translation>E&amp;rfolgskriterien:</translation>
    </message>
    <message>
        <source>Evidence e&amp;xpected:</source>
        <translation>Erwarteter Nach&amp;weis:</translation>
    </message>
    <message>
        <source>O&amp;wners:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Compo&amp;nent:</source>
        <translation>Kom&amp;ponente:</translation>
    </message>
    <message>
        <source>&amp;CI job:</source>
        <translation>CI-&amp;Job:</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <source>Waiver &amp;until:</source>
        <translation>Ausnah&amp;me bis:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation>Eine Ausnahme braucht einen Grund.</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Kein Punkt ausgewählt</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not changed since import</source>
        <translation>Seit dem Import unverändert</translation>
    </message>
    <message>
        <source>Unsaved changes: Apply, or leave the pane.</source>
        <translation>Ungespeicherte Änderungen: „Übernehmen“ wählen oder den Bereich verlassen.</translation>
    </message>
    <message>
        <source>HTTP probe: %1 %2, expects status %3</source>
        <translation>HTTP-Prüfung: %1 %2, erwartet Status %3</translation>
    </message>
    <message>
        <source>“%1” cannot run: %2</source>
        <translation>„%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>“%1” runs through /bin/sh -c: %2</source>
        <translation>„%1“ läuft über /bin/sh -c: %2</translation>
    </message>
    <message>
        <source>Imported: needs approval before it runs.</source>
        <translation>Importiert: braucht vor dem Ausführen eine Freigabe.</translation>
    </message>
    <message>
        <source>Imported and approved.</source>
        <translation>Importiert und freigegeben.</translation>
    </message>
    <message>
        <source>Regular expression checked against the output (optional)</source>
        <translation>Regulärer Ausdruck, gegen die Ausgabe geprüft (optional)</translation>
    </message>
    <message>
        <source>Output must match</source>
        <translation>Ausgabe muss passen</translation>
    </message>
    <message>
        <source>Output must not match</source>
        <translation>Ausgabe darf nicht passen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Release default</source>
        <translation>Vorgabe des Release</translation>
    </message>
    <message>
        <source>Expected exit code:</source>
        <translation>Erwarteter Exit-Code:</translation>
    </message>
    <message>
        <source>&amp;Match output:</source>
        <translation>Ausgabe &amp;prüfen:</translation>
    </message>
    <message>
        <source>Pattern rule</source>
        <translation>Musterregel</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Run &amp;history:</source>
        <translation>&amp;Verlauf der Läufe:</translation>
    </message>
    <message>
        <source>Re&amp;quires evidence</source>
        <translation>Nachweis erforder&amp;lich</translation>
    </message>
    <message>
        <source>Newer than the item&apos;s last chan&amp;ge</source>
        <translation>Neuer als die letzte &amp;Änderung des Punkts</translation>
    </message>
    <message>
        <source>Passing the item without a reason needs evidence that is not missing or stale</source>
        <translation>Um den Punkt ohne Grund auf „Bestanden“ zu setzen, ist ein vorhandener, nicht veralteter Nachweis nötig</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Evidence added before the item last changed (what it asks, not its status) is stale</source>
        <translation>Ein Nachweis, der vor der letzten Änderung des Punkts (an seinen Anforderungen, nicht am Status) hinzugefügt wurde, gilt als veraltet</translation>
    </message>
    <message>
        <source>Requires evidence</source>
        <translation>Nachweis erforderlich</translation>
    </message>
    <message>
        <source>No o&amp;lder than:</source>
        <translation>Ma&amp;ximales Alter:</translation>
    </message>
    <message>
        <source>Newer than the item&apos;s last change</source>
        <translation>Neuer als die letzte Änderung des Punkts</translation>
    </message>
    <message>
        <source>A group&apos;s status rolls up from its items, which also carry its evidence.</source>
        <translation>Der Status einer Gruppe ergibt sich aus den enthaltenen Punkten; dort liegen auch die Nachweise.</translation>
    </message>
    <message>
        <source>Fields of the selected item</source>
        <translation>Felder des ausgewählten Punkts</translation>
    </message>
    <message>
        <source>https://… (an HTTP check instead of commands)</source>
        <translation>https://… (eine HTTP-Prüfung statt Befehlen)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>HTTP probe:</source>
        <translation>HTTP-Prüfung:</translation>
    </message>
    <message>
        <source>Probe method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Expected status:</source>
        <translation>Erwarteter Status:</translation>
    </message>
    <message>
        <source>Slowest answer:</source>
        <translation>Langsamste Antwort:</translation>
    </message>
    <message>
        <source>Body contains:</source>
        <translation>Antwort enthält:</translation>
    </message>
    <message>
        <source>Probe timeout:</source>
        <translation>Zeitlimit der Prüfung:</translation>
    </message>
</context>
<context>
    <name>gl::MainWindow</name>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Checklist…</source>
        <translation>Checkliste &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Releases</source>
        <translation>&amp;Releases anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Inspector</source>
        <translation>&amp;Inspektor anzeigen</translation>
    </message>
    <message>
        <source>Go to Re&amp;leases</source>
        <translation>Zu Re&amp;leases wechseln</translation>
    </message>
    <message>
        <source>Go to &amp;Gates</source>
        <translation>Zu &amp;Gates wechseln</translation>
    </message>
    <message>
        <source>Go to &amp;Metrics</source>
        <translation>Zu &amp;Kennzahlen wechseln</translation>
    </message>
    <message>
        <source>Go to &amp;Checklist</source>
        <translation>Zur &amp;Checkliste wechseln</translation>
    </message>
    <message>
        <source>Go to I&amp;nspector</source>
        <translation>Zum I&amp;nspektor wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>&amp;Über Greenlight</translation>
    </message>
    <message>
        <source>The demo release could not be added: %1</source>
        <translation>Das Demo-Release konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>This workspace has no releases yet. Import a checklist with File → Import Checklist (Ctrl+I).</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Releases. Checklisten lassen sich über Datei → Checkliste importieren (Strg+I) einlesen.</translation>
    </message>
    <message>
        <source>Open a workspace before importing.</source>
        <translation>Vor dem Importieren einen Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Greenlight workspaces (*.greenlight);;All files (*)</source>
        <translation>Greenlight-Arbeitsbereiche (*.greenlight);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation>Über Greenlight</translation>
    </message>
    <message>
        <source>Greenlight %1

A release readiness console: checklists, metrics and decision criteria in one workspace file, with a suggested GO / NO-GO.</source>
        <translation>Greenlight %1

Eine Konsole für die Release-Bereitschaft: Checklisten, Kennzahlen und Entscheidungskriterien in einer Arbeitsbereichsdatei, mit einem vorgeschlagenen GO / NO-GO.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>%1 – Greenlight</source>
        <translation>%1 – Greenlight</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Ending the running commands before closing…</source>
        <translation>Laufende Befehle werden vor dem Schließen beendet…</translation>
    </message>
    <message>
        <source>Commands are running in this workspace; cancel them (Ctrl+.) first.</source>
        <translation>In diesem Arbeitsbereich laufen Befehle; brechen Sie sie zuerst ab (Strg+.).</translation>
    </message>
    <message>
        <source>Show &amp;Evidence</source>
        <translation>Nachweis&amp;e anzeigen</translation>
    </message>
    <message>
        <source>Go to &amp;Evidence</source>
        <translation>Zu Nach&amp;weisen wechseln</translation>
    </message>
    <message>
        <source>An evidence task is running in this workspace; cancel it first.</source>
        <translation>In diesem Arbeitsbereich läuft ein Nachweisvorgang; diesen zuerst abbrechen.</translation>
    </message>
    <message>
        <source>Show &amp;Sign-offs</source>
        <translation>A&amp;bnahmen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Ents&amp;cheidung</translation>
    </message>
    <message>
        <source>&amp;New Release…</source>
        <translation>&amp;Neues Release…</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation>Die Vorlage %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>S&amp;tart Page</source>
        <translation>S&amp;tartseite</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Reading the checklist</source>
        <translation>Checkliste wird gelesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>gl::MetricTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation>✔ Erfüllt</translation>
    </message>
    <message>
        <source>✖ Not met</source>
        <translation>✖ Nicht erfüllt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Double-click or press F2 to record the current value (for example 71.3% or Leaking).</source>
        <translation>Doppelklicken oder F2 drücken, um den aktuellen Wert zu erfassen (zum Beispiel 71.3% oder Leaking).</translation>
    </message>
    <message>
        <source>“%1” is not a number, so it cannot meet the requirement.</source>
        <translation>„%1“ ist keine Zahl und kann die Anforderung daher nicht erfüllen.</translation>
    </message>
    <message>
        <source>While this metric is not met the release cannot go ahead.</source>
        <translation>Solange diese Kennzahl nicht erfüllt ist, kann das Release nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>gl::NewReleaseDialog</name>
    <message>
        <source>New Release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Copy an earlier release (structure kept, statuses reset)</source>
        <translation>Früheres Release kopieren (Aufbau bleibt, Status werden zurückgesetzt)</translation>
    </message>
    <message>
        <source>Release name</source>
        <translation>Name des Release</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Ausgehen von:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>gl::ProbeRunner</name>
    <message>
        <source>not a valid URL: “%1”</source>
        <translation>keine gültige URL: „%1“</translation>
    </message>
    <message>
        <source>only http and https URLs can be probed, not “%1”</source>
        <translation>nur http- und https-URLs können geprüft werden, nicht „%1“</translation>
    </message>
    <message>
        <source>the URL “%1” names no host</source>
        <translation>die URL „%1“ nennt keinen Host</translation>
    </message>
    <message>
        <source>a probe sends GET or HEAD, not “%1”</source>
        <translation>eine Prüfung sendet GET oder HEAD, nicht „%1“</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>redirect to another origin refused: %1</source>
        <translation>Weiterleitung zu einem anderen Ursprung abgelehnt: %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitlimit nach %1 ms überschritten</translation>
    </message>
    <message>
        <source>expected status %1, got %2</source>
        <translation>Status %1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>took %1 ms, more than %2 ms</source>
        <translation>dauerte %1 ms, mehr als %2 ms</translation>
    </message>
    <message>
        <source>the first %1 MiB of the body do not contain “%2”</source>
        <translation>die ersten %1 MiB des Antwortinhalts enthalten „%2“ nicht</translation>
    </message>
    <message>
        <source>the body does not contain “%1”</source>
        <translation>der Antwortinhalt enthält „%1“ nicht</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection before the whole response arrived</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die vollständige Antwort eingetroffen ist</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>[first %1 bytes shown; reading stopped after %2 bytes]</source>
        <translation>[erste %1 Bytes angezeigt; Lesen nach %2 Bytes beendet]</translation>
    </message>
    <message>
        <source>[first %1 of %2 bytes shown]</source>
        <translation>[erste %1 von %2 Bytes angezeigt]</translation>
    </message>
</context>
<context>
    <name>gl::ReadinessMatrixView</name>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Entscheidungskriterien</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <source>No metrics in this release. They come from a table with Current and Required columns.</source>
        <translation>Dieses Release hat keine Kennzahlen. Sie stammen aus einer Tabelle mit den Spalten „Current“ und „Required“.</translation>
    </message>
    <message>
        <source>Cr&amp;iteria</source>
        <translation>Kr&amp;iterien</translation>
    </message>
    <message>
        <source>No GO or NO-GO criteria in this release. They come from lists under headings that name GO or NO-GO criteria.</source>
        <translation>Dieses Release hat keine GO- oder NO-GO-Kriterien. Sie stammen aus Listen unter Überschriften, die GO- oder NO-GO-Kriterien nennen.</translation>
    </message>
    <message>
        <source>&amp;Gates</source>
        <translation>&amp;Gates</translation>
    </message>
    <message>
        <source>This release has no metrics and no GO / NO-GO criteria.</source>
        <translation>Dieses Release hat weder Kennzahlen noch GO-/NO-GO-Kriterien.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>gl::ReadinessTrendChart</name>
    <message>
        <source>The trend appears once the release has changed.</source>
        <translation>Der Verlauf erscheint, sobald sich das Release geändert hat.</translation>
    </message>
    <message>
        <source>Readiness and open blockers over time</source>
        <translation>Bereitschaft und offene Blocker im Zeitverlauf</translation>
    </message>
    <message>
        <source>Readiness %</source>
        <translation>Bereitschaft in %</translation>
    </message>
    <message>
        <source>Open blockers</source>
        <translation>Offene Blocker</translation>
    </message>
</context>
<context>
    <name>gl::ReleaseDocument</name>
    <message>
        <source>No release is open.</source>
        <translation>Es ist kein Release geöffnet.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Item %1 is not in this release.</source>
        <translation>Punkt %1 gehört nicht zu diesem Release.</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Metric %1 is not in this release.</source>
        <translation>Kennzahl %1 gehört nicht zu diesem Release.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Criterion %1 is not in this release.</source>
        <translation>Kriterium %1 gehört nicht zu diesem Release.</translation>
    </message>
    <message>
        <source>Mark “%1” as holding</source>
        <translation>„%1“ als zutreffend markieren</translation>
    </message>
    <message>
        <source>Mark “%1” as not holding</source>
        <translation>„%1“ als nicht zutreffend markieren</translation>
    </message>
    <message>
        <source>Metric “%1” needs a value.</source>
        <translation>Kennzahl „%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>“%1” is the first of its list: there is no item above it to go under.</source>
        <translation>„%1“ steht als Erstes in seiner Liste: Es gibt keinen Punkt darüber, unter den es rücken könnte.</translation>
    </message>
    <message>
        <source>“%1” is at the top level of its gate already.</source>
        <translation>„%1“ steht bereits auf der obersten Ebene seines Gates.</translation>
    </message>
    <message>
        <source>Add gate “%1”</source>
        <translation>Gate „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Gate %1 is not in this release.</source>
        <translation>Gate %1 gehört nicht zu diesem Release.</translation>
    </message>
    <message>
        <source>Remove gate “%1”</source>
        <translation>Gate „%1“ entfernen</translation>
    </message>
    <message>
        <source>Move gate “%1”</source>
        <translation>Gate „%1“ verschieben</translation>
    </message>
    <message>
        <source>Edit gate “%1”</source>
        <translation>Gate „%1“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Set %n item(s) to %1</source>
        <translation>
            <numerusform>%n Punkt auf %1 setzen</numerusform>
            <numerusform>%n Punkte auf %1 setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ReleaseListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation>%1
Importiert aus %2</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>gl::RequirementDialog</name>
    <message>
        <source>Require Sign-off</source>
        <translation>Abnahme verlangen</translation>
    </message>
    <message>
        <source>Who must sign “%1” before it can be decided without an override. A count of 0 removes the requirement.</source>
        <translation>Wer „%1“ abnehmen muss, bevor ohne Übersteuerung entschieden werden kann. Die Anzahl 0 hebt die Anforderung auf.</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Wie viele:</translation>
    </message>
</context>
<context>
    <name>gl::RunConsole</name>
    <message>
        <source>Run output</source>
        <translation>Ausgabe des Laufs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Follow Output</source>
        <translation>Ausgabe &amp;folgen</translation>
    </message>
</context>
<context>
    <name>gl::RunConsolePane</name>
    <message>
        <source>No runs yet. Run an item and its output appears here.</source>
        <translation>Noch keine Läufe. Wird ein Punkt ausgeführt, erscheint seine Ausgabe hier.</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest output in view (End); scrolling up stops it</source>
        <translation>Die neueste Ausgabe im Blick behalten (Ende); Hochscrollen beendet das</translation>
    </message>
    <message>
        <source>Strip Colours</source>
        <translation>Farben entfernen</translation>
    </message>
    <message>
        <source>Show the output without the colours the command printed</source>
        <translation>Die Ausgabe ohne die vom Befehl ausgegebenen Farben anzeigen</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Copy the whole output of this run</source>
        <translation>Die gesamte Ausgabe dieses Laufs kopieren</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Beendete schließen</translation>
    </message>
    <message>
        <source>Close the tabs of every run that has ended</source>
        <translation>Die Tabs aller beendeten Läufe schließen</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stop this run and every process it started</source>
        <translation>Diesen Lauf und alle von ihm gestarteten Prozesse beenden</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Find in output</source>
        <translation>In der Ausgabe suchen</translation>
    </message>
    <message>
        <source>Ctrl+F; Enter for the next match, Shift+Enter for the previous one</source>
        <translation>Strg+F; Eingabe für den nächsten Treffer, Umschalt+Eingabe für den vorherigen</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>run title, elapsed time</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>run title, state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match number, match count</comment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>gl::RunController</name>
    <message>
        <source>Run Console</source>
        <translation>Laufkonsole</translation>
    </message>
    <message>
        <source>Run &amp;Selected Items</source>
        <translation>&amp;Ausgewählte Punkte ausführen</translation>
    </message>
    <message>
        <source>Run &amp;Gate</source>
        <translation>&amp;Gate ausführen</translation>
    </message>
    <message>
        <source>Run &amp;Release</source>
        <translation>&amp;Release ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Runs</source>
        <translation>Läufe a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Run Se&amp;ttings…</source>
        <translation>Lauf&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Run the commands of the selected items (Ctrl+R)</source>
        <translation>Die Befehle der ausgewählten Punkte ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Run every item of the selected gate (Ctrl+Shift+R)</source>
        <translation>Alle Punkte des ausgewählten Gates ausführen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Run every gate in order (F5)</source>
        <translation>Alle Gates der Reihe nach ausführen (F5)</translation>
    </message>
    <message>
        <source>End every running command (Ctrl+.)</source>
        <translation>Alle laufenden Befehle beenden (Strg+.)</translation>
    </message>
    <message>
        <source>Select the items to run in the checklist first.</source>
        <translation>Zuerst die auszuführenden Punkte in der Checkliste auswählen.</translation>
    </message>
    <message>
        <source>Select a gate first.</source>
        <translation>Zuerst ein Gate auswählen.</translation>
    </message>
    <message>
        <source>Nothing to run: none of these items has commands or a probe.</source>
        <translation>Nichts auszuführen: Keiner dieser Punkte hat Befehle oder eine Prüfung.</translation>
    </message>
    <message>
        <source>Not run: %1. %2</source>
        <translation>Nicht ausgeführt: %1. %2</translation>
    </message>
    <message>
        <source>The run of “%1” was not recorded: %2</source>
        <translation>Der Lauf von „%1“ wurde nicht erfasst: %2</translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation>Der Lauf konnte nicht starten.</translation>
    </message>
    <message>
        <source>log SHA-256 %1</source>
        <translation>Log-SHA-256 %1</translation>
    </message>
    <message>
        <source>Run finished: %1 passed, %2 failed, %3 cancelled, %4 blocked.</source>
        <translation>Lauf beendet: %1 bestanden, %2 fehlgeschlagen, %3 abgebrochen, %4 blockiert.</translation>
    </message>
    <message>
        <source>Show Run &amp;Console</source>
        <translation>Laufk&amp;onsole anzeigen</translation>
    </message>
    <message>
        <source>Items run so far</source>
        <translation>Bisher ausgeführte Punkte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the runs (Ctrl+.)</source>
        <translation>Die Läufe abbrechen (Strg+.)</translation>
    </message>
    <message numerus="yes">
        <source>Running: %1 of %n item(s) done</source>
        <translation>
            <numerusform>Läuft: %1 von %n Punkt erledigt</numerusform>
            <numerusform>Läuft: %1 von %n Punkten erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::RunHistoryView</name>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Log SHA-256</source>
        <translation>Log-SHA-256</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Log: %1 bytes, SHA-256 %2</source>
        <translation>Log: %1 Bytes, SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 bytes of output over the cap were not kept</source>
        <translation>%1 Bytes Ausgabe über der Grenze wurden nicht aufbewahrt</translation>
    </message>
</context>
<context>
    <name>gl::RunSession</name>
    <message>
        <source>release “%1” has no gate “%2”</source>
        <translation>Release „%1“ hat kein Gate „%2“</translation>
    </message>
    <message>
        <source>“%1” names %2 gates; use the gate id</source>
        <translation>„%1“ bezeichnet %2 Gates; die Gate-ID verwenden</translation>
    </message>
    <message>
        <source>release “%1” has no item %2</source>
        <translation>Release „%1“ hat keinen Punkt %2</translation>
    </message>
    <message>
        <source>item %1 “%2” has no commands or probe to run</source>
        <translation>Punkt %1 „%2“ hat keine Befehle oder Prüfung zum Ausführen</translation>
    </message>
    <message>
        <source>release “%1” has no gate %2</source>
        <translation>Release „%1“ hat kein Gate %2</translation>
    </message>
    <message>
        <source>release “%1” has no working folder: choose one in the release settings (greenlight settings RELEASE --working-folder DIR)</source>
        <translation>Release „%1“ hat keinen Arbeitsordner: einen in den Release-Einstellungen wählen (greenlight settings RELEASE --working-folder DIR)</translation>
    </message>
    <message>
        <source>the working folder “%1” of release “%2” does not exist</source>
        <translation>der Arbeitsordner „%1“ von Release „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>gate “%1” requires “%2” to be complete first</source>
        <translation>Gate „%1“ setzt voraus, dass „%2“ zuerst abgeschlossen ist</translation>
    </message>
</context>
<context>
    <name>gl::RunSettingsDialog</name>
    <message>
        <source>Run settings of %1</source>
        <translation>Laufeinstellungen von %1</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>Folder the commands run in</source>
        <translation>Ordner, in dem die Befehle laufen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Timeout per item</source>
        <translation>Zeitlimit pro Punkt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Output kept per run</source>
        <translation>Aufbewahrte Ausgabe pro Lauf</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Env file</source>
        <translation>Env-Datei</translation>
    </message>
    <message>
        <source>KEY=VALUE file, relative to the working folder; read at each run, never stored</source>
        <translation>KEY=VALUE-Datei, relativ zum Arbeitsordner; bei jedem Lauf gelesen, nie gespeichert</translation>
    </message>
    <message>
        <source>Secret markers</source>
        <translation>Geheimnis-Kennzeichen</translation>
    </message>
    <message>
        <source>Values of env file keys containing one of these are shown as *** everywhere.</source>
        <translation>Werte von Env-Datei-Schlüsseln, die eines davon enthalten, werden überall als *** angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>&amp;Arbeitsordner:</translation>
    </message>
    <message>
        <source>&amp;Timeout per item:</source>
        <translation>&amp;Zeitlimit pro Punkt:</translation>
    </message>
    <message>
        <source>&amp;Output kept per run:</source>
        <translation>Aufbewahrte A&amp;usgabe pro Lauf:</translation>
    </message>
    <message>
        <source>&amp;Env file:</source>
        <translation>&amp;Env-Datei:</translation>
    </message>
    <message>
        <source>&amp;Secret markers:</source>
        <translation>&amp;Geheimnis-Kennzeichen:</translation>
    </message>
    <message>
        <source>The working folder must be an existing folder, given as an absolute path.</source>
        <translation>Der Arbeitsordner muss ein vorhandener Ordner sein, angegeben als absoluter Pfad.</translation>
    </message>
    <message>
        <source>Name at least one secret marker, such as TOKEN.</source>
        <translation>Mindestens ein Geheimnis-Kennzeichen angeben, etwa TOKEN.</translation>
    </message>
</context>
<context>
    <name>gl::SignOffController</name>
    <message>
        <source>Sign-offs and Decision</source>
        <translation>Abnahmen und Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Sign Release…</source>
        <translation>Release &amp;abnehmen…</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>Entscheidung &amp;festhalten…</translation>
    </message>
    <message>
        <source>Re&amp;open Release…</source>
        <translation>Release &amp;wieder öffnen…</translation>
    </message>
    <message>
        <source>Release &amp;History…</source>
        <translation>&amp;Verlauf des Release…</translation>
    </message>
    <message>
        <source>&amp;Item History…</source>
        <translation>Verlauf des &amp;Punkts…</translation>
    </message>
    <message>
        <source>%1 (%2) signed: %3.</source>
        <translation>%1 (%2) hat abgenommen: %3.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 signed</source>
        <translation>%1: %2 von %3 abgenommen</translation>
    </message>
    <message>
        <source>%1&apos;s sign-off is invalid</source>
        <translation>die Abnahme von %1 ist ungültig</translation>
    </message>
    <message>
        <source>%1&apos;s sign-off is stale</source>
        <translation>die Abnahme von %1 ist veraltet</translation>
    </message>
    <message>
        <source>%1 recorded; authorization code %2. The release is frozen until it is reopened.</source>
        <translation>%1 festgehalten; Freigabecode %2. Das Release ist eingefroren, bis es wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Why is the release reopened? The decision in force is marked superseded and stays in the history.</source>
        <translation>Warum wird das Release wieder geöffnet? Die geltende Entscheidung wird als abgelöst markiert und bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>The release is open for changes again; the decision is superseded.</source>
        <translation>Das Release kann wieder geändert werden; die Entscheidung ist abgelöst.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Mitigation marked done.</source>
        <translation>Maßnahme als erledigt markiert.</translation>
    </message>
    <message>
        <source>Mitigation status changed.</source>
        <translation>Status der Maßnahme geändert.</translation>
    </message>
    <message>
        <source>Add S&amp;takeholder…</source>
        <translation>S&amp;takeholder hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;quire Sign-off…</source>
        <translation>Abnahme ver&amp;langen…</translation>
    </message>
    <message>
        <source>Nobody can sign yet: add the people who sign first (Decision → Add Stakeholder).</source>
        <translation>Noch kann niemand abnehmen: zuerst die abnehmenden Personen hinzufügen (Entscheidung → Stakeholder hinzufügen).</translation>
    </message>
    <message>
        <source>%1 (%2) can sign now; key fingerprint %3.</source>
        <translation>%1 (%2) kann jetzt abnehmen; Fingerabdruck des Schlüssels %3.</translation>
    </message>
    <message>
        <source>%1 no longer has to sign.</source>
        <translation>%1 muss nicht mehr abnehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 sign-off(s) required.</source>
        <translation>
            <numerusform>%n Abnahme durch %1 erforderlich.</numerusform>
            <numerusform>%n Abnahmen durch %1 erforderlich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a stakeholder already.</source>
        <translation>%1 ist bereits Stakeholder.</translation>
    </message>
</context>
<context>
    <name>gl::SignOffDialog</name>
    <message>
        <source>Sign “%1”</source>
        <translation>„%1“ abnehmen</translation>
    </message>
    <message>
        <source>You sign the release exactly as it is now (state %1…). Any later change makes the signature stale until you sign again.</source>
        <translation>Sie nehmen das Release genau im jetzigen Stand ab (Stand %1…). Jede spätere Änderung macht die Signatur veraltet, bis Sie erneut abnehmen.</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>%1 (no key yet)</source>
        <translation>%1 (noch kein Schlüssel)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Stakeholder:</source>
        <translation>&amp;Stakeholder:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Bedeutung:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Abnehmen</translation>
    </message>
    <message>
        <source>The role the release still needs</source>
        <translation>Die Rolle, die dem Release noch fehlt</translation>
    </message>
</context>
<context>
    <name>gl::SignOffPane</name>
    <message>
        <source>Required sign-offs</source>
        <translation>Nötige Abnahmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nötig</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Abgenommen von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abnahmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Abnehmen…</translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation>Entscheidung &amp;festhalten…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Mark Mitigation Do&amp;ne</source>
        <translation>Maßnahme als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Sign-offs given</source>
        <translation>Erteilte Abnahmen</translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation>Kein Release geöffnet.</translation>
    </message>
    <message>
        <source>No decision recorded yet. The matrix suggests %1.</source>
        <translation>Noch keine Entscheidung festgehalten. Die Matrix schlägt %1 vor.</translation>
    </message>
    <message>
        <source>%1 recorded by %2 on %3. Authorization code %4.</source>
        <translation>%1 festgehalten von %2 am %3. Freigabecode %4.</translation>
    </message>
    <message>
        <source>Superseded on %1 by %2: %3</source>
        <translation>Abgelöst am %1 durch %2: %3</translation>
    </message>
    <message>
        <source>The release is frozen until it is reopened.</source>
        <translation>Das Release ist eingefroren, bis es wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Erfüllt</translation>
    </message>
    <message numerus="yes">
        <source>✗ Missing %n</source>
        <translation>
            <numerusform>✗ Es fehlt %n</numerusform>
            <numerusform>✗ Es fehlen %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No sign-offs are required for this release.</source>
        <translation>Für dieses Release sind keine Abnahmen nötig.</translation>
    </message>
    <message>
        <source>✗ Invalid: %1</source>
        <translation>✗ Ungültig: %1</translation>
    </message>
    <message>
        <source>⚠ Stale: changed since</source>
        <translation>⚠ Veraltet: seitdem geändert</translation>
    </message>
    <message>
        <source>Replaced by a later sign-off</source>
        <translation>Durch eine spätere Abnahme ersetzt</translation>
    </message>
    <message>
        <source>Valid, not counted: %1</source>
        <translation>Gültig, zählt nicht: %1</translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation>✓ Gültig</translation>
    </message>
    <message>
        <source>Key %1
Comment: %2</source>
        <translation>Schlüssel %1
Kommentar: %2</translation>
    </message>
    <message>
        <source>Acceptance: %1</source>
        <translation>Abnahmekriterium: %1</translation>
    </message>
    <message>
        <source>⚠ Overdue (due %1)</source>
        <translation>⚠ Überfällig (fällig am %1)</translation>
    </message>
</context>
<context>
    <name>gl::StakeholderDialog</name>
    <message>
        <source>Add Stakeholder</source>
        <translation>Stakeholder hinzufügen</translation>
    </message>
    <message>
        <source>Their signing key is made now and kept in this computer&apos;s configuration folder, sealed with the passphrase; the workspace keeps only the public half. They type the passphrase each time they sign.</source>
        <translation>Der Signaturschlüssel wird jetzt erzeugt und im Konfigurationsordner dieses Rechners abgelegt, mit der Passphrase versiegelt; der Arbeitsbereich behält nur den öffentlichen Teil. Die Passphrase wird bei jeder Abnahme eingegeben.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Den Namen der Person angeben.</translation>
    </message>
    <message>
        <source>Give the role they sign as.</source>
        <translation>Die Rolle angeben, in der sie abnimmt.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>gl::StartPage</name>
    <message>
        <source>&amp;New Release…</source>
        <translation>&amp;Neues Release…</translation>
    </message>
    <message>
        <source>I&amp;mport Checklist…</source>
        <translation>Checkliste i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Releases of this workspace</source>
        <translation>Releases dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Recorded decision</source>
        <translation>Festgehaltene Entscheidung</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abnahmen</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Start a release from a template or as a copy of an earlier one</source>
        <translation>Ein Release aus einer Vorlage oder als Kopie eines früheren beginnen</translation>
    </message>
    <message>
        <source>Make a release of a Markdown checklist</source>
        <translation>Aus einer Markdown-Checkliste ein Release machen</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Releases in %1</source>
        <translation>Releases in %1</translation>
    </message>
    <message>
        <source>✔ %1, %2</source>
        <translation>✔ %1, %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht festgehalten</translation>
    </message>
    <message>
        <source>None required</source>
        <translation>Keine erforderlich</translation>
    </message>
    <message>
        <source>✔ %1 of %2 signed</source>
        <translation>✔ %1 von %2 abgenommen</translation>
    </message>
    <message>
        <source>✗ %1 of %2 signed; missing: %3</source>
        <translation>✗ %1 von %2 abgenommen; es fehlt: %3</translation>
    </message>
    <message numerus="yes">
        <source>; %n stale</source>
        <translation>
            <numerusform>; %n veraltet</numerusform>
            <numerusform>; %n veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n überfällig</numerusform>
            <numerusform>⚠ %n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Keine offen</translation>
    </message>
    <message>
        <source>No release yet: start one from a template, import a Markdown checklist, or open another workspace.</source>
        <translation>Noch kein Release: eines aus einer Vorlage beginnen, eine Markdown-Checkliste importieren oder einen anderen Arbeitsbereich öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n entschieden</numerusform>
            <numerusform>%n entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for sign-offs</source>
        <translation>
            <numerusform>%n wartet auf Abnahmen</numerusform>
            <numerusform>%n warten auf Abnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with overdue mitigations</source>
        <translation>
            <numerusform>%n mit überfälligen Maßnahmen</numerusform>
            <numerusform>%n mit überfälligen Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::StatusDelegate</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gl::StatusReasonDialog</name>
    <message>
        <source>Set status to %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <source>Why is “%1” waived, and until when does the waiver hold?</source>
        <translation>Warum gilt für „%1“ eine Ausnahme, und bis wann gilt sie?</translation>
    </message>
    <message>
        <source>What failed in “%1”?</source>
        <translation>Was ist bei „%1“ fehlgeschlagen?</translation>
    </message>
    <message>
        <source>What blocks “%1”?</source>
        <translation>Was blockiert „%1“?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Waiver expires on</source>
        <translation>Ausnahme läuft ab am</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Läuft ab am:</translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation>Eine Ausnahme braucht einen Grund.</translation>
    </message>
</context>
</TS>
