#include "DecisionRecordPdf.h"

#include "PdfComposer.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <algorithm>

namespace gl {

namespace {

using P = PdfComposer;

const QColor ink(0x1b, 0x25, 0x33);
const QColor muted(0x55, 0x5f, 0x6b);
const QColor bad(0xb7, 0x1c, 0x1c);
const QColor good(0x1b, 0x5e, 0x20);

QColor bannerFill(Decision d)
{
    switch (d) {
    case Decision::Go:
        return QColor(0x2e, 0x7d, 0x32);
    case Decision::ConditionalGo:
        return QColor(0xb2, 0x6a, 0x00);
    case Decision::NoGo:
        return QColor(0xc6, 0x28, 0x28);
    }
    return QColor(0x54, 0x6e, 0x7a);
}

// An auditor's time: the same on every machine and in every language.
QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString quotedArgument(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

P::Cell cell(const QString &text, P::Font font = P::Body, const QColor &colour = ink)
{
    return P::Cell { { { text, font, colour } }, {} };
}

class RecordBuilder {
    Q_DECLARE_TR_FUNCTIONS(DecisionRecordPdf)
public:
    RecordBuilder(const DecisionRecordInput &input, P &composer, const DecisionRecordPdf::Progress &progress)
        : m_in(input)
        , m_c(composer)
        , m_progress(progress)
        , m_today(input.generatedAt.toUTC().date())
        , m_mask(input.secretValues, input.release.run.secretMarkers)
    {
        m_total = 8;
        for (const Gate &g : m_in.release.gates)
            forEachItem(g.items, [this](const Item &) { ++m_total; });
    }

    int total() const { return m_total; }
    int done() const { return m_done; }

    bool build()
    {
        title();
        decision();
        if (!step())
            return false;
        readiness();
        if (!step())
            return false;
        metrics();
        if (!step())
            return false;
        if (!gates())
            return false;
        mitigations();
        signOffs();
        if (!step())
            return false;
        integrity();
        return step();
    }

private:
    QString mask(const QString &text) const { return m_mask.apply(text); }
    bool step()
    {
        ++m_done;
        return !m_progress || m_progress(m_done, m_total);
    }
    const DecisionRecord *decisionRecord() const
    {
        return m_in.release.decisions.empty() ? nullptr : &m_in.release.decisions.back();
    }
    void keyValues(const std::vector<std::pair<QString, P::Cell>> &rows)
    {
        std::vector<P::Row> table;
        for (const auto &[key, value] : rows)
            table.push_back({ cell(key, P::Bold), value });
        m_c.table({ { QString(), 1.4 }, { QString(), 4.6 } }, table);
    }

    void title()
    {
        m_c.paragraph({ tr("Release decision record"), P::Bold, muted });
        m_c.heading(mask(m_in.release.name), P::Title, 120);
        QStringList facts;
        facts << tr("Release ID %1").arg(m_in.release.uid);
        if (!m_in.release.source.isEmpty())
            facts << tr("imported from %1").arg(mask(QFileInfo(m_in.release.source).fileName()));
        m_c.paragraph({ facts.join(QStringLiteral(" · ")), P::Small, muted });
        m_c.paragraph({ tr("Record generated %1 by %2").arg(utc(m_in.generatedAt), mask(m_in.generatedBy)),
            P::Small, muted });
        m_c.space(10);
    }

    void decision()
    {
        const DecisionRecord *d = decisionRecord();
        if (!d) {
            m_c.box({ { tr("No decision recorded"), P::Banner, Qt::white },
                        { tr("Suggested by readiness: %1").arg(decisionLabel(m_in.readiness.suggested)),
                            P::Bold, Qt::white },
                        { tr("This is a draft: it records the state of the release, not a decision."),
                            P::Body, Qt::white } },
                bannerFill(Decision(-1)), QColor());
            m_c.space(10);
            return;
        }
        std::vector<P::Paragraph> banner { { decisionLabel(d->outcome), P::Banner, Qt::white },
            { tr("Decided by %1 on %2").arg(mask(d->decidedBy), utc(d->decidedAt)), P::Bold, Qt::white },
            { tr("Authorization code %1").arg(d->authorizationCode), P::Bold, Qt::white } };
        if (d->isSuperseded())
            banner.push_back({ tr("Superseded on %1 by %2, who reopened the release: %3")
                                   .arg(utc(d->supersededAt), mask(d->supersededBy), mask(d->reopenReason)),
                P::Bold, Qt::white });
        m_c.box(banner, bannerFill(d->outcome), QColor());
        m_c.space(6);
        std::vector<std::pair<QString, P::Cell>> rows;
        rows.push_back({ tr("Rationale"), cell(mask(d->rationale)) });
        rows.push_back(
            { tr("Confidence"), cell(d->confidence ? tr("%1 %").arg(*d->confidence) : tr("not given")) });
        rows.push_back(
            { tr("Valid until"), cell(d->validUntil.isValid() ? day(d->validUntil) : tr("no end date")) });
        rows.push_back({ tr("Suggested by readiness"), cell(decisionLabel(d->suggested)) });
        if (!d->deviationReason.isEmpty())
            rows.push_back({ tr("Why it differs from the suggestion"), cell(mask(d->deviationReason)) });
        if (!d->overrideReason.isEmpty())
            rows.push_back({ tr("Recorded without the required sign-offs because"),
                cell(mask(d->overrideReason), P::Body, bad) });
        rows.push_back({ tr("State decided on (SHA-256)"), cell(d->snapshotSha256, P::Mono) });
        keyValues(rows);
        m_c.space(10);
    }

    void readiness()
    {
        const Readiness &r = m_in.readiness;
        m_c.heading(tr("Readiness"));
        std::vector<std::pair<QString, P::Cell>> rows;
        rows.push_back({ tr("Readiness"),
            cell(tr("%1 % (%2 of %3 items done)")
                     .arg(QString::number(r.readinessPercent, 'f', 1))
                     .arg(r.leafDone)
                     .arg(r.leafTotal)) });
        if (r.weightedScore)
            rows.push_back(
                { tr("Weighted score"), cell(tr("%1 %").arg(QString::number(*r.weightedScore, 'f', 1))) });
        rows.push_back({ tr("Suggested decision"),
            P::Cell {
                { { decisionLabel(r.suggested), P::Bold, ink }, { mask(r.rule), P::Small, muted } }, {} } });
        rows.push_back({ tr("Open blockers"),
            cell(QString::number(r.blockers.size()), P::Body, r.blockers.empty() ? ink : bad) });
        rows.push_back({ tr("Evidence"),
            cell(tr("%n item(s) missing required evidence", nullptr, r.evidenceMissing) + QStringLiteral(", ")
                + tr("%n item(s) with stale evidence", nullptr, r.evidenceStale)) });
        int met = 0;
        for (const RequirementState &req : m_in.signOffs.required)
            met += req.satisfied ? 1 : 0;
        rows.push_back({ tr("Required sign-offs"),
            cell(m_in.signOffs.required.empty()
                    ? tr("none required")
                    : tr("%1 of %n role(s) signed", nullptr, int(m_in.signOffs.required.size())).arg(met)) });
        keyValues(rows);
        if (!r.reasons.isEmpty()) {
            m_c.space(4);
            m_c.paragraph({ tr("What keeps it from a better decision:"), P::Bold, ink });
            for (const QString &reason : r.reasons)
                m_c.paragraph({ QStringLiteral("• ") + mask(reason), P::Body, ink }, 8);
        }
        for (const Blocker &b : r.blockers)
            m_c.paragraph({ tr("Blocker: %1 (%2)").arg(mask(b.title), mask(b.reason)), P::Body, bad }, 8);
        m_c.space(8);

        // The heading stays with its chart.
        m_c.heading(tr("Completion per gate"), P::Bold,
            m_in.chart.isNull() ? 40 : DecisionRecordPdf::chartSize(int(r.gates.size())).height());
        if (!m_in.chart.isNull())
            m_c.picture(m_in.chart, DecisionRecordPdf::chartSize(int(r.gates.size())));
        m_c.space(4);
        std::vector<P::Row> table;
        for (size_t i = 0; i < r.gates.size(); ++i) {
            const GateReadiness &g = r.gates[i];
            QStringList notes;
            if (g.hasBlocker)
                notes << tr("blocker open");
            if (g.evidenceMissing > 0)
                notes << tr("%1 missing evidence").arg(g.evidenceMissing);
            if (g.evidenceStale > 0)
                notes << tr("%1 stale evidence").arg(g.evidenceStale);
            table.push_back({ cell(tr("%1. %2").arg(i + 1).arg(mask(g.title))),
                cell(tr("%1 of %2").arg(g.done()).arg(g.total)),
                cell(QStringLiteral("%1 %").arg(QString::number(g.completionPercent, 'f', 0)), P::Bold,
                    g.complete ? good : ink),
                cell(notes.isEmpty() ? (g.complete ? tr("complete") : QString())
                                     : notes.join(QStringLiteral(", ")),
                    P::Small, g.hasBlocker ? bad : muted) });
        }
        m_c.table(
            { { tr("Gate"), 4.2 }, { tr("Done"), 1.1 }, { tr("Complete"), 1 }, { tr("Notes"), 2.4 } }, table);
        m_c.space(10);
    }

    void metrics()
    {
        const Release &rel = m_in.release;
        if (!rel.metrics.empty()) {
            m_c.heading(tr("Metrics"));
            std::vector<P::Row> table;
            for (const Metric &m : rel.metrics) {
                const bool met = metricMet(m);
                QString verdict = met ? tr("Met") : tr("Not met");
                if (!met && m.blocker)
                    verdict = tr("Not met (blocker)");
                table.push_back({ cell(mask(m.name)),
                    cell(mask(formatMeasure(m.current, m.unit, m.currentText))),
                    cell(mask(m.requiredText.isEmpty() ? formatMeasure(m.required, m.unit) : m.requiredText)),
                    cell(m.weight > 0 ? QString::number(m.weight, 'g', 4) : QStringLiteral("–")),
                    cell(verdict, P::Bold, met ? good : bad) });
            }
            m_c.table({ { tr("Metric"), 3.2 }, { tr("Current"), 1.6 }, { tr("Required"), 1.6 },
                          { tr("Weight"), 0.9 }, { tr("Verdict"), 1.5 } },
                table);
            m_c.space(10);
        }
        if (!rel.criteria.empty()) {
            m_c.heading(tr("Decision criteria"));
            std::vector<P::Row> table;
            for (const Criterion &c : rel.criteria) {
                const bool go = c.kind == CriterionKind::Go;
                const bool fine = go ? c.holds : !c.holds;
                table.push_back({ cell(go ? tr("GO") : tr("NO-GO")), cell(mask(c.text)),
                    cell(c.holds ? tr("holds") : tr("does not hold"), P::Bold, fine ? good : bad) });
            }
            m_c.table({ { tr("Kind"), 1 }, { tr("Criterion"), 5.5 }, { tr("State"), 1.5 } }, table);
            m_c.space(10);
        }
    }

    const Evidence *evidence(qint64 id) const
    {
        const Evidence *found = nullptr;
        if (id == 0)
            return found;
        for (const Gate &g : m_in.release.gates) {
            forEachItem(g.items, [&](const Item &item) {
                for (const Evidence &e : item.evidenceList) {
                    if (e.id == id)
                        found = &e;
                }
            });
        }
        return found;
    }

    QString owners(const Item &item) const { return mask(item.owners.join(QStringLiteral(", "))); }

    void evidenceRows(const Item &item, std::vector<P::Row> &rows)
    {
        for (const Evidence &e : item.evidenceList) {
            P::Cell c;
            c.fill = QColor(0xf6, 0xf7, 0xf9);
            switch (e.kind) {
            case EvidenceKind::Url:
                c.paragraphs.push_back({ tr("Evidence link: %1").arg(mask(e.url)), P::Small, muted });
                break;
            case EvidenceKind::Note:
                c.paragraphs.push_back({ tr("Evidence note: %1").arg(mask(e.note)), P::Small, muted });
                break;
            default:
                c.paragraphs.push_back({ tr("Evidence: %1 (%2, added %3 by %4)")
                                             .arg(mask(e.name), QLocale().formattedDataSize(e.size),
                                                 utc(e.addedAt), mask(e.addedBy)),
                    P::Small, muted });
                c.paragraphs.push_back({ QStringLiteral("SHA-256 ") + e.sha256, P::Mono, ink });
                break;
            }
            rows.push_back({ c });
        }
    }

    bool itemRows(const std::vector<Item> &items, const QString &prefix, std::vector<P::Row> &rows)
    {
        int n = 0;
        for (const Item &item : items) {
            const QString number = prefix + QString::number(++n);
            const ItemStatus status = rolledUpStatus(item);
            P::Cell title;
            title.paragraphs.push_back({ number + QStringLiteral("  ") + mask(item.title),
                item.isGroup() ? P::Bold : P::Body, ink });
            if (item.blocker)
                title.paragraphs.push_back({ tr("Blocker"), P::Small, bad });
            P::Cell state;
            const bool failing = status == ItemStatus::Failed || status == ItemStatus::Blocked;
            state.paragraphs.push_back(
                { statusLabel(status), P::Bold, failing ? bad : (statusIsDone(status) ? good : ink) });
            if (status == ItemStatus::Waived && item.waiverExpiry.isValid())
                state.paragraphs.push_back({ tr("until %1").arg(day(item.waiverExpiry)), P::Small, muted });
            if (!item.statusReason.isEmpty())
                state.paragraphs.push_back({ mask(item.statusReason), P::Small, muted });
            P::Cell changed
                = cell(item.updatedAt.isValid() ? utc(item.updatedAt) : QString(), P::Small, muted);
            if (!item.updatedBy.isEmpty())
                changed.paragraphs.push_back({ mask(item.updatedBy), P::Small, muted });
            rows.push_back({ title, state, cell(owners(item)), changed });
            evidenceRows(item, rows);
            if (!step())
                return false;
            if (!itemRows(item.children, number + QLatin1Char('.'), rows))
                return false;
        }
        return true;
    }

    bool gates()
    {
        m_c.heading(tr("Gates and items"));
        const std::vector<P::Column> columns { { tr("Item"), 4.6 }, { tr("Status"), 1.7 },
            { tr("Owner"), 1.6 }, { tr("Last change"), 1.6 } };
        for (size_t i = 0; i < m_in.release.gates.size(); ++i) {
            const Gate &gate = m_in.release.gates[i];
            QString line = tr("Gate %1: %2").arg(i + 1).arg(mask(gate.title));
            if (i < m_in.readiness.gates.size()) {
                const GateReadiness &g = m_in.readiness.gates[i];
                line += QStringLiteral(" — ") + tr("%1 of %2 done").arg(g.done()).arg(g.total);
            }
            m_c.space(7);
            m_c.heading(line, P::Bold, 70);
            if (gate.items.empty()) {
                m_c.paragraph({ tr("No items."), P::Small, muted });
                continue;
            }
            std::vector<P::Row> rows;
            if (!itemRows(gate.items, QString::number(i + 1) + QLatin1Char('.'), rows))
                return false;
            m_c.table(columns, rows);
        }
        m_c.space(10);
        return true;
    }

    void mitigations()
    {
        const DecisionRecord *d = decisionRecord();
        if (!d || d->mitigations.empty())
            return;
        m_c.heading(tr("Mitigations"));
        std::vector<P::Row> rows;
        for (const Mitigation &m : d->mitigations) {
            const QString state = mitigationStatusLabel(m.status);
            const bool overdue = !d->isSuperseded() && m.isOverdue(m_today);
            P::Cell status = cell(state, P::Bold, m.status == MitigationStatus::Done ? good : ink);
            if (overdue)
                status.paragraphs.push_back({ tr("Overdue"), P::Bold, bad });
            P::Cell acceptance = cell(mask(m.acceptance));
            if (const Evidence *e = evidence(m.evidenceId)) {
                acceptance.paragraphs.push_back({ tr("Shown by %1").arg(mask(e->name)), P::Small, muted });
                if (!e->sha256.isEmpty())
                    acceptance.paragraphs.push_back({ e->sha256, P::Mono, ink });
            }
            rows.push_back({ cell(mask(m.title)), cell(mask(m.owner)), cell(day(m.deadline)), acceptance, status });
        }
        m_c.table({ { tr("Mitigation"), 3 }, { tr("Owner"), 1.6 }, { tr("Deadline"), 1.3 },
                      { tr("Acceptance"), 3 }, { tr("Status"), 1.2 } },
            rows);
        m_c.space(10);
    }

    QString signOffState(const SignOffState &st, QColor *colour) const
    {
        *colour = bad;
        if (!st.valid)
            return tr("Invalid: %1").arg(st.problem);
        if (st.stale)
            return tr("Stale: the release changed after it was signed");
        if (st.superseded)
            return tr("Replaced by a later sign-off");
        if (!st.counts)
            return tr("Valid, not counted: %1").arg(st.problem);
        *colour = good;
        return tr("Valid");
    }

    void signOffs()
    {
        m_c.heading(tr("Sign-offs"));
        if (!m_in.signOffs.required.empty()) {
            std::vector<P::Row> rows;
            for (const RequirementState &req : m_in.signOffs.required) {
                rows.push_back({ cell(mask(req.requirement.role)),
                    cell(QString::number(req.requirement.count)),
                    cell(req.signers.isEmpty() ? tr("nobody yet")
                                               : mask(req.signers.join(QStringLiteral(", ")))),
                    cell(req.satisfied ? tr("met") : tr("missing"), P::Bold, req.satisfied ? good : bad) });
            }
            m_c.table({ { tr("Required role"), 2.4 }, { tr("Count"), 0.8 }, { tr("Signed by"), 3.6 },
                          { tr("State"), 1.2 } },
                rows);
            m_c.space(6);
        }
        if (!m_in.signOffs.separationNote.isEmpty())
            m_c.paragraph({ mask(m_in.signOffs.separationNote), P::Small, bad });
        if (m_in.signOffs.signOffs.empty()) {
            m_c.paragraph({ tr("Nobody has signed this release."), P::Body, muted });
            m_c.space(10);
            return;
        }
        std::vector<P::Row> rows;
        for (const SignOffState &st : m_in.signOffs.signOffs) {
            const SignOff &s = st.signOff;
            QColor colour;
            const QString state = signOffState(st, &colour);
            rows.push_back({ cell(mask(s.name), P::Bold), cell(mask(s.role)), cell(meaningLabel(s.meaning)),
                cell(utc(s.signedAt)), cell(state, P::Bold, colour) });
            P::Cell detail;
            detail.fill = QColor(0xf6, 0xf7, 0xf9);
            if (!s.comment.isEmpty())
                detail.paragraphs.push_back({ tr("Comment: %1").arg(mask(s.comment)), P::Small, muted });
            detail.paragraphs.push_back({ tr("Key fingerprint %1").arg(s.fingerprint), P::Mono, ink });
            detail.paragraphs.push_back({ tr("Reviewed state %1").arg(s.snapshotSha256), P::Mono, ink });
            rows.push_back({ detail });
        }
        m_c.table({ { tr("Signed by"), 2.2 }, { tr("Role"), 1.6 }, { tr("Meaning"), 1.8 },
                      { tr("Date and time"), 2.3 }, { tr("Signature"), 1.9 } },
            rows);
        m_c.space(10);
    }

    void integrity()
    {
        m_c.heading(tr("Verifying this record"), P::Heading, 140);
        std::vector<std::pair<QString, P::Cell>> rows;
        const DecisionRecord *d = decisionRecord();
        if (d)
            rows.push_back({ tr("State decided on"), cell(d->snapshotSha256, P::Mono) });
        P::Cell current = cell(m_in.currentSnapshotSha256, P::Mono);
        if (d)
            current.paragraphs.push_back(d->snapshotSha256 == m_in.currentSnapshotSha256
                    ? P::Paragraph { tr("the release is still in the state that was decided on"), P::Small,
                        good }
                    : P::Paragraph { tr("the release has changed since the decision"), P::Small, bad });
        rows.push_back({ tr("State of the release now"), current });
        P::Cell chain = cell(m_in.auditHeadSha256, P::Mono);
        chain.paragraphs.push_back(
            { tr("%n row(s) in the audit log", nullptr, int(m_in.auditRows)), P::Small, muted });
        if (m_in.auditProblems > 0)
            chain.paragraphs.push_back(
                { tr("%n row(s) of the audit log do not check out", nullptr, m_in.auditProblems), P::Bold,
                    bad });
        rows.push_back({ tr("Audit log head"), chain });
        keyValues(rows);
        m_c.space(6);
        m_c.paragraph({ tr("To check this record against the workspace it came from, run:"), P::Body, ink });
        // The release by id when its name is masked: the command must still run as printed.
        const QString name = mask(m_in.release.name);
        QString command = QStringLiteral("greenlight verify ")
            + (name == m_in.release.name ? quotedArgument(name) : QString::number(m_in.release.id));
        if (!m_in.workspaceFile.isEmpty())
            command += QStringLiteral(" --db ") + quotedArgument(m_in.workspaceFile);
        m_c.paragraph({ command, P::Mono, ink }, 8);
        m_c.paragraph({ tr("It re-hashes every piece of evidence, walks the audit log's hash chain, checks "
                           "every signature "
                           "and the decision's snapshot, and names anything that does not match. The "
                           "authorization code "
                           "is derived from the decision and the state it was taken over, so a record whose "
                           "code, hashes "
                           "or signers differ from what verify reports is not this decision."),
            P::Small, muted });
    }

    const DecisionRecordInput &m_in;
    P &m_c;
    const DecisionRecordPdf::Progress &m_progress;
    QDate m_today;
    SecretMask m_mask;
    int m_total = 0;
    int m_done = 0;
};

} // namespace

QPageSize::PageSizeId DecisionRecordPdf::pageSizeFor(const QLocale &locale)
{
    static const QSet<QLocale::Territory> letter { QLocale::UnitedStates, QLocale::Canada, QLocale::Mexico,
        QLocale::Philippines, QLocale::Chile, QLocale::Colombia, QLocale::Venezuela, QLocale::CostaRica,
        QLocale::Guatemala, QLocale::Panama, QLocale::PuertoRico, QLocale::DominicanRepublic,
        QLocale::ElSalvador, QLocale::Nicaragua, QLocale::Honduras };
    return letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4;
}

Readiness DecisionRecordPdf::chartReadiness(const Readiness &readiness, const SecretMask &mask)
{
    Readiness shown = readiness;
    for (GateReadiness &g : shown.gates)
        g.title = mask.apply(g.title);
    return shown;
}

QSizeF DecisionRecordPdf::chartSize(int gates)
{
    // Axis and legend take about 70 pt whatever the gate count; each bar gets 20 pt.
    return QSizeF(480, 72 + 20 * std::clamp(gates, 1, 30));
}

SecretMask::SecretMask(const QList<QByteArray> &secretValues, const QStringList &markers)
{
    for (const QByteArray &value : secretValues) {
        const QString secret = QString::fromUtf8(value);
        if (secret.size() >= 4)
            m_values << secret;
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(m_values.begin(), m_values.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &m : markers) {
        if (!m.isEmpty()) {
            escaped << QRegularExpression::escape(m);
            m_markers << m;
        }
    }
    if (!escaped.isEmpty())
        m_assignment = QRegularExpression(
            QStringLiteral(
                "\\b([A-Za-z0-9_]*(?:%1)[A-Za-z0-9_]*)(\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;]+)")
                .arg(escaped.join(QLatin1Char('|'))),
            QRegularExpression::CaseInsensitiveOption);
}

QString SecretMask::apply(const QString &text) const
{
    QString out = text;
    for (const QString &secret : m_values)
        out.replace(secret, QStringLiteral("***"));
    // The expressions only run on text that could match them: most of a record is plain titles.
    if (!m_assignment.pattern().isEmpty()
        && std::any_of(m_markers.cbegin(), m_markers.cend(),
            [&out](const QString &m) { return out.contains(m, Qt::CaseInsensitive); }))
        out.replace(m_assignment, QStringLiteral("\\1\\2***"));
    if (out.contains(QLatin1String("://"))) {
        static const QRegularExpression userinfo(
            QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+):[^/\\s@]+@"));
        out.replace(userinfo, QStringLiteral("\\1:***@"));
    }
    return out;
}

Result<int> DecisionRecordPdf::write(
    const DecisionRecordInput &input, const QString &path, const Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { ErrorCode::Io, tr("%1: cannot write: %2").arg(path, file.errorString()) };
    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const SecretMask mask(input.secretValues, input.release.run.secretMarkers);
    writer.setTitle(tr("Decision record: %1").arg(mask.apply(input.release.name)));
    writer.setCreator(QStringLiteral("Greenlight"));

    const QRectF pagePt = QPageSize(options.pageSize).rect(QPageSize::Point);
    PdfComposer composer(&writer, pagePt, QMarginsF(50, 62, 50, 56));
    RecordBuilder builder(input, composer, options.progress);
    if (!builder.build()) {
        file.cancelWriting();
        return Error { ErrorCode::Cancelled, tr("Export cancelled") };
    }

    const DecisionRecord *decision
        = input.release.decisions.empty() ? nullptr : &input.release.decisions.back();
    const QString code = decision ? tr("Authorization code %1").arg(decision->authorizationCode)
                                  : tr("No decision recorded");
    const QString heading = tr("Decision record: %1").arg(mask.apply(input.release.name));
    const QRectF page = composer.pageRect();
    const QRectF body = composer.bodyRect();
    // What every page repeats is measured once.
    const QFontMetricsF metrics(composer.font(PdfComposer::Small), &writer);
    const QString brand = QStringLiteral("Greenlight");
    const double brandWidth = metrics.horizontalAdvance(brand);
    const QString shownHeading
        = metrics.elidedText(heading, Qt::ElideRight, body.width() - brandWidth - composer.pt(12));
    const auto decorate = [&](QPainter &painter, int index, int count) {
        painter.setPen(muted);
        painter.setFont(composer.font(PdfComposer::Small));
        const double headerBase = page.top() + composer.pt(36);
        painter.drawText(QPointF(body.left(), headerBase), shownHeading);
        painter.drawText(QPointF(body.right() - brandWidth, headerBase), brand);
        painter.setPen(QPen(QColor(0xc8, 0xcc, 0xd2), composer.pt(0.5)));
        painter.drawLine(QPointF(body.left(), headerBase + composer.pt(5)),
            QPointF(body.right(), headerBase + composer.pt(5)));
        const double footerBase = page.bottom() - composer.pt(30);
        painter.drawLine(QPointF(body.left(), footerBase - composer.pt(11)),
            QPointF(body.right(), footerBase - composer.pt(11)));
        painter.setPen(muted);
        const QString pageText = tr("Page %1 of %2").arg(index + 1).arg(count);
        painter.drawText(QPointF(body.left(), footerBase), code);
        painter.drawText(QPointF(body.right() - metrics.horizontalAdvance(pageText), footerBase), pageText);
    };
    const int laidOut = builder.done();
    const int pages = composer.pageCount();
    const int total = laidOut + pages;
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return Error { ErrorCode::Io, tr("%1: cannot start the PDF").arg(path) };
    }
    const bool complete = composer.paint(
        painter, [&] { return writer.newPage(); }, decorate,
        [&](int painted) { return !options.progress || options.progress(laidOut + painted, total); });
    painter.end();
    if (!complete) {
        file.cancelWriting();
        return Error { ErrorCode::Cancelled, tr("Export cancelled") };
    }
    if (!file.commit())
        return Error { ErrorCode::Io, tr("%1: cannot write: %2").arg(path, file.errorString()) };
    return pages;
}

} // namespace gl
