#include "interchange/ShellBlockReader.h"

#include "interchange/ChecklistText.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

} // namespace gl
