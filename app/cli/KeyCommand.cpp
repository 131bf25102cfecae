// greenlight key create NAME [--passphrase-fd N]
// greenlight key rotate NAME [--passphrase-fd N]
// greenlight key export NAME [--out FILE]
// greenlight key import FILE [--as NAME]
// A stakeholder's signing key: the private half in their own config folder, encrypted under their
// passphrase; the public half in the workspace.

#include "cli/CliContext.h"
#include "cli/PassphraseInput.h"
#include "cli/Verb.h"
#include "signing/KeyRing.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace gl::cli {

namespace {

int createKey(CliContext &context, const QCommandLineParser &parser, const QString &name, bool rotate)
{
    Workspace *ws = context.workspace();
    if (!ws)
        return context.workspaceFailure();
    Result<Stakeholder> who = ws->stakeholder(name);
    if (!who)
        return context.fail(who.error());
    if (!rotate && who->activeKey())
        return context.fail(QCoreApplication::translate(
            "Cli", "%1 has a key already (%2); use 'greenlight key rotate %1' to replace it.")
                                .arg(who->name, who->activeKey()->fingerprint));
    if (rotate && !who->activeKey())
        return context.fail(
            QCoreApplication::translate("Cli", "%1 has no key to rotate; use 'greenlight key create %1'.")
                .arg(who->name));
    Result<int> fd = passphraseFd(
        parser.value(QStringLiteral("passphrase-fd")), parser.isSet(QStringLiteral("passphrase-fd")));
    if (!fd)
        return context.fail(fd.error());
    Result<Passphrase> passphrase = readPassphrase(
        *fd, QCoreApplication::translate("Cli", "New passphrase for %1's key: ").arg(who->name), true);
    if (!passphrase)
        return context.fail(passphrase.error());
    const KeyRing keys;
    Result<PublicKey> key = keys.create(who->name, *passphrase);
    if (!key)
        return context.fail(key.error());
    Result<StakeholderKey> stored = ws->addStakeholderKey(who->id, key->bytes);
    if (!stored) {
        QFile::remove(keys.keyFilePath(key->fingerprint()));
        return context.fail(stored.error());
    }
    context.out() << QCoreApplication::translate("Cli", "%1's key %2").arg(who->name, stored->fingerprint)
                  << '\n'
                  << QCoreApplication::translate(
                         "Cli", "Private key (keep it, with its passphrase, to yourself): %1")
                         .arg(QDir::toNativeSeparators(keys.keyFilePath(stored->fingerprint)))
                  << '\n';
    if (rotate)
        context.out() << QCoreApplication::translate(
            "Cli", "The previous key is retired: what it signed stays verifiable.")
                      << '\n';
    context.out().flush();
    return ExitOk;
}

int exportKey(CliContext &context, const QCommandLineParser &parser, const QString &name)
{
    Workspace *ws = context.workspace();
    if (!ws)
        return context.workspaceFailure();
    Result<Stakeholder> who = ws->stakeholder(name);
    if (!who)
        return context.fail(who.error());
    const StakeholderKey *key = who->activeKey();
    if (!key)
        return context.fail(QCoreApplication::translate(
            "Cli", "%1 has no key yet: create one with 'greenlight key create %1'.")
                                .arg(who->name));
    PublicKey pub { key->publicKey, who->name };
    const QString out
        = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : QStringLiteral("-");
    if (Result<void> r = context.writeOutput(out, (pub.exportText() + u'\n').toUtf8()); !r)
        return context.fail(r.error());
    return ExitOk;
}

int importKey(CliContext &context, const QCommandLineParser &parser, const QString &path)
{
    Workspace *ws = context.workspace();
    if (!ws)
        return context.workspaceFailure();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QCoreApplication::translate("Cli", "Cannot read %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.read(64 * 1024);
    file.close();
    PublicKey key;
    bool privateFile = false;
    if (head.trimmed().startsWith('{')) {
        Result<PublicKey> imported = KeyRing().importKeyFile(path);
        if (!imported)
            return context.fail(imported.error());
        key = *imported;
        privateFile = true;
    } else {
        Result<PublicKey> parsed = PublicKey::fromExportText(QString::fromUtf8(head));
        if (!parsed)
            return context.fail(Error { parsed.error().code,
                QDir::toNativeSeparators(path) + QStringLiteral(": ") + parsed.message() });
        key = *parsed;
    }
    const QString name = parser.isSet(QStringLiteral("as")) ? parser.value(QStringLiteral("as")) : key.owner;
    Result<std::vector<Stakeholder>> people = ws->stakeholders();
    if (!people)
        return context.fail(people.error());
    for (const Stakeholder &p : *people) {
        for (const StakeholderKey &k : p.keys) {
            if (k.fingerprint == key.fingerprint()) {
                context.out() << (privateFile
                        ? QCoreApplication::translate("Cli", "Private key %1 of %2 is now on this machine.")
                        : QCoreApplication::translate("Cli", "Key %1 is already %2's key in this workspace."))
                                     .arg(k.fingerprint, p.name)
                              << Qt::endl;
                return ExitOk;
            }
        }
    }
    Result<Stakeholder> who = ws->stakeholder(name);
    if (!who)
        return context.fail(who.error());
    // Importing never replaces someone's key by accident: that retires the key they sign with.
    if (who->activeKey() && !parser.isSet(QStringLiteral("replace")))
        return context.fail(QCoreApplication::translate("Cli",
            "%1 already has the key %2 in this workspace; add --replace to make %3 their key instead (the old one "
            "is retired and keeps verifying what it signed).")
                                .arg(who->name, who->activeKey()->fingerprint, key.fingerprint()));
    Result<StakeholderKey> stored = ws->addStakeholderKey(who->id, key.bytes);
    if (!stored)
        return context.fail(stored.error());
    if (privateFile)
        context.out() << QCoreApplication::translate("Cli", "Private key %1 of %2 is now on this machine.")
                             .arg(stored->fingerprint, who->name)
                      << '\n';
    context.out() << QCoreApplication::translate("Cli", "%1's key in this workspace is now %2.")
                         .arg(who->name, stored->fingerprint)
                  << '\n';
    context.out().flush();
    return ExitOk;
}

int runKey(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("key");
    const QStringList args = parser.positionalArguments();
    const QString action = args.at(0);
    const QString subject = args.at(1);
    if (action == QLatin1String("create"))
        return createKey(context, parser, subject, false);
    if (action == QLatin1String("rotate"))
        return createKey(context, parser, subject, true);
    if (action == QLatin1String("export"))
        return exportKey(context, parser, subject);
    if (action == QLatin1String("import"))
        return importKey(context, parser, subject);
    return context.usage(verb,
        QCoreApplication::translate("Cli", "expected create, rotate, export or import, not '%1'")
            .arg(action));
}

} // namespace

Verb keyVerb()
{
    Verb v;
    v.name = QStringLiteral("key");
    v.synopsis = QStringLiteral(
        "create|rotate NAME [--passphrase-fd N] | export NAME [--out FILE] | import FILE [--as NAME] [--replace]");
    v.summary
        = QCoreApplication::translate("Cli", "Create, rotate, export or import a stakeholder's signing key.");
    v.description = QCoreApplication::translate("Cli",
        "The private key stays in your config folder (~/.config/greenlight/keys), encrypted under your "
        "passphrase; the workspace holds the public key and its fingerprint. The passphrase is asked on "
        "the terminal, or read as one line from file descriptor N (--passphrase-fd), never from the "
        "command line or the environment. 'export' writes the public key as one line; 'import' takes "
        "such a line (adding it as NAME's key) or a private key file copied from another machine. "
        "'rotate' makes a new key; what the old one signed stays verifiable.");
    v.options = {
        QCommandLineOption(QStringLiteral("passphrase-fd"),
            QCoreApplication::translate("Cli", "Read the passphrase from this file descriptor."),
            QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("out"),
            QCoreApplication::translate("Cli", "Write the public key here (- for stdout)."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("replace"),
            QCoreApplication::translate("Cli", "With import: make the key the person's key even when they have one.")),
        QCommandLineOption(QStringLiteral("as"),
            QCoreApplication::translate("Cli", "The stakeholder an imported key belongs to."),
            QStringLiteral("NAME")),
    };
    v.minPositional = 2;
    v.maxPositional = 2;
    v.run = runKey;
    return v;
}

} // namespace gl::cli
