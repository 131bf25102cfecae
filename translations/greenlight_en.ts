<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BlobStore</name>
    <message>
        <source>%1: the stored content %2 is damaged: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content was added after it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content was finished twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up stored content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading stored content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored content with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes were read where %2 were stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 is %1, %2 was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing unused content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content was finished without its hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistAssembler</name>
    <message>
        <source>A code block without a language reads as text, not commands; kept as notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemReader</name>
    <message>
        <source>Untitled item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1” kept in the details; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Blocker: %1” is neither yes nor no; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver expiry “%1” is not a date (YYYY-MM-DD); ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is checked but has %n unchecked item(s)</source>
        <translation>
            <numerusform>“%1” is checked but has %n unchecked item</numerusform>
            <numerusform>“%1” is checked but has %n unchecked items</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is waived without a reason and an expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown probe setting “%1” ignored; known: status 200, within 500 ms, timeout 10 s, body contains `text`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Probe:” on “%1” kept in the details: the item has no plain `curl -f URL` check to apply it to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>missing value after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages, e.g. de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: greenlight [--db FILE] VERB [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a verb, greenlight opens its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the arguments of one verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RELEASE is a release id or its unique name; ITEM an item id (see &apos;greenlight export RELEASE --json -&apos;) or its unique title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the verb failed, 2 bad arguments, unknown release, item or metric, or refused input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: greenlight [--db FILE] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments; expected: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;; see &apos;greenlight --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; before the verb; see &apos;greenlight --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace at %1 (import a checklist first, or pass --db FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;greenlight help %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holds yes|no is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holds takes yes or no, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criterion %2 &quot;%3&quot; holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 criterion %2 &quot;%3&quot; does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a GO or NO-GO criterion as holding or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is the criterion&apos;s id (see &apos;export --json&apos;). A GO criterion that holds is met; a NO-GO criterion that holds blocks the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --markdown OUT.md and --json OUT.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a release as a Markdown checklist or as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use - as the file name to write to stdout. The Markdown imports back to an equal release; the JSON holds every gate, item (with its id), metric and criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Markdown checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Markdown checklist as a new release; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings go to stderr as &apos;FILE:LINE: warning: ...&apos;. A file with no checklist, an empty, binary or oversized file is refused and the workspace is left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the release (default: the checklist&apos;s first heading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--value VALUE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a metric&apos;s current value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME is the metric&apos;s id or its unique name. VALUE is read like a table cell: 71.3%, 8.2/10, 465MB; a value that is not a number (Leaking) is kept as text and is not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No releases in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READINESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the releases: id, name, items, readiness and the suggested decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status STATUS is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires applies to --status waived only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status waived needs --reason TEXT and --expires YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the status of a checklist item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM is an item id or its unique title; only items without sub-items take a status. STATUS is one of: %1. A waiver needs a reason and an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: a failure message, a blocker, a waiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the item&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day a waiver is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no weighted metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 items done; target %4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCONCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAIVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DONE %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open blockers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps it from a better decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the readiness matrix, metrics, blockers and the suggested decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs needs a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env-file needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>greenlight: %n item(s) would run imported commands nobody has approved. Approve them in the window, or pass --trust to run them anyway:</source>
        <translation>
            <numerusform>greenlight: %n item would run imported commands nobody has approved. Approve them in the window, or pass --trust to run them anyway:</numerusform>
            <numerusform>greenlight: %n items would run imported commands nobody has approved. Approve them in the window, or pass --trust to run them anyway:</numerusform>
        </translation>
    </message>
    <message>
        <source>working folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to run: no selected item has commands or a probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run of “%1” was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenlight: cancelling; ending every running command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 cancelled, %4 blocked in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the commands and probes of a release, a gate or items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates run in order; a gate that requires the previous one waits until that one is complete, else its items become blocked. Inside a gate, items run in parallel up to --jobs. Each run is recorded with its log as evidence, and the item becomes passed or failed. Prints one line per item as it finishes and a summary. Exit codes: 0 when every item that ran passed, 1 when any failed, was blocked or was cancelled, 2 for bad arguments or refused input (such as imported commands nobody approved). SIGINT or SIGTERM cancels: every command&apos;s process tree ends and the runs are recorded as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this gate (id or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this item (id or unique title); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items run at once inside a gate (default: number of cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE file for this run instead of the release&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run imported commands even though nobody approved them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret markers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--working-folder: “%1” is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs whole seconds (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-cap needs MiB between 1 and 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-markers needs at least one marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change how a release runs its commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without options, prints the settings. Commands run in the working folder; the timeout applies to each item unless it sets its own; output past the cap keeps its head and tail. The env file (KEY=VALUE lines, relative to the working folder) is read at each run and never stored; values of keys containing a secret marker are masked as *** in logs, the console and exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the commands run in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds an item may run (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output kept per run, in MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE file passed to commands (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated parts of key names whose values are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(runs through /bin/sh -c: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>a single quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a double quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with a lone backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses a pipe (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chains commands with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirects input or output (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expands variables or commands (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches file names (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups commands (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the shell command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets a variable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expands the home folder (~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a comment (#)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell %1 is missing or not executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program “%1” is relative but no working folder is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program “%1” not found (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program “%1” is not an executable file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program “%1” not found in PATH (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleBuffer</name>
    <message>
        <source>[%1 of output not shown here: only the first and the last part of a run are kept]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRelease</name>
    <message>
        <source>The bundled demo template %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>expected KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid variable name (letters, digits and _, not starting with a digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 opens a quote that is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The env file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The env file %1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The env file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The env file %1 is larger than %2 KiB; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a binary file, not Markdown text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a binary file (it contains NUL bytes), not Markdown text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid UTF-8; %n byte(s) were read as Windows-1252.</source>
        <translation>
            <numerusform>The file is not valid UTF-8; %n byte was read as Windows-1252.</numerusform>
            <numerusform>The file is not valid UTF-8; %n bytes were read as Windows-1252.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is %1 MiB, over the limit of 16 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n piece(s) of text garbled by a wrong encoding (mojibake).</source>
        <translation>
            <numerusform>Repaired %n piece of text garbled by a wrong encoding (mojibake).</numerusform>
            <numerusform>Repaired %n pieces of text garbled by a wrong encoding (mojibake).</numerusform>
        </translation>
    </message>
    <message>
        <source>no gates, items or metrics found (no task lists, labelled items, shell blocks or metric tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricTableReader</name>
    <message>
        <source>“%1” is marked as met but %2 does not satisfy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is marked as not met but %2 satisfies %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassRule</name>
    <message>
        <source>Pass rule pattern “%1” is not a valid regular expression: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output does not match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output matches “%1”, which it must not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate &quot;%1&quot; is incomplete: %2 of %3 items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inconclusive</source>
        <translation>
            <numerusform>%n inconclusive</numerusform>
            <numerusform>%n inconclusive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n not started</numerusform>
            <numerusform>%n not started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired waiver</source>
        <translation>
            <numerusform>%n with an expired waiver</numerusform>
            <numerusform>%n with an expired waiver</numerusform>
        </translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONDITIONAL GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current %1, required %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker metric &quot;%1&quot; is not met: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot; is not met: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO criterion not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO criterion holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO criterion holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker item &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness %1 % is below the target of %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO: every gate is complete, every metric is met, every GO criterion holds and no NO-GO criterion holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONDITIONAL GO: no blocker is open and readiness %1 % reaches the target of %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NO-GO: %n blocker(s) open and readiness %1 % is below the target of %2 %.</source>
        <translation>
            <numerusform>NO-GO: %n blocker open and readiness %1 % is below the target of %2 %.</numerusform>
            <numerusform>NO-GO: %n blockers open and readiness %1 % is below the target of %2 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NO-GO: %n blocker(s) open.</source>
        <translation>
            <numerusform>NO-GO: %n blocker open.</numerusform>
            <numerusform>NO-GO: %n blockers open.</numerusform>
        </translation>
    </message>
    <message>
        <source>NO-GO: readiness %1 % is below the target of %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellBlockReader</name>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWorkspace</name>
    <message>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight cannot open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight workspaces (*.greenlight);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver gives no sqlite3 handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SQLite cannot use write-ahead logging for this file (journal mode stays &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not write the backup %2 before migrating: %3. The workspace was not migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has application_id 0x%1 and schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup %2 written before migrating failed its check (%3). The workspace was not migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged database: SQLite reports &quot;%2&quot;. The file was not changed; restore it from a backup (a .bak file next to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged database: SQLite&apos;s quick_check reports &quot;%2&quot;. The file was not changed; restore it from a backup (a .bak file next to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Greenlight workspace: it is the SQLite database of another application (application_id 0x%2). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Greenlight: schema %2, this build knows %3. Update Greenlight to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Greenlight workspace: it is not an SQLite database (it does not start with the SQLite header). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged database: it ends inside the 100-byte SQLite header. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Greenlight workspace: it is an SQLite database that holds tables of its own and has no Greenlight application_id. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration ladder must number its steps 1, 2, 3 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver (QSQLITE) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A backup taken before migrating is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: migrating to schema %2 (%3) failed, the file stays at schema %4. %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the gates of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the metrics of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the criteria of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release was given (an id or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release name &quot;%1&quot; is ambiguous in %2: it matches releases %3. Give the id or the exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release with the id or name &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item was given (an id or a title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item title &quot;%1&quot; is ambiguous in release %2: it matches items %3. Give the item&apos;s id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 has no item with the id or title &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric was given (an id or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric name &quot;%1&quot; is ambiguous in release %2: it matches metrics %3. Give the metric&apos;s id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 has no metric with the id or name &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion is given by its id (a number), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 has no criterion with the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release needs a name (none given for %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release needs a name: release %1 was not renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename release %1 to &quot;%2&quot;: release %3 already has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 &quot;%2&quot; is a group: its status rolls up from its children, so set the status of its items instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 &quot;%2&quot; cannot be waived without a reason: the reason is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 &quot;%2&quot; cannot be waived without an expiry date: the waiver expiry date is missing or not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the status of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 needs a title: the title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no metric with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no criterion with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the timeout must be 0 (the release&apos;s timeout) or a number of seconds, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the output pattern is not a valid regular expression: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the probe needs a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the probe needs a method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the probe&apos;s expected status must be an HTTP status (100 to 599), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the probe&apos;s latency limit and timeout cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: the timeout must be 0 (none) or a number of seconds, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: the output cap must be a number of bytes above 0, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: the working folder must be an absolute path, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: a secret marker is empty (it would mask every value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the run settings of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is a group: runs are recorded for the items in it, not for the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the log of a run of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a run of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: “%2” is not a run spec hash (64 lowercase hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is a group: approve the commands of the items in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approving the commands of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 “%2” is a link or a note: it has no stored content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 “%2” in %3 is damaged: its stored content has another SHA-256 than the one recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of item %1 must be of kind “command” or “probe”, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the run settings of release %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ChecklistTreeModel</name>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Pass: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rolled up from the %n items inside; change those.</source>
        <translation>
            <numerusform>Rolled up from the %n item inside; change that one.</numerusform>
            <numerusform>Rolled up from the %n items inside; change those.</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiver expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist: %1 (%2 of %3 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klist: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::CommandApprovalDialog</name>
    <message>
        <source>Approve imported commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These commands came from an imported file and have not been approved. Read them: they will run on this computer with your permissions. The approval covers exactly these commands, this working folder and this env file; any change asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(runs through /bin/sh -c: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::CommandRunner</name>
    <message>
        <source>could not start: the item has no commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start: the working folder “%1” is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start: the working folder “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(processes %1 could not be ended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::CriteriaModel</name>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO criterion: every one must hold for a GO. Check it when it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO criterion: any one that holds blocks the release. Check it when it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion (holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::DecisionBanner</name>
    <message>
        <source>Overall readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score 100.0%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or import a release to see its readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the readiness rules; the release manager decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (hover for all)</source>
        <translation>
            <numerusform>… and %n more (hover for all)</numerusform>
            <numerusform>… and %n more (hover for all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::GateMatrixModel</name>
    <message>
        <source>✔ Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◑ In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 of %3 items done (passed, waived or not applicable); %4 in progress, %5 not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocker item is failed or blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires the previous gate to be complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ImportDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n group(s)</source>
        <extracomment>%1 is &quot;N items&quot;</extracomment>
        <translation>
            <numerusform>%1 in %n group</numerusform>
            <numerusform>%1 in %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Markdown checklist (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown checklists (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a checklist to see what it contains. Nothing is written until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (blocker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision criteria (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GO, %2 NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s)</source>
        <translation>
            <numerusform>%n gate</numerusform>
            <numerusform>%n gates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GO criterion/criteria</source>
        <translation>
            <numerusform>%n GO criterion</numerusform>
            <numerusform>%n GO criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NO-GO criterion/criteria</source>
        <translation>
            <numerusform>%n NO-GO criterion</numerusform>
            <numerusform>%n NO-GO criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <extracomment>%1 is the release name, %2 the list of counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::InlineBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::InspectorPane</name>
    <message>
        <source>&amp;Blocks the release when failed or blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated: Backend, QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One command per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence e&amp;xpected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compo&amp;nent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CI job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed since import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s status rolls up from its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes: Apply, or leave the pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP probe: %1 %2, expects status %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” runs through /bin/sh -c: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: needs approval before it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported and approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression checked against the output (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output must not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected exit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;history:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::MainWindow</name>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Re&amp;leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to I&amp;nspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo release could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no releases yet. Import a checklist with File → Import Checklist (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight workspaces (*.greenlight);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight %1

A release readiness console: checklists, metrics and decision criteria in one workspace file, with a suggested GO / NO-GO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the running commands before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands are running in this workspace; cancel them (Ctrl+.) first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::MetricTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to record the current value (for example 71.3% or Leaking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number, so it cannot meet the requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While this metric is not met the release cannot go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ProbeRunner</name>
    <message>
        <source>not a valid URL: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http and https URLs can be probed, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL “%1” names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probe sends GET or HEAD, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to another origin refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected status %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1 ms, more than %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 MiB of the body do not contain “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body does not contain “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before the whole response arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[first %1 bytes shown; reading stopped after %2 bytes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[first %1 of %2 bytes shown]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ReadinessMatrixView</name>
    <message>
        <source>Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics in this release. They come from a table with Current and Required columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;iteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GO or NO-GO criteria in this release. They come from lists under headings that name GO or NO-GO criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release has no metrics and no GO / NO-GO criteria.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ReleaseDocument</name>
    <message>
        <source>No release is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not in this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric %1 is not in this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 is not in this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as not holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric “%1” needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ReleaseListModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Imported from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::RunConsole</name>
    <message>
        <source>Run output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::RunConsolePane</name>
    <message>
        <source>No runs yet. Run an item and its output appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest output in view (End); scrolling up stops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the output without the colours the command printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole output of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tabs of every run that has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this run and every process it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F; Enter for the next match, Shift+Enter for the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>run title, elapsed time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>run title, state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match number, match count</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::RunController</name>
    <message>
        <source>Run Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Selected Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the commands of the selected items (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every item of the selected gate (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every gate in order (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End every running command (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the items to run in the checklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a gate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to run: none of these items has commands or a probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of “%1” was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished: %1 passed, %2 failed, %3 cancelled, %4 blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Run &amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::RunHistoryView</name>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: %1 bytes, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of output over the cap were not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::RunSession</name>
    <message>
        <source>release “%1” has no gate “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names %2 gates; use the gate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release “%1” has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 “%2” has no commands or probe to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release “%1” has no gate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release “%1” has no working folder: choose one in the release settings (greenlight settings RELEASE --working-folder DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working folder “%1” of release “%2” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate “%1” requires “%2” to be complete first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::RunSettingsDialog</name>
    <message>
        <source>Run settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the commands run in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output kept per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE file, relative to the working folder; read at each run, never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of env file keys containing one of these are shown as *** everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output kept per run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Env file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret markers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working folder must be an existing folder, given as an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one secret marker, such as TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::StatusDelegate</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::StatusReasonDialog</name>
    <message>
        <source>Set status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “%1” waived, and until when does the waiver hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed in “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
