// ColumnFormat: lists survive the trip through their JSON column text, dates keep milliseconds in UTC.

#include "store/ColumnFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace gl;

class TestColumnFormat final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listRoundTrip_data();
    void listRoundTrip();
    void listFromForeignText_data();
    void listFromForeignText();
    void dateTimeKeepsMillisecondsInUtc();
    void invalidValuesAreEmpty();
};

void TestColumnFormat::listRoundTrip_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::newRow("empty") << QStringList();
    QTest::newRow("one") << QStringList { QStringLiteral("npm test") };
    QTest::newRow("order kept") << QStringList { QStringLiteral("b"), QStringLiteral("a"),
        QStringLiteral("c") };
    QTest::newRow("empty strings") << QStringList { QString(), QString(), QStringLiteral("x") };
    QTest::newRow("quotes and backslashes") << QStringList { QStringLiteral("echo \"hi\""),
        QStringLiteral("C:\\path\\"), QStringLiteral("\\\"") };
    QTest::newRow("json look-alikes")
        << QStringList { QStringLiteral("[]"), QStringLiteral("\",\""), QStringLiteral("]") };
    QTest::newRow("newlines tabs controls") << QStringList { QStringLiteral("a\nb"), QStringLiteral("\t"),
        QStringLiteral("bell\u0007"), QStringLiteral("\r\n") };
    QTest::newRow("unicode and mojibake") << QStringList { QStringLiteral("\u2705 done"),
        QStringLiteral("\U0001F680"), QStringLiteral("\u00e2\u0153\u2026") };
}

void TestColumnFormat::listRoundTrip()
{
    QFETCH(QStringList, list);
    const QString text = column::listText(list);
    // The column holds standard JSON that any tool can read.
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().toVariantList().size(), list.size());
    QCOMPARE(column::listFromText(text), list);
}

void TestColumnFormat::listFromForeignText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("null column") << QString() << QStringList();
    QTest::newRow("spaces") << QStringLiteral(" [ \"a\" , \"b\" ] ")
                            << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("unicode escape") << QStringLiteral("[\"\\u00e9t\\u00e9\"]")
                                    << QStringList { QStringLiteral("\u00e9t\u00e9") };
    QTest::newRow("not an array") << QStringLiteral("{\"a\":1}") << QStringList();
    QTest::newRow("garbage") << QStringLiteral("npm test") << QStringList();
    QTest::newRow("unterminated") << QStringLiteral("[\"a") << QStringList();
}

void TestColumnFormat::listFromForeignText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(column::listFromText(text), expected);
}

void TestColumnFormat::dateTimeKeepsMillisecondsInUtc()
{
    const QDateTime local(QDate(2024, 3, 31), QTime(1, 59, 59, 999), QTimeZone("Europe/Berlin"));
    const QString text = column::dateTimeText(local);
    QCOMPARE(text, QStringLiteral("2024-03-31T00:59:59.999Z"));
    const QDateTime back = column::dateTimeFromText(text);
    QCOMPARE(back, local);
    QCOMPARE(back.timeSpec(), Qt::UTC);
    QCOMPARE(column::dateText(QDate(2024, 6, 30)), QStringLiteral("2024-06-30"));
    QCOMPARE(column::dateFromText(QStringLiteral("2024-06-30")), QDate(2024, 6, 30));
}

void TestColumnFormat::invalidValuesAreEmpty()
{
    QVERIFY(column::dateTimeText(QDateTime()).isEmpty());
    QVERIFY(!column::dateTimeFromText(QString()).isValid());
    QVERIFY(column::dateText(QDate()).isEmpty());
    QVERIFY(!column::dateFromText(QString()).isValid());
    QCOMPARE(column::criterionKindFromKey(QStringLiteral("no_go")),
        std::optional<CriterionKind>(CriterionKind::NoGo));
    QCOMPARE(column::criterionKindFromKey(QStringLiteral("maybe")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestColumnFormat)
#include "tst_columnformat.moc"
