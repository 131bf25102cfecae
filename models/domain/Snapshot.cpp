#include "Snapshot.h"

#include "CanonicalJson.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <vector>

namespace gl {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray evidenceSnapshot(const std::vector<Evidence> &list)
{
    // A set, not a history: the order pieces were added in is not part of the state.
    std::vector<std::pair<QByteArray, QJsonObject>> entries;
    for (const Evidence &e : list) {
        QJsonObject o {
            { QStringLiteral("kind"), evidenceKindKey(e.kind) },
            { QStringLiteral("name"), e.name },
        };
        if (e.hasContent()) {
            o.insert(QStringLiteral("sha256"), e.sha256);
            o.insert(QStringLiteral("size"), double(e.size));
        }
        if (e.kind == EvidenceKind::Url)
            o.insert(QStringLiteral("url"), e.url);
        if (!e.note.isEmpty())
            o.insert(QStringLiteral("note"), e.note);
        entries.emplace_back(canonicalJson(o), o);
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray out;
    for (const auto &entry : entries)
        out.append(entry.second);
    return out;
}

QJsonObject itemSnapshot(const Item &item)
{
    QJsonObject o {
        { QStringLiteral("title"), item.title },
        { QStringLiteral("details"), item.details },
        { QStringLiteral("commands"), QJsonArray::fromStringList(item.commands) },
        { QStringLiteral("pass_criteria"), item.passCriteria },
        { QStringLiteral("evidence_expected"), item.evidence },
        { QStringLiteral("owners"), QJsonArray::fromStringList(item.owners) },
        { QStringLiteral("component"), item.component },
        { QStringLiteral("ci_job"), item.ciJob },
        { QStringLiteral("blocker"), item.blocker },
        { QStringLiteral("expected_exit_code"), item.expectedExitCode },
        { QStringLiteral("output_pattern"), item.outputPattern },
        { QStringLiteral("output_must_match"), item.outputMustMatch },
        { QStringLiteral("timeout_seconds"), item.timeoutSeconds },
    };
    o.insert(QStringLiteral("probe"), item.probe ? QJsonValue(probeObject(*item.probe)) : QJsonValue(QJsonValue::Null));
    if (item.isGroup()) {
        QJsonArray children;
        for (const Item &child : item.children)
            children.append(itemSnapshot(child));
        o.insert(QStringLiteral("children"), children);
        return o;
    }
    o.insert(QStringLiteral("status"), statusKey(item.status));
    o.insert(QStringLiteral("status_reason"), item.statusReason);
    o.insert(QStringLiteral("note"), item.note);
    o.insert(QStringLiteral("waiver_expiry"),
        item.waiverExpiry.isValid() ? QJsonValue(item.waiverExpiry.toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("evidence_required"), item.evidenceRequirement.required);
    o.insert(QStringLiteral("evidence_max_age_hours"), item.evidenceRequirement.maxAgeHours);
    o.insert(QStringLiteral("evidence_newer_than_change"), item.evidenceRequirement.newerThanChange);
    o.insert(QStringLiteral("evidence"), evidenceSnapshot(item.evidenceList));
    return o;
}

// ---- the diff -------------------------------------------------------------------------------

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("Snapshot", "name") },
        { QStringLiteral("notes"), QT_TRANSLATE_NOOP("Snapshot", "notes") },
        { QStringLiteral("target_readiness"), QT_TRANSLATE_NOOP("Snapshot", "target readiness") },
        { QStringLiteral("working_folder"), QT_TRANSLATE_NOOP("Snapshot", "working folder") },
        { QStringLiteral("env_file"), QT_TRANSLATE_NOOP("Snapshot", "environment file") },
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("Snapshot", "title") },
        { QStringLiteral("requires_previous"), QT_TRANSLATE_NOOP("Snapshot", "requires the previous gate") },
        { QStringLiteral("details"), QT_TRANSLATE_NOOP("Snapshot", "details") },
        { QStringLiteral("commands"), QT_TRANSLATE_NOOP("Snapshot", "commands") },
        { QStringLiteral("pass_criteria"), QT_TRANSLATE_NOOP("Snapshot", "pass criteria") },
        { QStringLiteral("evidence_expected"), QT_TRANSLATE_NOOP("Snapshot", "expected evidence") },
        { QStringLiteral("owners"), QT_TRANSLATE_NOOP("Snapshot", "owners") },
        { QStringLiteral("component"), QT_TRANSLATE_NOOP("Snapshot", "component") },
        { QStringLiteral("ci_job"), QT_TRANSLATE_NOOP("Snapshot", "CI job") },
        { QStringLiteral("blocker"), QT_TRANSLATE_NOOP("Snapshot", "blocker") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("Snapshot", "status") },
        { QStringLiteral("status_reason"), QT_TRANSLATE_NOOP("Snapshot", "status reason") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("Snapshot", "note") },
        { QStringLiteral("waiver_expiry"), QT_TRANSLATE_NOOP("Snapshot", "waiver expiry") },
        { QStringLiteral("probe"), QT_TRANSLATE_NOOP("Snapshot", "probe") },
        { QStringLiteral("expected_exit_code"), QT_TRANSLATE_NOOP("Snapshot", "expected exit code") },
        { QStringLiteral("output_pattern"), QT_TRANSLATE_NOOP("Snapshot", "output pattern") },
        { QStringLiteral("output_must_match"), QT_TRANSLATE_NOOP("Snapshot", "output must match") },
        { QStringLiteral("timeout_seconds"), QT_TRANSLATE_NOOP("Snapshot", "timeout") },
        { QStringLiteral("evidence_required"), QT_TRANSLATE_NOOP("Snapshot", "evidence required") },
        { QStringLiteral("evidence_max_age_hours"), QT_TRANSLATE_NOOP("Snapshot", "evidence maximum age") },
        { QStringLiteral("evidence_newer_than_change"),
            QT_TRANSLATE_NOOP("Snapshot", "evidence newer than the last change") },
        { QStringLiteral("unit"), QT_TRANSLATE_NOOP("Snapshot", "unit") },
        { QStringLiteral("operator"), QT_TRANSLATE_NOOP("Snapshot", "operator") },
        { QStringLiteral("required"), QT_TRANSLATE_NOOP("Snapshot", "required") },
        { QStringLiteral("required_text"), QT_TRANSLATE_NOOP("Snapshot", "required (as written)") },
        { QStringLiteral("current"), QT_TRANSLATE_NOOP("Snapshot", "current") },
        { QStringLiteral("current_text"), QT_TRANSLATE_NOOP("Snapshot", "current (as written)") },
        { QStringLiteral("weight"), QT_TRANSLATE_NOOP("Snapshot", "weight") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("Snapshot", "kind") },
        { QStringLiteral("text"), QT_TRANSLATE_NOOP("Snapshot", "text") },
        { QStringLiteral("holds"), QT_TRANSLATE_NOOP("Snapshot", "holds") },
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : QCoreApplication::translate("Snapshot", it.value());
}

