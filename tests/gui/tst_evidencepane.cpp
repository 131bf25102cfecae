// EvidencePane over a real workspace file: the list shows what is attached with exact cells, the
// header says whether the required evidence is missing, stale or fresh, the buttons ask through the
// Prompter seam and hand the answers on as signals, local files dropped on the pane or on a leaf of
// the checklist are handed on to be attached (web links and groups are refused), and run logs
// cannot be removed. Also the inspector's requirement fields and the checklist's warning.

#include "../models/itemmodels/DocumentFixture.h"
#include "ChecklistView.h"
#include "EvidencePane.h"
#include "InspectorPane.h"
#include "ScriptedPrompter.h"
#include "itemmodels/ChecklistTreeModel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace gl;

namespace {

// The sample release with requirements: Unit asks for evidence newer than its last change (an hour
// ago), Integration for evidence at most 24 hours old, Smoke for evidence newer than a change two
// hours ahead (so whatever is attached now is stale), the waived Guide for any evidence.
Release evidenceRelease()
{
    Release r = fixture::sampleRelease();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Item &unit = r.gates[0].items[1].children[0];
    unit.evidenceRequirement = {true, 0, true};
    unit.changedAt = now.addSecs(-3600);
    Item &integration = r.gates[0].items[1].children[1];
    integration.evidenceRequirement = {true, 24, false};
    Item &smoke = r.gates[1].items[0];
    smoke.evidenceRequirement = {true, 0, true};
    smoke.changedAt = now.addSecs(2 * 3600);
    r.gates[0].items[2].evidenceRequirement = {true, 4, true};   // Lint
    Item &guide = r.gates[2].items[0];
    guide.evidenceRequirement = {true, 0, false};
    return r;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString cell(const QAbstractItemView *list, int row, int column, int role = Qt::DisplayRole)
{
    return list->model()->index(row, column).data(role).toString();
}

QString localTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QToolButton *button(const QWidget &pane, const char *name)
{
    return pane.findChild<QToolButton *>(QLatin1String(name));
}

QAction *action(const QWidget &pane, const char *name)
{
    return pane.findChild<QAction *>(QLatin1String(name));
}

// A drag entering and dropping at pos, as the window would deliver it; returns whether each was accepted.
std::pair<bool, bool> dragAndDrop(QWidget *target, const QPoint &pos, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return {enter.isAccepted() && move.isAccepted(), drop.isAccepted()};
}

EvidencePreview::ContentReader readerOf(Workspace *workspace)
{
    return [workspace](qint64 id, qint64 offset, qint64 length) { return workspace->evidenceRange(id, offset, length); };
}

} // namespace

class TestEvidencePane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void listShowsTheItemsEvidence();
    void followsTheDocument();
    void copiesTheWholeHash();
    void freshnessHeader();
    void groupsAndNoItemCannotAttach();
    void attachAsksForFiles();
    void linkAndNoteAsked();
    void dropOnThePane();
    void dropOnTheChecklist();
    void runLogsCannotBeRemoved();
    void saveAndOpen();
    void busyRefusesAttaching();
    void inspectorEditsTheRequirement();
    void checklistWarnsOfMissingEvidence();
    void screenshot();

private:
    QTemporaryDir m_files;
    ScriptedPrompter m_prompter;
};

void TestEvidencePane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setCurrent(&m_prompter);
}

void TestEvidencePane::init()
{
    m_prompter = ScriptedPrompter();
}

