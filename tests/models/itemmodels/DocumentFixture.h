#pragma once
// Shared by the item model tests: a real workspace file in a temporary folder holding one small
// release whose figures are easy to count by hand, opened in a ReleaseDocument.

#include "domain/Release.h"
#include "itemmodels/ReleaseDocument.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace fixture {

inline gl::Item item(const QString &title, gl::ItemStatus status = gl::ItemStatus::NotStarted)
{
    gl::Item i;
    i.title = title;
    i.status = status;
    return i;
}

// Build (4 leaves: Compile passed, Tests/Unit not started blocker, Tests/Integration in progress,
// Lint failed), Deploy (Smoke not started, Rollback not applicable), Docs (Guide waived),
// two metrics (Coverage met and a blocker; Memory "Leaking" not met), one GO and one NO-GO criterion.
inline gl::Release sampleRelease(const QString &name = QStringLiteral("Harbor 1.0"))
{
    using namespace gl;
    Release r;
    r.name = name;
    Gate build;
    build.title = QStringLiteral("Build");
    build.items.push_back(item(QStringLiteral("Compile"), ItemStatus::Passed));
    Item tests = item(QStringLiteral("Tests"));
    Item unit = item(QStringLiteral("Unit"));
    unit.blocker = true;
    unit.owners = {QStringLiteral("QA")};
    unit.commands = {QStringLiteral("ctest"), QStringLiteral("ctest -L slow")};
    tests.children.push_back(unit);
    tests.children.push_back(item(QStringLiteral("Integration"), ItemStatus::InProgress));
    build.items.push_back(tests);
    Item lint = item(QStringLiteral("Lint"), ItemStatus::Failed);
    lint.statusReason = QStringLiteral("3 errors");
    build.items.push_back(lint);
    r.gates.push_back(build);

    Gate deploy;
    deploy.title = QStringLiteral("Deploy");
    deploy.requiresPrevious = true;
    deploy.items.push_back(item(QStringLiteral("Smoke")));
    deploy.items.push_back(item(QStringLiteral("Rollback"), ItemStatus::NotApplicable));
    r.gates.push_back(deploy);

    Gate docs;
    docs.title = QStringLiteral("Docs");
    Item guide = item(QStringLiteral("Guide"), ItemStatus::Waived);
    guide.statusReason = QStringLiteral("written after launch");
    guide.waiverExpiry = QDate::currentDate().addDays(10);
    docs.items.push_back(guide);
    r.gates.push_back(docs);

    Metric coverage;
    coverage.name = QStringLiteral("Coverage");
    coverage.unit = QStringLiteral("%");
    coverage.op = Operator::GreaterOrEqual;
    coverage.required = 65;
    coverage.requiredText = QStringLiteral("\u2265 65%");
    coverage.current = 71.3;
    coverage.currentText = QStringLiteral("71.3%");
    coverage.blocker = true;
    r.metrics.push_back(coverage);
    Metric memory;
    memory.name = QStringLiteral("Memory growth");
    memory.unit = QStringLiteral("MB/hr");
    memory.op = Operator::Less;
    memory.required = 10;
    memory.requiredText = QStringLiteral("<10MB/hr");
    memory.currentText = QStringLiteral("Leaking");
    r.metrics.push_back(memory);

    Criterion go;
    go.kind = CriterionKind::Go;
    go.text = QStringLiteral("Rollback rehearsed");
    r.criteria.push_back(go);
    Criterion noGo;
    noGo.kind = CriterionKind::NoGo;
    noGo.text = QStringLiteral("Open critical finding");
    r.criteria.push_back(noGo);
    return r;
}

inline qint64 idOf(const gl::Release &release, const QString &title)
{
    qint64 id = 0;
    for (const gl::Gate &gate : release.gates)
        gl::forEachItem(gate.items, [&](const gl::Item &i) { if (i.title == title) id = i.id; });
    return id;
}

inline qint64 gateIdOf(const gl::Release &release, const QString &title)
{
    for (const gl::Gate &gate : release.gates) {
        if (gate.title == title)
            return gate.id;
    }
    return 0;
}

// A workspace in a temporary folder with the sample release loaded in a document.
struct Workbench {
    QTemporaryDir dir;
    std::unique_ptr<gl::Workspace> workspace;
    std::unique_ptr<gl::ReleaseDocument> document;
    qint64 releaseId = 0;

    bool open(const gl::Release &release = sampleRelease())
    {
        if (!dir.isValid())
            return false;
        auto opened = gl::Workspace::open(dir.filePath(QStringLiteral("work.greenlight")));
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.message()));
            return false;
        }
        workspace = std::move(opened).value();
        workspace->setActor(QStringLiteral("tester"));
        const gl::Result<qint64> created = workspace->createRelease(release);
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.message()));
            return false;
        }
        releaseId = created.value();
        document = std::make_unique<gl::ReleaseDocument>();
        document->setWorkspace(workspace.get());
        return document->load(releaseId).ok();
    }

    // What the file holds now, read back through a second load.
    gl::Release stored() const
    {
        auto loaded = workspace->loadRelease(releaseId);
        return loaded.ok() ? loaded.value() : gl::Release();
    }

    qint64 id(const QString &title) const { return idOf(document->release(), title); }
};

} // namespace fixture
