// greenlight evidence RELEASE ITEM [--require [--max-age HOURS] [--newer-than-change] | --not-required]
//                                  [--save ID OUT] [--remove ID]:
// lists an item's evidence and whether it satisfies what the item requires; sets that requirement;
// writes one stored piece back out (checked against its SHA-256); removes a file, link or note.

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "cli/Verb.h"
#include "domain/Freshness.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace gl::cli {

namespace {

QString requirementText(const EvidenceRequirement &r)
{
    if (!r.required)
        return QCoreApplication::translate("Cli", "not required");
    QStringList parts { QCoreApplication::translate("Cli", "required") };
    if (r.maxAgeHours > 0)
        parts << QCoreApplication::translate("Cli", "at most %n hour(s) old", nullptr, r.maxAgeHours);
    if (r.newerThanChange)
        parts << QCoreApplication::translate("Cli", "newer than the item's last change");
    return parts.join(QStringLiteral(", "));
}

void printEvidence(QTextStream &out, const Item &item)
{
    TextTable table({ { QCoreApplication::translate("Cli", "ID"), TextTable::Align::Right },
        { QCoreApplication::translate("Cli", "KIND") }, { QCoreApplication::translate("Cli", "NAME"), TextTable::Align::Left, 48 },
        { QCoreApplication::translate("Cli", "SIZE"), TextTable::Align::Right }, { QCoreApplication::translate("Cli", "SHA-256") },
        { QCoreApplication::translate("Cli", "ADDED (UTC)") }, { QCoreApplication::translate("Cli", "BY") } });
    for (const Evidence &e : item.evidenceList) {
        table.addRow({ QString::number(e.id), evidenceKindKey(e.kind), e.kind == EvidenceKind::Url ? e.url : e.name,
            e.hasContent() ? QLocale::c().formattedDataSize(e.size, 1, QLocale::DataSizeIecFormat) : QString(),
            e.sha256.left(12), e.addedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.addedBy });
    }
    out << QCoreApplication::translate("Cli", "item %1 \"%2\"").arg(QString::number(item.id), item.title) << '\n';
    if (item.evidenceList.empty())
        out << QCoreApplication::translate("Cli", "  no evidence") << '\n';
    else
        table.print(out, QStringLiteral("  "));
    const EvidenceCheck check = checkEvidence(item, QDateTime::currentDateTimeUtc());
    out << QCoreApplication::translate("Cli", "evidence: %1; %2").arg(requirementText(item.evidenceRequirement),
               evidenceStateKey(check.state));
    if (!check.reason.isEmpty())
        out << QStringLiteral(" (") << check.reason << u')';
    out << Qt::endl;
}

int save(CliContext &context, Workspace &ws, const QString &idText, const QString &path)
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber)
        return context.usage(QStringLiteral("evidence"), QCoreApplication::translate("Cli", "--save needs an evidence id, not '%1'").arg(idText));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(QCoreApplication::translate("Cli", "cannot write %1: %2").arg(path, file.errorString()));
    const Result<void> read = ws.readEvidence(id, [&file, &path](QByteArrayView chunk) -> Result<void> {
        if (file.write(chunk.data(), chunk.size()) != chunk.size())
            return makeError(ErrorCode::Io, QCoreApplication::translate("Cli", "cannot write %1: %2").arg(path, file.errorString()));
        return {};
    });
    if (!read) {
        file.cancelWriting();
        return context.fail(read.error());
    }
    if (!file.commit())
        return context.fail(QCoreApplication::translate("Cli", "cannot write %1: %2").arg(path, file.errorString()));
    return ExitOk;
}

