#pragma once
// Turns a parsed Markdown document into a release: each heading's section becomes a gate, metrics,
// decision criteria or release notes, following the import rules written down in the .cpp.

#include "domain/Release.h"
#include "interchange/MarkdownImporter.h"
#include "interchange/MarkdownTree.h"

#include <QCoreApplication>
#include <vector>

namespace gl {

class ChecklistAssembler final {
    Q_DECLARE_TR_FUNCTIONS(ChecklistAssembler)
public:
    // What the exporter writes so that an empty gate, or a gate whose title reads like
    // "GO criteria", is read back as a gate.
    static QString gateMarker() { return QStringLiteral("<!-- greenlight:gate -->"); }
    // What the exporter writes to end a list before notes that start indented; carries nothing.
    static QString separatorMarker() { return QStringLiteral("<!-- greenlight:end -->"); }
    // A heading that names GO or NO-GO criteria: its lists become decision criteria.
    static bool namesCriteria(const QString &heading);

    ChecklistAssembler(const MarkdownTree &tree, std::vector<ImportWarning> &warnings);

    // Gates, metrics, criteria and notes; name and source are left to the caller.
    Release assemble();
    // The first H1, cleaned like a gate title; empty when there is none.
    QString documentTitle() const;

private:
    struct Section {
        const MdBlock *heading = nullptr;   // null for the text before the first heading
        size_t begin = 0;                   // block range in the document
        size_t end = 0;
        int firstLine = 0;                  // the heading's first line, or the first body line
        int bodyFirstLine = 0;
        int lastLine = 0;
    };

    std::vector<Section> sections() const;
    void readSection(const Section &section, Release &release, QStringList &notes);
    QString gateNotes(const std::vector<const MdBlock *> &leftovers) const;
    QString sectionNotes(const Section &section, bool withHeading,
                         const std::vector<std::pair<int, int>> &consumed) const;

    const MarkdownTree &m_tree;
    std::vector<ImportWarning> &m_warnings;
    const MdBlock *m_titleHeading = nullptr;
};

} // namespace gl
