#pragma once
// Plain value types for one release: gates in order, nested items, metrics and decision criteria.
// No I/O here: the store fills them, readiness reads them, interchange renders them.

#include "Evidence.h"
#include "ItemStatus.h"
#include "Run.h"
#include "DecisionRecord.h"
#include "SignOff.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace gl {

struct Item {
    qint64 id = 0;
    QString title;
    QString details;          // free text under the item that is not a labelled field
    QStringList commands;     // in order; run one after the other
    QString passCriteria;
    QString evidence;         // what evidence is expected, as the checklist says it (text)
    QStringList owners;
    QString component;
    QString ciJob;
    bool blocker = false;
    ItemStatus status = ItemStatus::NotStarted;  // as recorded; groups show rolledUpStatus()
    QString statusReason;
    QString note;
    QDate waiverExpiry;       // only for Waived
    QDateTime updatedAt;      // UTC
    QString updatedBy;
    // Running the item (execution/): its commands above, or an HTTP probe instead.
    std::optional<Probe> probe;
    int expectedExitCode = 0;         // of the last command, for Passed
    QString outputPattern;            // regular expression the output must (or must not) match; empty: none
    bool outputMustMatch = true;
    int timeoutSeconds = 0;           // 0: the release's timeout
    bool commandsImported = false;    // commands or probe came from a file: a person must approve them
    QString approvedHash;             // runSpecHash() a person approved; empty: never approved
    std::vector<RunRecord> runs;      // oldest first; read-only history (store writes them)
    // Evidence (issue 4): what is attached, oldest first (run logs included), and what is asked of it.
    std::vector<Evidence> evidenceList;  // read-only here: the store's attach and remove calls write it
    EvidenceRequirement evidenceRequirement;
    QDateTime changedAt;              // UTC, last change of what the item asks (not of its status)
    std::vector<Item> children;

    bool isRunnable() const { return !isGroup() && (probe.has_value() || !commands.isEmpty()); }

    bool isGroup() const { return !children.empty(); }
    friend bool operator==(const Item &, const Item &) = default;
};

struct Gate {
    qint64 id = 0;
    QString title;
    QString notes;            // paragraphs of the gate's section that are not items
    bool requiresPrevious = false;
    std::vector<Item> items;
    friend bool operator==(const Gate &, const Gate &) = default;
};

enum class Operator { Greater, GreaterOrEqual, Less, LessOrEqual, Equal, NotEqual };
QString operatorSymbol(Operator op);                 // ">", ">=", "<", "<=", "=", "!="
std::optional<Operator> operatorFromSymbol(const QString &symbol);  // also "≥", "≤", "==", "≠"

// A value as people write it in a table cell: ">15%", "<10MB", "3.4%", "8.2/10", "Leaking".
struct Measure {
    std::optional<Operator> op;
    std::optional<double> value;
    QString unit;             // "%", "MB", "s", "/10", "MB/hr" ...
    QString text;             // the cell as written, trimmed, without Markdown emphasis
    friend bool operator==(const Measure &, const Measure &) = default;
};
Measure parseMeasure(const QString &text);

struct Metric {
    qint64 id = 0;
    QString name;
    QString unit;
    Operator op = Operator::GreaterOrEqual;
    std::optional<double> required;
    QString requiredText;
    std::optional<double> current;   // empty when the current value is not a number ("Leaking")
    QString currentText;
    double weight = 0;               // 0: not part of the weighted score
    bool blocker = false;
    std::optional<MetricSource> source;  // set: current comes from evidence (issue 4)
    friend bool operator==(const Metric &, const Metric &) = default;
};
// Met when both values are numbers and current satisfies op against required;
// with no required value, met when a current number exists. A non-number current is never met.
bool metricMet(const Metric &metric);

enum class CriterionKind { Go, NoGo };
struct Criterion {
    qint64 id = 0;
    CriterionKind kind = CriterionKind::Go;
    QString text;
    bool holds = false;       // a GO criterion that holds is met; a NO-GO criterion that holds blocks
    friend bool operator==(const Criterion &, const Criterion &) = default;
};

struct Release {
    qint64 id = 0;
    QString uid;              // random, made with the release: what a sign-off is bound to besides its snapshot
    QString name;
    QString notes;            // Markdown of the sections that are not checklists
    QString source;           // file name it was imported from, if any
    double targetReadiness = 90.0;  // percent, for CONDITIONAL GO
    QDateTime createdAt;      // UTC
    RunSettings run;
    std::vector<Gate> gates;
    std::vector<Metric> metrics;
    std::vector<Criterion> criteria;
    // Sign-offs (issue 5): read-only here, the store's sign-off calls write them.
    std::vector<SignOffRequirement> requiredSignOffs;
    bool separationOfDuties = true;   // the last person to change it cannot be its only approver
    std::vector<SignOff> signOffs;    // oldest first
    QString lastChangedBy;            // actor of the newest change (audit), sign-offs not counted
    std::vector<DecisionRecord> decisions;  // oldest first; at most the newest is in force
    // The decision in force (not superseded), or null. While there is one the release is frozen.
    const DecisionRecord *decisionInForce() const
    {
        return !decisions.empty() && !decisions.back().isSuperseded() ? &decisions.back() : nullptr;
    }
    friend bool operator==(const Release &, const Release &) = default;
};

// Status a group shows, derived from its leaves; a leaf's own status otherwise.
// Any failed -> Failed; else any blocked -> Blocked; else all not applicable -> NotApplicable;
// else all done -> Passed; else all not started -> NotStarted; else InProgress.
ItemStatus rolledUpStatus(const Item &item);

// Depth-first visits (parents before children).
template<typename F> void forEachItem(const std::vector<Item> &items, F &&f)
{
    for (const Item &item : items) {
        f(item);
        forEachItem(item.children, f);
    }
}
template<typename F> void forEachItem(std::vector<Item> &items, F &&f)
{
    for (Item &item : items) {
        f(item);
        forEachItem(item.children, f);
    }
}
template<typename F> void forEachLeaf(const std::vector<Item> &items, F &&f)
{
    forEachItem(items, [&](const Item &item) { if (!item.isGroup()) f(item); });
}

const Item *findItem(const Release &release, qint64 itemId);
Item *findItem(Release &release, qint64 itemId);
int leafCount(const Release &release);

} // namespace gl