void TestEvidencePane::listShowsTheItemsEvidence()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    ReleaseDocument &doc = *bench.document;
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    const QByteArray json = QByteArray(R"({"tests": 12, "failures": 0})") + QByteArray(1971, ' ') + '\n';
    QCOMPARE(json.size(), 2000);
    const auto file = bench.workspace->attachFile(unit, writeFile(m_files, QStringLiteral("report.json"), json));
    QVERIFY2(file.ok(), qPrintable(file.message()));
    const auto link = bench.workspace->attachUrl(unit, QStringLiteral("https://ci.example.com/job/42"), QStringLiteral("CI run"));
    QVERIFY2(link.ok(), qPrintable(link.message()));
    const auto note = bench.workspace->attachNote(unit, QStringLiteral("Checked by hand\nsecond line"));
    QVERIFY2(note.ok(), qPrintable(note.message()));
    QVERIFY(doc.refreshFromStore().ok());

    EvidencePane pane(&doc);
    pane.setContentReader(readerOf(bench.workspace.get()));
    QCOMPARE(pane.objectName(), QStringLiteral("evidencePane"));
    pane.setItem(unit);
    QCOMPARE(pane.itemId(), unit);
    const QAbstractItemView *list = pane.list();
    QCOMPARE(list->model()->columnCount(), 6);
    QStringList headers;
    for (int c = 0; c < 6; ++c)
        headers << list->model()->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("Name"), QStringLiteral("Kind"), QStringLiteral("Size"),
                                   QStringLiteral("SHA-256"), QStringLiteral("Added by"), QStringLiteral("Added")}));
    QCOMPARE(list->model()->rowCount(), 3);
    // newest first: the note, the link, the file
    const QStringList noteRow{QStringLiteral("Checked by hand"), QStringLiteral("Note"), QString(), QString(),
                              QStringLiteral("tester"), localTime(note->addedAt)};
    const QStringList linkRow{QStringLiteral("CI run"), QStringLiteral("Link"), QString(), QString(),
                              QStringLiteral("tester"), localTime(link->addedAt)};
    const QStringList fileRow{QStringLiteral("report.json"), QStringLiteral("File"), QStringLiteral("2.0 KiB"),
                              sha256(json).left(12), QStringLiteral("tester"), localTime(file->addedAt)};
    const QList<QStringList> expected{noteRow, linkRow, fileRow};
    for (int row = 0; row < 3; ++row) {
        QStringList shown;
        for (int c = 0; c < 6; ++c)
            shown << cell(list, row, c);
        QCOMPARE(shown, expected.at(row));
    }
    QCOMPARE(file->sha256, sha256(json));
    QCOMPARE(cell(list, 2, EvidencePane::Sha256Column, Qt::ToolTipRole), QStringLiteral("SHA-256 ") + sha256(json));
    QCOMPARE(cell(list, 2, EvidencePane::SizeColumn, Qt::ToolTipRole), QStringLiteral("2,000 bytes"));
    QVERIFY(!cell(list, 2, EvidencePane::AddedColumn).isEmpty());

    // the newest is chosen and previewed; choosing the file previews it
    QCOMPARE(pane.currentEvidenceId(), note->id);
    QCOMPARE(pane.preview()->mode(), EvidencePreview::Mode::Note);
    QCOMPARE(pane.preview()->textView()->toPlainText(), QStringLiteral("Checked by hand\nsecond line"));
    pane.selectEvidence(file->id);
    QCOMPARE(pane.currentEvidenceId(), file->id);
    QCOMPARE(pane.preview()->evidenceId(), file->id);
    QCOMPARE(pane.preview()->textView()->toPlainText(),
             QStringLiteral("{\n    \"failures\": 0,\n    \"tests\": 12\n}\n"));
}

void TestEvidencePane::followsTheDocument()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    ReleaseDocument &doc = *bench.document;
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    const auto first = bench.workspace->attachFile(unit, writeFile(m_files, QStringLiteral("a.log"), "first\n"));
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QVERIFY(doc.refreshFromStore().ok());
    EvidencePane pane(&doc);
    pane.setContentReader(readerOf(bench.workspace.get()));
    pane.setItem(unit);
    QCOMPARE(pane.list()->model()->rowCount(), 1);
    QCOMPARE(pane.currentEvidenceId(), first->id);

    // something attached elsewhere (the app, the CLI): the list grows, the chosen piece stays chosen
    const auto second = bench.workspace->attachFile(unit, writeFile(m_files, QStringLiteral("b.log"), "second\n"));
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QVERIFY(doc.refreshFromStore().ok());
    QCOMPARE(pane.list()->model()->rowCount(), 2);
    QCOMPARE(cell(pane.list(), 0, EvidencePane::NameColumn), QStringLiteral("b.log"));
    QCOMPARE(pane.currentEvidenceId(), first->id);
    QCOMPARE(pane.preview()->textView()->toPlainText(), QStringLiteral("first\n"));

    // removed elsewhere: the newest is shown instead
    QVERIFY(bench.workspace->removeEvidence(first->id).ok());
    QVERIFY(doc.refreshFromStore().ok());
    QCOMPARE(pane.list()->model()->rowCount(), 1);
    QCOMPARE(pane.currentEvidenceId(), second->id);
    QCOMPARE(pane.preview()->textView()->toPlainText(), QStringLiteral("second\n"));

    // the release goes away: the pane empties
    doc.unload();
    QCOMPARE(pane.itemId(), 0);
    QCOMPARE(pane.list()->model()->rowCount(), 0);
    QCOMPARE(pane.preview()->mode(), EvidencePreview::Mode::Empty);
    QCOMPARE(pane.hintLabel()->text(), QStringLiteral("Select an item to see its evidence."));
}

