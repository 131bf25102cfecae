// CriteriaModel: GO and NO-GO criteria with "holds" as a check box that is an undoable edit and
// moves the suggested decision.

#include "DocumentFixture.h"
#include "itemmodels/CriteriaModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gl;

class TestCriteriaModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsSayWhatTheyMean();
    void checkingIsAnUndoableEdit();
};

void TestCriteriaModel::rowsSayWhatTheyMean()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    CriteriaModel model(bench.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CriteriaModel::TextColumn).data().toString(), QStringLiteral("Rollback rehearsed"));
    QCOMPARE(model.index(0, CriteriaModel::KindColumn).data().toString(), QStringLiteral("GO"));
    QCOMPARE(model.index(0, CriteriaModel::TextColumn).data(CriteriaModel::KindRole).toString(), QStringLiteral("GO"));
    QCOMPARE(model.index(1, CriteriaModel::KindColumn).data().toString(), QStringLiteral("NO-GO"));
    QCOMPARE(model.index(0, CriteriaModel::TextColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // a GO criterion not holding is not met; a NO-GO criterion not holding is clear
    QVERIFY(model.index(0, CriteriaModel::EffectColumn).data().toString().contains(QStringLiteral("Not met")));
    QVERIFY(model.index(1, CriteriaModel::EffectColumn).data().toString().contains(QStringLiteral("Clear")));
    QVERIFY(model.flags(model.index(0, CriteriaModel::TextColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, CriteriaModel::KindColumn)) & Qt::ItemIsUserCheckable));
}

void TestCriteriaModel::checkingIsAnUndoableEdit()
{
    fixture::Workbench bench;
    QVERIFY(bench.open());
    ReleaseDocument &doc = *bench.document;
    CriteriaModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QModelIndex noGo = model.index(1, CriteriaModel::TextColumn);
    QVERIFY(model.setData(noGo, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(noGo.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.index(1, CriteriaModel::EffectColumn).data().toString().contains(QStringLiteral("Blocks")));
    QVERIFY(bench.stored().criteria.at(1).holds);
    QVERIFY(!model.setData(noGo, QStringLiteral("text"), Qt::EditRole));

    doc.undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(noGo.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!bench.stored().criteria.at(1).holds);
    doc.undoStack()->redo();
    QVERIFY(bench.stored().criteria.at(1).holds);
}

QTEST_GUILESS_MAIN(TestCriteriaModel)
#include "tst_criteriamodel.moc"