int runEvidence(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("evidence");
    const bool require = parser.isSet(QStringLiteral("require"));
    const bool notRequired = parser.isSet(QStringLiteral("not-required"));
    if (require && notRequired)
        return context.usage(verb, QCoreApplication::translate("Cli", "give --require or --not-required, not both"));
    if (!require && (parser.isSet(QStringLiteral("max-age")) || parser.isSet(QStringLiteral("newer-than-change"))))
        return context.usage(verb, QCoreApplication::translate("Cli", "--max-age and --newer-than-change go with --require"));
    EvidenceRequirement requirement;
    if (require) {
        requirement.required = true;
        requirement.newerThanChange = parser.isSet(QStringLiteral("newer-than-change"));
        if (parser.isSet(QStringLiteral("max-age"))) {
            bool ok = false;
            requirement.maxAgeHours = parser.value(QStringLiteral("max-age")).toInt(&ok);
            if (!ok || requirement.maxAgeHours < 1)
                return context.usage(verb,
                    QCoreApplication::translate("Cli", "--max-age '%1' is not a number of hours (1 or more)")
                        .arg(parser.value(QStringLiteral("max-age"))));
        }
    }

    const QStringList args = parser.positionalArguments();
    int code = ExitOk;
    const auto target = context.resolveTarget(args.at(0), args.at(1), &Workspace::resolveItem, &code);
    if (!target)
        return code;
    Workspace &ws = *target->workspace;
    if (require || notRequired) {
        if (Result<void> r = ws.setEvidenceRequirement(target->id, requirement); !r)
            return context.fail(r.error());
    }
    if (parser.isSet(QStringLiteral("remove"))) {
        bool isNumber = false;
        const qint64 id = parser.value(QStringLiteral("remove")).toLongLong(&isNumber);
        if (!isNumber)
            return context.usage(verb, QCoreApplication::translate("Cli", "--remove needs an evidence id"));
        Result<Evidence> e = ws.evidence(id);
        if (!e)
            return context.fail(e.error());
        if (e->itemId != target->id)
            return context.fail(QCoreApplication::translate("Cli", "evidence %1 belongs to item %2, not to item %3")
                                    .arg(QString::number(id), QString::number(e->itemId), QString::number(target->id)));
        if (Result<void> r = ws.removeEvidence(id); !r)
            return context.fail(r.error());
    }
    if (parser.isSet(QStringLiteral("save"))) {
        if (parser.positionalArguments().size() != 3)
            return context.usage(verb, QCoreApplication::translate("Cli", "--save ID needs the output file after ITEM"));
        return save(context, ws, parser.value(QStringLiteral("save")), args.at(2));
    }

    Result<Release> release = ws.loadRelease(target->releaseId);
    if (!release)
        return context.fail(release.error());
    if (const Item *item = findItem(*release, target->id))
        printEvidence(context.out(), *item);
    return ExitOk;
}

} // namespace

Verb evidenceVerb()
{
    Verb v;
    v.name = QStringLiteral("evidence");
    v.synopsis = QStringLiteral(
        "RELEASE ITEM [--require [--max-age HOURS] [--newer-than-change] | --not-required] [--remove ID] | RELEASE ITEM --save ID OUT");
    v.summary = QCoreApplication::translate("Cli", "List an item's evidence, set what it requires, save or remove a piece.");
    v.description = QCoreApplication::translate("Cli",
        "An item that requires evidence cannot be passed without a reason while its evidence is missing or "
        "stale: older than --max-age hours, or, with --newer-than-change, added before the item's commands, "
        "criteria or requirement last changed. A note does not count as evidence. --save writes a stored "
        "piece to OUT after checking its SHA-256.");
    v.options = { QCommandLineOption(QStringLiteral("require"), QCoreApplication::translate("Cli", "The item requires evidence.")),
        QCommandLineOption(QStringLiteral("max-age"), QCoreApplication::translate("Cli", "No older than this many hours."),
            QStringLiteral("HOURS")),
        QCommandLineOption(QStringLiteral("newer-than-change"),
            QCoreApplication::translate("Cli", "Added after the item last changed.")),
        QCommandLineOption(QStringLiteral("not-required"), QCoreApplication::translate("Cli", "The item requires no evidence.")),
        QCommandLineOption(QStringLiteral("remove"), QCoreApplication::translate("Cli", "Remove a file, link or note."),
            QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("save"), QCoreApplication::translate("Cli", "Write a stored piece to OUT."),
            QStringLiteral("ID")) };
    v.minPositional = 2;
    v.maxPositional = 3;
    v.run = runEvidence;
    return v;
}

} // namespace gl::cli