void TestEvidencePane::copiesTheWholeHash()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    const QByteArray content("12 passed\n");
    const auto file = bench.workspace->attachFile(unit, writeFile(m_files, QStringLiteral("junit.txt"), content));
    QVERIFY2(file.ok(), qPrintable(file.message()));
    QVERIFY(bench.document->refreshFromStore().ok());
    EvidencePane pane(bench.document.get());
    pane.setItem(unit);
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(pane.list(), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), sha256(content));
    QGuiApplication::clipboard()->clear();
    QAction *copy = action(pane, "evidenceCopySha256Action");
    QVERIFY(copy && copy->isEnabled());
    QVERIFY(pane.list()->actions().contains(copy));   // in the list's context menu
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), sha256(content));
}

void TestEvidencePane::freshnessHeader()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    ReleaseDocument &doc = *bench.document;
    EvidencePane pane(&doc);
    const auto shown = [&pane](const QString &, qint64 id) {
        pane.setItem(id);
        return pane.stateLabel()->text();
    };
    const QLabel *icon = pane.findChild<QLabel *>(QStringLiteral("evidenceStateIcon"));
    QVERIFY(icon);

    const qint64 integration = bench.id(QStringLiteral("Integration"));
    QCOMPARE(shown(QStringLiteral("Integration"), integration),
             QStringLiteral("Required evidence: Missing — Required evidence is missing."));
    QVERIFY(!icon->pixmap().isNull());
    QCOMPARE(pane.requirementLabel()->text(), EvidencePane::tr("Asks for evidence no older than %n hour(s).", nullptr, 24));
    QVERIFY(!pane.requirementLabel()->isHidden());
    QCOMPARE(pane.hintLabel()->text(),
             QStringLiteral("Nothing attached yet: attach files, drop them here, or add a link or a note."));

    // a note does not count
    QVERIFY(bench.workspace->attachNote(integration, QStringLiteral("ran it locally")).ok());
    QVERIFY(doc.refreshFromStore().ok());
    QCOMPARE(pane.stateLabel()->text(),
             QStringLiteral("Required evidence: Missing — Required evidence is missing; a note does not count as evidence."));

    // attached after the change an hour ago: fresh
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    QVERIFY(bench.workspace->attachFile(unit, writeFile(m_files, QStringLiteral("unit.log"), "ok\n")).ok());
    QVERIFY(doc.refreshFromStore().ok());
    QCOMPARE(shown(QStringLiteral("Unit"), unit), QStringLiteral("Required evidence: Fresh"));
    QCOMPARE(pane.requirementLabel()->text(),
             QStringLiteral("Asks for evidence added after the item last changed (%1).")
                 .arg(localTime(doc.item(unit)->changedAt)));

    // attached before a change (dated two hours ahead): stale
    const qint64 smoke = bench.id(QStringLiteral("Smoke"));
    QVERIFY(bench.workspace->attachUrl(smoke, QStringLiteral("https://ci.example.com/smoke/7"), QStringLiteral("Smoke run")).ok());
    QVERIFY(doc.refreshFromStore().ok());
    const QString changed = doc.item(smoke)->changedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QCOMPARE(shown(QStringLiteral("Smoke"), smoke),
             QStringLiteral("Required evidence: Stale — The newest evidence was added before the item last changed (%1 UTC).")
                 .arg(changed));

    // waived: the warning stays, with why readiness does not count it
    QCOMPARE(shown(QStringLiteral("Guide"), bench.id(QStringLiteral("Guide"))),
             QStringLiteral("Required evidence: Missing — Required evidence is missing. It does not count against the "
                            "release while the item is Waived."));
    QCOMPARE(pane.requirementLabel()->text(), QStringLiteral("Asks for evidence of any age."));

    // nothing asked
    QCOMPARE(shown(QStringLiteral("Compile"), bench.id(QStringLiteral("Compile"))), QStringLiteral("Evidence not required."));
    QVERIFY(pane.requirementLabel()->isHidden());
    QCOMPARE(pane.stateLabel()->textFormat(), Qt::PlainText);
}

