#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QtGlobal>
#include <unistd.h>

const QString CliRunner::deploymentSeed = QStringLiteral("staging-deployment-checklist.md");
const QString CliRunner::readinessSeed = QStringLiteral("staging-readiness-checklist.md");

const QByteArray CliRunner::tinyChecklist = R"(# Tiny Release

## Gate A: Build

- [ ] Build passes
  - Command: `make`
- [ ] Unit tests pass

## Gate B: Deploy

- [ ] Deploy to staging
  - [ ] Push image
  - [ ] Roll out

## Metrics

| Metric | Current | Required | Blocker? |
|--------|---------|----------|----------|
| Coverage | 10% | >50% | YES |
| Docs | 6 | >7 | NO |

## GO Criteria (All Must Be Met)

- Rollback tested

## NO-GO Criteria (Any One Blocks)

- Security issue open
)";

CliRunner::CliRunner()
{
    if (m_dir.isValid())
        QDir(m_dir.path()).mkpath(QStringLiteral("home/data"));
    m_db = m_dir.filePath(QStringLiteral("workspace.greenlight"));
}

bool CliRunner::isValid() const
{
    return m_dir.isValid();
}

QString CliRunner::nextDb()
{
    m_db = m_dir.filePath(QStringLiteral("ws-%1.greenlight").arg(++m_counter));
    return m_db;
}

CliRun CliRunner::greenlight(const QStringList &arguments, const QString &db) const
{
    return greenlightWithFd(arguments, std::nullopt, db);
}

CliRun CliRunner::greenlightWithFd(const QStringList &arguments, const std::optional<QByteArray> &fd3,
                                   const QString &db) const
{
    QProcess process;
    // fd3: the bytes the child reads on file descriptor 3 (a pipe written and closed before it starts).
    int pipeFds[2] = { -1, -1 };
    if (fd3) {
        if (::pipe(pipeFds) != 0)
            return CliRun();
        const qsizetype written = ::write(pipeFds[1], fd3->constData(), size_t(fd3->size()));
        ::close(pipeFds[1]);
        if (written != fd3->size()) {
            ::close(pipeFds[0]);
            return CliRun();
        }
    }
    // A session of its own: no controlling terminal, so a verb that would ask on /dev/tty fails at
    // once, as on CI, even when the tests run from a terminal.
    const int readEnd = pipeFds[0];
    process.setChildProcessModifier([readEnd] {
        ::setsid();
        if (readEnd >= 0)
            ::dup2(readEnd, 3);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QStringList args;
    if (db != QLatin1String("none"))
        args << QStringLiteral("--db") << (db.isEmpty() ? m_db : db);
    args << arguments;
    process.start(QStringLiteral(GREENLIGHT_BINARY), args);
    if (pipeFds[0] >= 0)
        ::close(pipeFds[0]); // the child has its copy on fd 3 once start() has forked
    CliRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        qWarning("greenlight %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

qint64 CliRunner::importFile(const QString &path, const QString &db) const
{
    const CliRun run = greenlight({ QStringLiteral("import"), path }, db);
    if (run.code != 0) {
        qWarning("import %s failed: %s", qPrintable(path), run.err.constData());
        return 0;
    }
    bool ok = false;
    const qint64 id = run.outText().trimmed().toLongLong(&ok);
    return ok ? id : 0;
}

QJsonObject CliRunner::statusJson(qint64 releaseId) const
{
    const CliRun run
        = greenlight({ QStringLiteral("status"), QString::number(releaseId), QStringLiteral("--json") });
    if (run.code != 0)
        qWarning("status failed: %s", run.err.constData());
    return parseObject(run.out);
}

QJsonObject CliRunner::exportJson(qint64 releaseId) const
{
    const CliRun run = greenlight({ QStringLiteral("export"), QString::number(releaseId),
        QStringLiteral("--json"), QStringLiteral("-") });
    if (run.code != 0)
        qWarning("export failed: %s", run.err.constData());
    return parseObject(run.out);
}

QString CliRunner::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString CliRunner::seedPath(const QString &name)
{
    return QStringLiteral(GREENLIGHT_TEST_DATA) + QLatin1Char('/') + name;
}

QJsonObject CliRunner::parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), bytes.left(400).constData());
        return {};
    }
    return doc.object();
}

QJsonValue CliRunner::withoutVolatile(const QJsonValue &value)
{
    static const QStringList volatileKeys
        = { QStringLiteral("id"), QStringLiteral("release_id"), QStringLiteral("created_at"),
              QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("source"),
              QStringLiteral("working_folder") };  // an import sets it to the file's folder
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (const QString &k : volatileKeys)
            o.remove(k);
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = withoutVolatile(*it);
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutVolatile(a[i]);
        return a;
    }
    return value;
}

QJsonObject CliRunner::findByKey(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

QList<QJsonObject> CliRunner::flattenItems(const QJsonArray &items)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : items) {
        out << v.toObject();
        out << flattenItems(v.toObject().value(QStringLiteral("children")).toArray());
    }
    return out;
}
