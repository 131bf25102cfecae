// greenlight attach RELEASE ITEM FILE... [--note TEXT] | --url URL [--title TITLE] | --note TEXT:
// copies files into the workspace as evidence of an item (hashed, deduplicated), or records a link or
// a plain note; then re-reads the metrics bound to the item.

#include "cli/CliContext.h"
#include "cli/Verb.h"
#include "domain/Readiness.h"
#include "evidence/MetricFeed.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace gl::cli {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

void printAttached(QTextStream &out, const Evidence &e, const Item &item)
{
    if (e.hasContent())
        out << QCoreApplication::translate("Cli", "evidence %1 \"%2\" (%3, %4, sha256 %5) attached to item %6 \"%7\"")
                   .arg(QString::number(e.id), e.name, sizeText(e.size), e.mediaType, e.sha256,
                       QString::number(item.id), item.title)
            << Qt::endl;
    else
        out << QCoreApplication::translate("Cli", "evidence %1 (%2) \"%3\" attached to item %4 \"%5\"")
                   .arg(QString::number(e.id), evidenceKindKey(e.kind), e.name, QString::number(item.id), item.title)
            << Qt::endl;
}

// The metrics bound to the item, as they stand after the attach.
int printMetrics(CliContext &context, Workspace &workspace, qint64 itemId)
{
    Result<std::vector<MetricFeed::Outcome>> outcomes = MetricFeed::refresh(workspace, itemId);
    if (!outcomes)
        return context.fail(outcomes.error());
    for (const MetricFeed::Outcome &o : *outcomes) {
        if (!o.problem.isEmpty()) {
            context.warning(QCoreApplication::translate("Cli", "metric \"%1\" keeps its value: %2").arg(o.metricName, o.problem));
            continue;
        }
        context.out() << QCoreApplication::translate("Cli", "metric \"%1\": %2%3")
                             .arg(o.metricName, o.value.isEmpty() ? QStringLiteral("-") : o.value,
                                 o.changed ? QString() : QCoreApplication::translate("Cli", " (unchanged)"))
                      << Qt::endl;
    }
    return ExitOk;
}

int runAttach(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("attach");
    const QStringList args = parser.positionalArguments();
    const QStringList files = args.mid(2);
    const bool url = parser.isSet(QStringLiteral("url"));
    const bool note = parser.isSet(QStringLiteral("note"));
    if (url && !files.isEmpty())
        return context.usage(verb, QCoreApplication::translate("Cli", "give files or --url, not both"));
    if (!url && files.isEmpty() && !note)
        return context.usage(verb, QCoreApplication::translate("Cli", "give one or more files, --url URL or --note TEXT"));
    if (parser.isSet(QStringLiteral("title")) && !url)
        return context.usage(verb, QCoreApplication::translate("Cli", "--title applies to --url only"));
    if (note && parser.value(QStringLiteral("note")).trimmed().isEmpty())
        return context.usage(verb, QCoreApplication::translate("Cli", "--note is empty"));

    // Every file is judged before anything is stored, so a typo in the third name does not leave
    // the first two attached.
    for (const QString &path : files) {
        const QFileInfo info(path);
        if (info.isSymLink())
            return context.fail(QCoreApplication::translate("Cli", "%1 is a symbolic link; attach the file it points to").arg(path));
        if (!info.exists())
            return context.fail(QCoreApplication::translate("Cli", "%1 does not exist").arg(path));
        if (info.isDir())
            return context.fail(QCoreApplication::translate("Cli", "%1 is a folder; attach the files in it").arg(path));
        if (!info.isFile())
            return context.fail(
                QCoreApplication::translate("Cli", "%1 is not a regular file (a device, FIFO or socket)").arg(path));
    }

    int code = ExitOk;
    const auto target = context.resolveTarget(args.at(0), args.at(1), &Workspace::resolveItem, &code);
    if (!target)
        return code;
    Workspace &ws = *target->workspace;
    std::vector<Evidence> attached;
    if (url) {
        const QString link = parser.value(QStringLiteral("url"));
        const QString title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : link;
        Result<Evidence> e = ws.attachUrl(target->id, link, title);
        if (!e)
            return context.fail(e.error());
        attached.push_back(*e);
    } else if (files.isEmpty()) {
        Result<Evidence> e = ws.attachNote(target->id, parser.value(QStringLiteral("note")));
        if (!e)
            return context.fail(e.error());
        attached.push_back(*e);
    }
    for (const QString &path : files) {
        Result<Evidence> e = ws.attachFile(target->id, path, parser.value(QStringLiteral("note")));
        if (!e) {
            if (!attached.empty())
                context.warning(QCoreApplication::translate("Cli", "the files before %1 were attached").arg(path));
            return context.fail(e.error());
        }
        attached.push_back(*e);
    }

    Result<Release> release = ws.loadRelease(target->releaseId);
    if (!release)
        return context.fail(release.error());
    const Item *item = findItem(*release, target->id);
    for (const Evidence &e : attached)
        printAttached(context.out(), e, item ? *item : Item());
    return printMetrics(context, ws, target->id);
}

} // namespace

Verb attachVerb()
{
    Verb v;
    v.name = QStringLiteral("attach");
    v.synopsis = QStringLiteral("RELEASE ITEM FILE... [--note TEXT] | RELEASE ITEM --url URL [--title TITLE] | RELEASE ITEM --note TEXT");
    v.summary = QCoreApplication::translate("Cli", "Attach evidence to a checklist item: files, a link or a note.");
    v.description = QCoreApplication::translate("Cli",
        "Files are copied into the workspace and hashed (SHA-256), so the evidence survives the original "
        "moving; the same content is stored once. Symbolic links, folders, devices and unreadable files "
        "are refused. A note given with files is kept with each of them. Metrics bound to the item "
        "(greenlight metric --from-item) are re-read from the newest report at once.");
    v.options = { QCommandLineOption(QStringLiteral("note"),
                      QCoreApplication::translate("Cli", "A note, with the files or on its own."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("url"), QCoreApplication::translate("Cli", "Attach a link (http or https)."),
            QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("title"), QCoreApplication::translate("Cli", "The link's title."),
            QStringLiteral("TITLE")) };
    v.minPositional = 2;
    v.maxPositional = 10000;
    v.run = runAttach;
    return v;
}

} // namespace gl::cli
