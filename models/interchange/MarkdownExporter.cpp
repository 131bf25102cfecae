#include "interchange/MarkdownExporter.h"

#include "interchange/ChecklistAssembler.h"
#include "interchange/ChecklistText.h"
#include "interchange/MarkdownTree.h"
#include "interchange/ShellBlockReader.h"

#include <QSaveFile>

// The layout mirrors what MarkdownImporter reads, so export followed by import gives an equal release:
//   # name / Target readiness: N% / notes before their first heading
//   ## gate title, its notes, items as task bullets with labelled sub-bullets, children nested
//      (a probe as its `curl -fsS URL` command, plus "- Probe: ..." for what curl cannot say)
//   ## Metrics (a table), ## GO criteria, ## NO-GO criteria, then the rest of the notes as written.

namespace gl {

namespace {

using Text = ChecklistText;

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

void field(QStringList &out, const QString &indent, const QString &label, const QString &value,
           int flags = Text::KeepCode)
{
    // A value on several lines becomes several labelled lines; the importer joins them again.
    for (const QString &line : value.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << indent + QStringLiteral("- ") + label + QStringLiteral(": ") + Text::escape(line.trimmed(), flags);
    }
}

// A command the importer would read as a file name when it stands inline (`.env.example`).
bool looksLikeFileName(const QString &command)
{
    return command.startsWith(QLatin1Char('.')) && !command.startsWith(QLatin1String("./"))
        && !command.startsWith(QLatin1String("../")) && !command.contains(QLatin1Char(' '));
}

// What the curl line cannot say, only when it differs from what the importer assumes for a curl line.
void writeProbeSettings(QStringList &out, const QString &indent, const Probe &probe)
{
    const Probe assumed;
    QStringList parts;
    if (probe.expectedStatus != assumed.expectedStatus)
        parts << QStringLiteral("status %1").arg(probe.expectedStatus);
    if (probe.maxLatencyMs != assumed.maxLatencyMs)
        parts << QStringLiteral("within %1 ms").arg(probe.maxLatencyMs);
    if (probe.timeoutMs != assumed.timeoutMs)
        parts << QStringLiteral("timeout %1 ms").arg(probe.timeoutMs);
    if (!probe.bodyContains.isEmpty())
        parts << QStringLiteral("body contains ") + Text::codeSpan(probe.bodyContains);
    if (!parts.isEmpty())
        out << indent + QStringLiteral("- Probe: ") + parts.join(QStringLiteral(", "));
}

void writeItem(QStringList &out, const Item &item, int depth, bool blockingGate)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    const QString sub = indent + QStringLiteral("  ");
    out << indent + (statusIsDone(item.status) ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] "))
            + Text::escape(item.title, Text::KeepCode | Text::LineStart);
    if (item.status != ItemStatus::NotStarted && item.status != ItemStatus::Passed)
        out << sub + QStringLiteral("- Status: ") + statusKey(item.status);
    field(out, sub, QStringLiteral("Reason"), item.statusReason);
    if (item.waiverExpiry.isValid())
        out << sub + QStringLiteral("- Waiver expires: ") + item.waiverExpiry.toString(Qt::ISODate);
    const bool derivedBlocker = blockingGate || item.title.contains(QLatin1String("(critical)"), Qt::CaseInsensitive);
    if (item.blocker || derivedBlocker)
        out << sub + (item.blocker ? QStringLiteral("- Blocker: yes") : QStringLiteral("- Blocker: no"));
    field(out, sub, QStringLiteral("Component"), item.component, 0);

