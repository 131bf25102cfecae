#pragma once
// What makes an item's finished run pass: the exit code of its last command (0 unless the item
// expects another) and, optionally, a regular expression its output must or must not match.

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace gl {

struct PassRule {
    Q_DECLARE_TR_FUNCTIONS(PassRule)
public:
    enum class Match { MustMatch, MustNotMatch };

    int expectedExitCode = 0;
    QString outputPattern;  // Perl-compatible, searched line-aware (^ and $ match at each line); empty: not checked
    Match match = Match::MustMatch;

    // Checked before anything runs, so a typo in the pattern fails the item without side effects.
    Result<void> validate() const;
    // Each is empty when that part passes, else the reason: "exited with code 3 (expected 1)".
    // The runner checks the exit code as the last command ends and the output once the run is over.
    QString exitCodeFailure(int exitCode) const;
    // output is what was kept of the run's log, decoded as UTF-8.
    QString outputFailure(const QByteArray &output) const;
    // Both, exit code first.
    QString failure(int exitCode, const QByteArray &output) const;

    friend bool operator==(const PassRule &, const PassRule &) = default;
};

} // namespace gl

Q_DECLARE_METATYPE(gl::PassRule)
