#include "interchange/ChecklistAssembler.h"

#include "interchange/ChecklistItemReader.h"
#include "interchange/ChecklistText.h"
#include "interchange/MetricTableReader.h"
#include "interchange/ShellBlockReader.h"

#include <QRegularExpression>

// How sections are read (the README documents the same rules for users):
//
// A heading's section is the blocks between it and the next heading of any level. A section becomes
// a gate when it holds checklist items; gates keep document order.
//  - "Strong" lists always give items: some bullet carries a task mark ([ ], [x], [X]) or labelled
//    sub-lines (Commands:, Pass:, Evidence:, Owner:, CI job:, Note:, Status: ...).
//  - "Weak" lists (plain bullets, no marks, no labels) give items only when the heading looks like a
//    gate: it names a phase, gate, stage, step, checklist, pre-flight, precondition, prerequisite,
//    validation, verification, readiness or check(s), or starts with a number ("1.", "2)"); and it is
//    not the document title (the first H1), whose plain lists are notes. Elsewhere weak lists are notes,
//    so "Assumptions" or "Risk Assessment Levels" never turn into work.
//  - A fenced bash/sh/shell/zsh/console block, or one with no language, gives runnable items, unless
//    (no language) its lines read as prose ("Level 1 (Info): ..."): then it is kept as notes.
//  - A table with Current and Required (or Target) columns, or with a Weight column, gives metrics.
//  - Lists under a heading naming GO or NO-GO criteria give decision criteria instead of items.
// Whatever a gate section holds besides items becomes the gate's notes; sections that give no gate
// are copied as written into the release notes (without the parts read as metrics or criteria).