void TestEvidencePane::groupsAndNoItemCannotAttach()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    EvidencePane pane(bench.document.get());
    QCOMPARE(pane.hintLabel()->text(), QStringLiteral("Select an item to see its evidence."));
    QVERIFY(!action(pane, "evidenceAttachAction")->isEnabled());
    QVERIFY(!button(pane, "evidenceAttach")->isEnabled());

    pane.setItem(bench.id(QStringLiteral("Tests")));
    QCOMPARE(pane.hintLabel()->text(), QStringLiteral("“Tests” is a group: its items carry the evidence. Select one of "
                                                      "them to attach files, links or notes."));
    for (const char *name : {"evidenceAttach", "evidenceAddLink", "evidenceAddNote", "evidenceOpen", "evidenceSaveAs",
                             "evidenceRemove"})
        QVERIFY2(!button(pane, name)->isEnabled(), name);
    QVERIFY(pane.stateLabel()->isHidden());
    QTest::mouseClick(button(pane, "evidenceAttach"), Qt::LeftButton);
    QCOMPARE(m_prompter.fileListsAsked, 0);

    pane.setItem(bench.id(QStringLiteral("Compile")));
    for (const char *name : {"evidenceAttach", "evidenceAddLink", "evidenceAddNote"})
        QVERIFY2(button(pane, name)->isEnabled(), name);
    // buttons carry names for assistive technology
    QCOMPARE(button(pane, "evidenceAttach")->accessibleName(), QStringLiteral("Attach files"));
    QCOMPARE(button(pane, "evidenceAttach")->text(), QStringLiteral("Attach files…"));
    QCOMPARE(button(pane, "evidenceRemove")->accessibleName(), QStringLiteral("Remove evidence"));
    QCOMPARE(pane.list()->accessibleName(), QStringLiteral("Attached evidence"));
}

void TestEvidencePane::attachAsksForFiles()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    EvidencePane pane(bench.document.get());
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    pane.setItem(unit);
    QSignalSpy attach(&pane, &EvidencePane::attachFilesRequested);
    const QStringList paths{QStringLiteral("/tmp/a.log"), QStringLiteral("/tmp/coverage-summary.json")};
    m_prompter.fileLists << paths;
    QTest::mouseClick(button(pane, "evidenceAttach"), Qt::LeftButton);
    QCOMPARE(m_prompter.fileListsAsked, 1);
    QCOMPARE(m_prompter.lastCaption, QStringLiteral("Attach Files to “Unit”"));
    QCOMPARE(attach.count(), 1);
    QCOMPARE(attach.at(0).at(0).toLongLong(), unit);
    QCOMPARE(attach.at(0).at(1).toStringList(), paths);

    // cancelled: nothing
    QTest::mouseClick(button(pane, "evidenceAttach"), Qt::LeftButton);
    QCOMPARE(m_prompter.fileListsAsked, 2);
    QCOMPARE(attach.count(), 1);
}

void TestEvidencePane::linkAndNoteAsked()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    EvidencePane pane(bench.document.get());
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    pane.setItem(unit);
    QSignalSpy links(&pane, &EvidencePane::addLinkRequested);
    QSignalSpy notes(&pane, &EvidencePane::addNoteRequested);

    m_prompter.linkAnswer = EvidenceLink{QStringLiteral(" https://ci.example.com/job/42 "), QStringLiteral("CI run")};
    QTest::mouseClick(button(pane, "evidenceAddLink"), Qt::LeftButton);
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.at(0), (QList<QVariant>{unit, QStringLiteral("https://ci.example.com/job/42"), QStringLiteral("CI run")}));
    // only web links are handed on
    for (const QString &url : {QStringLiteral("file:///etc/passwd"), QStringLiteral("javascript:alert(1)"),
                               QStringLiteral("https://"), QStringLiteral("ftp://example.com/x")}) {
        m_prompter.linkAnswer = EvidenceLink{url, QStringLiteral("x")};
        QTest::mouseClick(button(pane, "evidenceAddLink"), Qt::LeftButton);
    }
    QCOMPARE(m_prompter.linksAsked, 5);
    QCOMPARE(links.count(), 1);

    m_prompter.noteAnswer = QStringLiteral("  <b>checked</b> by hand  ");
    QTest::mouseClick(button(pane, "evidenceAddNote"), Qt::LeftButton);
    QCOMPARE(notes.count(), 1);
    QCOMPARE(notes.at(0), (QList<QVariant>{unit, QStringLiteral("<b>checked</b> by hand")}));
    m_prompter.noteAnswer.reset();
    QTest::mouseClick(button(pane, "evidenceAddNote"), Qt::LeftButton);
    QCOMPARE(notes.count(), 1);
}

