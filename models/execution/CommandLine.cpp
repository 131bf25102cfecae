#include "CommandLine.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace gl {

namespace {

// Words that are shell syntax or builtins with no executable of the same meaning: exec'ing "cd"
// would fail or, worse, find some unrelated program called "time" or "source".
bool isShellWord(const QString &word)
{
    static const QSet<QString> words {
        QStringLiteral("cd"), QStringLiteral("export"), QStringLiteral("unset"), QStringLiteral("set"),
        QStringLiteral("source"), QStringLiteral("."), QStringLiteral(":"), QStringLiteral("alias"),
        QStringLiteral("unalias"), QStringLiteral("eval"), QStringLiteral("exec"), QStringLiteral("exit"),
        QStringLiteral("return"), QStringLiteral("readonly"), QStringLiteral("shift"), QStringLiteral("trap"),
        QStringLiteral("ulimit"), QStringLiteral("umask"), QStringLiteral("wait"), QStringLiteral("local"),
        QStringLiteral("declare"), QStringLiteral("typeset"), QStringLiteral("let"), QStringLiteral("read"),
        QStringLiteral("getopts"), QStringLiteral("hash"), QStringLiteral("type"), QStringLiteral("command"),
        QStringLiteral("builtin"), QStringLiteral("jobs"), QStringLiteral("fg"), QStringLiteral("bg"),
        QStringLiteral("pushd"), QStringLiteral("popd"), QStringLiteral("dirs"), QStringLiteral("shopt"),
        QStringLiteral("times"), QStringLiteral("break"), QStringLiteral("continue"), QStringLiteral("if"),
        QStringLiteral("then"), QStringLiteral("else"), QStringLiteral("elif"), QStringLiteral("fi"),
        QStringLiteral("for"), QStringLiteral("while"), QStringLiteral("until"), QStringLiteral("do"),
        QStringLiteral("done"), QStringLiteral("case"), QStringLiteral("esac"), QStringLiteral("in"),
        QStringLiteral("function"), QStringLiteral("select"), QStringLiteral("time"), QStringLiteral("coproc"),
        QStringLiteral("[["), QStringLiteral("]]"), QStringLiteral("!"),
    };
    return words.contains(word);
}

bool isName(const QString &word)
{
    if (word.isEmpty() || !(word[0].isLetter() || word[0] == u'_') || word[0].unicode() > 127)
        return false;
    for (QChar c : word) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == u'_'))
            return false;
    }
    return true;
}

bool isBlank(QChar c) { return c == u' ' || c == u'\t' || c == u'\r'; }

// The scanner keeps its state here so each rule reads as one short branch.
struct Scan {
    explicit Scan(const QString &t) : text(t) {}

    const QString &text;
    qsizetype i = 0;
    QStringList words;
    QString word;
    bool inWord = false;
    bool quotedInWord = false;
    CommandLine::ShellFeature feature = CommandLine::ShellFeature::None;
    QString featureText;
    QString error;