QString shown(const QJsonValue &value)
{
    constexpr int longest = 80;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QCoreApplication::translate("Snapshot", "(none)");
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("Snapshot", "yes")
                              : QCoreApplication::translate("Snapshot", "no");
    case QJsonValue::String: {
        QString text = value.toString().simplified();
        if (text.isEmpty())
            return QCoreApplication::translate("Snapshot", "(empty)");
        if (text.size() > longest)
            text = text.left(longest - 1) + u'\u2026';
        return u'\u201c' + text + u'\u201d';
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (v.isString() ? v.toString() : QString::fromUtf8(canonicalJson(v)));
        QString text = parts.join(QStringLiteral("; "));
        if (text.isEmpty())
            return QCoreApplication::translate("Snapshot", "(none)");
        if (text.size() > longest)
            text = text.left(longest - 1) + u'\u2026';
        return u'[' + text + u']';
    }
    default: {
        QString text = QString::fromUtf8(canonicalJson(value));
        if (text.size() > longest)
            text = text.left(longest - 1) + u'\u2026';
        return text;
    }
    }
}

QString quoted(const QString &text)
{
    return u'\u201c' + text + u'\u201d';
}

QString evidenceLabel(const QJsonObject &e)
{
    const QString sha = e.value(QStringLiteral("sha256")).toString();
    const QString url = e.value(QStringLiteral("url")).toString();
    QString name = e.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = e.value(QStringLiteral("note")).toString().simplified().left(40);
    if (!sha.isEmpty())
        return QCoreApplication::translate("Snapshot", "%1 (SHA-256 %2\u2026)").arg(name, sha.left(12));
    if (!url.isEmpty())
        return QCoreApplication::translate("Snapshot", "%1 (%2)").arg(name, url);
    return quoted(name);
}

struct Differ {
    QStringList lines;

    void line(const QString &where, const QString &what)
    {
        lines << (where.isEmpty() ? what
                                  : QCoreApplication::translate("Snapshot", "%1: %2").arg(where, what));
    }

    // The fields of two objects of the same kind, except those listed (compared on their own).
    void fields(const QString &where, const QJsonObject &a, const QJsonObject &b, const QStringList &skip)
    {
        QStringList keys = a.keys();
        for (const QString &k : b.keys()) {
            if (!keys.contains(k))
                keys << k;
        }
        std::sort(keys.begin(), keys.end());
        for (const QString &key : keys) {
            if (skip.contains(key))
                continue;
            const QJsonValue va = a.value(key);
            const QJsonValue vb = b.value(key);
            if (canonicalJson(va) != canonicalJson(vb))
                line(where,
                    QCoreApplication::translate("Snapshot", "%1: %2 \u2192 %3")
                        .arg(fieldLabel(key), shown(va), shown(vb)));
        }
    }

