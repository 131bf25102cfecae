#pragma once
// The numbered schema migrations: a ladder of steps, each taking the file from version - 1 to
// version inside its own write transaction. The schema itself is portable SQL; the few things that
// differ between backends (the identity and binary column types) come from the dialect.

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace gl {

class SqliteDialect;

struct Migration {
    int version = 0; // the user_version the file has after this step
    QString summary; // one line, for logs and error messages
    // Runs inside the step's transaction; the caller sets user_version and commits.
    std::function<Result<void>(const QSqlDatabase &db, const SqliteDialect &dialect)> apply;

    // A step that runs SQL statements in order (with %ID% replaced by the identity column type and
    // %BLOB% by the binary column type).
    static Migration fromStatements(int version, const QString &summary, const QStringList &statements);
};

class Migrations final {
public:
    // The ladder this build ships, oldest first.
    static const std::vector<Migration> &builtin();
    // The highest version in a ladder (0 for an empty one).
    static int newest(const std::vector<Migration> &ladder);
    // Runs statements one by one; the error names the statement that failed.
    static Result<void> runStatements(
        const QSqlDatabase &db, const SqliteDialect &dialect, const QStringList &statements);
};

// A new release's uid (issue 5): random, never reused, what its sign-offs are bound to.
QString newReleaseUid();

} // namespace gl
