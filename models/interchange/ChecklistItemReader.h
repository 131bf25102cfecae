#pragma once
// Reads Markdown bullets into checklist items: task marks, nesting, and the labelled sub-lines
// ("Commands:", "Pass:", "Owner:", ...) that fill an item's fields instead of becoming children.

#include "domain/Release.h"
#include "interchange/ChecklistText.h"
#include "interchange/MarkdownImporter.h"
#include "interchange/MarkdownTree.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace gl {

class ChecklistItemReader final {
    Q_DECLARE_TR_FUNCTIONS(ChecklistItemReader)
public:
    ChecklistItemReader(const MarkdownTree &tree, std::vector<ImportWarning> &warnings);

    // A list whose bullets always make items: some bullet has a task mark or labelled sub-lines.
    static bool isStrongList(const MdBlock &list);
    // The plain text of each bullet (nested bullets flattened), for decision criteria.
    static void collectBullets(const MdBlock &list, std::vector<std::pair<QString, bool>> &out);

    // blockingGate: the gate's heading says its items block the release ("PR-blocking").
    std::vector<Item> readList(const MdBlock &list, bool blockingGate);

private:
    enum class Label {
        Commands, Pass, Evidence, Owners, CiJob, Details, Note, Status, Reason, Component, Blocker, WaiverExpires,
        Probe,
    };
    struct LabelMatch {
        Label label;
        ChecklistText::Line value;
    };
    // "Probe: status 503, within 500 ms, timeout 2000 ms, body contains `ok`": what a curl line cannot say.
    struct ProbeSettings {
        std::optional<int> expectedStatus;
        std::optional<int> maxLatencyMs;
        std::optional<int> timeoutMs;
        std::optional<QString> bodyContains;
        QStringList written;       // kept in the details when the item has no probe to apply them to
        int line = 0;
    };
    struct Pending {               // what the labelled lines of one item said beyond its fields
        std::optional<bool> blocker;
        std::optional<ProbeSettings> probe;
    };

    static std::optional<LabelMatch> matchLabel(const ChecklistText::Line &line);
    static bool hasLabelledSubLines(const MdBlock &li);

    Item readItem(const MdBlock &li, bool blockingGate);
    void readLabelBullet(Item &item, Pending &pending, const MdBlock &li, LabelMatch match);
    void applyLabel(Item &item, Pending &pending, Label label, const ChecklistText::Line &value, bool continuation,
                    int line);
    void addCommands(Item &item, const ChecklistText::Line &line, bool fileNamesAreNotCommands);
    void readProbeSettings(Pending &pending, const ChecklistText::Line &value, int line);
    void finish(Item &item, const Pending &pending, bool blockingGate, int line);

    const MarkdownTree &m_tree;
    std::vector<ImportWarning> &m_warnings;
};

} // namespace gl
