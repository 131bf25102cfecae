// Sign-offs and the decision from the window (issue 5), over a real workspace and real keys:
// the sign-off pane as a checklist of required roles, signing with the passphrase (a wrong one
// refused), stale after a change with what changed and valid again after undo, the decision beside
// the suggestion, the frozen release, reopening, an overdue mitigation marked done, and the
// history of the release and of one item with secrets masked. Questions are answered through the
// Prompter seam; the two dialogs are checked on their own for what keeps them from accepting.

#include "ChecklistView.h"
#include "DecisionBanner.h"
#include "DecisionDialog.h"
#include "HistoryDialog.h"
#include "InlineBanner.h"
#include "MainWindow.h"
#include "ReadinessMatrixView.h"
#include "ScriptedPrompter.h"
#include "SignOffController.h"
#include "SignOffDialog.h"
#include "SignOffPane.h"
#include "StakeholderDialog.h"
#include "itemmodels/ReleaseDocument.h"
#include "signing/KeyRing.h"
#include "store/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gl;

namespace {
const QByteArray passphrase = "correct horse battery";
} // namespace

class TestSignOffWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signStaleUndoDecideReopen();
    void conditionalGoWithOverdueMitigation();
    void historyOfReleaseAndItem();
    void signOffDialogNeedsKeyAndPassphrase();
    void decisionDialogAsksForWhatIsMissing();
    void stakeholderDialogRules();

private:
    MainWindow *openWindow();
    qint64 itemId(const QString &title) const;
    SignOffAnswer answer(
        const QString &name, SignOffMeaning meaning, const QByteArray &secret = passphrase) const;
    QStringList column(QTreeWidget *list, int column) const;

    ScriptedPrompter m_prompter;
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestSignOffWindow::initTestCase()
{
    // Private keys go to the user's config folder: keep them in a folder of this test.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GreenlightTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signoffwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    Prompter::setCurrent(&m_prompter);
}

void TestSignOffWindow::init()
{
    QSettings().clear();
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSignOffWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

MainWindow *TestSignOffWindow::openWindow()
{
    {
        auto ws = Workspace::open(m_dir->filePath(QStringLiteral("w.greenlight")));
        if (!ws)
            return nullptr;
        Release r;
        r.name = QStringLiteral("Sign me");
        Gate g;
        g.title = QStringLiteral("Quality");
        Item tests;
        tests.title = QStringLiteral("Unit tests");
        tests.status = ItemStatus::Passed;
        Item review;
        review.title = QStringLiteral("Security review");
        review.status = ItemStatus::Passed;
        g.items = { tests, review };
        r.gates = { g };
        const Result<qint64> id = (*ws)->createRelease(r);
        if (!id)
            return nullptr;
        const KeyRing keys;
        for (const auto &[name, role] :
            { std::pair { QStringLiteral("Alice Example"), QStringLiteral("Release manager") },
                std::pair { QStringLiteral("Bob Tester"), QStringLiteral("QA") } }) {
            const Result<Stakeholder> person = (*ws)->addStakeholder(name, role);
            const Result<PublicKey> key = keys.create(name, Passphrase(passphrase));
            if (!person || !key || !(*ws)->addStakeholderKey(person->id, key->bytes)
                || !(*ws)->setSignOffRequirement(*id, role, 1))
                return nullptr;
        }
        // Carol has no key yet: listed, but she cannot sign.
        if (!(*ws)->addStakeholder(QStringLiteral("Carol Dev"), QStringLiteral("Developer")))
            return nullptr;
    }
    m_window = std::make_unique<MainWindow>();
    if (!m_window->openWorkspace(m_dir->filePath(QStringLiteral("w.greenlight"))).ok())
        return nullptr;
    m_window->resize(1400, 900);
    m_window->show();
    m_window->checklistView()->setGate(m_window->document()->release().gates.at(0).id);
    m_window->signOffs()->dock()->show();
    m_window->signOffs()->dock()->raise();
    return m_window.get();
}

qint64 TestSignOffWindow::itemId(const QString &title) const
{
    for (const Item &i : m_window->document()->release().gates.at(0).items) {
        if (i.title == title)
            return i.id;
    }
    return 0;
}

SignOffAnswer TestSignOffWindow::answer(
    const QString &name, SignOffMeaning meaning, const QByteArray &secret) const
{
    SignOffAnswer a;
    a.name = name;
    a.meaning = meaning;
    a.comment = QStringLiteral("Checked the matrix");
    a.passphrase = secret;
    return a;
}

QStringList TestSignOffWindow::column(QTreeWidget *list, int c) const
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(c);
    return out;
}

