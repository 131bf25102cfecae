#pragma once
// Runs the real greenlight binary for the CLI tests: a temporary folder, one workspace file per test,
// HOME and XDG folders redirected into it so no test can touch a real workspace, and the JSON the
// binary prints parsed back.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <optional>

struct CliRun {
    int code = -1; // -1 when the process crashed or hung
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

class CliRunner final {
public:
    CliRunner();
    bool isValid() const;

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return m_db; }
    void setDb(const QString &db) { m_db = db; }
    // A fresh workspace path (not created yet); counter() numbers it.
    QString nextDb();
    int counter() const { return m_counter; }

    // db: empty for db(), "none" for no --db at all (the default workspace)
    CliRun greenlight(const QStringList &arguments, const QString &db = QString()) const;
    // The same with `fd3` readable on the child's file descriptor 3 (passphrases: --passphrase-fd 3).
    CliRun greenlightWithFd(const QStringList &arguments, const std::optional<QByteArray> &fd3,
                            const QString &db = QString()) const;
    qint64 importFile(const QString &path, const QString &db = QString()) const; // 0 on failure
    QJsonObject statusJson(qint64 releaseId) const;
    QJsonObject exportJson(qint64 releaseId) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    static QString seedPath(const QString &name); // in GREENLIGHT_TEST_DATA
    static QJsonObject parseObject(const QByteArray &bytes);
    // Without ids, times, authors and source file: what two imports of one checklist share.
    static QJsonValue withoutVolatile(const QJsonValue &value);
    static QJsonObject findByKey(const QJsonArray &array, const QString &key, const QString &value);
    // Depth-first: every item of an `export --json` items array, parents before children.
    static QList<QJsonObject> flattenItems(const QJsonArray &items);

    static const QString deploymentSeed;
    static const QString readinessSeed;
    // A small release that exercises every rule: two gates (one holding a group), a blocker metric,
    // a plain metric, one GO and one NO-GO criterion; 4 leaves.
    static const QByteArray tinyChecklist;

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;
};