    QStringList commands;
    // A probe goes where commands go, as the curl line the importer turns back into it.
    if (item.probe)
        commands << ShellBlockReader::curlLine(*item.probe);
    for (const QString &command : item.commands) {
        if (!command.trimmed().isEmpty())
            commands << command;
    }
    if (commands.size() == 1 && !looksLikeFileName(commands.first())) {
        out << sub + QStringLiteral("- Command: ") + Text::codeSpan(commands.first());
    } else if (!commands.isEmpty()) {
        out << sub + QStringLiteral("- Commands:");
        for (const QString &command : std::as_const(commands))
            out << sub + QStringLiteral("  - ") + Text::codeSpan(command);
    }
    if (item.probe)
        writeProbeSettings(out, sub, *item.probe);
    field(out, sub, QStringLiteral("Pass"), item.passCriteria);
    field(out, sub, QStringLiteral("Evidence"), item.evidence);
    if (!item.owners.isEmpty()) {
        QStringList owners;
        for (const QString &owner : item.owners)
            owners << Text::escape(owner, 0);
        out << sub + QStringLiteral("- Owner: ") + owners.join(QStringLiteral(", "));
    }
    field(out, sub, QStringLiteral("CI job"), item.ciJob, 0);
    field(out, sub, QStringLiteral("Details"), item.details);
    field(out, sub, QStringLiteral("Note"), item.note);
    for (const Item &child : item.children)
        writeItem(out, child, depth + 1, blockingGate);
}

bool isFence(const QString &line, QChar *fenceChar, int *length)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    if (indent > 3)
        return false;
    const QString t = line.trimmed();
    if (t.size() < 3 || (t.at(0) != QLatin1Char('`') && t.at(0) != QLatin1Char('~')))
        return false;
    int n = 0;
    while (n < t.size() && t.at(n) == t.at(0))
        ++n;
    if (n < 3)
        return false;
    *fenceChar = t.at(0);
    *length = n;
    return true;
}

// Gate notes: every line is escaped so it reads back as the same text, blank lines separate
// paragraphs. A fenced block (yaml, json, prose) is written as a fence when that is safe: it is
// closed, and no line could open an HTML block that would swallow it.
void writeGateNotes(QStringList &out, const QString &notes)
{
    const QStringList lines = notes.split(QLatin1Char('\n'));
    const bool htmlOpener = std::any_of(lines.begin(), lines.end(), [](const QString &line) {
        return line.trimmed().startsWith(QLatin1Char('<'));
    });
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QChar fence;
        int length = 0;
        if (!htmlOpener && isFence(lines.at(i), &fence, &length)) {
            qsizetype close = i + 1;
            for (; close < lines.size(); ++close) {
                QChar closeChar;
                int closeLength = 0;
                const QString t = lines.at(close).trimmed();
                if (isFence(lines.at(close), &closeChar, &closeLength) && closeChar == fence && closeLength >= length
                    && t.count(fence) == t.size())
                    break;
            }
            if (close < lines.size()) {
                out << lines.mid(i, close - i + 1);
                i = close;
                continue;
            }
        }
        out << (lines.at(i).trimmed().isEmpty()
                    ? QString()
                    : Text::escape(lines.at(i), Text::KeepCode | Text::LineStart | Text::KeepSpaces));
    }
}

QString currentCell(const Metric &metric)
{
    const Measure written = parseMeasure(metric.currentText);
    if (!metric.currentText.isEmpty() && written.value == metric.current)
        return metric.currentText;
    if (!metric.current)
        return metric.currentText;
    return number(*metric.current) + metric.unit;
}

QString requiredCell(const Metric &metric)
{
    const Measure written = parseMeasure(metric.requiredText);
    if (!metric.requiredText.isEmpty() && written.value == metric.required
        && written.op.value_or(Operator::GreaterOrEqual) == metric.op)
        return metric.requiredText;
    if (!metric.required)
        return metric.op == Operator::GreaterOrEqual ? metric.requiredText : operatorSymbol(metric.op);
    return operatorSymbol(metric.op) + number(*metric.required) + metric.unit;
}

void writeMetrics(QStringList &out, const std::vector<Metric> &metrics)
{
    out << QStringLiteral("## Metrics") << QString();
    out << QStringLiteral("| Metric | Current | Required | Weight | Blocker? |");
    out << QStringLiteral("|---|---|---|---|---|");
    for (const Metric &m : metrics) {
        const QStringList cells = {
            Text::escape(m.name, Text::TableCell),
            Text::escape(currentCell(m), Text::TableCell),
            Text::escape(requiredCell(m), Text::TableCell),
            m.weight != 0 ? number(m.weight) : QString(),
            m.blocker ? QStringLiteral("YES") : QStringLiteral("NO"),
        };
        out << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    }
    out << QString();
}

