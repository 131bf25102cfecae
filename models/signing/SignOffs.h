#pragma once
// Signing a release and checking its sign-offs (issue 5). A sign-off is valid when its key is the
// stakeholder's key of that fingerprint in this workspace, the snapshot it kept hashes to the hash
// it names, and the Ed25519 signature covers signOffMessage() with this release's uid. It counts
// when it is also current (the release's snapshot is still the one signed) and not replaced by a
// later sign-off of the same person (domain/SignOff.h has the rules).

#include "domain/Release.h"
#include "domain/Result.h"
#include "domain/SignOff.h"
#include "signing/KeyRing.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace gl {

class Workspace;

class SignOffs final {
    Q_DECLARE_TR_FUNCTIONS(SignOffs)
public:
    // Empty when valid; otherwise why not (translated).
    static QString checkSignature(
        const Release &release, const SignOff &signOff, const std::vector<Stakeholder> &stakeholders);
    static SignOffEvaluation evaluate(const Release &release, const std::vector<Stakeholder> &stakeholders);
    // What changed in the release since it was signed, one line per change (empty when current).
    static QStringList changesSince(const SignOff &signOff, const Release &current);

    // Signs the release as it is now and stores the sign-off. role empty: the person's first role
    // that the release requires and that no counting sign-off fills yet, else their first role.
    static Result<SignOff> sign(Workspace &workspace, const KeyRing &keys, qint64 releaseId,
        const QString &stakeholderName, const QString &role, SignOffMeaning meaning, const QString &comment,
        const Passphrase &passphrase);
};

} // namespace gl
