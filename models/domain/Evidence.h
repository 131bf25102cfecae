#pragma once
// Evidence an item carries (issue 4): files attached by people, run logs and probe results kept by
// runs, links and plain notes. Plain values: the store fills them, freshness and readiness read
// them, interchange lists them in `export --json` and the evidence bundle.

#include <QDateTime>
#include <QString>
#include <optional>

namespace gl {

enum class EvidenceKind { RunLog, Probe, File, Url, Note };
// "run-log", "probe", "file", "url", "note": stable keys, for the file and for JSON.
QString evidenceKindKey(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKindFromKey(const QString &key);
// Translated, for the evidence pane.
QString evidenceKindLabel(EvidenceKind kind);

struct Evidence {
    qint64 id = 0;
    qint64 itemId = 0;
    EvidenceKind kind = EvidenceKind::File;
    QString name;             // the original file name (never used as a path), a URL's title, "run-<id>.log"
    QString mediaType;        // by content (QMimeDatabase) for files; empty for URLs and notes
    qint64 size = 0;          // bytes of stored content; 0 for URLs and notes
    QString sha256;           // lowercase hex of the stored content; empty for URLs and notes
    QString url;              // kind Url only
    QString note;             // the note's text (kind Note), or a note given with a file
    QDateTime addedAt;        // UTC
    QString addedBy;

    // Content is stored in the workspace (files, run logs, probe results).
    bool hasContent() const { return kind == EvidenceKind::File || kind == EvidenceKind::RunLog || kind == EvidenceKind::Probe; }
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

// What an item asks of its evidence before it can be Passed without a reason.
struct EvidenceRequirement {
    bool required = false;
    int maxAgeHours = 0;            // 0: any age
    bool newerThanChange = false;   // must be added after the item's last change (Item::changedAt)
    friend bool operator==(const EvidenceRequirement &, const EvidenceRequirement &) = default;
};

// Where a metric's current value comes from: the newest evidence of an item, read by a parser.
struct MetricSource {
    qint64 itemId = 0;
    QString parser;           // a ReportParser id: "junit", "coverage", "npm-audit", "sarif"
    QString field;            // one of that parser's fields, e.g. "lines", "pass_rate", "critical_high"
    friend bool operator==(const MetricSource &, const MetricSource &) = default;
};

} // namespace gl