void writeCriteria(QStringList &out, const Release &release, CriterionKind kind, const QString &heading)
{
    QStringList bullets;
    for (const Criterion &c : release.criteria) {
        if (c.kind == kind)
            bullets << (c.holds ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] "))
                    + Text::escape(c.text, Text::KeepCode | Text::LineStart);
    }
    if (bullets.isEmpty())
        return;
    out << heading << QString() << bullets << QString();
}

QString rightTrimmed(QString s)
{
    while (!s.isEmpty() && s.back().isSpace())
        s.chop(1);
    return s;
}

// Whether Markdown ends where it ends: an unclosed fence or HTML comment would swallow what follows.
bool endsCleanly(const QString &markdown)
{
    const MarkdownTree tree((markdown + QStringLiteral("\n\n# end\n")).toUtf8());
    const std::vector<MdBlock> &blocks = tree.document().children;
    return !blocks.empty() && blocks.back().type == MdBlock::Type::Heading;
}

// Notes before their first heading belong right under the title (where the importer found them);
// everything from that heading on goes to the end.
std::pair<QString, QString> splitNotes(const QString &notes)
{
    const MarkdownTree tree(notes.toUtf8());
    for (const MdBlock &block : tree.document().children) {
        if (block.type == MdBlock::Type::Heading && block.firstLine > 0)
            return {rightTrimmed(tree.rawLines(1, block.firstLine - 1)), tree.rawLines(block.firstLine, tree.lineCount())};
    }
    return {notes, QString()};
}

} // namespace

QByteArray MarkdownExporter::toMarkdown(const Release &release)
{
    QStringList out;
    out << QStringLiteral("# ") + Text::escape(release.name, Text::LineStart) << QString();
    out << QStringLiteral("Target readiness: ") + number(release.targetReadiness) + QLatin1Char('%') << QString();
    auto [preamble, rest] = splitNotes(release.notes);
    if (!preamble.isEmpty() && !endsCleanly(preamble)) {
        // Kept, under a heading of its own at the end, rather than let it swallow the checklist.
        rest = QStringLiteral("## Notes\n\n") + preamble + (rest.isEmpty() ? QString() : QStringLiteral("\n\n") + rest);
        preamble.clear();
    }
    if (!preamble.isEmpty())
        out << preamble << QString();

    for (const Gate &gate : release.gates) {
        out << QStringLiteral("## ") + Text::escape(gate.title, Text::LineStart) << QString();
        if (gate.items.empty() || ChecklistAssembler::namesCriteria(gate.title))
            out << ChecklistAssembler::gateMarker() << QString();
        if (gate.requiresPrevious)
            out << QStringLiteral("Requires previous gate: yes") << QString();
        if (!gate.notes.trimmed().isEmpty()) {
            writeGateNotes(out, gate.notes);
            out << QString();
        }
        const bool blocking = gate.title.contains(QLatin1String("blocking"), Qt::CaseInsensitive)
            || gate.title.contains(QLatin1String("blocker"), Qt::CaseInsensitive);
        for (const Item &item : gate.items)
            writeItem(out, item, 0, blocking);
        out << QString();
    }
    if (!release.metrics.empty())
        writeMetrics(out, release.metrics);
    writeCriteria(out, release, CriterionKind::Go, QStringLiteral("## GO criteria"));
    writeCriteria(out, release, CriterionKind::NoGo, QStringLiteral("## NO-GO criteria"));
    if (!rest.trimmed().isEmpty()) {
        // An indented heading right after a list would continue the list's last bullet.
        if (rest.front().isSpace())
            out << ChecklistAssembler::separatorMarker() << QString();
        out << rest;
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

Result<void> MarkdownExporter::writeFile(const Release &release, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    const QByteArray bytes = toMarkdown(release);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    return {};
}

} // namespace gl
