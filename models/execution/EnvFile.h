#pragma once
// A release's env file (KEY=VALUE lines, like `.env.staging`) read into ordered variables for the
// child environment. Values are secrets as often as not, so no message here ever quotes one: errors
// name the file, the line and at most the key.
//
// Accepted: blank lines, `#` comment lines, an optional `export ` prefix, KEY=VALUE where KEY is
// [A-Za-z_][A-Za-z0-9_]*, and a value that is bare (trimmed, ` #...` after it is a comment), in
// single quotes (literal, may span lines) or in double quotes (\n \t \r \" \\ \$ escapes, may span lines).

#include "domain/Result.h"

#include <QByteArrayView>
#include <QProcessEnvironment>
#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

namespace gl {

using EnvVariables = std::vector<std::pair<QString, QString>>;

class EnvFile final {
public:
    // Far beyond any real env file; a bound so that pointing at /dev/zero or a log fails fast.
    static constexpr qint64 maxSize = qint64(1024) * 1024;

    // Errors: NotFound when the file is missing, Io when it cannot be read or is too large,
    // Invalid for a malformed line.
    static Result<EnvVariables> read(const QString &path);

    // `fileName` only names the source in error messages. A key given twice keeps its first
    // position and its last value, as a shell sourcing the file would end up with.
    static Result<EnvVariables> parse(QByteArrayView text, const QString &fileName);

    static bool isValidName(QStringView key);

    static QProcessEnvironment toEnvironment(const EnvVariables &variables);
};

} // namespace gl
