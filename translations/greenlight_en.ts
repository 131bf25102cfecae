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
    <message>
        <source>Content hashed by its writer was finished with another hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of stored content needs an offset and a length of at least 0, not %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 holds %2 bytes where %3 were stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunks %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stored content was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 does not belong to content of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 is %1, %2 was stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle %1 was cancelled: no file was written.</source>
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
    <name>ChunkReader</name>
    <message>
        <source>%1 became shorter while it was read: it ended after %2 of %3 bytes.</source>
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
        <source>the output file name is empty</source>
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
    <message>
        <source>evidence %1 &quot;%2&quot; (%3, %4, sha256 %5) attached to item %6 &quot;%7&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 (%2) &quot;%3&quot; attached to item %4 &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; keeps its value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give files or --url, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one or more files, --url URL or --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title applies to --url only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; attach the file it points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; attach the files in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, FIFO or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files before %1 were attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence to a checklist item: files, a link or a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are copied into the workspace and hashed (SHA-256), so the evidence survives the original moving; the same content is stored once. Symbolic links, folders, devices and unreadable files are refused. A note given with files is kept with each of them. Metrics bound to the item (greenlight metric --from-item) are re-read from the newest report at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, with the files or on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a link (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n hour(s) old</source>
        <translation>
            <numerusform>at most %n hour old</numerusform>
            <numerusform>at most %n hours old</numerusform>
        </translation>
    </message>
    <message>
        <source>newer than the item&apos;s last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save needs an evidence id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --require or --not-required, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-age and --newer-than-change go with --require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-age &apos;%1&apos; is not a number of hours (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove needs an evidence id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 belongs to item %2, not to item %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save ID needs the output file after ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an item&apos;s evidence, set what it requires, save or remove a piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item that requires evidence cannot be passed without a reason while its evidence is missing or stale: older than --max-age hours, or, with --newer-than-change, added before the item&apos;s commands, criteria or requirement last changed. A note does not count as evidence. --save writes a stored piece to OUT after checking its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item requires evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No older than this many hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added after the item last changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item requires no evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a file, link or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a stored piece to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle is a zip file: give a file name, not -</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n evidence file(s), %2, with manifest.json and release.json</source>
        <translation>
            <numerusform>%1: %n evidence file, %2, with manifest.json and release.json</numerusform>
            <numerusform>%1: %n evidence files, %2, with manifest.json and release.json</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the evidence bundle (zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  from the newest %1 report of item %2, field %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser &apos;%1&apos;; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parser %1 has no field &apos;%2&apos;; valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --value VALUE, --from-item ITEM and --unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-item ITEM needs --parser PARSER and --field FIELD, and they need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric &quot;%1&quot; takes its value from the evidence of item %2; give --unbind first to set it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a metric&apos;s current value, or take it from evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME is the metric&apos;s id or its unique name. VALUE is read like a table cell: 71.3%, 8.2/10, 465MB; a value that is not a number (Leaking) is kept as text and is not met. With --from-item the value comes from the newest file attached to ITEM that PARSER reads (junit: tests, failures, errors, skipped, passed, pass_rate; coverage: lines, branches, functions, statements; sarif: critical, high, medium, low, total, critical_high; npm-audit: the same and info), now and whenever a newer report is attached. --unbind keeps the value and ends the binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the value from this item&apos;s newest report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>junit, coverage, npm-audit or sarif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parser&apos;s field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop taking the value from evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required evidence missing: %1, stale: %2 (items listed below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required evidence missing or stale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED evidence %1 &quot;%2&quot; of item %3 &quot;%4&quot; in release %5 &quot;%6&quot;: %7 (sha256 recorded %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rotate, export or import a stakeholder&apos;s signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key stays in your config folder (~/.config/greenlight/keys), encrypted under your passphrase; the workspace holds the public key and its fingerprint. The passphrase is asked on the terminal, or read as one line from file descriptor N (--passphrase-fd), never from the command line or the environment. &apos;export&apos; writes the public key as one line; &apos;import&apos; takes such a line (adding it as NAME&apos;s key) or a private key file copied from another machine. &apos;rotate&apos; makes a new key; what the old one signed stays verifiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from this file descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the public key here (- for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stakeholder an imported key belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --role ROLE or --separation-of-duties on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separation-of-duties takes on or off, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last person to change it cannot be its only approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: separation of duties is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count takes a number of 0 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sign-off of %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: requires %n sign-off(s) of %2</source>
        <translation>
            <numerusform>%1: requires %n sign-off of %2</numerusform>
            <numerusform>%1: requires %n sign-offs of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the sign-offs a release requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count 0 removes the requirement for that role (default count: 1). Separation of duties (on by default) keeps the person who last changed the release from being its only approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role that must sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people of that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off a release as it is now, with your key and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature covers the release&apos;s canonical snapshot (gates, items, statuses, commands, metric values, criteria and every evidence SHA-256) with your name, role, meaning, comment and the UTC time. Any later change makes it stale until the change is undone; &apos;status&apos; shows what changed. --role picks one of your roles (default: the first one the release still needs). The passphrase is asked on the terminal or read from file descriptor N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stakeholder who signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the signature means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;add&apos; or &apos;list&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: stakeholder add NAME --role ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role ROLE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who signs off releases, or list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME is the printed name that appears on the decision record. Adding a name that exists adds the role to that person: one person counts once even with two roles. --account is the login their edits are recorded under, when it is not their name (for separation of duties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role, e.g. &quot;Release manager&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name their edits are recorded under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIRED ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SATISFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since %1 signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a key already (%2); use &apos;greenlight key rotate %1&apos; to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key to rotate; use &apos;greenlight key create %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1&apos;s key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (keep it, with its passphrase, to yourself): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous key is retired: what it signed stays verifiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key yet: create one with &apos;greenlight key create %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key %1 of %2 is now on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is already %2&apos;s key in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key in this workspace is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected create, rotate, export or import, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-fd takes a file descriptor number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-fd %1: no such open file descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase: pass it on a file descriptor with --passphrase-fd N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as NAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meaning go|conditional|no-go|reviewed is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meaning takes go, conditional, no-go or reviewed, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of %1 to sign “%2” as %3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) signed “%3”: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  at %1 UTC with key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  over snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome go|conditional|no-go is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome takes go, conditional or no-go, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rationale TEXT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confidence takes a percentage from 0 to 100, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--valid-until takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mitigation %1 must be &quot;TITLE;OWNER;DEADLINE;ACCEPTANCE&quot;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mitigation %1: the deadline must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 recorded by %3 at %4 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is frozen until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason TEXT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reopened; its decision is superseded and stays in history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the GO, CONDITIONAL GO or NO-GO decision and freeze the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs the required sign-offs, valid and current, and the outcome the matrix suggests; --override-reason records why it is taken anyway. A CONDITIONAL GO needs at least one mitigation (deadline as YYYY-MM-DD). The decision gets an authorization code derived from the release&apos;s snapshot; nothing in the release can change until &apos;greenlight reopen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day the decision holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mitigation (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision differs from the suggestion or lacks sign-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a decided release: its decision is superseded and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded decision (superseded %1 by %2: %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded decision (the release is frozen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from %1 because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITIGATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>evidence: verified %1 of stored content, %n problem(s)</source>
        <translation>
            <numerusform>evidence: verified %1 of stored content, %n problem</numerusform>
            <numerusform>evidence: verified %1 of stored content, %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN audit row %1 (release %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>audit log: %1 rows, chain head %2, %n problem(s)</source>
        <translation>
            <numerusform>audit log: %1 rows, chain head %2, %n problem</numerusform>
            <numerusform>audit log: %1 rows, chain head %2, %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>INVALID sign-off %1 of %2 (%3) on release %4 &quot;%5&quot;: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID decision %1 (%2) on release %3 &quot;%4&quot;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sign-offs: %n checked</source>
        <translation>
            <numerusform>sign-offs: %n checked</numerusform>
            <numerusform>sign-offs: %n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decisions: %n checked</source>
        <translation>
            <numerusform>decisions: %n checked</numerusform>
            <numerusform>decisions: %n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>all is sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check evidence hashes, the audit chain, sign-offs and decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every stored piece of evidence (of RELEASE, or of the whole workspace) back from the file, hashes it again and compares it with the SHA-256 recorded when it was attached; walks the audit log&apos;s hash chain row by row; checks every sign-off&apos;s signature against its stakeholder&apos;s key and every decision&apos;s snapshot and authorization code. Each problem is printed with where it is (evidence and item, audit row, sign-off, decision). Exit code 0 when all is sound, 1 when anything fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the key %2 in this workspace; add --replace to make %3 their key instead (the old one is retired and keeps verifying what it signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With import: make the key the person&apos;s key even when they have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING sign-off %1 on release %2 &quot;%3&quot;: audit row %4 records it, the file no longer has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING decision %1 on release %2 &quot;%3&quot;: audit row %4 records it, the file no longer has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision record is a PDF file: give a file name, not -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: decision record, %n page(s), %2, authorization code %3</source>
        <translation>
            <numerusform>%1: decision record, %n page, %2, authorization code %3</numerusform>
            <numerusform>%1: decision record, %n pages, %2, authorization code %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: draft record (no decision recorded yet), %n page(s)</source>
        <translation>
            <numerusform>%1: draft record (no decision recorded yet), %n page</numerusform>
            <numerusform>%1: draft record (no decision recorded yet), %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>give exactly one of --markdown OUT.md, --json OUT.json, --bundle OUT.zip and --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper goes with --pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a release as a Markdown checklist, as JSON, its evidence as a zip, or its decision record as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use - as the file name to write to stdout. The Markdown imports back to an equal release; the JSON holds every gate, item (with its id and evidence), metric and criterion. The bundle holds every stored piece of evidence in a folder per gate and item, manifest.json (item, name, SHA-256, size, time and who for each file, and every link and note) and release.json. The PDF decision record holds the decision, readiness, metrics, every gate and item with its evidence hashes, the mitigations, the signatures, and the hashes `verify` checks; its paper is A4 or Letter by locale unless --paper says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF decision record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size of the PDF: a4 or letter (default: by locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decision with mitigations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the mitigation by its number: RELEASE N --status ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N is a mitigation&apos;s number, 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --status open|done|dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is open, done or dropped, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evidence takes an evidence id (see greenlight evidence), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mitigation %2 &quot;%3&quot; is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or update the mitigations of a CONDITIONAL GO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without N, lists the mitigations of the newest decision, numbered, with their status and whether they are overdue. With N, sets that mitigation&apos;s status; --evidence names a piece of the release&apos;s evidence that shows it done. Mitigations can be updated while the release is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mitigation&apos;s new status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence that shows the mitigation done.</source>
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
    <name>DecisionRecord</name>
    <message>
        <source>a decision is already in force (%1, %2): reopen the release first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision needs a rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matrix suggests %1: recording %2 needs a written reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence must be 0 to 100 %, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid-until %1 is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CONDITIONAL GO needs at least one mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a CONDITIONAL GO has mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigation %1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-off does not verify: record the decision only with an override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required sign-offs are not all given and current: sign, or override with a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRecordPdf</name>
    <message>
        <source>Release decision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record generated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by readiness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a draft: it records the state of the release, not a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded on %1 by %2, who reopened the release: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it differs from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded without the required sign-offs because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State decided on (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 items done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps it from a better decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion per gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocker open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stale evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met (blocker)</source>
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
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision criteria</source>
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
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 (%2, added %3 by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates and items</source>
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
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the release changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a later sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release is still in the state that was decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release has changed since the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the release now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check this record against the workspace it came from, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It re-hashes every piece of evidence, walks the audit log&apos;s hash chain, checks every signature and the decision&apos;s snapshot, and names anything that does not match. The authorization code is derived from the decision and the state it was taken over, so a record whose code, hashes or signers differ from what verify reports is not this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing required evidence</source>
        <translation>
            <numerusform>%n item missing required evidence</numerusform>
            <numerusform>%n items missing required evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with stale evidence</source>
        <translation>
            <numerusform>%n item with stale evidence</numerusform>
            <numerusform>%n items with stale evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s) signed</source>
        <translation>
            <numerusform>%1 of %n role signed</numerusform>
            <numerusform>%1 of %n roles signed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the audit log</source>
        <translation>
            <numerusform>%n row in the audit log</numerusform>
            <numerusform>%n rows in the audit log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the audit log do not check out</source>
        <translation>
            <numerusform>%n row of the audit log does not check out</numerusform>
            <numerusform>%n rows of the audit log do not check out</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>The decision on “%1” was not recorded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot it kept does not hash to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release is no longer in the state it was decided in, though the decision is in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its authorization code %1 does not match its release, snapshot and content: the record was changed after it was made</source>
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
    <name>Evidence</name>
    <message>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>%1 is a folder, not a file: attach the files in it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link: attach the file it points to instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was being opened: attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required evidence is missing; a note does not count as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required evidence is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest evidence has no time it was added, so its age cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest evidence is %1 hours old (at most %n are allowed) and was added before the item last changed (%2).</source>
        <translation>
            <numerusform>The newest evidence is %1 hours old (at most %n is allowed) and was added before the item last changed (%2).</numerusform>
            <numerusform>The newest evidence is %1 hours old (at most %n are allowed) and was added before the item last changed (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest evidence is %1 hours old; at most %n are allowed.</source>
        <translation>
            <numerusform>The newest evidence is %1 hours old; at most %n is allowed.</numerusform>
            <numerusform>The newest evidence is %1 hours old; at most %n are allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest evidence was added before the item last changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateCompletionChart</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
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
    <name>KeyRing</name>
    <message>
        <source>libsodium could not be initialised on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Greenlight key file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format is not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “kdf” is not argon2id13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “public_key” is not a base64 Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “salt”, “nonce” or “secret_key” is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field “opslimit” or “memlimit” is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its fingerprint does not match its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Greenlight public key: it must start with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not a base64 Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key&apos;s fingerprint %1 does not match the key (%2): it was changed or cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>A passphrase needs at least %n character.</numerusform>
            <numerusform>A passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key (Argon2id needs %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key %1 is not on this machine (looked for %2). Create a key with “greenlight key create” or import the key file made on another machine with “greenlight key import”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to open the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged: its halves do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 holds the key %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different key file for %1 is already on this machine (%2); it was left as it is.</source>
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
    <name>MetricFeed</name>
    <message>
        <source>%1 is %2 bytes, more than a report may hold (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives no %2 (%3).</source>
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
    <name>Mitigation</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
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
    <message>
        <source>Passed items without fresh required evidence: %1 missing, %2 stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed items without required evidence: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed items with stale required evidence: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO: every gate is complete, every metric is met, every GO criterion holds, no NO-GO criterion holds and every passed item has the evidence it requires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseOverview</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCoverage</name>
    <message>
        <source>no &quot;total&quot; object: not an Istanbul or Vitest coverage summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total has no &quot;lines&quot;: not an Istanbul or Vitest coverage summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total.lines.pct is &quot;Unknown&quot;: the report measured no lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not Cobertura&apos;s &lt;coverage&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;coverage&gt; has no line-rate attribute: not a Cobertura report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines-valid is 0: the report measured no lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJUnit</name>
    <message>
        <source>the root element is &lt;%1&gt;, not JUnit&apos;s &lt;testsuites&gt; or &lt;testsuite&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failures, errors and skipped attributes add up to more than tests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>objects and arrays nest deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 objects and arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is a JSON array, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLcov</name>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_of_record without a record (no SF: before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record starting on line %1 says %2 of %3 were hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an lcov line (KEY:value or end_of_record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SF: starts a record before the one starting on line %1 ended (end_of_record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside a record (no SF: before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not a count (a whole number, 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DA: is not DA:&lt;line&gt;,&lt;count&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the execution count of DA: is &quot;%1&quot;, not a count (a whole number, 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRDA: is not BRDA:&lt;line&gt;,&lt;block&gt;,&lt;branch&gt;,&lt;taken&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the taken count of BRDA: is &quot;%1&quot;, not a count or &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside the record starting on line %1 (no end_of_record): truncated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lcov record (SF: ... end_of_record) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record has any lines (LF or DA): the report measured no lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportNpmAudit</name>
    <message>
        <source>npm audit itself failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither &quot;advisories&quot; (npm 6) nor &quot;vulnerabilities&quot; (npm 7 and later): not an npm audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.severity is &quot;%2&quot;, not one of critical, high, moderate, low, info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>JUnit test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage (Istanbul, Vitest, Cobertura, lcov)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line coverage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch coverage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function coverage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement coverage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical plus high findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; reports larger than %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a report Greenlight can read (JUnit XML, coverage-summary.json, Cobertura XML, lcov, npm audit JSON, SARIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report parser &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this looks like %2: read it with the %3 parser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a count (a whole number, 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, too large to be a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, outside 0..%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSarif</name>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;runs&quot;: not a SARIF log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF version &quot;%1&quot; is not supported; Greenlight reads 2.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.rule.toolComponent.index %2 names no extension of the run&apos;s tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2, outside %3 (%n rule(s))</source>
        <translation>
            <numerusform>%1 is %2, outside %3 (%n rule)</numerusform>
            <numerusform>%1 is %2, outside %3 (%n rules)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.kind is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.level is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind is &quot;%2&quot;, not a SARIF result kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: level &quot;%2&quot; is not one of none, note, warning, error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportXml</name>
    <message>
        <source>a DOCTYPE with declarations (an internal subset) is not allowed in a report: DTDs and entities are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DOCTYPE naming the DTD &quot;%1&quot; is not allowed in a report: only a web address, never read, is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nest deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is not allowed in a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1=&quot;%2&quot; of &lt;%3&gt; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 of &lt;%2&gt;</source>
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
    <name>SignOff</name>
    <message>
        <source>Approve GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a later sign-off of the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separation of duties: %1 made the last change and cannot be the only approver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffs</name>
    <message>
        <source>its stakeholder is not in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key is not one of %1&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key fingerprint %1 does not match the stored key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot it kept does not hash to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match this release and what it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is dated after its key was retired (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release&apos;s snapshot differs in a way that cannot be shown field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key yet: create one with “greenlight key create %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the role “%2” (their roles: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key on this machine does not match %1&apos;s key %2 in the workspace; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires the previous gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiver expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence maximum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence newer than the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
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
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
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
    <name>WidgetPrompter</name>
    <message>
        <source>Add Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses can be attached, like https://ci.example.com/job/42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (kept as plain text; a note alone does not count as required evidence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
    <message>
        <source>reading the evidence of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence it requires is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its newest evidence is too old for what it requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 cannot be passed without a reason: %2 Give a reason to pass it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the evidence&apos;s maximum age must be 0 (any age) or a number of hours, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is a group: its items carry the evidence, so require it of them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is a group: attach evidence to the items in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attaching evidence to item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching %1 was cancelled: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be attached to item %2: only web addresses (http or https) can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link for item %1 contains a user name or password: attach it without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for item %1 needs some text: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 “%2” is what a run recorded: it stays with its run in the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving what item %1 requires of its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric %1: a source needs a parser and a field (“%2”, “%3” given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric %1 “%2” cannot take its value from item %3: that item belongs to another release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric %1 “%2” cannot take its value from item %3: it is a group, and only the items in it carry evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the source of metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 “%2” in %3 is damaged: its SHA-256 is %4, %5 was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the evidence to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored content is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence records SHA-256 %1, its stored content has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence records %1 bytes, its stored content has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sign-offs release %1 requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sign-offs of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading who last changed release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stakeholder “%1” in %2; add one with “greenlight stakeholder add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stakeholder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder “%1” needs a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding stakeholder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating stakeholder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public key has 32 bytes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is already in this workspace, as a key of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up stakeholder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stakeholder with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retiring the previous key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required sign-off needs a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sign-offs for %1 must be 0 or more, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the sign-offs release %1 requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” changed while %2 was signing it; nothing was signed. Review it again and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stakeholder “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the role “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed with a key that is not their active key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the sign-off of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was changed after it was written (its SHA-256 is not the one it holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not the first row written, yet no row is before it: the rows before it were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow row %1: a row between them was removed, or rows were inserted or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chaining the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the decisions of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the mitigations of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the decision of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” is frozen by its decision %2 (%3, %4): nothing in it can change until it is reopened (greenlight reopen RELEASE --reason TEXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release “%1” changed while the decision was being recorded; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the decision of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording mitigation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening a release needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 has no decision in force: there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading mitigation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mitigation with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating mitigation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trigger %1 that keeps recorded rows from being changed was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone signed off release “%1” while the decision was being recorded; nothing was recorded. Look at the sign-offs and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence with id %1 in the release of mitigation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the sign-offs release %1 requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbering the items of gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the items of gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading what item %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has evidence or runs, which the record keeps: mark it not applicable instead of removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is where metric “%2” takes its value from: unbind the metric first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has evidence or runs of its own, so it cannot become a group of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no gate with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not in gate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 is not a gate of the release item %2 belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the items under item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot move under itself or one of its own sub-items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new gate needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renumbering the gates of release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving gate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the items of gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 needs a title: the title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving gate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording removed ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering a new row</source>
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
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
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
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find items by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show blockers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every item again (Esc in the find field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n item matches</numerusform>
            <numerusform>%n items match</numerusform>
        </translation>
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
    <message>
        <source>Recorded: %1, frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1; authorization code %2. Nothing can change until the release is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::DecisionDialog</name>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations (required for CONDITIONAL GO; deadline as YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the Decision for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix suggests %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required sign-offs are all in and valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required sign-offs are not all in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CONDITIONAL GO needs at least one mitigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation %1 needs a title, an owner and acceptance criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation %1 needs a deadline as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why it is recorded anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it differs from the suggested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required sign-offs are not all in (this overrides them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (only needed when the decision differs from the suggestion):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, required because %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::EditController</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Sub-item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Remove %n item</numerusform>
            <numerusform>Remove %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Set S&amp;tatus of Selected Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Gate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Gate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Gate Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Gate Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate Requires the Previous One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new gate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new sub-item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the items to change first; groups take the status of their items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>No item in this release matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of “%1”: what its section says besides its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate Not&amp;es…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::EvidenceController</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evidence &amp;Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Evidence Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the evidence task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another evidence task is running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a group: attach evidence to the items in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s) before it were attached.)</source>
        <translation>
            <numerusform>%1 (%n file before it was attached.)</numerusform>
            <numerusform>%1 (%n files before it were attached.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) (%1) to “%2”.</source>
        <translation>
            <numerusform>Attached %n file (%1) to “%2”.</numerusform>
            <numerusform>Attached %n files (%1) to “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps its value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Attaching %n file…</numerusform>
            <numerusform>Attaching %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed a Metric from This Report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a %2. Which metric should take its current value (%3) from the newest such report of this item, now and whenever a newer one is attached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now takes its value from the newest %2 of this item: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a program or script (%2); Greenlight does not open it. Use Save As to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evidence Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n evidence file(s), %2, with manifest.json and release.json.</source>
        <translation>
            <numerusform>Wrote %1: %n evidence file, %2, with manifest.json and release.json.</numerusform>
            <numerusform>Wrote %1: %n evidence files, %2, with manifest.json and release.json.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the evidence bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Decision Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Decision Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the decision record %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote the decision record %1 (%n page).</numerusform>
            <numerusform>Wrote the decision record %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the decision record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash every piece of evidence again and check the audit chain, sign-offs and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All is sound: %1 of evidence hashed again, an audit log of %n row(s), %2 and %3 checked.</source>
        <translation>
            <numerusform>All is sound: %1 of evidence hashed again, an audit log of %n row, %2 and %3 checked.</numerusform>
            <numerusform>All is sound: %1 of evidence hashed again, an audit log of %n rows, %2 and %3 checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n sign-off</numerusform>
            <numerusform>%n sign-offs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (greenlight verify lists them all).</source>
        <translation>
            <numerusform>… and %n more (greenlight verify lists them all).</numerusform>
            <numerusform>… and %n more (greenlight verify lists them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification found %n problem(s):</source>
        <translation>
            <numerusform>Verification found %n problem:</numerusform>
            <numerusform>Verification found %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::EvidencePane</name>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy files into the workspace as evidence of this item (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an http or https link with a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a plain note; a note alone does not count as required evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy with the application your system uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the stored content to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a group: its items carry the evidence. Select one of them to attach files, links or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching… more can be added when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing attached yet: attach files, drop them here, or add a link or a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required evidence: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not count against the release while the item is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asks for evidence no older than %n hour(s), added after the item last changed.</source>
        <translation>
            <numerusform>Asks for evidence no older than %n hour, added after the item last changed.</numerusform>
            <numerusform>Asks for evidence no older than %n hours, added after the item last changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks for evidence no older than %n hour(s), added after the item last changed (%1).</source>
        <translation>
            <numerusform>Asks for evidence no older than %n hour, added after the item last changed (%1).</numerusform>
            <numerusform>Asks for evidence no older than %n hours, added after the item last changed (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks for evidence no older than %n hour(s).</source>
        <translation>
            <numerusform>Asks for evidence no older than %n hour.</numerusform>
            <numerusform>Asks for evidence no older than %n hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for evidence added after the item last changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for evidence added after the item last changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for evidence of any age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run logs and probe results stay with the run that made them and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen evidence from this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”? The removal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::EvidencePreview</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select evidence to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of “%1” cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1, so shown as plain text, not pretty-printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for %1; use Open or Save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read page %1 of “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at byte %2), so shown as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; images over %3 are not previewed. Use Open or Save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of “%1” cannot be read from its header (%2), so it is not previewed. Use Open or Save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 pixels; images over %4 pixels on a side or %5 megapixels are not previewed. Use Open or Save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching page %1 of %2…</source>
        <translation type="unfinished"></translation>
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
    <name>gl::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
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
    <message>
        <source>Re&amp;quires evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer than the item&apos;s last chan&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing the item without a reason needs evidence that is not missing or stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added before the item last changed (what it asks, not its status) is stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No o&amp;lder than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer than the item&apos;s last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s status rolls up from its items, which also carry its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (an HTTP check instead of commands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP probe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe timeout:</source>
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
    <message>
        <source>Show &amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence task is running in this workspace; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
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
    <name>gl::NewReleaseDialog</name>
    <message>
        <source>New Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an earlier release (structure kept, statuses reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
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
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ReadinessTrendChart</name>
    <message>
        <source>The trend appears once the release has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness and open blockers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open blockers</source>
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
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the first of its list: there is no item above it to go under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is at the top level of its gate already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 is not in this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move gate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set %n item(s) to %1</source>
        <translation>
            <numerusform>Set %n item to %1</numerusform>
            <numerusform>Set %n items to %1</numerusform>
        </translation>
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
    <name>gl::RequirementDialog</name>
    <message>
        <source>Require Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must sign “%1” before it can be decided without an override. A count of 0 removes the requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How many:</source>
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
    <message>
        <source>Items run so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the runs (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running: %1 of %n item(s) done</source>
        <translation>
            <numerusform>Running: %1 of %n item done</numerusform>
            <numerusform>Running: %1 of %n items done</numerusform>
        </translation>
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
    <name>gl::SignOffController</name>
    <message>
        <source>Sign-offs and Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) signed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s sign-off is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s sign-off is stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded; authorization code %2. The release is frozen until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the release reopened? The decision in force is marked superseded and stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is open for changes again; the decision is superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation status changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add S&amp;takeholder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quire Sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can sign yet: add the people who sign first (Decision → Add Stakeholder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) can sign now; key fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 sign-off(s) required.</source>
        <translation>
            <numerusform>%n %1 sign-off required.</numerusform>
            <numerusform>%n %1 sign-offs required.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a stakeholder already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::SignOffDialog</name>
    <message>
        <source>Sign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign the release exactly as it is now (state %1…). Any later change makes the signature stale until you sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no key yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stakeholder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role the release still needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::SignOffPane</name>
    <message>
        <source>Required sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Mitigation Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded yet. The matrix suggests %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded by %2 on %3. Authorization code %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded on %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is frozen until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ Missing %n</source>
        <translation>
            <numerusform>✗ Missing %n</numerusform>
            <numerusform>✗ Missing %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No sign-offs are required for this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stale: changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a later sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1
Comment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overdue (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::StakeholderDialog</name>
    <message>
        <source>Add Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their signing key is made now and kept in this computer&apos;s configuration folder, sealed with the passphrase; the workspace keeps only the public half. They type the passphrase each time they sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role they sign as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::StartPage</name>
    <message>
        <source>&amp;New Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport Checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a release from a template or as a copy of an earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a release of a Markdown checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 of %2 signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 of %2 signed; missing: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n stale</source>
        <translation>
            <numerusform>; %n stale</numerusform>
            <numerusform>; %n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n overdue</numerusform>
            <numerusform>⚠ %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>None open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release yet: start one from a template, import a Markdown checklist, or open another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n decided</numerusform>
            <numerusform>%n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for sign-offs</source>
        <translation>
            <numerusform>%n waiting for sign-offs</numerusform>
            <numerusform>%n waiting for sign-offs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with overdue mitigations</source>
        <translation>
            <numerusform>%n with overdue mitigations</numerusform>
            <numerusform>%n with overdue mitigations</numerusform>
        </translation>
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
