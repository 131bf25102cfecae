// greenlight sign RELEASE --as NAME --meaning go|conditional|no-go|reviewed [--comment TEXT]
//                 [--role ROLE] [--passphrase-fd N]
// A stakeholder signs the release as it is now, with their key and passphrase.

#include "cli/CliContext.h"
#include "cli/PassphraseInput.h"
#include "cli/Verb.h"
#include "signing/SignOffs.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gl::cli {

namespace {

int runSign(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("sign");
    if (!parser.isSet(QStringLiteral("as")))
        return context.usage(verb, QCoreApplication::translate("Cli", "--as NAME is required"));
    if (!parser.isSet(QStringLiteral("meaning")))
        return context.usage(
            verb, QCoreApplication::translate("Cli", "--meaning go|conditional|no-go|reviewed is required"));
    const std::optional<SignOffMeaning> meaning
        = meaningFromKey(parser.value(QStringLiteral("meaning")).toLower());
    if (!meaning)
        return context.usage(verb,
            QCoreApplication::translate("Cli", "--meaning takes go, conditional, no-go or reviewed, not '%1'")
                .arg(parser.value(QStringLiteral("meaning"))));
    Result<int> fd = passphraseFd(
        parser.value(QStringLiteral("passphrase-fd")), parser.isSet(QStringLiteral("passphrase-fd")));
    if (!fd)
        return context.usage(verb, fd.message());
    int code = ExitOk;
    const std::optional<Release> release = context.loadRelease(parser.positionalArguments().at(0), &code);
    if (!release)
        return code;
    Workspace *ws = context.workspace();
    Result<Stakeholder> who = ws->stakeholder(parser.value(QStringLiteral("as")));
    if (!who)
        return context.fail(who.error());
    Result<Passphrase> passphrase = readPassphrase(*fd,
        QCoreApplication::translate("Cli", "Passphrase of %1 to sign \u201c%2\u201d as %3: ")
            .arg(who->name, release->name, meaningLabel(*meaning)));
    if (!passphrase)
        return context.fail(passphrase.error());
    Result<SignOff> signed_ = SignOffs::sign(*ws, KeyRing(), release->id, who->name,
        parser.value(QStringLiteral("role")), *meaning, parser.value(QStringLiteral("comment")), *passphrase);
    if (!signed_)
        return context.fail(signed_.error());
    context.out() << QCoreApplication::translate("Cli", "%1 (%2) signed \u201c%3\u201d: %4")
                         .arg(signed_->name, signed_->role, release->name, meaningLabel(signed_->meaning))
                  << '\n'
                  << QCoreApplication::translate("Cli", "  at %1 UTC with key %2")
                         .arg(signed_->signedAt.toString(Qt::ISODate), signed_->fingerprint)
                  << '\n'
                  << QCoreApplication::translate("Cli", "  over snapshot %1").arg(signed_->snapshotSha256)
                  << '\n';
    context.out().flush();
    return ExitOk;
}

} // namespace

Verb signVerb()
{
    Verb v;
    v.name = QStringLiteral("sign");
    v.synopsis = QStringLiteral("RELEASE --as NAME --meaning go|conditional|no-go|reviewed [--comment TEXT] "
                                "[--role ROLE] [--passphrase-fd N]");
    v.summary = QCoreApplication::translate(
        "Cli", "Sign off a release as it is now, with your key and passphrase.");
    v.description = QCoreApplication::translate("Cli",
        "The signature covers the release's canonical snapshot (gates, items, statuses, commands, metric "
        "values, criteria and every evidence SHA-256) with your name, role, meaning, comment and the UTC "
        "time. Any later change makes it stale until the change is undone; 'status' shows what changed. "
        "--role picks one of your roles (default: the first one the release still needs). The passphrase "
        "is asked on the terminal or read from file descriptor N.");
    v.options = {
        QCommandLineOption(QStringLiteral("as"),
            QCoreApplication::translate("Cli", "The stakeholder who signs."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("meaning"),
            QCoreApplication::translate("Cli", "What the signature means."),
            QStringLiteral("go|conditional|no-go|reviewed")),
        QCommandLineOption(QStringLiteral("comment"),
            QCoreApplication::translate("Cli", "A comment signed with it."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("role"), QCoreApplication::translate("Cli", "Sign in this role."),
            QStringLiteral("ROLE")),
        QCommandLineOption(QStringLiteral("passphrase-fd"),
            QCoreApplication::translate("Cli", "Read the passphrase from this file descriptor."),
            QStringLiteral("N")),
    };
    v.minPositional = 1;
    v.maxPositional = 1;
    v.run = runSign;
    return v;
}

} // namespace gl::cli