void TestSignOffWindow::signStaleUndoDecideReopen()
{
    QVERIFY(openWindow());
    SignOffPane *pane = m_window->signOffs()->pane();
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("signOffDock")));
    QCOMPARE(column(pane->requiredList(), 0),
        QStringList({ QStringLiteral("Release manager"), QStringLiteral("QA") }));
    QVERIFY(column(pane->requiredList(), 3).join(QString()).contains(QStringLiteral("Missing")));
    QVERIFY(pane->decisionLabel()->text().contains(QStringLiteral("No decision recorded")));

    // A wrong passphrase is refused and nothing is signed.
    m_prompter.signOffAnswer
        = answer(QStringLiteral("Alice Example"), SignOffMeaning::Go, "not the passphrase");
    m_window->signOffs()->signAction()->trigger();
    QCOMPARE(m_prompter.signOffsAsked, 1);
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("passphrase"), Qt::CaseInsensitive));
    QCOMPARE(pane->signOffList()->topLevelItemCount(), 0);
    // Who may sign: everyone listed, Carol without a key.
    const SignOffQuestion &asked = m_prompter.lastSignOffQuestion;
    QCOMPARE(asked.people.size(), 3);
    QCOMPARE(asked.releaseName, QStringLiteral("Sign me"));
    QCOMPARE(asked.snapshotSha256.size(), 64);
    for (const SignOffQuestion::Person &p : asked.people)
        QCOMPARE(p.hasKey, p.name != QLatin1String("Carol Dev"));

    m_prompter.signOffAnswer = answer(QStringLiteral("Alice Example"), SignOffMeaning::Go);
    QVERIFY(QMetaObject::invokeMethod(
        pane->findChild<QPushButton *>(QStringLiteral("signOffSignButton")), "click"));
    QVERIFY2(pane->signOffList()->topLevelItemCount() == 1, qPrintable(m_window->banner()->text()));
    m_prompter.signOffAnswer = answer(QStringLiteral("Bob Tester"), SignOffMeaning::Reviewed);
    m_window->signOffs()->signAction()->trigger();
    QCOMPARE(column(pane->signOffList(), 0),
        QStringList({ QStringLiteral("Alice Example"), QStringLiteral("Bob Tester") }));
    QCOMPARE(column(pane->signOffList(), 2),
        QStringList({ QStringLiteral("Approve GO"), QStringLiteral("Reviewed") }));
    for (const QString &state : column(pane->signOffList(), 4))
        QVERIFY2(state.contains(QStringLiteral("Valid")), qPrintable(state));
    for (const QString &state : column(pane->requiredList(), 3))
        QVERIFY2(state.contains(QStringLiteral("Met")), qPrintable(state));

    // A change makes both stale, with what changed under each; undo makes them valid again.
    QVERIFY(m_window->document()
                ->setItemStatus(itemId(QStringLiteral("Security review")), ItemStatus::InProgress, QString())
                .ok());
    for (int i = 0; i < 2; ++i) {
        QTreeWidgetItem *row = pane->signOffList()->topLevelItem(i);
        QVERIFY2(row->text(4).contains(QStringLiteral("Stale")), qPrintable(row->text(4)));
        QVERIFY(row->childCount() >= 1);
        QVERIFY2(row->child(0)->text(0).contains(QStringLiteral("Security review")),
            qPrintable(row->child(0)->text(0)));
    }
    QVERIFY(column(pane->requiredList(), 3).join(QString()).contains(QStringLiteral("Missing")));
    m_window->document()->undoStack()->undo();
    for (const QString &state : column(pane->signOffList(), 4))
        QVERIFY2(state.contains(QStringLiteral("Valid")), qPrintable(state));

    // The decision, beside the suggestion.
    DecisionRequest go;
    go.outcome = Decision::Go;
    go.rationale = QStringLiteral("Everything passed and both signed.");
    go.confidence = 90;
    m_prompter.decisionAnswer = go;
    m_window->signOffs()->decideAction()->trigger();
    QCOMPARE(m_prompter.decisionsAsked, 1);
    QCOMPARE(m_prompter.lastDecisionQuestion.suggested, Decision::Go);
    QVERIFY(m_prompter.lastDecisionQuestion.signOffsSatisfied);
    const DecisionRecord *inForce = m_window->document()->release().decisionInForce();
    QVERIFY(inForce);
    QVERIFY(pane->decisionLabel()->text().contains(inForce->authorizationCode));
    QVERIFY(pane->decisionLabel()->text().contains(QStringLiteral("frozen")));
    QCOMPARE(m_window->matrixView()->findChild<DecisionBanner *>()->recordedText(),
        QStringLiteral("Recorded: GO, frozen"));
    QVERIFY(!m_window->signOffs()->signAction()->isEnabled());
    QVERIFY(!m_window->signOffs()->decideAction()->isEnabled());
    QVERIFY(m_window->signOffs()->reopenAction()->isEnabled());

    // Frozen: a change is refused, and the banner says why.
    m_window->banner()->hide();
    QVERIFY(!m_window->document()
                 ->setItemStatus(
                     itemId(QStringLiteral("Unit tests")), ItemStatus::Failed, QStringLiteral("flaky"))
                 .ok());
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("reopen"), Qt::CaseInsensitive),
        qPrintable(m_window->banner()->text()));

    // Reopening needs a reason; cancelling it changes nothing.
    m_prompter.textAnswer = std::nullopt;
    m_window->signOffs()->reopenAction()->trigger();
    QVERIFY(m_window->document()->release().decisionInForce());
    m_prompter.textAnswer = QStringLiteral("A late security finding");
    m_window->signOffs()->reopenAction()->trigger();
    QVERIFY(!m_window->document()->release().decisionInForce());
    QVERIFY(pane->decisionLabel()->text().contains(QStringLiteral("Superseded")));
    QVERIFY(m_window->matrixView()->findChild<DecisionBanner *>()->recordedText().isEmpty());
    QVERIFY(pane->decisionLabel()->text().contains(QStringLiteral("A late security finding")));
    QVERIFY(m_window->signOffs()->signAction()->isEnabled());
    QVERIFY(
        m_window->document()
            ->setItemStatus(itemId(QStringLiteral("Unit tests")), ItemStatus::Failed, QStringLiteral("flaky"))
            .ok());
}