void TestEvidencePane::dropOnThePane()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    EvidencePane pane(bench.document.get());
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    pane.setItem(unit);
    QVERIFY(pane.acceptDrops());
    QSignalSpy attach(&pane, &EvidencePane::attachFilesRequested);
    const QString a = writeFile(m_files, QStringLiteral("drop-a.log"), "a\n");
    const QString b = writeFile(m_files, QStringLiteral("drop b.png"), "b\n");

    auto [entered, dropped] = dragAndDrop(&pane, QPoint(20, 20), {QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    QVERIFY(entered);
    QVERIFY(dropped);
    QCOMPARE(attach.count(), 1);
    QCOMPARE(attach.at(0).at(0).toLongLong(), unit);
    QCOMPARE(attach.at(0).at(1).toStringList(), (QStringList{a, b}));

    // a web address, alone or among files, is refused
    std::tie(entered, dropped) = dragAndDrop(&pane, QPoint(20, 20), {QUrl(QStringLiteral("https://example.com/report.json"))});
    QVERIFY(!entered);
    QVERIFY(!dropped);
    std::tie(entered, dropped) = dragAndDrop(&pane, QPoint(20, 20),
                                             {QUrl::fromLocalFile(a), QUrl(QStringLiteral("http://example.com/x"))});
    QVERIFY(!dropped);
    QCOMPARE(attach.count(), 1);

    // onto a group: refused
    pane.setItem(bench.id(QStringLiteral("Tests")));
    std::tie(entered, dropped) = dragAndDrop(&pane, QPoint(20, 20), {QUrl::fromLocalFile(a)});
    QVERIFY(!entered);
    QVERIFY(!dropped);
    QCOMPARE(attach.count(), 1);
}

void TestEvidencePane::dropOnTheChecklist()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    ReleaseDocument &doc = *bench.document;
    ChecklistView view(&doc);
    view.setGate(fixture::gateIdOf(doc.release(), QStringLiteral("Build")));
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy dropped(&view, &ChecklistView::filesDropped);
    const QString path = writeFile(m_files, QStringLiteral("integration.xml"), "<testsuite/>\n");
    QWidget *viewport = view.tree()->viewport();
    QVERIFY(viewport->acceptDrops());
    const auto rowCentre = [&](const QString &title) {
        return view.tree()->visualRect(view.model()->indexOfItem(bench.id(title))).center();
    };

    auto [entered, accepted] = dragAndDrop(viewport, rowCentre(QStringLiteral("Integration")), {QUrl::fromLocalFile(path)});
    QVERIFY(entered);
    QVERIFY(accepted);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), bench.id(QStringLiteral("Integration")));
    QCOMPARE(dropped.at(0).at(1).toStringList(), QStringList{path});

    // a group refuses it
    std::tie(entered, accepted) = dragAndDrop(viewport, rowCentre(QStringLiteral("Tests")), {QUrl::fromLocalFile(path)});
    QVERIFY(!entered);
    QVERIFY(!accepted);
    // so does empty space and a web address
    std::tie(entered, accepted) = dragAndDrop(viewport, QPoint(5, viewport->height() - 5), {QUrl::fromLocalFile(path)});
    QVERIFY(!accepted);
    std::tie(entered, accepted) = dragAndDrop(viewport, rowCentre(QStringLiteral("Lint")), {QUrl(QStringLiteral("https://example.com/lint.txt"))});
    QVERIFY(!accepted);
    QCOMPARE(dropped.count(), 1);

    // and the document's items did not move: dropping never rearranges the checklist
    QCOMPARE(view.model()->rowCount(), 3);
}

