#include "interchange/ReportXml.h"

#include "interchange/ReportChecks.h"
#include "interchange/ReportLimits.h"

namespace gl {

ReportXml::ReportXml(QByteArrayView content, const QString &fileName)
    : m_content(QByteArray::fromRawData(content.data(), content.size()))
    , m_fileName(fileName)
    , m_reader(m_content)
{
}

bool ReportXml::fail(const QString &message)
{
    if (!m_error)
        m_error = errorHere(message);
    return false;
}

Error ReportXml::errorHere(const QString &message) const
{
    return ReportChecks::errorAt(m_fileName, m_reader.lineNumber(), message);
}

namespace {

// True when the DOCTYPE's text has an internal subset ("[...]"), the only place entities, parameter
// entities and other declarations can be written. Brackets inside the quoted public and system
// identifiers do not count.
bool hasInternalSubset(QStringView doctype)
{
    QChar quote;
    for (const QChar c : doctype) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'[') {
            return true;
        }
    }
    return false;
}

} // namespace

QString ReportXml::doctypeProblem() const
{
    // Cobertura writers (Istanbul, gcovr, Cobertura itself) open with
    // <!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">: a name and
    // a web address that QXmlStreamReader never fetches. That much is allowed. An internal subset is
    // where entities are declared (billion laughs, external entities such as file:///etc/passwd), so
    // any is refused, as is an identifier naming anything but a web address: no report needs either.
    if (hasInternalSubset(m_reader.text()) || !m_reader.entityDeclarations().isEmpty()
        || !m_reader.notationDeclarations().isEmpty())
        return tr("a DOCTYPE with declarations (an internal subset) is not allowed in a report: DTDs and entities are refused");
    const QStringView systemId = m_reader.dtdSystemId();
    if (!systemId.isEmpty() && !systemId.startsWith(u"http://") && !systemId.startsWith(u"https://"))
        return tr("a DOCTYPE naming the DTD \"%1\" is not allowed in a report: only a web address, never read, is")
            .arg(systemId.left(80));
    return {};
}

bool ReportXml::next()
{
    if (m_error)
        return false;
    while (!m_reader.atEnd()) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (++m_depth > ReportLimits::maxDepth)
                return fail(tr("elements nest deeper than %1 levels").arg(ReportLimits::maxDepth));
            if (++m_elements > ReportLimits::maxXmlElements)
                return fail(tr("more than %1 elements").arg(ReportLimits::maxXmlElements));
            return true;
        case QXmlStreamReader::EndElement:
            --m_depth;
            return true;
        case QXmlStreamReader::DTD:
            if (const QString problem = doctypeProblem(); !problem.isEmpty())
                return fail(problem);
            break;
        case QXmlStreamReader::EntityReference:
            return fail(tr("the entity reference &%1; is not allowed in a report").arg(m_reader.name()));
        case QXmlStreamReader::Invalid:
            return fail(tr("not well-formed XML: %1").arg(m_reader.errorString()));
        default:
            break;
        }
    }
    return false;
}

Result<void> ReportXml::finish()
{
    while (next()) {
    }
    if (m_error)
        return *m_error;
    return {};
}

Result<std::optional<double>> ReportXml::numberAttribute(QStringView attribute) const
{
    const QXmlStreamAttributes attrs = m_reader.attributes();
    if (!attrs.hasAttribute(attribute.toString()))
        return std::optional<double>();
    const QStringView text = attrs.value(attribute.toString());
    const std::optional<double> value = ReportChecks::numberFromText(text);
    if (!value)
        return errorHere(tr("attribute %1=\"%2\" of <%3> is not a number")
                             .arg(attribute, text.left(40), m_reader.name()));
    return value;
}

Result<std::optional<double>> ReportXml::countAttribute(QStringView attribute) const
{
    Result<std::optional<double>> value = numberAttribute(attribute);
    if (value.ok() && *value) {
        const QString field = tr("attribute %1 of <%2>").arg(attribute, m_reader.name());
        const QString problem = ReportChecks::countProblem(field, **value);
        if (!problem.isEmpty())
            return errorHere(problem);
    }
    return value;
}

Result<std::optional<double>> ReportXml::rangeAttribute(QStringView attribute, double max) const
{
    Result<std::optional<double>> value = numberAttribute(attribute);
    if (value.ok() && *value) {
        const QString field = tr("attribute %1 of <%2>").arg(attribute, m_reader.name());
        const QString problem = ReportChecks::rangeProblem(field, **value, max);
        if (!problem.isEmpty())
            return errorHere(problem);
    }
    return value;
}

} // namespace gl
