// greenlight releases [--json]: the workspace's releases with their figures.

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "cli/Verb.h"
#include "domain/Readiness.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

namespace gl::cli {

namespace {

struct Row {
    ReleaseSummary summary;
    int leaves = 0;
    Readiness readiness;
};

QJsonValue dateTimeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int runReleases(CliContext &context, const QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    std::vector<Row> rows;
    // Listing an absent workspace is not an error, and must not create one.
    if (context.workspaceExists()) {
        Workspace *workspace = context.workspace();
        if (!workspace)
            return context.workspaceFailure();
        const Result<std::vector<ReleaseSummary>> summaries = workspace->releases();
        if (!summaries)
            return context.fail(summaries.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ReleaseSummary &s : *summaries) {
            const Result<Release> release = workspace->loadRelease(s.id);
            if (!release)
                return context.fail(release.error());
            rows.push_back(Row { s, leafCount(*release), computeReadiness(*release, now) });
        }
    }

    QTextStream &out = context.out();
    if (json) {
        QJsonArray array;
        for (const Row &row : rows) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), row.summary.id);
            o.insert(QStringLiteral("name"), row.summary.name);
            o.insert(QStringLiteral("source"), row.summary.source);
            o.insert(QStringLiteral("created_at"), dateTimeOrNull(row.summary.createdAt));
            o.insert(QStringLiteral("updated_at"), dateTimeOrNull(row.summary.updatedAt));
            o.insert(QStringLiteral("leaves"), row.leaves);
            o.insert(QStringLiteral("readiness_percent"),
                std::round(row.readiness.readinessPercent * 100.0) / 100.0);
            o.insert(QStringLiteral("suggested_decision"), decisionKey(row.readiness.suggested));
            array.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("workspace"), context.dbPath());
        root.insert(QStringLiteral("releases"), array);
        out << QString::fromUtf8(QJsonDocument(root).toJson());
        out.flush();
        return ExitOk;
    }

    if (rows.empty()) {
        out << QCoreApplication::translate("Cli", "No releases in %1.").arg(context.dbPath()) << Qt::endl;
        return ExitOk;
    }
    using A = TextTable::Align;
    TextTable table({ { QCoreApplication::translate("Cli", "ID"), A::Right },
        { QCoreApplication::translate("Cli", "NAME"), A::Left, 56 },
        { QCoreApplication::translate("Cli", "ITEMS"), A::Right },
        { QCoreApplication::translate("Cli", "READINESS"), A::Right },
        { QCoreApplication::translate("Cli", "DECISION"), A::Left } });
    for (const Row &row : rows) {
        table.addRow({ QString::number(row.summary.id), row.summary.name, QString::number(row.leaves),
            QString::number(std::round(row.readiness.readinessPercent * 10.0) / 10.0, 'f', 1)
                + QStringLiteral(" %"),
            decisionLabel(row.readiness.suggested) });
    }
    table.print(out);
    out.flush();
    return ExitOk;
}

} // namespace

Verb releasesVerb()
{
    Verb v;
    v.name = QStringLiteral("releases");
    v.synopsis = QStringLiteral("[--json]");
    v.summary = QCoreApplication::translate("Cli",
        "List the releases: id, name, items, readiness and the "
        "suggested decision.");
    v.options = { QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON instead of a table.")) };
    v.minPositional = 0;
    v.maxPositional = 0;
    v.run = runReleases;
    return v;
}

} // namespace gl::cli
