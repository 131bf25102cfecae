#include "interchange/ChecklistItemReader.h"

#include "interchange/ShellBlockReader.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>
#include <string_view>

namespace gl {

namespace {

using Line = ChecklistText::Line;

void appendTo(QString &field, const QString &text, QChar separator)
{
    if (text.isEmpty())
        return;
    if (field.isEmpty())
        field = text;
    else
        field += separator + text;
}

void appendLine(QString &field, const QString &text)
{
    appendTo(field, text.trimmed(), QLatin1Char('\n'));
}

// A single token like `.env.example` names a file; `./deploy.sh` and `../x` run something.
bool isFileName(const QString &code)
{
    const QString c = code.trimmed();
    return c.startsWith(QLatin1Char('.')) && !c.startsWith(QLatin1String("./")) && !c.startsWith(QLatin1String("../"))
        && !c.contains(QLatin1Char(' ')) && !c.contains(QLatin1Char('\t'));
}

std::optional<ItemStatus> parseStatus(const QString &value)
{
    QString s = ChecklistText::stripDecorations(value).toLower();
    s.replace(QLatin1Char(' '), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (const auto status = statusFromKey(s))
        return status;
    static const QHash<QString, ItemStatus> aliases = {
        {QStringLiteral("todo"), ItemStatus::NotStarted},    {QStringLiteral("open"), ItemStatus::NotStarted},
        {QStringLiteral("pending"), ItemStatus::NotStarted}, {QStringLiteral("wip"), ItemStatus::InProgress},
        {QStringLiteral("done"), ItemStatus::Passed},        {QStringLiteral("pass"), ItemStatus::Passed},
        {QStringLiteral("ok"), ItemStatus::Passed},          {QStringLiteral("complete"), ItemStatus::Passed},
        {QStringLiteral("fail"), ItemStatus::Failed},        {QStringLiteral("n/a"), ItemStatus::NotApplicable},
        {QStringLiteral("na"), ItemStatus::NotApplicable},
    };
    const auto it = aliases.constFind(s);
    if (it != aliases.constEnd())
        return it.value();
    return std::nullopt;
}

std::optional<bool> parseYesNo(const QString &value)
{
    const QString s = ChecklistText::stripDecorations(value).toLower();
    if (s == QLatin1String("yes") || s == QLatin1String("y") || s == QLatin1String("true") || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("no") || s == QLatin1String("n") || s == QLatin1String("false") || s == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString rawBlock(const MarkdownTree &tree, const MdBlock &block)
{
    QStringList lines;
    for (const QString &l : tree.rawLines(block.firstLine, block.lastLine).split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            lines << l.simplified();
    }
    return lines.join(QLatin1Char('\n'));
}

const MdBlock *firstParagraph(const MdBlock &li)
{
    return !li.children.empty() && li.children.front().type == MdBlock::Type::Paragraph ? &li.children.front() : nullptr;
}

// Where a line starts with a label. Runs for every bullet line, so it is written out by hand; it
// matches exactly what this expression (case-insensitive, as PCRE2 reads it) matches:
//   ^\s*(commands?|pass(?:\s+criteria)?|evidence|owners?|ci[\s-]*job|action|details?|notes?|
//        current\s+status|status\s+reason|status|reason|component|blocker|waiver\s+expir(?:es|y)|probe)\s*:(?:\s+|$)
struct LabelSpan {
    qsizetype wordStart;   // the label as written
    qsizetype wordEnd;
    qsizetype end;         // past the colon and the blanks after it
};

// \s without Unicode properties: ASCII blanks only.
bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || (c >= QLatin1Char('\t') && c <= QLatin1Char('\r'));
}

// Case-insensitive as PCRE2 is in UTF mode, where the Kelvin sign is a K and the long s an s.
bool sameLetter(QChar c, char16_t lower)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u) == lower;
    return (u == 0x212A && lower == u'k') || (u == 0x017F && lower == u's');
}

std::optional<LabelSpan> findLabel(QStringView text)
{
    // In the order the alternatives are tried, each optional part first with, then without.
    // ' ' stands for \s+, '-' for [\s-]*.
    static constexpr std::u16string_view forms[] = {
        u"commands", u"command", u"pass criteria", u"pass", u"evidence", u"owners", u"owner", u"ci-job",
        u"action", u"details", u"detail", u"notes", u"note", u"current status", u"status reason", u"status",
        u"reason", u"component", u"blocker", u"waiver expires", u"waiver expiry", u"probe",
    };
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start < n && isBlank(text[start]))
        ++start;
    // Every label starts with a letter and ends in a colon: most lines are done here.
    if (start == n || !text.mid(start).contains(QLatin1Char(':')))
        return std::nullopt;
    for (const std::u16string_view form : forms) {
        qsizetype i = start;
        bool ok = true;
        for (const char16_t f : form) {
            if (f == u' ' || f == u'-') {
                if (f == u' ' && (i == n || !isBlank(text[i]))) {
                    ok = false;
                    break;
                }
                while (i < n && (isBlank(text[i]) || (f == u'-' && text[i] == QLatin1Char('-'))))
                    ++i;
            } else if (i < n && sameLetter(text[i], f)) {
                ++i;
            } else {
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        const qsizetype wordEnd = i;
        while (i < n && isBlank(text[i]))
            ++i;
        if (i == n || text[i] != QLatin1Char(':'))
            continue;
        ++i;
        // (?:\s+|$): blanks, or the end (a final '\n' is a blank too).
        if (i < n && !isBlank(text[i]))
            continue;
        while (i < n && isBlank(text[i]))
            ++i;
        return LabelSpan{start, wordEnd, i};
    }
    return std::nullopt;
}

// What QString::toLower().simplified() gives for a label findLabel() found, without the two
// intermediate strings: only ASCII, blanks, '-', the Kelvin sign (lower case 'k') and the long s
// (already lower case) can be in one, and it starts and ends with a letter.
QString labelWord(QStringView label)
{
    QString word(label.size(), Qt::Uninitialized);
    QChar *out = word.data();
    bool blank = false;
    for (const QChar c : label) {
        if (isBlank(c)) {
            blank = true;
            continue;
        }
        if (blank)
            *out++ = QLatin1Char(' ');
        blank = false;
        const char16_t u = c.unicode();
        if (u == 0x212A)
            *out++ = QLatin1Char('k');
        else if (u >= u'A' && u <= u'Z')
            *out++ = QChar(char16_t(u + (u'a' - u'A')));
        else
            *out++ = c;
    }
    word.truncate(out - word.constData());
    return word;
}

int countOpenLeaves(const std::vector<Item> &items)
{
    int open = 0;
    forEachLeaf(items, [&](const Item &leaf) {
        if (!statusIsDone(leaf.status))
            ++open;
    });
    return open;
}

} // namespace

ChecklistItemReader::ChecklistItemReader(const MarkdownTree &tree, std::vector<ImportWarning> &warnings)
    : m_tree(tree), m_warnings(warnings)
{
}

std::optional<ChecklistItemReader::LabelMatch> ChecklistItemReader::matchLabel(const Line &line)
{
    if (line.empty() || line.front().kind != MdInline::Kind::Text)
        return std::nullopt;
    const std::optional<LabelSpan> m = findLabel(line.front().text);
    if (!m)
        return std::nullopt;
    const QStringView written = QStringView(line.front().text).mid(m->wordStart, m->wordEnd - m->wordStart);
    const QString word = labelWord(written);
    Label label = Label::Details;
    if (word.startsWith(QLatin1String("command")))
        label = Label::Commands;
    else if (word.startsWith(QLatin1String("pass")))
        label = Label::Pass;
    else if (word == QLatin1String("evidence"))
        label = Label::Evidence;
    else if (word.startsWith(QLatin1String("owner")))
        label = Label::Owners;
    else if (word.startsWith(QLatin1String("ci")))
        label = Label::CiJob;
    else if (word == QLatin1String("action") || word.startsWith(QLatin1String("detail")))
        label = Label::Details;
    else if (word.startsWith(QLatin1String("note")) || word.startsWith(QLatin1String("current")))
        label = Label::Note;
    else if (word == QLatin1String("status"))
        label = Label::Status;
    else if (word == QLatin1String("reason") || word.startsWith(QLatin1String("status ")))
        label = Label::Reason;
    else if (word == QLatin1String("component"))
        label = Label::Component;
    else if (word == QLatin1String("blocker"))
        label = Label::Blocker;
    else if (word.startsWith(QLatin1String("waiver")))
        label = Label::WaiverExpires;
    else if (word == QLatin1String("probe"))
        label = Label::Probe;

    LabelMatch match{label, line};
    match.value.front().text = line.front().text.mid(m->end);
    if (match.value.front().text.isEmpty())
        match.value.erase(match.value.begin());
    return match;
}

bool ChecklistItemReader::hasLabelledSubLines(const MdBlock &li)
{
    bool leading = true;
    for (const MdBlock &child : li.children) {
        if (child.type == MdBlock::Type::Paragraph) {
            const std::vector<Line> lines = ChecklistText::lines(child.inlines);
            for (size_t i = leading ? 1 : 0; i < lines.size(); ++i) {
                if (matchLabel(lines[i]))
                    return true;
            }
        } else if (child.type == MdBlock::Type::List) {
            for (const MdBlock &sub : child.children) {
                const MdBlock *p = firstParagraph(sub);
                if (!sub.isTask() && p && matchLabel(ChecklistText::firstLine(p->inlines)))
                    return true;
            }
        }
        leading = false;
    }
    return false;
}

bool ChecklistItemReader::isStrongList(const MdBlock &list)
{
    // A task mark at any depth counts: "- Parent" over "  - [ ] child" is a checklist too.
    for (const MdBlock &li : list.children) {
        if (li.isTask() || hasLabelledSubLines(li))
            return true;
        for (const MdBlock &child : li.children) {
            if (child.type == MdBlock::Type::List && isStrongList(child))
                return true;
        }
    }
    return false;
}

void ChecklistItemReader::collectBullets(const MdBlock &list, std::vector<std::pair<QString, bool>> &out)
{
    for (const MdBlock &li : list.children) {
        if (const MdBlock *p = firstParagraph(li)) {
            const QString text = ChecklistText::stripDecorations(ChecklistText::renderJoined(p->inlines, true));
            if (!text.isEmpty())
                out.emplace_back(text, li.isChecked());
        }
        for (const MdBlock &child : li.children) {
            if (child.type == MdBlock::Type::List)
                collectBullets(child, out);
        }
    }
}

std::vector<Item> ChecklistItemReader::readList(const MdBlock &list, bool blockingGate)
{
    std::vector<Item> items;
    items.reserve(list.children.size());
    for (const MdBlock &li : list.children)
        items.push_back(readItem(li, blockingGate));
    return items;
}

Item ChecklistItemReader::readItem(const MdBlock &li, bool blockingGate)
{
    Item item;
    Pending pending;
    item.status = li.isChecked() ? ItemStatus::Passed : ItemStatus::NotStarted;
    QStringList title;
    bool first = true;
    for (const MdBlock &child : li.children) {
        switch (child.type) {
        case MdBlock::Type::Paragraph: {
            // The title runs until the first labelled line; a label's value runs on until the next one.
            bool titleOpen = first;
            std::optional<Label> current;
            int lineNumber = child.firstLine - 1;
            for (const Line &line : ChecklistText::lines(child.inlines)) {
                ++lineNumber;
                // The bullet's own first line is its title even when it reads like a label.
                std::optional<LabelMatch> m;
                if (!(first && title.isEmpty()))
                    m = matchLabel(line);
                if (m) {
                    titleOpen = false;
                    current = m->label;
                    applyLabel(item, pending, m->label, m->value, false, lineNumber);
                    continue;
                }
                const QString text = ChecklistText::render(line, true);
                if (text.isEmpty())
                    continue;
                if (titleOpen)
                    title << text;
                else if (current)
                    applyLabel(item, pending, *current, line, true, lineNumber);
                else
                    appendLine(item.details, text);
            }
            break;
        }
        case MdBlock::Type::List:
            for (const MdBlock &sub : child.children) {
                const MdBlock *p = firstParagraph(sub);
                if (!sub.isTask() && p) {
                    if (const auto m = matchLabel(ChecklistText::firstLine(p->inlines))) {
                        readLabelBullet(item, pending, sub, *m);
                        continue;
                    }
                }
                item.children.push_back(readItem(sub, blockingGate));
            }
            break;
        case MdBlock::Type::Code:
            if (!child.fence.isNull() && ShellBlockReader::isShellLanguage(child.lang)
                && !(child.lang.isEmpty() && ShellBlockReader::looksLikeProse(child.code)))
                item.commands += ShellBlockReader::commands(child.code, child.lang);
            else
                appendLine(item.details, rawBlock(m_tree, child));
            break;
        case MdBlock::Type::Rule:
            break;
        default:
            appendLine(item.details, rawBlock(m_tree, child));
            break;
        }
        first = false;
    }

    item.title = ChecklistText::itemTitle(title.join(QLatin1Char(' ')));
    if (item.title.isEmpty() && !item.commands.isEmpty())
        item.title = ChecklistText::itemTitle(item.commands.first());
    if (item.title.isEmpty())
        item.title = tr("Untitled item");
    finish(item, pending, blockingGate, li.firstLine);
    return item;
}

void ChecklistItemReader::readLabelBullet(Item &item, Pending &pending, const MdBlock &li, LabelMatch match)
{
    applyLabel(item, pending, match.label, match.value, false, li.firstLine);
    Label current = match.label;
    bool first = true;
    for (const MdBlock &child : li.children) {
        if (child.type == MdBlock::Type::Paragraph) {
            const std::vector<Line> lines = ChecklistText::lines(child.inlines);
            for (size_t i = first ? 1 : 0; i < lines.size(); ++i) {
                const int lineNumber = child.firstLine + int(i);
                if (const auto m = matchLabel(lines[i])) {
                    current = m->label;
                    applyLabel(item, pending, m->label, m->value, false, lineNumber);
                } else {
                    applyLabel(item, pending, current, lines[i], i > 0, lineNumber);
                }
            }
        } else if (child.type == MdBlock::Type::List) {
            // "Commands:" over bullets of code spans ("- Backup: `...`"): each span is a command.
            for (const MdBlock &sub : child.children) {
                const MdBlock *p = firstParagraph(sub);
                if (!p)
                    continue;
                for (const Line &line : ChecklistText::lines(p->inlines)) {
                    if (current == Label::Commands)
                        addCommands(item, line, false);
                    else if (const auto m = matchLabel(line))
                        applyLabel(item, pending, m->label, m->value, false, sub.firstLine);
                    else
                        applyLabel(item, pending, current, line, false, sub.firstLine);
                }
            }
        } else if (child.type == MdBlock::Type::Code && current == Label::Commands && !child.fence.isNull()
                   && ShellBlockReader::isShellLanguage(child.lang)) {
            item.commands += ShellBlockReader::commands(child.code, child.lang);
        } else if (child.type != MdBlock::Type::Rule) {
            appendLine(item.details, rawBlock(m_tree, child));
        }
        first = false;
    }
}

void ChecklistItemReader::applyLabel(Item &item, Pending &pending, Label label, const Line &value, bool continuation,
                                     int line)
{
    // Each label wants the value with code spans kept or unwrapped, rarely both: render only that.
    const auto text = [&value] { return ChecklistText::render(value, true); };
    const auto plain = [&value] { return ChecklistText::render(value, false); };
    const QChar separator = continuation ? QLatin1Char(' ') : QLatin1Char('\n');
    switch (label) {
    case Label::Commands:
        addCommands(item, value, true);
        break;
    case Label::Pass:
        appendTo(item.passCriteria, text(), separator);
        break;
    case Label::Evidence:
        appendTo(item.evidence, text(), separator);
        break;
    case Label::Owners: {
        QString owners = plain();
        static const QRegularExpression andWord(QStringLiteral("(?:^|\\s+)and\\s+"));
        if (owners.contains(QLatin1String("and")))   // the expression costs more than the rest of the case
            owners.replace(andWord, QStringLiteral(","));
        for (QString owner : owners.split(QLatin1Char(','))) {
            owner = ChecklistText::stripDecorations(owner);
            while (owner.endsWith(QLatin1Char('.')))
                owner = owner.chopped(1).trimmed();
            if (!owner.isEmpty())
                item.owners << owner;
        }
        break;
    }
    case Label::CiJob:
        appendTo(item.ciJob, plain(), separator);
        break;
    case Label::Details:
        appendTo(item.details, text(), separator);
        break;
    case Label::Note:
        appendTo(item.note, text(), separator);
        break;
    case Label::Reason:
        appendTo(item.statusReason, text(), separator);
        break;
    case Label::Component:
        appendTo(item.component, plain(), separator);
        break;
    case Label::Status: {
        if (continuation)
            break;
        const QString status = plain();
        if (status.isEmpty())
            break;
        if (const auto known = parseStatus(status)) {
            item.status = *known;
        } else {
            m_warnings.push_back({line, tr("Unknown status “%1” kept in the details; known: %2")
                                            .arg(status, statusKeys().join(QStringLiteral(", ")))});
            appendLine(item.details, QStringLiteral("Status: ") + text());
        }
        break;
    }
    case Label::Blocker: {
        if (continuation)
            break;
        const QString blocker = plain();
        if (blocker.isEmpty())
            break;
        if (const auto yes = parseYesNo(blocker))
            pending.blocker = *yes;
        else
            m_warnings.push_back({line, tr("“Blocker: %1” is neither yes nor no; ignored").arg(blocker)});
        break;
    }
    case Label::Probe:
        readProbeSettings(pending, value, line);
        break;
    case Label::WaiverExpires: {
        if (continuation)
            break;
        const QString expiry = plain();
        if (expiry.isEmpty())
            break;
        const QDate date = QDate::fromString(expiry.left(10), Qt::ISODate);
        if (date.isValid())
            item.waiverExpiry = date;
        else
            m_warnings.push_back({line, tr("Waiver expiry “%1” is not a date (YYYY-MM-DD); ignored").arg(expiry)});
        break;
    }
    }
}

void ChecklistItemReader::addCommands(Item &item, const Line &line, bool fileNamesAreNotCommands)
{
    // Spans inside parentheses ("(or `x`)", "(from `dir/`)") explain the command; they are not run.
    QStringList found;
    QStringList asides;
    QString aside;
    int depth = 0;
    for (const MdInline &in : line) {
        if (in.kind == MdInline::Kind::Code) {
            if (depth > 0) {
                aside += ChecklistText::codeSpan(in.text);
                continue;
            }
            const QString command = in.text.trimmed();
            if (!command.isEmpty() && !(fileNamesAreNotCommands && isFileName(command)))
                found << command;
            continue;
        }
        for (QChar c : in.text) {
            if (c == QLatin1Char('(')) {
                if (depth++ > 0)
                    aside += c;
            } else if (c == QLatin1Char(')') && depth > 0) {
                if (--depth == 0) {
                    asides << aside.simplified();
                    aside.clear();
                } else {
                    aside += c;
                }
            } else if (depth > 0) {
                aside += c;
            }
        }
    }
    if (depth > 0)
        asides << aside.simplified();
    if (found.isEmpty()) {
        appendLine(item.details, ChecklistText::render(line, true));
        return;
    }
    item.commands += found;
    for (const QString &a : std::as_const(asides)) {
        if (a.isEmpty())
            continue;
        if (a.startsWith(QLatin1String("or "), Qt::CaseInsensitive))
            appendLine(item.details, QStringLiteral("Alternative: ") + a.mid(3).trimmed());
        else
            appendLine(item.details, a.left(1).toUpper() + a.mid(1));
    }
}

void ChecklistItemReader::readProbeSettings(Pending &pending, const Line &value, int line)
{
    // Code spans hold the body text, which may contain anything, commas included: they stand in the
    // text as one placeholder each and are taken in order.
    static constexpr QChar span(0xFFFC);
    QString text;
    QStringList spans;
    for (const MdInline &in : value) {
        if (in.kind == MdInline::Kind::Code) {
            text += span;
            spans << in.text;
        } else {
            text += in.text;
        }
    }
    if (text.trimmed().isEmpty())
        return;
    // Not emplace(): clang 14 takes the nested type as not default-constructible inside its class.
    if (!pending.probe)
        pending.probe = ProbeSettings {};
    ProbeSettings &settings = *pending.probe;
    if (settings.line == 0)
        settings.line = line;
    settings.written << ChecklistText::render(value, true);
    static const QRegularExpression status(QStringLiteral("^(?:expected\\s+)?status\\s+(\\d{3})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression within(QStringLiteral("^within\\s+(\\d{1,9})\\s*ms$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression timeout(QStringLiteral("^timeout\\s+(\\d{1,9})\\s*(ms|s)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression body(QStringLiteral("^body\\s+contains\\s*\uFFFC$"),
                                         QRegularExpression::CaseInsensitiveOption);
    qsizetype nextSpan = 0;
    for (const QString &written : text.split(QLatin1Char(','))) {
        const QString part = written.simplified();
        const qsizetype spansHere = part.count(span);
        QRegularExpressionMatch m;
        if ((m = status.match(part)).hasMatch()) {
            settings.expectedStatus = m.captured(1).toInt();
        } else if ((m = within.match(part)).hasMatch()) {
            settings.maxLatencyMs = m.captured(1).toInt();
        } else if ((m = timeout.match(part)).hasMatch()) {
            const int n = m.captured(1).toInt();
            settings.timeoutMs = m.captured(2).compare(QLatin1String("s"), Qt::CaseInsensitive) == 0
                ? int(std::min<qint64>(qint64(n) * 1000, std::numeric_limits<int>::max()))
                : n;
        } else if (body.match(part).hasMatch() && nextSpan < spans.size()) {
            settings.bodyContains = spans.at(nextSpan);
        } else if (!part.isEmpty()) {
            QString shown = part;
            for (qsizetype i = 0; i < spansHere && nextSpan + i < spans.size(); ++i)
                shown.replace(shown.indexOf(span), 1, ChecklistText::codeSpan(spans.at(nextSpan + i)));
            m_warnings.push_back({line, tr("Unknown probe setting \u201c%1\u201d ignored; known: status 200, within 500 ms, "
                                           "timeout 10 s, body contains `text`").arg(shown)});
        }
        nextSpan += spansHere;
    }
}

void ChecklistItemReader::finish(Item &item, const Pending &pending, bool blockingGate, int line)
{
    ShellBlockReader::promoteCurlToProbe(item);
    if (pending.probe) {
        const ProbeSettings &settings = *pending.probe;
        if (item.probe) {
            item.probe->expectedStatus = settings.expectedStatus.value_or(item.probe->expectedStatus);
            item.probe->maxLatencyMs = settings.maxLatencyMs.value_or(item.probe->maxLatencyMs);
            item.probe->timeoutMs = settings.timeoutMs.value_or(item.probe->timeoutMs);
            item.probe->bodyContains = settings.bodyContains.value_or(item.probe->bodyContains);
        } else {
            m_warnings.push_back({settings.line, tr("\u201cProbe:\u201d on \u201c%1\u201d kept in the details: the item has no "
                                                    "plain `curl -f URL` check to apply it to").arg(item.title)});
            for (const QString &written : settings.written)
                appendLine(item.details, QStringLiteral("Probe: ") + written);
        }
    }

    // The cheap test for '(' first: a case-insensitive search costs more than the rest of this function.
    const bool critical = item.title.contains(QLatin1Char('('))
        && item.title.contains(QLatin1String("(critical)"), Qt::CaseInsensitive);
    item.blocker = pending.blocker.value_or(blockingGate || critical);
    if (item.status == ItemStatus::Passed && item.isGroup()) {
        const int open = countOpenLeaves(item.children);
        if (open > 0)
            m_warnings.push_back({line, tr("“%1” is checked but has %n unchecked item(s)", "", open).arg(item.title)});
    }
    if (item.status == ItemStatus::Waived && (item.statusReason.isEmpty() || !item.waiverExpiry.isValid()))
        m_warnings.push_back({line, tr("“%1” is waived without a reason and an expiry date").arg(item.title)});
}

} // namespace gl