void TestEvidencePane::runLogsCannotBeRemoved()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    ReleaseDocument &doc = *bench.document;
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    const auto file = bench.workspace->attachFile(unit, writeFile(m_files, QStringLiteral("extra.txt"), "extra\n"));
    QVERIFY2(file.ok(), qPrintable(file.message()));
    RunRecord run;
    run.commands = {QStringLiteral("ctest")};
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.finishedAt = run.startedAt.addSecs(2);
    run.durationMs = 2000;
    run.verdict = Verdict::Cancelled;
    const auto recorded = bench.workspace->recordRun(unit, run, "100% tests passed\n");
    QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
    QVERIFY(doc.refreshFromStore().ok());

    EvidencePane pane(&doc);
    pane.setContentReader(readerOf(bench.workspace.get()));
    pane.setItem(unit);
    QCOMPARE(pane.list()->model()->rowCount(), 2);
    QCOMPARE(cell(pane.list(), 0, EvidencePane::KindColumn), QStringLiteral("Run log"));
    QCOMPARE(pane.currentEvidenceId(), recorded->evidenceId);
    QCOMPARE(pane.preview()->textView()->toPlainText(), QStringLiteral("100% tests passed\n"));
    QToolButton *remove = button(pane, "evidenceRemove");
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(),
             QStringLiteral("Run logs and probe results stay with the run that made them and cannot be removed."));
    QSignalSpy removed(&pane, &EvidencePane::removeRequested);
    action(pane, "evidenceRemoveAction")->trigger();
    QCOMPARE(m_prompter.choicesAsked, 0);
    QCOMPARE(removed.count(), 0);

    // a file can be removed, after saying yes
    pane.selectEvidence(file->id);
    QVERIFY(remove->isEnabled());
    m_prompter.choices = {1};
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_prompter.choicesAsked, 1);
    QCOMPARE(m_prompter.lastText,
             QStringLiteral("Remove “extra.txt” from “Unit”? The removal is recorded in the audit log."));
    QCOMPARE(removed.count(), 0);
    m_prompter.choices = {0};
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), file->id);
}

void TestEvidencePane::saveAndOpen()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    ReleaseDocument &doc = *bench.document;
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    const auto file = bench.workspace->attachFile(unit, writeFile(m_files, QStringLiteral("summary.txt"), "12 ok\n"));
    QVERIFY2(file.ok(), qPrintable(file.message()));
    QVERIFY(bench.workspace->attachNote(unit, QStringLiteral("nothing to open")).ok());
    QVERIFY(doc.refreshFromStore().ok());
    EvidencePane pane(&doc);
    pane.setItem(unit);
    pane.resize(700, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy saved(&pane, &EvidencePane::saveRequested);
    QSignalSpy opened(&pane, &EvidencePane::openRequested);

    // a note has nothing to open or save
    QCOMPARE(cell(pane.list(), 0, EvidencePane::KindColumn), QStringLiteral("Note"));
    QVERIFY(!button(pane, "evidenceOpen")->isEnabled());
    QVERIFY(!button(pane, "evidenceSaveAs")->isEnabled());

    pane.selectEvidence(file->id);
    QTest::mouseClick(button(pane, "evidenceOpen"), Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), file->id);

    const QString target = m_files.filePath(QStringLiteral("saved-summary.txt"));
    m_prompter.files << target;
    QTest::mouseClick(button(pane, "evidenceSaveAs"), Qt::LeftButton);
    QCOMPARE(m_prompter.lastDirectory, QStringLiteral("summary.txt"));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0), (QList<QVariant>{file->id, target}));

    // an existing file is replaced only when the person says so
    QVERIFY(!writeFile(m_files, QStringLiteral("saved-summary.txt"), "old\n").isEmpty());
    m_prompter.files << target;
    m_prompter.choices = {1};
    QTest::mouseClick(button(pane, "evidenceSaveAs"), Qt::LeftButton);
    QCOMPARE(m_prompter.lastText, QStringLiteral("“saved-summary.txt” already exists. Replace it?"));
    QCOMPARE(saved.count(), 1);
    m_prompter.files << target;
    m_prompter.choices = {0};
    QTest::mouseClick(button(pane, "evidenceSaveAs"), Qt::LeftButton);
    QCOMPARE(saved.count(), 2);

    // a double-click on a row opens it too
    QVERIFY(QMetaObject::invokeMethod(pane.list(), "doubleClicked", Q_ARG(QModelIndex, pane.list()->model()->index(1, 0))));
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toLongLong(), file->id);
}

