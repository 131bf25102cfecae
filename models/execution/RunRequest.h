#pragma once
// Everything one run of an item needs, as a value a queue can hold and the CLI can build.

#include "OutputCapture.h"
#include "PassRule.h"
#include "SecretMasker.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <chrono>

namespace gl {

struct RunRequest {
    QStringList commands;                    // run in order, stopping at the first failure
    QString workingDirectory;                // absolute: the release's working folder
    QProcessEnvironment addedEnvironment;    // on top of the minimal one (see childEnvironment)
    std::chrono::milliseconds timeout { 0 }; // for the whole run, all commands together; 0: none
    std::chrono::milliseconds grace { 3000 };// between SIGTERM and SIGKILL to the process group
    qint64 outputCap = OutputCapture::defaultCap;
    PassRule passRule;
    // Applied to stdout and stderr (each its own stream) before anything is shown or kept.
    SecretMasker masker;
};

} // namespace gl