    // Pairs the elements of two lists by their `key` field where it is unique in both, the rest
    // by position among themselves.
    static std::vector<std::pair<int, int>> pair(const QJsonArray &a, const QJsonArray &b, const QString &key)
    {
        QHash<QString, int> countA, countB;
        for (const QJsonValue &v : a)
            ++countA[v.toObject().value(key).toString()];
        for (const QJsonValue &v : b)
            ++countB[v.toObject().value(key).toString()];
        const auto unique = [&](const QString &k) { return countA.value(k) == 1 && countB.value(k) == 1; };
        std::vector<std::pair<int, int>> pairs;
        std::vector<bool> usedB(size_t(b.size()), false);
        QHash<QString, int> indexB;
        for (int j = 0; j < b.size(); ++j)
            indexB.insert(b.at(j).toObject().value(key).toString(), j);
        std::vector<int> restA, restB;
        for (int i = 0; i < a.size(); ++i) {
            const QString k = a.at(i).toObject().value(key).toString();
            if (unique(k)) {
                const int j = indexB.value(k);
                pairs.emplace_back(i, j);
                usedB[size_t(j)] = true;
            } else {
                restA.push_back(i);
            }
        }
        for (int j = 0; j < b.size(); ++j) {
            if (!usedB[size_t(j)])
                restB.push_back(j);
        }
        const size_t common = std::min(restA.size(), restB.size());
        for (size_t n = 0; n < common; ++n)
            pairs.emplace_back(restA[n], restB[n]);
        for (size_t n = common; n < restA.size(); ++n)
            pairs.emplace_back(restA[n], -1);
        for (size_t n = common; n < restB.size(); ++n)
            pairs.emplace_back(-1, restB[n]);
        // In the order of the newer list, a removed element where it was: the diff reads top down.
        std::stable_sort(pairs.begin(), pairs.end(), [](const auto &x, const auto &y) {
            return (x.second >= 0 ? x.second : x.first) < (y.second >= 0 ? y.second : y.first);
        });
        return pairs;
    }

    void items(const QString &where, const QJsonArray &a, const QJsonArray &b)
    {
        for (const auto &[i, j] : pair(a, b, QStringLiteral("title"))) {
            if (j < 0) {
                line(where,
                    QCoreApplication::translate("Snapshot", "item removed: %1")
                        .arg(quoted(a.at(i).toObject().value(QStringLiteral("title")).toString())));
                continue;
            }
            const QJsonObject ob = b.at(j).toObject();
            const QString title = ob.value(QStringLiteral("title")).toString();
            if (i < 0) {
                line(where, QCoreApplication::translate("Snapshot", "item added: %1").arg(quoted(title)));
                continue;
            }
            const QJsonObject oa = a.at(i).toObject();
            const QString here = where.isEmpty()
                ? quoted(title)
                : QCoreApplication::translate("Snapshot", "%1 \u203a %2").arg(where, quoted(title));
            fields(here, oa, ob, { QStringLiteral("children"), QStringLiteral("evidence") });
            if (i != j && a.size() == b.size())
                line(here,
                    QCoreApplication::translate("Snapshot", "moved from position %1 to %2")
                        .arg(i + 1)
                        .arg(j + 1));
            evidence(here, oa.value(QStringLiteral("evidence")).toArray(),
                ob.value(QStringLiteral("evidence")).toArray());
            items(here, oa.value(QStringLiteral("children")).toArray(),
                ob.value(QStringLiteral("children")).toArray());
        }
    }

    void evidence(const QString &where, const QJsonArray &a, const QJsonArray &b)
    {
        QHash<QByteArray, int> inA, inB;
        for (const QJsonValue &v : a)
            ++inA[canonicalJson(v)];
        for (const QJsonValue &v : b)
            ++inB[canonicalJson(v)];
        for (const QJsonValue &v : a) {
            int &left = inB[canonicalJson(v)];
            if (left > 0)
                --left;
            else
                line(where,
                    QCoreApplication::translate("Snapshot", "evidence removed: %1")
                        .arg(evidenceLabel(v.toObject())));
        }
        for (const QJsonValue &v : b) {
            int &left = inA[canonicalJson(v)];
            if (left > 0)
                --left;
            else
                line(where,
                    QCoreApplication::translate("Snapshot", "evidence added: %1")
                        .arg(evidenceLabel(v.toObject())));
        }
    }

