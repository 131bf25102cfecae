#include "domain/Release.h"
#include "domain/ReleaseCopy.h"

#include <QRegularExpression>

namespace gl {

QString operatorSymbol(Operator op)
{
    switch (op) {
    case Operator::Greater: return QStringLiteral(">");
    case Operator::GreaterOrEqual: return QStringLiteral(">=");
    case Operator::Less: return QStringLiteral("<");
    case Operator::LessOrEqual: return QStringLiteral("<=");
    case Operator::Equal: return QStringLiteral("=");
    case Operator::NotEqual: return QStringLiteral("!=");
    }
    return QString();
}

std::optional<Operator> operatorFromSymbol(const QString &symbol)
{
    const QString s = symbol.trimmed();
    if (s == QLatin1String(">"))
        return Operator::Greater;
    if (s == QLatin1String(">=") || s == QStringLiteral("\u2265") || s == QLatin1String("=>"))
        return Operator::GreaterOrEqual;
    if (s == QLatin1String("<"))
        return Operator::Less;
    if (s == QLatin1String("<=") || s == QStringLiteral("\u2264") || s == QLatin1String("=<"))
        return Operator::LessOrEqual;
    if (s == QLatin1String("=") || s == QLatin1String("=="))
        return Operator::Equal;
    if (s == QLatin1String("!=") || s == QStringLiteral("\u2260") || s == QLatin1String("<>"))
        return Operator::NotEqual;
    return std::nullopt;
}

Measure parseMeasure(const QString &text)
{
    Measure m;
    QString t = text;
    t.remove(QLatin1Char('*'));
    t.remove(QLatin1Char('`'));
    t = t.trimmed();
    m.text = t;

    // optional operator, a number (1,234.5 or 3.4), then a unit; "+" after a number ("39+") is kept
    // as part of the unit text. Anything else is not a number.
    static const QRegularExpression re(QStringLiteral(
        "^(>=|<=|=>|=<|==|!=|<>|\u2265|\u2264|\u2260|>|<|=)?\\s*([-+]?(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?|[-+]?\\.\\d+)\\s*(.*)$"));
    const QRegularExpressionMatch match = re.match(t);
    if (!match.hasMatch()) {
        // an operator alone in front of text: keep the operator, no value
        static const QRegularExpression opOnly(QStringLiteral("^(>=|<=|\u2265|\u2264|\u2260|!=|>|<|=)\\s*(.*)$"));
        const QRegularExpressionMatch o = opOnly.match(t);
        if (o.hasMatch())
            m.op = operatorFromSymbol(o.captured(1));
        return m;
    }
    if (!match.captured(1).isEmpty())
        m.op = operatorFromSymbol(match.captured(1));
    QString number = match.captured(2);
    number.remove(QLatin1Char(','));
    bool ok = false;
    const double v = number.toDouble(&ok);
    if (ok)
        m.value = v;
    m.unit = match.captured(3).trimmed();
    return m;
}

bool metricMet(const Metric &metric)
{
    if (!metric.current)
        return false;
    if (!metric.required)
        return true;
    const double c = *metric.current;
    const double r = *metric.required;
    switch (metric.op) {
    case Operator::Greater: return c > r;
    case Operator::GreaterOrEqual: return c >= r;
    case Operator::Less: return c < r;
    case Operator::LessOrEqual: return c <= r;
    case Operator::Equal: return qFuzzyCompare(c + 1.0, r + 1.0);
    case Operator::NotEqual: return !qFuzzyCompare(c + 1.0, r + 1.0);
    }
    return false;
}

ItemStatus rolledUpStatus(const Item &item)
{
    if (!item.isGroup())
        return item.status;
    int leaves = 0, failed = 0, blocked = 0, na = 0, done = 0, notStarted = 0;
    forEachLeaf(item.children, [&](const Item &leaf) {
        ++leaves;
        switch (leaf.status) {
        case ItemStatus::Failed: ++failed; break;
        case ItemStatus::Blocked: ++blocked; break;
        case ItemStatus::NotApplicable: ++na; break;
        case ItemStatus::NotStarted: ++notStarted; break;
        default: break;
        }
        if (statusIsDone(leaf.status))
            ++done;
    });
    if (failed)
        return ItemStatus::Failed;
    if (blocked)
        return ItemStatus::Blocked;
    if (na == leaves)
        return ItemStatus::NotApplicable;
    if (done == leaves)
        return ItemStatus::Passed;
    if (notStarted == leaves)
        return ItemStatus::NotStarted;
    return ItemStatus::InProgress;
}

namespace {
template<typename ItemT> ItemT *findIn(std::vector<Item> &items, qint64 id)
{
    for (Item &item : items) {
        if (item.id == id)
            return &item;
        if (ItemT *found = findIn<ItemT>(item.children, id))
            return found;
    }
    return nullptr;
}
} // namespace

Item *findItem(Release &release, qint64 itemId)
{
    for (Gate &gate : release.gates) {
        if (Item *found = findIn<Item>(gate.items, itemId))
            return found;
    }
    return nullptr;
}

namespace {

void resetItem(Item &item)
{
    item.id = 0;
    item.status = ItemStatus::NotStarted;
    item.statusReason.clear();
    item.note.clear();
    item.waiverExpiry = QDate();
    item.updatedAt = QDateTime();
    item.updatedBy.clear();
    item.approvedHash.clear();
    item.runs.clear();
    item.evidenceList.clear();
    item.changedAt = QDateTime();
    for (Item &child : item.children)
        resetItem(child);
}

} // namespace

Release releaseCopy(const Release &source, const QString &name)
{
    Release copy;
    copy.name = name;
    copy.notes = source.notes;
    copy.targetReadiness = source.targetReadiness;
    copy.run = source.run;
    copy.requiredSignOffs = source.requiredSignOffs;
    copy.separationOfDuties = source.separationOfDuties;
    copy.gates = source.gates;
    for (Gate &g : copy.gates) {
        g.id = 0;
        for (Item &item : g.items)
            resetItem(item);
    }
    copy.metrics = source.metrics;
    for (Metric &m : copy.metrics) {
        m.id = 0;
        m.current.reset();
        m.currentText.clear();
        m.source.reset(); // it pointed at an item of the source release
    }
    copy.criteria = source.criteria;
    for (Criterion &c : copy.criteria) {
        c.id = 0;
        c.holds = false;
    }
    return copy;
}

const Item *findItem(const Release &release, qint64 itemId)
{
    return findItem(const_cast<Release &>(release), itemId);
}

int leafCount(const Release &release)
{
    int n = 0;
    for (const Gate &gate : release.gates)
        forEachLeaf(gate.items, [&](const Item &) { ++n; });
    return n;
}

} // namespace gl
