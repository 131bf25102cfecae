#include "Evidence.h"

#include <QCoreApplication>

namespace gl {

QString evidenceKindKey(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::RunLog: return QStringLiteral("run-log");
    case EvidenceKind::Probe: return QStringLiteral("probe");
    case EvidenceKind::File: return QStringLiteral("file");
    case EvidenceKind::Url: return QStringLiteral("url");
    case EvidenceKind::Note: return QStringLiteral("note");
    }
    return QString();
}

std::optional<EvidenceKind> evidenceKindFromKey(const QString &key)
{
    for (EvidenceKind kind : { EvidenceKind::RunLog, EvidenceKind::Probe, EvidenceKind::File, EvidenceKind::Url,
             EvidenceKind::Note }) {
        if (evidenceKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString evidenceKindLabel(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::RunLog: return QCoreApplication::translate("Evidence", "Run log");
    case EvidenceKind::Probe: return QCoreApplication::translate("Evidence", "Probe result");
    case EvidenceKind::File: return QCoreApplication::translate("Evidence", "File");
    case EvidenceKind::Url: return QCoreApplication::translate("Evidence", "Link");
    case EvidenceKind::Note: return QCoreApplication::translate("Evidence", "Note");
    }
    return QString();
}

} // namespace gl
