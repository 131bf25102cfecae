#pragma once
// Errors as values: every fallible call in models/ returns a Result that carries either a value or
// an Error whose message names the file, line or field at fault. views/ and app/ decide how to show it.

#include <QString>
#include <utility>
#include <variant>

namespace gl {

enum class ErrorCode {
    Invalid,       // bad input: argument, field, file content
    NotFound,      // unknown release, item, metric, file
    Ambiguous,     // a name matches more than one thing
    Io,            // file system error
    NotSqlite,     // a file that is not an SQLite database
    ForeignFile,   // an SQLite file that belongs to another application
    TooNew,        // a workspace written by a newer Greenlight
    Corrupt,       // a damaged database file
    Database,      // any other SQLite / QtSql failure
    Cancelled,
};

struct Error {
    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_v); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    QString message() const { return m_error.message; }

private:
    bool m_ok = true;
    Error m_error;
};

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

} // namespace gl