void TestSignOffWindow::conditionalGoWithOverdueMitigation()
{
    QVERIFY(openWindow());
    SignOffPane *pane = m_window->signOffs()->pane();
    const QDate today = QDate::currentDate();
    DecisionRequest conditional;
    conditional.outcome = Decision::ConditionalGo;
    conditional.rationale = QStringLiteral("Ship behind a flag.");
    Mitigation fix;
    fix.title = QStringLiteral("Fix the login regression");
    fix.owner = QStringLiteral("Carol Dev");
    fix.deadline = today.addDays(2);
    fix.acceptance = QStringLiteral("login smoke passes twice");
    conditional.mitigations = { fix };
    // Without the sign-offs and against the suggestion: refused without a reason, recorded with one.
    m_prompter.decisionAnswer = conditional;
    m_window->signOffs()->decideAction()->trigger();
    QVERIFY(!m_prompter.lastDecisionQuestion.signOffsSatisfied);
    QVERIFY(!m_prompter.lastDecisionQuestion.missingSignOffs.isEmpty());
    QVERIFY(!m_window->document()->release().decisionInForce());
    QVERIFY(m_window->banner()->isVisible());
    conditional.overrideReason = QStringLiteral("The release manager accepts the risk for the flagged rollout.");
    m_prompter.decisionAnswer = conditional;
    m_window->banner()->hide();
    m_window->signOffs()->decideAction()->trigger();
    const DecisionRecord *inForce = m_window->document()->release().decisionInForce();
    QVERIFY2(inForce, qPrintable(m_window->banner()->text()));
    QCOMPARE(inForce->outcome, Decision::ConditionalGo);
    QCOMPARE(pane->mitigationList()->topLevelItemCount(), 1);
    QCOMPARE(pane->mitigationList()->topLevelItem(0)->text(3), QStringLiteral("Open"));

    // Three days on, it is overdue, in words and colour.
    m_window->document()->setToday(today.addDays(3));
    m_window->signOffs()->refresh();
    QTreeWidgetItem *row = pane->mitigationList()->topLevelItem(0);
    QVERIFY2(row->text(3).contains(QStringLiteral("Overdue")), qPrintable(row->text(3)));
    pane->mitigationList()->setCurrentItem(row);
    auto *done = pane->findChild<QPushButton *>(QStringLiteral("signOffMitigationDone"));
    QVERIFY(done->isEnabled());
    QVERIFY(QMetaObject::invokeMethod(done, "click"));
    row = pane->mitigationList()->topLevelItem(0);
    QVERIFY2(row->text(3).contains(QStringLiteral("Done")), qPrintable(row->text(3)));
    QCOMPARE(
        m_window->document()->release().decisionInForce()->mitigations.at(0).status, MitigationStatus::Done);
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(QStringLiteral("signoffwindow.png")));
}

