#pragma once
// The checks a file passes before Greenlight opens it read-write: the SQLite header read by hand
// (magic, application_id, user_version), then a read-only look inside with quick_check. A file
// that fails is refused with a message saying which case it is, and is never modified.

#include "domain/Result.h"

#include <QString>

namespace gl {

class SqliteFileCheck final {
public:
    struct FileState {
        bool isNew = true; // missing, 0 bytes, or an SQLite file without tables or application_id
        int version = 0; // user_version
    };
    // Refuses a non-SQLite file, another application's database, a schema newer than newestKnown
    // and a damaged file (ErrorCode NotSqlite, ForeignFile, TooNew, Corrupt).
    static Result<FileState> inspect(const QString &path, quint32 applicationId, int newestKnown);

    // What a read-only connection sees after quick_check passed (Corrupt otherwise).
    struct Contents {
        quint32 applicationId = 0;
        int version = 0;
        int userTables = 0;
    };
    static Result<Contents> lookInside(const QString &path);
};

} // namespace gl
