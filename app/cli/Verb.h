#pragma once
// One CLI verb as Cli.cpp dispatches it: its name, its synopsis and options for help and parsing,
// and the function that runs it. Each verb lives in its own <Name>Command.cpp.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <functional>

namespace gl::cli {

class CliContext;

struct Verb {
    QString name;
    QString synopsis; // the arguments after the name, as syntax (not translated)
    QString summary; // one translated line for `greenlight --help`
    QString description; // translated paragraph for `greenlight help VERB`, may be empty
    QList<QCommandLineOption> options; // parsed and listed in help
    int minPositional = 0;
    int maxPositional = 0;
    std::function<int(CliContext &, const QCommandLineParser &)> run;
};

Verb importVerb();
Verb exportVerb();
Verb statusVerb();
Verb releasesVerb();
Verb setVerb();
Verb metricVerb();
Verb criterionVerb();
Verb runVerb();
Verb settingsVerb();
Verb attachVerb();
Verb verifyVerb();
Verb evidenceVerb();
Verb stakeholderVerb();
Verb keyVerb();
Verb requireVerb();
Verb signVerb();
Verb decideVerb();
Verb reopenVerb();
Verb mitigationVerb();

} // namespace gl::cli