void TestSignOffWindow::historyOfReleaseAndItem()
{
    QVERIFY(openWindow());
    const qint64 review = itemId(QStringLiteral("Security review"));
    const qint64 tests = itemId(QStringLiteral("Unit tests"));
    QVERIFY(m_window->document()
                ->setItemStatus(
                    review, ItemStatus::Failed, QStringLiteral("scanner said API_TOKEN=abcd1234efgh leaked"))
                .ok());
    QVERIFY(m_window->document()->setItemStatus(tests, ItemStatus::InProgress, QString()).ok());
    m_prompter.signOffAnswer = answer(QStringLiteral("Bob Tester"), SignOffMeaning::NoGo);
    m_window->signOffs()->signAction()->trigger();

    m_window->signOffs()->releaseHistoryAction()->trigger();
    HistoryDialog *history = m_window->signOffs()->historyDialog();
    QVERIFY(history && history->isVisible());
    const QStringList what = column(history->list(), 2);
    QVERIFY2(what.first().startsWith(QStringLiteral("signoff")), qPrintable(what.join(u'|'))); // newest first
    QVERIFY(what.contains(QStringLiteral("item %1: status").arg(review)));
    QVERIFY(what.contains(QStringLiteral("item %1: status").arg(tests)));
    const QString after = column(history->list(), 4).join(u'\n');
    QVERIFY(after.contains(QStringLiteral("API_TOKEN=***")));
    QVERIFY(!after.contains(QStringLiteral("abcd1234efgh")));
    QVERIFY(column(history->list(), 1).contains(QStringLiteral("Bob Tester")));

    // One item's history: only its own rows, with before and after.
    m_window->checklistView()->selectItem(review);
    QVERIFY(m_window->signOffs()->itemHistoryAction()->isEnabled());
    m_window->signOffs()->itemHistoryAction()->trigger();
    history = m_window->signOffs()->historyDialog();
    QVERIFY(history->windowTitle().contains(QStringLiteral("Security review")));
    QVERIFY(history->list()->topLevelItemCount() >= 1);
    for (const QString &w : column(history->list(), 2))
        QVERIFY2(w.startsWith(QStringLiteral("item %1:").arg(review)), qPrintable(w));
    QVERIFY(column(history->list(), 3).join(QString()).contains(QStringLiteral("passed")));
    QVERIFY(column(history->list(), 4).join(QString()).contains(QStringLiteral("failed")));
    m_window->signOffs()->releaseHistoryAction()->trigger();
    QTest::qWait(50);
    QVERIFY(m_window->signOffs()->historyDialog()->grab().save(QStringLiteral("historydialog.png")));
}

void TestSignOffWindow::signOffDialogNeedsKeyAndPassphrase()
{
    SignOffQuestion q;
    q.releaseName = QStringLiteral("R");
    q.snapshotSha256 = QString(64, QLatin1Char('c'));
    q.people = { { QStringLiteral("Carol Dev"), { QStringLiteral("Developer") }, false },
        { QStringLiteral("Alice Example"), { QStringLiteral("Release manager"), QStringLiteral("QA") },
            true } };
    SignOffDialog dialog(q);
    auto *sign = dialog.findChild<QPushButton *>(QStringLiteral("signOffSign"));
    auto *person = dialog.findChild<QComboBox *>(QStringLiteral("signOffPerson"));
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("signOffRole"));
    auto *meaning = dialog.findChild<QComboBox *>(QStringLiteral("signOffMeaning"));
    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("signOffPassphrase"));
    QCOMPARE(person->currentData().toString(), QStringLiteral("Alice Example")); // the first with a key
    QCOMPARE(role->count(), 3);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!sign->isEnabled());
    QTest::keyClicks(secret, QStringLiteral("correct horse battery"));
    QVERIFY(sign->isEnabled());
    person->setCurrentIndex(0); // Carol: no key
    QVERIFY(!sign->isEnabled());
    person->setCurrentIndex(1);
    role->setCurrentIndex(2);
    meaning->setCurrentIndex(meaning->findData(QStringLiteral("conditional")));
    const SignOffAnswer a = dialog.value();
    QCOMPARE(a.name, QStringLiteral("Alice Example"));
    QCOMPARE(a.role, QStringLiteral("QA"));
    QCOMPARE(a.meaning, SignOffMeaning::Conditional);
    QCOMPARE(a.passphrase, QByteArray("correct horse battery"));
    QVERIFY(dialog.grab().save(QStringLiteral("signoffdialog.png")));
}

