#pragma once
// A JSON report parsed under the hostile-input rules (nesting and the number of objects and arrays
// checked by a scan that respects strings before Qt parses anything), kept beside its text so that an error about a value can
// name the line that value is on.

#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace gl {

class ReportJson final {
    Q_DECLARE_TR_FUNCTIONS(ReportJson)
public:
    // Where a value sits in the document: keys and array indices from the root.
    class Path final {
    public:
        Path key(const QString &name) const;
        Path index(qsizetype at) const;
        QString text() const;   // "runs[0].results[3].level"
        int size() const { return int(m_steps.size()); }

    private:
        friend class ReportJson;
        struct Step {
            QString key;
            qsizetype index = -1;   // -1: a key step
        };
        QList<Step> m_steps;
    };

    // content must outlive the result: error lines are found in it.
    static Result<ReportJson> parse(QByteArrayView content, const QString &fileName);

    const QJsonObject &root() const { return m_root; }

    // "file:line: message", the line of the value at path (or of the nearest enclosing one found).
    Error errorAt(const Path &path, const QString &message) const;

    // The value at path as an object or an array; an error naming path when it is something else.
    Result<QJsonObject> object(const QJsonValue &value, const Path &path) const;
    Result<QJsonArray> array(const QJsonValue &value, const Path &path) const;
    // The value as a count (whole, 0 or more) or a number in 0..max; an error naming path otherwise.
    Result<double> count(const QJsonValue &value, const Path &path) const;
    Result<double> number(const QJsonValue &value, const Path &path, double max) const;

private:
    ReportJson(QByteArrayView content, const QString &fileName, QJsonObject root);
    qint64 offsetOf(const Path &path) const;

    QByteArrayView m_content;
    QString m_fileName;
    QJsonObject m_root;
};

} // namespace gl
