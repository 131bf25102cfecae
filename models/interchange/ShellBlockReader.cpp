#include "interchange/ShellBlockReader.h"

#include "interchange/ChecklistText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace gl {

namespace {

// Source lines with backslash continuations joined; console prompts ("$ ") stripped, and in a console
// block that uses prompts the lines without one are output, not commands.
QStringList logicalLines(const QString &code, const QString &lang)
{
    const QStringList raw = code.split(QLatin1Char('\n'));
    QStringList lines;
    QString pending;
    for (const QString &line : raw) {
        QString t = line.trimmed();
        if (t.endsWith(QLatin1Char('\\')) && !t.startsWith(QLatin1Char('#'))) {
            t.chop(1);
            pending += t.trimmed() + QLatin1Char(' ');
            continue;
        }
        lines << QString(pending + t).trimmed();
        pending.clear();
    }
    if (!pending.trimmed().isEmpty())
        lines << pending.trimmed();

    if (lang != QLatin1String("console"))
        return lines;
    bool prompts = false;
    for (const QString &l : lines)
        prompts = prompts || l.startsWith(QLatin1String("$ "));
    if (!prompts)
        return lines;
    QStringList commands;
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1String("$ ")))
            commands << l.mid(2).trimmed();
        else if (l.startsWith(QLatin1Char('#')))
            commands << l;
    }
    return commands;
}

bool isComment(const QString &line)
{
    return line.startsWith(QLatin1Char('#'));
}

QString commentText(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char('#'))
        ++i;
    return ChecklistText::itemTitle(line.mid(i));
}

// Characters a URL may hold that the shell passes on unchanged outside quotes, and that curl does not
// read as a glob ([] and {} are its URL ranges, so they are never accepted, quoted or not).
bool isPlainUrlChar(QChar c)
{
    if (c.unicode() >= 0x80)
        return false;
    if (c.isLetterOrNumber())
        return true;
    static const QString safe = QStringLiteral("-._~:/?#=%+,@");
    return safe.contains(c);
}

// The URL a shell word stands for: plain, or wholly inside '...' or "..." with nothing the shell would
// still expand. Empty when the word is anything else.
QString unquotedUrl(const QString &word)
{
    QString url = word;
    if (word.size() >= 2 && word.front() == word.back()
        && (word.front() == QLatin1Char('\'') || word.front() == QLatin1Char('"'))) {
        url = word.mid(1, word.size() - 2);
        const QString expanding = word.front() == QLatin1Char('"') ? QStringLiteral("\"$`\\!") : QStringLiteral("'");
        for (QChar c : std::as_const(url)) {
            if (expanding.contains(c) || c.isSpace() || c == QLatin1Char('[') || c == QLatin1Char(']')
                || c == QLatin1Char('{') || c == QLatin1Char('}'))
                return {};
        }
        return url;
    }
    for (QChar c : std::as_const(url)) {
        if (!isPlainUrlChar(c))
            return {};
    }
    return url;
}

// Whether the shell would pass a URL to curl as written without quotes.
bool isPlainUrl(const QString &url)
{
    return !url.isEmpty() && std::all_of(url.begin(), url.end(), isPlainUrlChar);
}

} // namespace

bool ShellBlockReader::isShellLanguage(const QString &lang)
{
    static const QStringList shells = {QStringLiteral("bash"), QStringLiteral("sh"), QStringLiteral("shell"),
                                       QStringLiteral("zsh"), QStringLiteral("console")};
    return lang.isEmpty() || shells.contains(lang);
}

bool ShellBlockReader::looksLikeProse(const QString &code)
{
    static const QRegularExpression labelled(QStringLiteral("^[A-Za-z][A-Za-z0-9 ()]*:\\s"));
    for (const QString &line : code.split(QLatin1Char('\n'))) {
        if (labelled.match(line.trimmed() + QLatin1Char(' ')).hasMatch())
            return true;
    }
    return false;
}

std::vector<Item> ShellBlockReader::items(const QString &code, const QString &lang)
{
    std::vector<Item> items;
    bool open = false;   // the last item was started by a comment and still takes commands
    for (const QString &line : logicalLines(code, lang)) {
        if (line.isEmpty() || line.startsWith(QLatin1String("#!")))
            continue;
        if (isComment(line)) {
            const QString title = commentText(line);
            if (title.isEmpty())
                continue;
            if (open && items.back().commands.isEmpty()) {
                // A second comment line before any command explains the first one.
                Item &item = items.back();
                item.details += (item.details.isEmpty() ? QString() : QStringLiteral("\n")) + title;
                continue;
            }
            Item item;
            item.title = title;
            items.push_back(item);
            open = true;
            continue;
        }
        if (open) {
            items.back().commands << line;
            continue;
        }
        Item item;
        item.title = ChecklistText::itemTitle(line);
        if (item.title.isEmpty())
            item.title = QCoreApplication::translate("ShellBlockReader", "Command");
        item.commands << line;
        items.push_back(item);
    }
    for (Item &item : items)
        promoteCurlToProbe(item);
    return items;
}

QStringList ShellBlockReader::commands(const QString &code, const QString &lang)
{
    QStringList commands;
    for (const QString &line : logicalLines(code, lang)) {
        if (!line.isEmpty() && !isComment(line))
            commands << line;
    }
    return commands;
}

std::optional<Probe> ShellBlockReader::curlProbe(const QString &command)
{
    const QStringList words = command.split(QRegularExpression(QStringLiteral("[ \t]+")), Qt::SkipEmptyParts);
    if (words.size() < 3 || words.first() != QLatin1String("curl"))
        return std::nullopt;
    bool fail = false;
    bool head = false;
    QString url;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w == QLatin1String("--fail")) {
            fail = true;
        } else if (w == QLatin1String("--head")) {
            head = true;
        } else if (w == QLatin1String("--silent") || w == QLatin1String("--show-error")) {
        } else if (w.size() >= 2 && w.front() == QLatin1Char('-') && w.at(1) != QLatin1Char('-')) {
            for (QChar c : w.mid(1)) {
                if (c == QLatin1Char('f'))
                    fail = true;
                else if (c == QLatin1Char('I'))
                    head = true;
                else if (c != QLatin1Char('s') && c != QLatin1Char('S'))
                    return std::nullopt;
            }
        } else if (url.isEmpty()) {
            url = unquotedUrl(w);
            if (url.isEmpty())
                return std::nullopt;
        } else {
            return std::nullopt;   // a second URL: two requests, not one probe
        }
    }
    // Without --fail curl succeeds on a 503 too: that check is not "status 200".
    if (!fail || url.isEmpty())
        return std::nullopt;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
        return std::nullopt;
    Probe probe;
    probe.method = head ? QStringLiteral("HEAD") : QStringLiteral("GET");
    probe.url = url;
    return probe;
}

QString ShellBlockReader::curlLine(const Probe &probe)
{
    const QString flags = probe.method.compare(QLatin1String("HEAD"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("-fsSI")
        : QStringLiteral("-fsS");
    // A URL the shell would change is quoted; one with a quote of its own cannot be, and reads back as a command.
    const QString url = isPlainUrl(probe.url) ? probe.url : u'\'' + probe.url + u'\'';
    return QStringLiteral("curl ") + flags + u' ' + url;
}

void ShellBlockReader::promoteCurlToProbe(Item &item)
{
    if (item.commands.size() != 1 || item.probe)
        return;
    if (std::optional<Probe> probe = curlProbe(item.commands.constFirst())) {
        item.probe = std::move(probe);
        item.commands.clear();
    }
}

} // namespace gl