namespace gl {

namespace {

bool looksLikeGate(const QString &heading)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(?:phase|gate|stage|step|checklist|pre[\\s\\-\u2010\u2011]?flight|precondition|prerequisite|"
                       "validation|verification|readiness|check)s?\\b|^\\d+[.)]"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words.match(heading).hasMatch();
}

std::optional<CriterionKind> criteriaKind(const QString &heading)
{
    static const QRegularExpression criteria(QStringLiteral("criteri"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression noGo(QStringLiteral("\\bno[\\s\\-\u2010\u2011\u2013_]*go\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression go(QStringLiteral("\\bgo\\b"), QRegularExpression::CaseInsensitiveOption);
    if (!criteria.match(heading).hasMatch())
        return std::nullopt;
    if (noGo.match(heading).hasMatch())
        return CriterionKind::NoGo;
    if (go.match(heading).hasMatch())
        return CriterionKind::Go;
    return std::nullopt;
}

bool isRequiresPreviousLine(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^requires\\s+previous\\s+gate\\s*:\\s*(?:yes|true)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(line.trimmed()).hasMatch();
}

// The exact line the exporter writes into the title section; it carries data, not notes.
bool isTargetReadinessParagraph(const MdBlock &p)
{
    static const QRegularExpression re(QStringLiteral("^target readiness:\\s*\\d+(?:\\.\\d+)?\\s*%$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto lines = ChecklistText::lines(p.inlines);
    return lines.size() == 1 && re.match(ChecklistText::render(lines.front(), false)).hasMatch();
}

QString trimBlankLines(const QStringList &lines)
{
    qsizetype first = 0;
    qsizetype last = lines.size() - 1;
    while (first <= last && lines.at(first).trimmed().isEmpty())
        ++first;
    while (last >= first && lines.at(last).trimmed().isEmpty())
        --last;
    if (first > last)
        return QString();
    QString text = lines.mid(first, last - first + 1).join(QLatin1Char('\n'));
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

QString rightTrimmed(const QString &s)
{
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1).isSpace())
        --n;
    return s.left(n);
}

} // namespace

bool ChecklistAssembler::namesCriteria(const QString &heading)
{
    return criteriaKind(heading).has_value();
}

ChecklistAssembler::ChecklistAssembler(const MarkdownTree &tree, std::vector<ImportWarning> &warnings)
    : m_tree(tree), m_warnings(warnings)
{
    for (const MdBlock &block : tree.document().children) {
        if (block.type == MdBlock::Type::Heading && block.level == 1) {
            m_titleHeading = &block;
            break;
        }
    }
}

QString ChecklistAssembler::documentTitle() const
{
    return m_titleHeading ? ChecklistText::stripDecorations(ChecklistText::renderJoined(m_titleHeading->inlines, false))
                          : QString();
}

std::vector<ChecklistAssembler::Section> ChecklistAssembler::sections() const
{
    const std::vector<MdBlock> &blocks = m_tree.document().children;
    std::vector<Section> result;
    Section current;
    current.firstLine = 1;
    current.bodyFirstLine = 1;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const MdBlock &block = blocks[i];
        if (block.type != MdBlock::Type::Heading)
            continue;
        current.end = i;
        current.lastLine = block.firstLine - 1;
        if (current.heading || current.end > current.begin)
            result.push_back(current);
        current = Section();
        current.heading = &block;
        current.begin = i + 1;
        current.firstLine = block.firstLine;
        current.bodyFirstLine = block.lastLine + 1;
    }
    current.end = blocks.size();
    current.lastLine = m_tree.lineCount();
    if (current.heading || current.end > current.begin)
        result.push_back(current);
    return result;
}

Release ChecklistAssembler::assemble()
{
    Release release;
    QStringList notes;
    for (const Section &section : sections())
        readSection(section, release, notes);
    release.notes = notes.join(QStringLiteral("\n\n"));
    // Two lists in the user's eyes: GO criteria first, each kind in document order.
    std::stable_partition(release.criteria.begin(), release.criteria.end(),
                          [](const Criterion &c) { return c.kind == CriterionKind::Go; });
    return release;
}

void ChecklistAssembler::readSection(const Section &section, Release &release, QStringList &notes)
{
    const std::vector<MdBlock> &blocks = m_tree.document().children;
    const bool isTitle = section.heading == m_titleHeading && section.heading;
    const QString heading = section.heading
        ? ChecklistText::stripDecorations(ChecklistText::renderJoined(section.heading->inlines, false))
        : QString();
    const bool gateLike = section.heading && !isTitle && looksLikeGate(heading);
    const bool blocking = heading.contains(QLatin1String("blocking"), Qt::CaseInsensitive)
        || heading.contains(QLatin1String("blocker"), Qt::CaseInsensitive);

    ChecklistItemReader reader(m_tree, m_warnings);
    Gate gate;
    // The exporter's marker keeps a gate a gate even when it is empty or its title reads like criteria.
    bool forcedGate = false;
    for (size_t i = section.begin; i < section.end; ++i)
        forcedGate = forcedGate || (blocks[i].type == MdBlock::Type::Html && blocks[i].code.trimmed() == gateMarker());
    const std::optional<CriterionKind> criteria = section.heading && !forcedGate ? criteriaKind(heading) : std::nullopt;
    std::vector<const MdBlock *> leftovers;
    std::vector<std::pair<int, int>> consumed;
    for (size_t i = section.begin; i < section.end; ++i) {
        const MdBlock &block = blocks[i];
        bool used = false;
        switch (block.type) {
        case MdBlock::Type::Paragraph:
            if ((isTitle || !section.heading) && isTargetReadinessParagraph(block)) {
                used = true;
            } else {
                const auto lines = ChecklistText::lines(block.inlines);
                for (const auto &line : lines) {
                    if (isRequiresPreviousLine(ChecklistText::render(line, false)))
                        gate.requiresPrevious = true;
                }
                used = lines.size() == 1 && gate.requiresPrevious
                    && isRequiresPreviousLine(ChecklistText::render(lines.front(), false));
            }
            break;
        case MdBlock::Type::List:
            if (criteria) {
                std::vector<std::pair<QString, bool>> bullets;
                ChecklistItemReader::collectBullets(block, bullets);
                for (const auto &[text, holds] : bullets)
                    release.criteria.push_back(Criterion{0, *criteria, text, holds});
                used = true;
            } else if (gateLike || ChecklistItemReader::isStrongList(block)) {
                for (Item &item : reader.readList(block, blocking))
                    gate.items.push_back(std::move(item));
                used = true;
            }
            break;
        case MdBlock::Type::Code:
            if (block.fence.isNull() || !ShellBlockReader::isShellLanguage(block.lang))
                break;
            if (block.lang.isEmpty() && ShellBlockReader::looksLikeProse(block.code)) {
                m_warnings.push_back({block.firstLine, tr("A code block without a language reads as text, not "
                                                          "commands; kept as notes")});
                break;
            }
            for (Item &item : ShellBlockReader::items(block.code, block.lang)) {
                item.blocker = blocking || item.title.contains(QLatin1String("(critical)"), Qt::CaseInsensitive);
                gate.items.push_back(std::move(item));
                used = true;
            }
            break;
        case MdBlock::Type::Table:
            if (auto metrics = MetricTableReader::read(block, m_warnings)) {
                for (Metric &metric : *metrics)
                    release.metrics.push_back(std::move(metric));
                used = true;
            }
            break;
        case MdBlock::Type::Html:
            used = block.code.trimmed() == gateMarker() || block.code.trimmed() == separatorMarker();
            break;
        default:
            break;
        }
        if (used)
            consumed.emplace_back(block.firstLine, block.lastLine);
        else
            leftovers.push_back(&block);
    }

    if (!gate.items.empty() || forcedGate) {
        gate.title = heading;
        if (gate.title.isEmpty() && section.heading)
            gate.title = ChecklistText::renderJoined(section.heading->inlines, false).simplified();
        if (gate.title.isEmpty())
            gate.title = section.heading ? tr("Gate %1").arg(release.gates.size() + 1) : tr("Checklist");
        gate.notes = gateNotes(leftovers);
        release.gates.push_back(std::move(gate));
        return;
    }
    const bool meaningful = std::any_of(leftovers.begin(), leftovers.end(),
                                        [](const MdBlock *b) { return b->type != MdBlock::Type::Rule; });
    if (!meaningful)
        return;
    const QString text = sectionNotes(section, section.heading && !isTitle, consumed);
    if (!text.isEmpty())
        notes << text;
}

QString ChecklistAssembler::gateNotes(const std::vector<const MdBlock *> &leftovers) const
{
    QStringList parts;
    for (const MdBlock *block : leftovers) {
        QStringList lines;
        if (block->type == MdBlock::Type::Rule)
            continue;
        if (block->type == MdBlock::Type::Paragraph) {
            for (const auto &line : ChecklistText::lines(block->inlines)) {
                const QString text = rightTrimmed(ChecklistText::render(line, true, false));
                if (!isRequiresPreviousLine(text))
                    lines << text;
            }
        } else {
            for (const QString &line : m_tree.rawLines(block->firstLine, block->lastLine).split(QLatin1Char('\n')))
                lines << rightTrimmed(line);
        }
        // One blank line at most, so the notes read back the same from the exporter's paragraphs.
        static const QRegularExpression blankRun(QStringLiteral("\n{3,}"));
        const QString text = trimBlankLines(lines).replace(blankRun, QStringLiteral("\n\n"));
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString ChecklistAssembler::sectionNotes(const Section &section, bool withHeading,
                                         const std::vector<std::pair<int, int>> &consumed) const
{
    // Copied as written; parts read as metrics or criteria are cut out, the rest joined by a blank line.
    const int first = withHeading ? section.firstLine : section.bodyFirstLine;
    QStringList segments;
    QStringList current;
    size_t range = 0;   // consumed ranges come in document order
    for (int line = first; line <= section.lastLine; ++line) {
        while (range < consumed.size() && consumed[range].second < line)
            ++range;
        const bool cut = range < consumed.size() && line >= consumed[range].first;
        if (cut) {
            if (!current.isEmpty())
                segments << trimBlankLines(current);
            current.clear();
            continue;
        }
        current << m_tree.line(line);
    }
    if (!current.isEmpty())
        segments << trimBlankLines(current);
    segments.removeAll(QString());
    return segments.join(QStringLiteral("\n\n"));
}

} // namespace gl