    void named(const QString &what, const QString &key, const QJsonArray &a, const QJsonArray &b)
    {
        for (const auto &[i, j] : pair(a, b, key)) {
            const QJsonObject oa = i >= 0 ? a.at(i).toObject() : QJsonObject();
            const QJsonObject ob = j >= 0 ? b.at(j).toObject() : QJsonObject();
            const QString here = QCoreApplication::translate("Snapshot", "%1 %2")
                                     .arg(what, quoted((j >= 0 ? ob : oa).value(key).toString()));
            if (j < 0)
                line(QString(), QCoreApplication::translate("Snapshot", "%1 removed").arg(here));
            else if (i < 0)
                line(QString(), QCoreApplication::translate("Snapshot", "%1 added").arg(here));
            else
                fields(here, oa, ob, {});
        }
    }
};

} // namespace

QJsonObject releaseSnapshot(const Release &release)
{
    QJsonArray gates;
    for (const Gate &gate : release.gates) {
        QJsonArray items;
        for (const Item &item : gate.items)
            items.append(itemSnapshot(item));
        gates.append(QJsonObject {
            { QStringLiteral("title"), gate.title },
            { QStringLiteral("notes"), gate.notes },
            { QStringLiteral("requires_previous"), gate.requiresPrevious },
            { QStringLiteral("items"), items },
        });
    }
    QJsonArray metrics;
    for (const Metric &m : release.metrics) {
        metrics.append(QJsonObject {
            { QStringLiteral("name"), m.name },
            { QStringLiteral("unit"), m.unit },
            { QStringLiteral("operator"), operatorSymbol(m.op) },
            { QStringLiteral("required"), optionalNumber(m.required) },
            { QStringLiteral("required_text"), m.requiredText },
            { QStringLiteral("current"), optionalNumber(m.current) },
            { QStringLiteral("current_text"), m.currentText },
            { QStringLiteral("weight"), m.weight },
            { QStringLiteral("blocker"), m.blocker },
        });
    }
    QJsonArray criteria;
    for (const Criterion &c : release.criteria) {
        criteria.append(QJsonObject {
            { QStringLiteral("kind"),
                c.kind == CriterionKind::Go ? QStringLiteral("go") : QStringLiteral("no_go") },
            { QStringLiteral("text"), c.text },
            { QStringLiteral("holds"), c.holds },
        });
    }
    return QJsonObject {
        { QStringLiteral("format"), QStringLiteral("greenlight-snapshot/1") },
        { QStringLiteral("name"), release.name },
        { QStringLiteral("notes"), release.notes },
        { QStringLiteral("target_readiness"), release.targetReadiness },
        { QStringLiteral("working_folder"), release.run.workingFolder },
        { QStringLiteral("env_file"), release.run.envFile },
        { QStringLiteral("gates"), gates },
        { QStringLiteral("metrics"), metrics },
        { QStringLiteral("criteria"), criteria },
    };
}

QByteArray snapshotBytes(const Release &release)
{
    return canonicalJson(releaseSnapshot(release));
}

QString snapshotSha256(const QByteArray &bytes)
{
    return Sha256::hex(bytes);
}

QString snapshotSha256(const Release &release)
{
    return snapshotSha256(snapshotBytes(release));
}

QStringList snapshotDiff(const QJsonObject &before, const QJsonObject &after)
{
    Differ d;
    d.fields(QString(), before, after,
        { QStringLiteral("format"), QStringLiteral("gates"), QStringLiteral("metrics"),
            QStringLiteral("criteria") });
    const QJsonArray ga = before.value(QStringLiteral("gates")).toArray();
    const QJsonArray gb = after.value(QStringLiteral("gates")).toArray();
    for (const auto &[i, j] : Differ::pair(ga, gb, QStringLiteral("title"))) {
        const QJsonObject oa = i >= 0 ? ga.at(i).toObject() : QJsonObject();
        const QJsonObject ob = j >= 0 ? gb.at(j).toObject() : QJsonObject();
        const QString here = QCoreApplication::translate("Snapshot", "Gate %1")
                                 .arg(quoted((j >= 0 ? ob : oa).value(QStringLiteral("title")).toString()));
        if (j < 0) {
            d.line(QString(), QCoreApplication::translate("Snapshot", "%1 removed").arg(here));
            continue;
        }
        if (i < 0) {
            d.line(QString(), QCoreApplication::translate("Snapshot", "%1 added").arg(here));
            continue;
        }
        d.fields(here, oa, ob, { QStringLiteral("items") });
        d.items(
            here, oa.value(QStringLiteral("items")).toArray(), ob.value(QStringLiteral("items")).toArray());
    }
    d.named(QCoreApplication::translate("Snapshot", "Metric"), QStringLiteral("name"),
        before.value(QStringLiteral("metrics")).toArray(), after.value(QStringLiteral("metrics")).toArray());
    d.named(QCoreApplication::translate("Snapshot", "Criterion"), QStringLiteral("text"),
        before.value(QStringLiteral("criteria")).toArray(),
        after.value(QStringLiteral("criteria")).toArray());
    return d.lines;
}

} // namespace gl
