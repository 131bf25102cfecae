// greenlight set RELEASE ITEM --status STATUS [--reason TEXT] [--note TEXT] [--expires YYYY-MM-DD]:
// records an item's result, e.g. from a CI job.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

int runSet(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("set");
    if (!parser.isSet(QStringLiteral("status")))
        return context.usage(verb, QCoreApplication::translate("Cli", "--status STATUS is required"));
    const QString key = parser.value(QStringLiteral("status"));
    const std::optional<ItemStatus> status = statusFromKey(key);
    if (!status)
        return context.usage(verb,
            QCoreApplication::translate("Cli", "unknown status '%1'; valid: %2")
                .arg(key, statusKeys().join(QStringLiteral(", "))));

    QDate expiry;
    if (parser.isSet(QStringLiteral("expires"))) {
        const QString text = parser.value(QStringLiteral("expires"));
        expiry = QDate::fromString(text, Qt::ISODate);
        if (!expiry.isValid())
            return context.usage(verb,
                QCoreApplication::translate("Cli",
                    "--expires '%1' is not a date "
                    "(YYYY-MM-DD)")
                    .arg(text));
        if (*status != ItemStatus::Waived)
            return context.usage(verb,
                QCoreApplication::translate("Cli",
                    "--expires applies to --status waived "
                    "only"));
    }
    const QString reason = parser.value(QStringLiteral("reason"));
    if (*status == ItemStatus::Waived && (reason.trimmed().isEmpty() || !expiry.isValid()))
        return context.usage(verb,
            QCoreApplication::translate("Cli",
                "--status waived needs --reason TEXT and "
                "--expires YYYY-MM-DD"));
    std::optional<QString> note;
    if (parser.isSet(QStringLiteral("note")))
        note = parser.value(QStringLiteral("note"));

    const QStringList args = parser.positionalArguments();
    int code = ExitOk;
    const auto target = context.resolveTarget(args.at(0), args.at(1), &Workspace::resolveItem, &code);
    if (!target)
        return code;
    const auto release = context.readBack(
        target->workspace->setItemStatus(target->id, *status, reason, note, expiry), *target, &code);
    if (!release)
        return code;
    if (const Item *item = findItem(*release, target->id)) {
        context.out() << QCoreApplication::translate("Cli", "item %1 \"%2\": %3")
                             .arg(QString::number(item->id), item->title, statusKey(item->status))
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

Verb setVerb()
{
    Verb v;
    v.name = QStringLiteral("set");
    v.synopsis
        = QStringLiteral("RELEASE ITEM --status STATUS [--reason TEXT] [--note TEXT] [--expires YYYY-MM-DD]");
    v.summary = QCoreApplication::translate("Cli", "Record the status of a checklist item.");
    v.description = QCoreApplication::translate("Cli",
        "ITEM is an item id or its unique title; only items without "
        "sub-items take a status. STATUS is one of: %1. A waiver "
        "needs a reason and an expiry date.")
                        .arg(statusKeys().join(QStringLiteral(", ")));
    v.options = {
        QCommandLineOption(QStringLiteral("status"), QCoreApplication::translate("Cli", "The new status."),
            QStringLiteral("STATUS")),
        QCommandLineOption(QStringLiteral("reason"),
            QCoreApplication::translate("Cli", "Why: a failure message, a blocker, a waiver."),
            QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("note"),
            QCoreApplication::translate("Cli", "Replace the item's note."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("expires"),
            QCoreApplication::translate("Cli", "Last day a waiver is in force."),
            QStringLiteral("YYYY-MM-DD")),
    };
    v.minPositional = 2;
    v.maxPositional = 2;
    v.run = runSet;
    return v;
}

} // namespace gl::cli