void TestEvidencePane::busyRefusesAttaching()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    EvidencePane pane(bench.document.get());
    pane.setItem(bench.id(QStringLiteral("Unit")));
    pane.setBusy(true);
    QVERIFY(pane.isBusy());
    for (const char *name : {"evidenceAttach", "evidenceAddLink", "evidenceAddNote"})
        QVERIFY2(!button(pane, name)->isEnabled(), name);
    QCOMPARE(pane.hintLabel()->text(), QStringLiteral("Attaching… more can be added when it has finished."));
    QSignalSpy attach(&pane, &EvidencePane::attachFilesRequested);
    const auto [entered, dropped] = dragAndDrop(&pane, QPoint(10, 10), {QUrl::fromLocalFile(m_files.filePath(QStringLiteral("x")))});
    QVERIFY(!entered);
    QVERIFY(!dropped);
    QCOMPARE(attach.count(), 0);
    pane.setBusy(false);
    QVERIFY(button(pane, "evidenceAttach")->isEnabled());
}

void TestEvidencePane::inspectorEditsTheRequirement()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    ReleaseDocument &doc = *bench.document;
    InspectorPane inspector(&doc);
    auto *required = inspector.findChild<QCheckBox *>(QStringLiteral("inspectorEvidenceRequired"));
    auto *maxAge = inspector.findChild<QSpinBox *>(QStringLiteral("inspectorEvidenceMaxAge"));
    auto *newer = inspector.findChild<QCheckBox *>(QStringLiteral("inspectorEvidenceNewer"));
    QVERIFY(required && maxAge && newer);
    QCOMPARE(maxAge->specialValueText(), QStringLiteral("Any age"));
    QCOMPARE(required->accessibleName(), QStringLiteral("Requires evidence"));

    const qint64 compile = bench.id(QStringLiteral("Compile"));
    inspector.setItem(compile);
    QVERIFY(required->isEnabled());
    QVERIFY(!required->isChecked());
    QVERIFY(!maxAge->isEnabled());
    required->setChecked(true);
    QVERIFY(maxAge->isEnabled());
    QVERIFY(newer->isEnabled());
    maxAge->setValue(12);
    newer->setChecked(true);
    QVERIFY(inspector.isDirty());
    QVERIFY(inspector.apply());
    QCOMPARE(doc.item(compile)->evidenceRequirement, (EvidenceRequirement{true, 12, true}));
    const Release stored = bench.stored();
    QVERIFY(findItem(stored, compile));
    QCOMPARE(findItem(stored, compile)->evidenceRequirement, (EvidenceRequirement{true, 12, true}));
    // one undoable edit
    doc.undoStack()->undo();
    QCOMPARE(doc.item(compile)->evidenceRequirement, EvidenceRequirement());
    QVERIFY(!required->isChecked());
    doc.undoStack()->redo();
    QVERIFY(required->isChecked());
    QCOMPARE(maxAge->value(), 12);

    // unticking drops the conditions with it
    required->setChecked(false);
    QVERIFY(inspector.apply());
    QCOMPARE(doc.item(compile)->evidenceRequirement, EvidenceRequirement());

    // a group asks nothing of its own
    inspector.setItem(bench.id(QStringLiteral("Tests")));
    QVERIFY(!required->isEnabled());
    QVERIFY(!maxAge->isEnabled());
    QVERIFY(!newer->isEnabled());
}

