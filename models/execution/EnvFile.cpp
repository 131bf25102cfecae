#include "EnvFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace gl {

namespace {

bool isBlank(QChar c) { return c == u' ' || c == u'\t'; }

QStringView trimmedLeft(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isBlank(s[i]))
        ++i;
    return s.mid(i);
}

QStringView trimmedRight(QStringView s)
{
    qsizetype n = s.size();
    while (n > 0 && isBlank(s[n - 1]))
        --n;
    return s.left(n);
}

// After a closing quote only blanks and a comment may follow on that line.
bool onlyCommentLeft(QStringView rest)
{
    const QStringView t = trimmedLeft(rest);
    return t.isEmpty() || t.front() == u'#';
}

class Parser final {
public:
    Parser(const QStringList &lines, const QString &fileName) : m_lines(lines), m_file(fileName) {}

    Result<EnvVariables> run()
    {
        EnvVariables out;
        while (m_index < m_lines.size()) {
            const qsizetype lineNumber = m_index + 1;
            QStringView line = trimmedLeft(m_lines[m_index]);
            ++m_index;
            if (line.isEmpty() || line.front() == u'#')
                continue;
            if (line.startsWith(u"export") && line.size() > 6 && isBlank(line[6]))
                line = trimmedLeft(line.mid(6));
            const qsizetype eq = line.indexOf(u'=');
            if (eq < 0)
                return fail(lineNumber, QCoreApplication::translate("EnvFile", "expected KEY=VALUE"));
            const QString key = trimmedRight(line.left(eq)).toString();
            if (!EnvFile::isValidName(key))
                return fail(lineNumber,
                    QCoreApplication::translate("EnvFile",
                        "\"%1\" is not a valid variable name (letters, digits and _, not starting with a digit)")
                        .arg(key));
            Result<QString> value = parseValue(trimmedLeft(line.mid(eq + 1)), key, lineNumber);
            if (!value)
                return value.error();
            if (value->contains(QChar(u'\0')))
                return fail(lineNumber,
                    QCoreApplication::translate("EnvFile", "the value of %1 contains a NUL character").arg(key));
            auto same = std::find_if(out.begin(), out.end(), [&key](const auto &p) { return p.first == key; });
            if (same != out.end())
                same->second = std::move(value).value();
            else
                out.emplace_back(key, std::move(value).value());
        }
        return out;
    }

private:
    Error fail(qsizetype lineNumber, const QString &what) const
    {
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("EnvFile", "%1, line %2: %3")
                .arg(QDir::toNativeSeparators(m_file))
                .arg(lineNumber)
                .arg(what));
    }

    Result<QString> parseValue(QStringView rest, const QString &key, qsizetype lineNumber)
    {
        if (rest.isEmpty())
            return QString();
        if (rest.front() == u'\'' || rest.front() == u'"')
            return parseQuoted(rest, key, lineNumber);
        // A bare value ends where a comment starts: "# " after a blank, as shells and compose read it.
        qsizetype end = rest.size();
        for (qsizetype i = 1; i < rest.size(); ++i) {
            if (rest[i] == u'#' && isBlank(rest[i - 1])) {
                end = i;
                break;
            }
        }
        return trimmedRight(rest.left(end)).toString();
    }

    Result<QString> parseQuoted(QStringView rest, const QString &key, qsizetype lineNumber)
    {
        const QChar quote = rest.front();
        const bool doubled = quote == u'"';
        QString value;
        QStringView text = rest.mid(1);
        qsizetype currentLine = lineNumber;
        for (;;) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text[i];
                if (c == quote) {
                    if (!onlyCommentLeft(text.mid(i + 1)))
                        return Result<QString>(fail(currentLine,
                            QCoreApplication::translate("EnvFile", "unexpected text after the closing quote of %1")
                                .arg(key)));
                    return value;
                }
                if (doubled && c == u'\\' && i + 1 < text.size()) {
                    const QChar e = text[++i];
                    switch (e.unicode()) {
                    case u'n': value += u'\n'; break;
                    case u't': value += u'\t'; break;
                    case u'r': value += u'\r'; break;
                    case u'"': case u'\\': case u'$': value += e; break;
                    default: value += u'\\'; value += e; break;  // unknown escapes stay as written
                    }
                    continue;
                }
                value += c;
            }
            // The quote is still open: a multi-line value (a PEM key, say) continues on the next line.
            if (m_index >= m_lines.size())
                return Result<QString>(fail(lineNumber,
                    QCoreApplication::translate("EnvFile", "the value of %1 opens a quote that is never closed")
                        .arg(key)));
            value += u'\n';
            text = m_lines[m_index];
            ++m_index;
            currentLine = m_index;
        }
    }

    const QStringList &m_lines;
    const QString &m_file;
    qsizetype m_index = 0;
};

} // namespace

bool EnvFile::isValidName(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

Result<EnvVariables> EnvFile::parse(QByteArrayView text, const QString &fileName)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    QStringList lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString decoded = decoder(line);
        if (decoder.hasError())
            return makeError(ErrorCode::Invalid,
                QCoreApplication::translate("EnvFile", "%1, line %2: %3")
                    .arg(QDir::toNativeSeparators(fileName))
                    .arg(lines.size() + 1)
                    .arg(QCoreApplication::translate("EnvFile", "not valid UTF-8 text")));
        lines.append(std::move(decoded));
        start = end + 1;
    }
    return Parser(lines, fileName).run();
}

Result<EnvVariables> EnvFile::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("EnvFile", "The env file %1 does not exist.").arg(shown));
    if (info.isDir())
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("EnvFile", "The env file %1 is a folder, not a file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("EnvFile", "The env file %1 cannot be read: %2")
                .arg(shown, file.errorString()));
    // Read one byte past the bound: size() lies for pipes and /dev files.
    const QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize)
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("EnvFile", "The env file %1 is larger than %2 KiB; is it the right file?")
                .arg(shown)
                .arg(maxSize / 1024));
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("EnvFile", "The env file %1 cannot be read: %2")
                .arg(shown, file.errorString()));
    return parse(bytes, path);
}

QProcessEnvironment EnvFile::toEnvironment(const EnvVariables &variables)
{
    QProcessEnvironment env;
    for (const auto &[key, value] : variables)
        env.insert(key, value);
    return env;
}

} // namespace gl
