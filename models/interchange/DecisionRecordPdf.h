#pragma once
// The PDF decision record (issue 5): what an auditor keeps. The decision in a coloured banner (with
// its word, so it reads in grey too), the readiness summary with the completion chart, the metrics,
// every gate with its items, owners and evidence (name and SHA-256), the mitigations, the
// signatures, and the hashes that tie it to the workspace with how to check them.
//
// Written with QPainter straight onto QPdfWriter: the whole record is laid out first (so the footer
// can say "page N of M"), then painted once. Every line of text is real PDF text (pdftotext reads
// it), nothing runs past the page edges (long words and hashes wrap, tall rows continue on the next
// page), and every piece of free text is masked for secrets before it is laid out. Runs on any
// thread: the caller draws the chart beforehand (views/ owns Qt Charts) and hands over a QPicture.

#include "domain/Readiness.h"
#include "domain/Release.h"
#include "domain/Result.h"
#include "domain/SignOff.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QPicture>
#include <QRegularExpression>
#include <QString>
#include <functional>

namespace gl {

// Free text as the record and the window show it: each secret value (4 characters or more),
// `NAME=value` or `NAME: value` where NAME holds a secret marker, and the password of
// `scheme://user:password@host` become "***". Compiled once, applied to every piece of text.
class SecretMask final {
public:
    SecretMask(const QList<QByteArray> &secretValues, const QStringList &markers);
    QString apply(const QString &text) const;

private:
    QStringList m_values;
    QStringList m_markers;
    QRegularExpression m_assignment;
};

struct DecisionRecordInput {
    Release release;
    Readiness readiness; // at generatedAt
    SignOffEvaluation signOffs; // as they verify now
    QString currentSnapshotSha256;
    qint64 auditRows = 0;
    QString auditHeadSha256; // the newest audit row's hash
    int auditProblems = 0; // rows of the chain that do not check out
    QDateTime generatedAt; // UTC
    QString generatedBy;
    QString workspaceFile; // shown in the verify command
    QList<QByteArray> secretValues; // masked wherever they appear (the release's env file values)
    // Completion per gate, drawn by the caller (Qt Charts); null: a plain bar list is drawn instead.
    QPicture chart;
};

class DecisionRecordPdf final {
    Q_DECLARE_TR_FUNCTIONS(DecisionRecordPdf)
public:
    // done and total count laid-out rows; return false to cancel (no file is left behind).
    using Progress = std::function<bool(int done, int total)>;

    struct Options {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        Progress progress;
    };

    // Letter where it is the custom (the United States, Canada, Mexico and a few more), else A4.
    static QPageSize::PageSizeId pageSizeFor(const QLocale &locale);

    // Writes atomically (a cancelled or failed export leaves no file); returns the page count.
    static Result<int> write(const DecisionRecordInput &input, const QString &path, const Options &options);

    // What the chart may show: the readiness with each gate title masked (its labels are PDF text).
    static Readiness chartReadiness(const Readiness &readiness, const SecretMask &mask);
    // The chart's size in points that fits the record's text width for `gates` gates.
    static QSizeF chartSize(int gates);

};

} // namespace gl