    bool atEnd() const { return i >= text.size(); }
    QChar peek(qsizetype ahead = 0) const { return i + ahead < text.size() ? text[i + ahead] : QChar(); }
    void endWord()
    {
        if (inWord)
            words.append(word);
        word.clear();
        inWord = false;
        quotedInWord = false;
    }
    void needShell(CommandLine::ShellFeature f, const QString &what)
    {
        feature = f;
        featureText = what;
    }
    // A one- or two-character operator such as "|" / "||" or ">" / ">>".
    QString operatorAt() const
    {
        const QChar c = peek();
        return peek(1) == c ? QString(2, c) : QString(c);
    }
    bool onlyBlanksAfter(qsizetype from) const
    {
        for (qsizetype j = from; j < text.size(); ++j) {
            if (!isBlank(text[j]) && text[j] != u'\n')
                return false;
        }
        return true;
    }
    void singleQuoted()
    {
        const qsizetype close = text.indexOf(u'\'', i + 1);
        if (close < 0) {
            error = CommandLine::tr("a single quote is not closed");
            return;
        }
        word += text.mid(i + 1, close - i - 1);
        inWord = quotedInWord = true;
        i = close + 1;
    }
    void doubleQuoted()
    {
        qsizetype j = i + 1;
        for (; j < text.size() && text[j] != u'"'; ++j) {
            const QChar c = text[j];
            if (c == u'$' || c == u'`') {
                // Only the shell can expand inside double quotes; stop splitting, it will parse.
                needShell(CommandLine::ShellFeature::Expansion, QString(c));
                return;
            }
            if (c == u'\\' && j + 1 < text.size()) {
                const QChar next = text[j + 1];
                if (next == u'\n') {
                    ++j;
                    continue;
                }
                if (next == u'"' || next == u'\\' || next == u'$' || next == u'`') {
                    word += next;
                    ++j;
                    continue;
                }
            }
            word += c;
        }
        if (j >= text.size()) {
            error = CommandLine::tr("a double quote is not closed");
            return;
        }
        inWord = quotedInWord = true;
        i = j + 1;
    }
    void escaped()
    {
        if (i + 1 >= text.size()) {
            error = CommandLine::tr("it ends with a lone backslash");
            return;
        }
        const QChar next = text[i + 1];
        i += 2;
        if (next == u'\n')
            return;  // line continuation: the two lines are one word stream
        word += next;
        inWord = quotedInWord = true;
    }
    // One unquoted character; a shell feature ends the scan (the caller checks feature).
    void plain(QChar c)
    {
        using F = CommandLine::ShellFeature;
        switch (c.unicode()) {
        case u'|':
            needShell(operatorAt() == QStringLiteral("||") ? F::ControlOperator : F::Pipe, operatorAt());
            return;
        case u'&':
        case u';': needShell(F::ControlOperator, operatorAt()); return;
        case u'<':
        case u'>': needShell(F::Redirection, operatorAt()); return;
        case u'$':
        case u'`': needShell(F::Expansion, QString(c)); return;
        case u'*':
        case u'?':
        case u'[': needShell(F::Glob, QString(c)); return;
        case u'(':
        case u')':
        case u'{':
        case u'}': needShell(F::Group, QString(c)); return;
        case u'~':
            if (!inWord) {
                needShell(F::Tilde, QString(c));
                return;
            }
            break;
        case u'#':
            if (!inWord) {
                needShell(F::Comment, QString(c));
                return;
            }
            break;
        case u'=':
            if (words.isEmpty() && inWord && !quotedInWord && isName(word)) {
                needShell(F::Assignment, word + c);
                return;
            }
            break;
        default:
            break;
        }
        word += c;
        inWord = true;
        ++i;
    }
};

} // namespace

CommandLine CommandLine::parse(const QString &text)
{
    CommandLine line;
    line.m_text = text;
    if (text.contains(QChar(u'\0'))) {
        // execve cannot carry it, and the shell would silently cut the command there.
        line.m_syntaxError = tr("it contains a NUL character");
        return line;
    }
    Scan s(text);
    while (!s.atEnd() && s.error.isEmpty() && s.feature == ShellFeature::None) {
        const QChar c = s.peek();
        if (isBlank(c)) {
            s.endWord();
            ++s.i;
        } else if (c == u'\n') {
            // A trailing or leading newline is harmless; one between words starts a second command.
            if ((s.inWord || !s.words.isEmpty()) && !s.onlyBlanksAfter(s.i))
                s.needShell(ShellFeature::SeveralLines, QStringLiteral("\\n"));
            s.endWord();
            ++s.i;
        } else if (c == u'\'') {
            s.singleQuoted();
        } else if (c == u'"') {
            s.doubleQuoted();
        } else if (c == u'\\') {
            s.escaped();
        } else {
            s.plain(c);
        }
    }
    if (s.feature != ShellFeature::None) {
        // The shell parses it; our half-finished words mean nothing now.
        line.m_feature = s.feature;
        line.m_featureText = s.featureText;
        return line;
    }
    if (!s.error.isEmpty()) {
        line.m_syntaxError = s.error;
        return line;
    }
    s.endWord();
    if (s.words.isEmpty()) {
        line.m_syntaxError = tr("the command is empty");
        return line;
    }
    if (isShellWord(s.words.constFirst())) {
        line.m_feature = ShellFeature::Builtin;
        line.m_featureText = s.words.constFirst();
        return line;
    }
    line.m_words = s.words;
    return line;
}