void TestEvidencePane::checklistWarnsOfMissingEvidence()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    ReleaseDocument &doc = *bench.document;
    ChecklistTreeModel model(&doc);
    model.setGate(fixture::gateIdOf(doc.release(), QStringLiteral("Build")));
    const auto title = [&](const QString &name) { return model.indexOfItem(bench.id(name)); };

    const QModelIndex integration = title(QStringLiteral("Integration"));
    QCOMPARE(integration.data(ChecklistTreeModel::EvidenceStateRole).toString(), QStringLiteral("missing"));
    QVERIFY(!integration.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(integration.data(Qt::ToolTipRole).toString(), QStringLiteral("Integration\nRequired evidence is missing."));
    QCOMPARE(integration.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Required evidence is missing."));
    // only on the title column
    QVERIFY(!integration.siblingAtColumn(ChecklistTreeModel::StatusColumn).data(Qt::DecorationRole).isValid());
    const QModelIndex compile = title(QStringLiteral("Compile"));
    QCOMPARE(compile.data(ChecklistTreeModel::EvidenceStateRole).toString(), QStringLiteral("not-required"));
    QVERIFY(!compile.data(Qt::DecorationRole).isValid());
    QVERIFY(!title(QStringLiteral("Tests")).data(Qt::DecorationRole).isValid());

    // evidence arrives: the warning goes, and the row says so
    const qint64 unit = bench.id(QStringLiteral("Unit"));
    QCOMPARE(title(QStringLiteral("Unit")).data(ChecklistTreeModel::EvidenceStateRole).toString(), QStringLiteral("missing"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(bench.workspace->attachFile(unit, writeFile(m_files, QStringLiteral("u.log"), "ok\n")).ok());
    QVERIFY(doc.refreshFromStore().ok());
    QCOMPARE(title(QStringLiteral("Unit")).data(ChecklistTreeModel::EvidenceStateRole).toString(), QStringLiteral("fresh"));
    QVERIFY(!title(QStringLiteral("Unit")).data(Qt::DecorationRole).isValid());
    bool unitRepainted = false;
    for (const QList<QVariant> &args : std::as_const(changed))
        unitRepainted = unitRepainted || args.at(0).value<QModelIndex>() == title(QStringLiteral("Unit"));
    QVERIFY(unitRepainted);

    // waived and not applicable leaves are not warned about
    model.setGate(fixture::gateIdOf(doc.release(), QStringLiteral("Docs")));
    const QModelIndex guide = title(QStringLiteral("Guide"));
    QCOMPARE(guide.data(ChecklistTreeModel::EvidenceStateRole).toString(), QStringLiteral("not-required"));
    QVERIFY(!guide.data(Qt::DecorationRole).isValid());
}

void TestEvidencePane::screenshot()
{
    fixture::Workbench bench;
    QVERIFY(bench.open(evidenceRelease()));
    ReleaseDocument &doc = *bench.document;
    const qint64 integration = bench.id(QStringLiteral("Integration"));
    QByteArray log;
    for (int n = 1; n <= 60; ++n)
        log += QByteArray("[") + QByteArray::number(n).rightJustified(3, '0') + "] integration: checking orders service, case "
            + QByteArray::number(n) + " ok\n";
    RunRecord run;
    run.commands = {QStringLiteral("ctest -L integration")};
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.finishedAt = run.startedAt.addSecs(41);
    run.verdict = Verdict::Cancelled;
    QVERIFY(bench.workspace->recordRun(integration, run, log).ok());
    QVERIFY(bench.workspace->attachFile(integration, writeFile(m_files, QStringLiteral("coverage-summary.json"),
                                                               R"({"total":{"lines":{"total":812,"covered":579,"pct":71.3}}})"))
                .ok());
    QVERIFY(bench.workspace->attachUrl(integration, QStringLiteral("https://ci.example.com/harbor/job/1842"),
                                       QStringLiteral("Pipeline #1842")).ok());
    QVERIFY(doc.refreshFromStore().ok());

    EvidencePane pane(bench.document.get());
    pane.setContentReader(readerOf(bench.workspace.get()));
    pane.setItem(integration);
    pane.resize(760, 620);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const auto idOfKind = [&](EvidenceKind kind) {
        for (const Evidence &e : doc.item(integration)->evidenceList) {
            if (e.kind == kind)
                return e.id;
        }
        return qint64(0);
    };
    pane.selectEvidence(idOfKind(EvidenceKind::File));
    QCOMPARE(pane.preview()->mode(), EvidencePreview::Mode::Json);
    const QString json = QCoreApplication::applicationDirPath() + QStringLiteral("/evidencepane.png");
    QVERIFY(pane.grab().save(json));
    pane.selectEvidence(idOfKind(EvidenceKind::RunLog));
    QCOMPARE(pane.preview()->mode(), EvidencePreview::Mode::Text);
    QVERIFY(pane.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/evidencepane-log.png")));
    pane.setItem(bench.id(QStringLiteral("Lint")));
    QVERIFY(pane.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/evidencepane-empty.png")));
}

QTEST_MAIN(TestEvidencePane)
#include "tst_evidencepane.moc"
