#include "interchange/MarkdownImporter.h"

#include "interchange/ChecklistAssembler.h"
#include "interchange/MarkdownTree.h"
#include "interchange/Mojibake.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace gl {

namespace {

Error refuse(ErrorCode code, const QString &file, const QString &why)
{
    return makeError(code, MarkdownImporter::tr("Cannot import “%1”: %2").arg(file, why));
}

bool isBinaryControl(char16_t c)
{
    // Bitwise, not short-circuit, so the loop over every character of the file vectorises.
    return (c < 0x20) & (c != u'\t') & (c != u'\n') & (c != u'\r') & (c != u'\f') & (c != u'\v') & (c != 0x1B);
}

// The bytes as text, or an error when they are not text at all.
Result<QString> decode(const QByteArray &bytes, const QString &file, std::vector<ImportWarning> &warnings)
{
    QString text;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        text = utf16(bytes.mid(2));
        if (utf16.hasError())
            return refuse(ErrorCode::Invalid, file, MarkdownImporter::tr("it is a binary file, not Markdown text."));
    } else {
        if (bytes.contains('\0'))
            return refuse(ErrorCode::Invalid, file, MarkdownImporter::tr("it is a binary file (it contains NUL bytes), not Markdown text."));
        const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8(body);
        if (utf8.hasError()) {
            int fallback = 0;
            text = Mojibake::decodeUtf8OrWindows1252(body, &fallback);
            warnings.push_back({0, MarkdownImporter::tr("The file is not valid UTF-8; %n byte(s) were read as "
                                                        "Windows-1252.", nullptr, fallback)});
        }
    }
    qsizetype controls = 0;
    for (QChar c : std::as_const(text))
        controls += isBinaryControl(c.unicode());
    if (controls > std::max<qsizetype>(8, text.size() / 100))
        return refuse(ErrorCode::Invalid, file, MarkdownImporter::tr("it is a binary file, not Markdown text."));
    // A byte order mark inside the text is left from concatenated files: never content.
    // (Searching first is much cheaper than a replace that finds nothing.)
    if (text.contains(QChar(0xFEFF)))
        text.remove(QChar(0xFEFF));
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

bool hasLoneSurrogate(QStringView text)
{
    // Most files have no surrogates at all, which one branch-free (vectorised) count tells.
    qsizetype surrogates = 0;
    for (const QChar c : text)
        surrogates += (c.unicode() & 0xF800) == 0xD800;
    if (surrogates == 0)
        return false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!text[i].isSurrogate())
            continue;
        if (!text[i].isHighSurrogate() || i + 1 == n || !text[i + 1].isLowSurrogate())
            return true;
        ++i;
    }
    return false;
}

std::optional<double> findTargetReadiness(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("target\\s+readiness\\s*:?\\s*(?:>=|=>|\u2265|>|=|of|at\\s+least)?\\s*(\\d+(?:\\.\\d+)?)\\s*%"),
        QRegularExpression::CaseInsensitiveOption);
    QString plain = text;
    plain.remove(QLatin1Char('*'));
    // PCRE2 would first check the whole file is valid UTF-16, at several times the cost of this loop.
    const auto check = hasLoneSurrogate(plain) ? QRegularExpression::NoMatchOption
                                               : QRegularExpression::DontCheckSubjectStringMatchOption;
    const QRegularExpressionMatch m = re.match(plain, 0, QRegularExpression::NormalMatch, check);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    if (value <= 0 || value > 100)
        return std::nullopt;
    return value;
}

Result<ImportResult> importText(const QByteArray &bytes, const QString &file, const QString &source,
                                const QString &name)
{
    if (bytes.size() > MarkdownImporter::maxFileSize)
        return refuse(ErrorCode::Invalid, file,
                      MarkdownImporter::tr("the file is %1 MiB, over the limit of 16 MiB.")
                          .arg(QString::number(double(bytes.size()) / (1024.0 * 1024.0), 'f', 1)));
    const QByteArray withoutBom = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (withoutBom.trimmed().isEmpty())
        return refuse(ErrorCode::Invalid, file, MarkdownImporter::tr("the file is empty."));

    ImportResult result;
    Result<QString> decoded = decode(bytes, file, result.warnings);
    if (!decoded)
        return decoded.error();
    int repairs = 0;
    const QString text = Mojibake::repair(*decoded, &repairs);
    if (repairs > 0)
        result.warnings.push_back({0, MarkdownImporter::tr("Repaired %n piece(s) of text garbled by a wrong encoding (mojibake).", nullptr, repairs)});

    const MarkdownTree tree(text.toUtf8());
    ChecklistAssembler assembler(tree, result.warnings);
    Release release = assembler.assemble();
    if (release.gates.empty() && release.metrics.empty())
        return refuse(ErrorCode::Invalid, file,
                      MarkdownImporter::tr("no gates, items or metrics found (no task lists, labelled items, shell blocks or "
                         "metric tables)."));

    release.name = name.trimmed();
    if (release.name.isEmpty())
        release.name = assembler.documentTitle();
    if (release.name.isEmpty())
        release.name = QFileInfo(source).completeBaseName();
    release.source = source;
    // Whatever came from a file runs only once a person has approved it (issue 3, Trust).
    for (Gate &gate : release.gates) {
        forEachItem(gate.items, [](Item &item) {
            item.commandsImported = !item.commands.isEmpty() || item.probe.has_value();
        });
    }
    if (const auto target = findTargetReadiness(text))
        release.targetReadiness = *target;
    result.release = std::move(release);
    std::stable_sort(result.warnings.begin(), result.warnings.end(),
                     [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    return result;
}

} // namespace

Result<ImportResult> MarkdownImporter::importFile(const QString &path, const QString &name)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(ErrorCode::NotFound, path, MarkdownImporter::tr("the file does not exist."));
    if (info.isDir())
        return refuse(ErrorCode::Invalid, path, MarkdownImporter::tr("it is a folder, not a file."));
    if (!info.isFile())
        return refuse(ErrorCode::Invalid, path, MarkdownImporter::tr("it is not a regular file."));
    if (info.size() > maxFileSize)
        return refuse(ErrorCode::Invalid, path,
                      MarkdownImporter::tr("the file is %1 MiB, over the limit of 16 MiB.")
                          .arg(QString::number(double(info.size()) / (1024.0 * 1024.0), 'f', 1)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(ErrorCode::Io, path, file.errorString());
    // One byte past the limit, so a file that grew since the check is still refused.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(ErrorCode::Io, path, file.errorString());
    Result<ImportResult> result = importText(bytes, path, info.fileName(), name);
    // Relative paths in the file's commands were written from where the file lives.
    if (result)
        result->release.run.workingFolder = info.absolutePath();
    return result;
}

Result<ImportResult> MarkdownImporter::importBytes(const QByteArray &bytes, const QString &sourceName,
                                                   const QString &name)
{
    return importText(bytes, sourceName, sourceName, name);
}

} // namespace gl