void TestSignOffWindow::decisionDialogAsksForWhatIsMissing()
{
    DecisionQuestion q;
    q.releaseName = QStringLiteral("R");
    q.suggested = Decision::NoGo;
    q.rule = QStringLiteral("A blocker is open.");
    q.signOffsSatisfied = false;
    q.missingSignOffs = { QStringLiteral("QA: 0 of 1 signed") };
    q.today = QDate(2026, 11, 21);
    DecisionDialog dialog(q);
    dialog.show();
    auto *record = dialog.findChild<QPushButton *>(QStringLiteral("decisionRecord"));
    auto *outcome = dialog.findChild<QComboBox *>(QStringLiteral("decisionOutcome"));
    QCOMPARE(outcome->currentData().toString(), QStringLiteral("no-go")); // the suggestion, preselected
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("decisionSuggestion"))
                ->text()
                .contains(QStringLiteral("NO-GO")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("decisionSignOffState"))
                ->text()
                .contains(QStringLiteral("QA: 0 of 1")));
    QVERIFY(!record->isEnabled());
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("decisionRationale")),
        QStringLiteral("Blocker open"));
    QVERIFY(!record->isEnabled()); // the sign-offs are missing: a reason is required
    QVERIFY(dialog.problems().join(u' ').contains(QStringLiteral("why")));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("decisionReason")),
        QStringLiteral("QA is on leave"));
    QVERIFY(record->isEnabled());

    outcome->setCurrentIndex(outcome->findData(QStringLiteral("conditional")));
    QVERIFY(!record->isEnabled()); // a CONDITIONAL GO needs a mitigation
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("decisionMitigations"));
    QVERIFY(table->isVisible());
    QVERIFY(QMetaObject::invokeMethod(
        dialog.findChild<QPushButton *>(QStringLiteral("decisionAddMitigation")), "click"));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!record->isEnabled());
    table->item(0, 0)->setText(QStringLiteral("Fix it"));
    table->item(0, 1)->setText(QStringLiteral("Carol"));
    table->item(0, 3)->setText(QStringLiteral("tests pass"));
    QVERIFY2(record->isEnabled(), qPrintable(dialog.problems().join(u' ')));
    table->item(0, 2)->setText(QStringLiteral("next week"));
    QVERIFY(!record->isEnabled());
    table->item(0, 2)->setText(QStringLiteral("2026-12-01"));
    QVERIFY(record->isEnabled());
    const DecisionRequest a = dialog.value();
    QCOMPARE(a.outcome, Decision::ConditionalGo);
    QCOMPARE(a.mitigations.size(), size_t(1));
    QCOMPARE(a.mitigations[0].deadline, QDate(2026, 12, 1));
    QCOMPARE(a.overrideReason, QStringLiteral("QA is on leave"));
    QVERIFY(dialog.grab().save(QStringLiteral("decisiondialog.png")));
}

// Add Stakeholder: Add stays off until a name, a role and a passphrase typed twice alike, of at
// least the key ring's minimum length, are there; the dialog says which is missing.
void TestSignOffWindow::stakeholderDialogRules()
{
    StakeholderDialog dialog({ QStringLiteral("QA lead"), QStringLiteral("Release manager") });
    QPushButton *add = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("stakeholderName"));
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("stakeholderRole"));
    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("stakeholderPassphrase"));
    auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("stakeholderPassphraseRepeat"));
    QVERIFY(!add->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("name")));
    QTest::keyClicks(name, QStringLiteral("Dana Ops"));
    QVERIFY(dialog.problem().contains(QStringLiteral("role")));
    QCOMPARE(role->count(), 2);  // the roles already known are offered
    role->setCurrentText(QStringLiteral("Ops lead"));
    QTest::keyClicks(secret, QStringLiteral("short"));
    QVERIFY(dialog.problem().contains(QString::number(KeyRing::minimumPassphraseLength)));
    secret->setText(QStringLiteral("long enough secret"));
    QTest::keyClicks(repeat, QStringLiteral("long enough secreT"));
    QCOMPARE(dialog.problem(), QStringLiteral("The two passphrases differ."));
    QVERIFY(!add->isEnabled());
    repeat->setText(QStringLiteral("long enough secret"));
    QVERIFY(add->isEnabled());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    const StakeholderAnswer answer = dialog.value();
    QCOMPARE(answer.name, QStringLiteral("Dana Ops"));
    QCOMPARE(answer.role, QStringLiteral("Ops lead"));
    QCOMPARE(answer.passphrase, QByteArray("long enough secret"));
    QVERIFY(dialog.grab().save(QStringLiteral("stakeholderdialog.png")));
}

QTEST_MAIN(TestSignOffWindow)
#include "tst_signoffwindow.moc"
