#include "DecisionRecordSource.h"

#include "domain/Snapshot.h"
#include "execution/EnvFile.h"
#include "execution/SecretMasker.h"
#include "signing/SignOffs.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace gl {

// An env file that cannot be read masks nothing more (the pattern rules still apply) and fails nothing.
QList<QByteArray> releaseSecretValues(const Release &release)
{
    QList<QByteArray> values;
    if (release.run.envFile.isEmpty())
        return values;
    QString path = release.run.envFile;
    if (QFileInfo(path).isRelative() && !release.run.workingFolder.isEmpty())
        path = QDir(release.run.workingFolder).filePath(path);
    const Result<EnvVariables> variables = EnvFile::read(path);
    if (!variables)
        return values;
    // As the runner masks: the values of the variables whose names are secret, and their base64 forms.
    for (const auto &[key, value] : *variables) {
        if (value.isEmpty() || !SecretMasker::isSecretName(key, release.run.secretMarkers))
            continue;
        const QByteArray utf8 = value.toUtf8();
        values << utf8 << utf8.toBase64() << utf8.toBase64(QByteArray::OmitTrailingEquals);
    }
    return values;
}

Result<DecisionRecordInput> gatherDecisionRecord(
    const Workspace &workspace, qint64 releaseId, const QDateTime &now)
{
    Result<Release> release = workspace.loadRelease(releaseId);
    if (!release)
        return release.error();
    const Result<std::vector<Stakeholder>> stakeholders = workspace.stakeholders();
    if (!stakeholders)
        return stakeholders.error();
    const Result<AuditChain> chain = workspace.verifyAuditChain();
    if (!chain)
        return chain.error();

    DecisionRecordInput input;
    input.release = std::move(*release);
    input.readiness = computeReadiness(input.release, now);
    input.signOffs = SignOffs::evaluate(input.release, *stakeholders);
    input.currentSnapshotSha256 = snapshotSha256(input.release);
    input.auditRows = chain->rows;
    input.auditHeadSha256 = chain->headSha256;
    input.auditProblems = int(chain->problems.size());
    input.generatedAt = now.toUTC();
    input.generatedBy = workspace.actor();
    input.workspaceFile = workspace.path();
    input.secretValues = releaseSecretValues(input.release);
    return input;
}

} // namespace gl