QString CommandLine::shellReason() const
{
    switch (m_feature) {
    case ShellFeature::None: return QString();
    case ShellFeature::Pipe: return tr("uses a pipe (%1)").arg(m_featureText);
    case ShellFeature::ControlOperator: return tr("chains commands with %1").arg(m_featureText);
    case ShellFeature::Redirection: return tr("redirects input or output (%1)").arg(m_featureText);
    case ShellFeature::Expansion: return tr("expands variables or commands (%1)").arg(m_featureText);
    case ShellFeature::Glob: return tr("matches file names (%1)").arg(m_featureText);
    case ShellFeature::Group: return tr("groups commands (%1)").arg(m_featureText);
    case ShellFeature::Builtin: return tr("uses the shell command %1").arg(m_featureText);
    case ShellFeature::Assignment: return tr("sets a variable (%1)").arg(m_featureText);
    case ShellFeature::Tilde: return tr("expands the home folder (~)");
    case ShellFeature::Comment: return tr("contains a comment (#)");
    case ShellFeature::SeveralLines: return tr("runs several lines");
    }
    return QString();
}

QStringList CommandLine::searchPathFrom(const QString &pathVariable)
{
    QStringList dirs;
    for (const QString &dir : pathVariable.split(u':', Qt::SkipEmptyParts)) {
        // An empty or relative entry ("", ".", "bin") means the working directory to a shell: the
        // very accident we promise to avoid, so such entries are dropped, not resolved.
        if (QDir::isAbsolutePath(dir))
            dirs.append(QDir::cleanPath(dir));
    }
    return dirs;
}

Result<Invocation> CommandLine::resolve(const QStringList &searchPath, const QString &workingDirectory) const
{
    if (!m_syntaxError.isEmpty()) {
        return makeError(ErrorCode::Invalid,
            tr("Cannot run \u201c%1\u201d: %2").arg(m_text.simplified(), m_syntaxError));
    }
    if (needsShell()) {
        const QString shell = QStringLiteral("/bin/sh");
        if (!QFileInfo(shell).isExecutable())
            return makeError(ErrorCode::NotFound, tr("The shell %1 is missing or not executable").arg(shell));
        return Invocation { shell, { QStringLiteral("-c"), m_text }, true };
    }
    const QString &program = m_words.constFirst();
    const QStringList arguments = m_words.mid(1);
    if (program.contains(u'/')) {
        if (!QDir::isAbsolutePath(program) && !QDir::isAbsolutePath(workingDirectory)) {
            return makeError(ErrorCode::Invalid,
                tr("Program \u201c%1\u201d is relative but no working folder is set").arg(program));
        }
        const QString path = QDir::cleanPath(
            QDir::isAbsolutePath(program) ? program : QDir(workingDirectory).filePath(program));
        const QFileInfo info(path);
        if (!info.exists())
            return makeError(ErrorCode::NotFound, tr("Program \u201c%1\u201d not found (%2)").arg(program, path));
        if (!info.isFile() || !info.isExecutable())
            return makeError(ErrorCode::Invalid, tr("Program \u201c%1\u201d is not an executable file (%2)").arg(program, path));
        return Invocation { path, arguments, false };
    }
    QStringList dirs;
    for (const QString &dir : searchPath) {
        if (QDir::isAbsolutePath(dir))
            dirs.append(dir);
    }
    const QString found = dirs.isEmpty() ? QString() : QStandardPaths::findExecutable(program, dirs);
    if (found.isEmpty()) {
        return makeError(ErrorCode::NotFound,
            tr("Program \u201c%1\u201d not found in PATH (%2)").arg(program, dirs.join(u':')));
    }
    return Invocation { found, arguments, false };
}

} // namespace gl
