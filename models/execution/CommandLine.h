#pragma once
// How one command string of an item runs: split into program and arguments and started without a
// shell, or, when it uses anything only a shell understands, handed whole to "/bin/sh -c".
//
// Splitting follows POSIX quoting (words, '...', "...", backslash), so a command imported from a
// checklist runs exactly as a person would read it in a terminal, yet nothing inside its arguments
// is ever expanded. Anything we are not sure a plain exec would reproduce is sent to the shell and
// flagged, because a silently different meaning is worse than a visible shell.

#include "Invocation.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gl {

class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Why a command needs a shell; stable for tests and for the UI to pick an icon.
    enum class ShellFeature {
        None,
        Pipe,            // |
        ControlOperator, // && || ; &
        Redirection,     // < > >> << (here-documents too)
        Expansion,       // $VAR ${...} $(...) `...`
        Glob,            // * ? [
        Group,           // ( ) { } subshells and brace groups
        Builtin,         // cd, export, source, if, for ...: only the shell has them
        Assignment,      // VAR=value prefix
        Tilde,           // ~ at the start of a word
        Comment,         // # at the start of a word
        SeveralLines,    // an unquoted newline separates commands
    };

    // Pure: looks only at the text.
    static CommandLine parse(const QString &text);

    const QString &text() const { return m_text; }
    bool needsShell() const { return m_feature != ShellFeature::None; }
    ShellFeature shellFeature() const { return m_feature; }
    // Translated, for a tooltip next to the shell flag: "uses a pipe (|)".
    QString shellReason() const;
    // The program and arguments after quote removal; empty when a shell is needed or on a syntax error.
    const QStringList &words() const { return m_words; }
    // Empty unless the text cannot be run at all (blank, unterminated quote, NUL character).
    const QString &syntaxError() const { return m_syntaxError; }

    // Decides the exact process to start. A bare program name is looked up in searchPath (the
    // child's PATH, not ours); relative entries of it are ignored so that nothing is found in the
    // working directory by accident. "./x" and "dir/x" are taken from workingDirectory, explicitly.
    // Errors name the program and where it was looked for.
    Result<Invocation> resolve(const QStringList &searchPath, const QString &workingDirectory) const;

    // PATH text split into the absolute directories resolve() will search.
    static QStringList searchPathFrom(const QString &pathVariable);

private:
    QString m_text;
    QStringList m_words;
    ShellFeature m_feature = ShellFeature::None;
    QString m_featureText;  // the characters or word that triggered the shell, for shellReason()
    QString m_syntaxError;
};

} // namespace gl
