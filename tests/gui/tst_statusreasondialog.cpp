// StatusReasonDialog: a waiver cannot be confirmed without a reason and carries an expiry date;
// failed and blocked ask for a reason but accept none.

#include "StatusReasonDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace gl;

class TestStatusReasonDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void waiverNeedsReasonAndExpiry();
    void failedAsksButDoesNotInsist();
    void startsFromTheCurrentReason();
};

void TestStatusReasonDialog::waiverNeedsReasonAndExpiry()
{
    StatusReasonDialog dialog(ItemStatus::Waived, QStringLiteral("Secrets scan"), StatusReason());
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    auto *expiry = dialog.findChild<QDateEdit *>(QStringLiteral("expiryEdit"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(reason && expiry && ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(expiry->date(), QDate::currentDate().addDays(30));
    QCOMPARE(expiry->minimumDate(), QDate::currentDate());
    QTest::keyClicks(reason, QStringLiteral("  accepted risk "));
    QVERIFY(ok->isEnabled());
    expiry->setDate(QDate::currentDate().addDays(5));
    const StatusReason value = dialog.value();
    QCOMPARE(value.reason, QStringLiteral("accepted risk"));
    QCOMPARE(value.expiry, QDate::currentDate().addDays(5));
    QVERIFY(dialog.windowTitle().contains(statusLabel(ItemStatus::Waived)));
}

void TestStatusReasonDialog::failedAsksButDoesNotInsist()
{
    StatusReasonDialog dialog(ItemStatus::Failed, QStringLiteral("Unit tests"), StatusReason());
    QVERIFY(!dialog.findChild<QDateEdit *>(QStringLiteral("expiryEdit")));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!dialog.value().expiry.isValid());
}

void TestStatusReasonDialog::startsFromTheCurrentReason()
{
    const QDate later = QDate::currentDate().addDays(60);
    StatusReasonDialog dialog(ItemStatus::Waived, QStringLiteral("Docs"), StatusReason{QStringLiteral("after launch"), later});
    QCOMPARE(dialog.value().reason, QStringLiteral("after launch"));
    QCOMPARE(dialog.value().expiry, later);
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestStatusReasonDialog)
#include "tst_statusreasondialog.moc"
