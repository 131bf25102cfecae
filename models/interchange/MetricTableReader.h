#pragma once
// Reads a Markdown table as metrics: a header with Current and Required (or Target) columns, or with a
// Weight column (weighted criteria, current from a Score column).

#include "domain/Release.h"
#include "interchange/MarkdownImporter.h"
#include "interchange/MarkdownTree.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace gl {

class MetricTableReader final {
    Q_DECLARE_TR_FUNCTIONS(MetricTableReader)
public:
    // nullopt for a table that is not about metrics (it stays in the notes).
    static std::optional<std::vector<Metric>> read(const MdBlock &table, std::vector<ImportWarning> &warnings);
};

} // namespace gl
