#pragma once
// An XML report read element by element under the hostile-input rules: no DOCTYPE with an internal
// subset (so no entity is ever declared, expanded or fetched; a bare DOCTYPE naming a DTD by web
// address, as Cobertura writers emit, is allowed and never read), no unresolved entity reference, at
// most ReportLimits::maxDepth nested elements and ReportLimits::maxXmlElements in all; the whole
// document must be well-formed.

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QXmlStreamReader>
#include <optional>

namespace gl {

class ReportXml final {
    Q_DECLARE_TR_FUNCTIONS(ReportXml)
public:
    // content must outlive this reader: it is read in place, not copied.
    ReportXml(QByteArrayView content, const QString &fileName);

    // Moves to the next start or end element, skipping text, comments and processing instructions.
    // False at the end of the document or on an error (then failed() is true).
    bool next();
    bool isStart() const { return m_reader.isStartElement(); }
    bool isEnd() const { return m_reader.isEndElement(); }
    QStringView name() const { return m_reader.name(); }
    // 1 for the root element while it is open.
    int depth() const { return m_depth; }
    qint64 line() const { return m_reader.lineNumber(); }
    QXmlStreamAttributes attributes() const { return m_reader.attributes(); }

    // Reads to the end of the document, holding every limit: a report must be well-formed throughout.
    Result<void> finish();

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    // "file:line: message" at the current element.
    Error errorHere(const QString &message) const;

    // An attribute of the current element as a count or a number in 0..max; nullopt when absent.
    // The error names the attribute, its element and the line.
    Result<std::optional<double>> countAttribute(QStringView attribute) const;
    Result<std::optional<double>> rangeAttribute(QStringView attribute, double max) const;

private:
    // Empty when the DOCTYPE just read is allowed; otherwise why not.
    QString doctypeProblem() const;
    Result<std::optional<double>> numberAttribute(QStringView attribute) const;
    bool fail(const QString &message);

    QByteArray m_content;
    QString m_fileName;
    QXmlStreamReader m_reader;
    int m_depth = 0;
    qint64 m_elements = 0;
    std::optional<Error> m_error;
};

} // namespace gl
