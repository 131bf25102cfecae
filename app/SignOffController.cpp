#include "SignOffController.h"

#include "ChecklistView.h"
#include "HistoryDialog.h"
#include "Prompter.h"
#include "SignOffPane.h"
#include "domain/Snapshot.h"
#include "interchange/DecisionRecordPdf.h"
#include "itemmodels/ReleaseDocument.h"
#include "signing/DecisionRecordSource.h"
#include "signing/DecisionService.h"
#include "signing/KeyRing.h"
#include "signing/SignOffs.h"
#include "store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QStatusBar>

namespace gl {

namespace {

// Argon2id takes a moment: say so with the cursor while the key is unlocked.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

qint64 itemIdOf(const AuditEntry &entry)
{
    if (entry.entity == QLatin1String("item"))
        return entry.entityId;
    for (const QString &json : { entry.after, entry.before }) {
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        if (o.contains(QStringLiteral("item_id")))
            return o.value(QStringLiteral("item_id")).toInteger();
    }
    return 0;
}

// The audit log keeps before and after as compact JSON, where a secret holding a quote or a
// backslash is escaped: mask each string value, then write the JSON back.
QJsonValue maskedJson(const QJsonValue &value, const SecretMask &mask)
{
    if (value.isString())
        return mask.apply(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(maskedJson(v, mask));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(mask.apply(it.key()), maskedJson(it.value(), mask));
        return out;
    }
    return value;
}

QString maskedAuditText(const QString &text, const SecretMask &mask)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return mask.apply(text);
    return QString::fromUtf8(QJsonDocument(maskedJson(doc.object(), mask).toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

SignOffController::SignOffController(QMainWindow *window, ReleaseDocument *document, ChecklistView *checklist)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_checklist(checklist)
    , m_pane(new SignOffPane(window))
    , m_dock(new QDockWidget(tr("Sign-offs and Decision"), window))
    , m_sign(new QAction(tr("&Sign Release\u2026"), this))
    , m_decide(new QAction(tr("Record &Decision\u2026"), this))
    , m_reopen(new QAction(tr("Re&open Release\u2026"), this))
    , m_releaseHistory(new QAction(tr("Release &History\u2026"), this))
    , m_itemHistory(new QAction(tr("&Item History\u2026"), this))
    , m_addStakeholder(new QAction(tr("Add S&takeholder\u2026"), this))
    , m_require(new QAction(tr("Re&quire Sign-off\u2026"), this))
{
    m_dock->setObjectName(QStringLiteral("signOffDock"));
    m_dock->setWidget(m_pane);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_sign->setObjectName(QStringLiteral("actionSign"));
    m_sign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_decide->setObjectName(QStringLiteral("actionDecide"));
    m_decide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_reopen->setObjectName(QStringLiteral("actionReopen"));
    m_releaseHistory->setObjectName(QStringLiteral("actionReleaseHistory"));
    m_releaseHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_itemHistory->setObjectName(QStringLiteral("actionItemHistory"));
    m_itemHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));

    m_addStakeholder->setObjectName(QStringLiteral("actionAddStakeholder"));
    m_require->setObjectName(QStringLiteral("actionRequireSignOff"));
    connect(m_addStakeholder, &QAction::triggered, this, &SignOffController::addStakeholder);
    connect(m_require, &QAction::triggered, this, &SignOffController::requireSignOff);
    connect(m_sign, &QAction::triggered, this, &SignOffController::sign);
    connect(m_decide, &QAction::triggered, this, &SignOffController::decide);
    connect(m_reopen, &QAction::triggered, this, &SignOffController::reopen);
    connect(m_releaseHistory, &QAction::triggered, this, [this] { showHistory(0); });
    connect(m_itemHistory, &QAction::triggered, this, [this] { showHistory(m_checklist->currentItem()); });
    connect(m_pane, &SignOffPane::signRequested, this, &SignOffController::sign);
    connect(m_pane, &SignOffPane::decideRequested, this, &SignOffController::decide);
    connect(m_pane, &SignOffPane::reopenRequested, this, &SignOffController::reopen);
    connect(m_pane, &SignOffPane::historyRequested, this, [this] { showHistory(0); });
    connect(
        m_pane, &SignOffPane::mitigationStatusRequested, this, [this](qint64 id, MitigationStatus status) {
            Workspace *ws = m_document->workspace();
            if (!ws)
                return;
            if (const Result<void> set = ws->setMitigationStatus(id, status); !set)
                Q_EMIT errorOccurred(set.message());
            else
                afterWrite(status == MitigationStatus::Done ? tr("Mitigation marked done.")
                                                            : tr("Mitigation status changed."));
        });

    connect(m_document, &ReleaseDocument::releaseLoaded, this, &SignOffController::refresh);
    connect(m_document, &ReleaseDocument::readinessChanged, this, &SignOffController::refresh);
    connect(m_document, &ReleaseDocument::workspaceChanged, this, &SignOffController::refresh);
    // Selecting an item changes only whether it has a history to show: no need to read the store.
    connect(m_checklist, &ChecklistView::currentItemChanged, this, [this](qint64 itemId) {
        m_itemHistory->setEnabled(m_document->isLoaded() && itemId != 0);
    });
    refresh();
}

void SignOffController::refresh()
{
    SignOffPaneState state;
    Workspace *ws = m_document->workspace();
    state.loaded = ws && m_document->isLoaded();
    state.today = m_document->today();
    if (state.loaded) {
        const Release &release = m_document->release();
        const Result<std::vector<Stakeholder>> people = ws->stakeholders();
        state.evaluation = SignOffs::evaluate(release, people ? *people : std::vector<Stakeholder>());
        // Free text is shown as the history and the PDF show it: secrets masked.
        const SecretMask mask(releaseSecretValues(release), release.run.secretMarkers);
        for (SignOffState &st : state.evaluation.signOffs) {
            QStringList changes = st.stale ? SignOffs::changesSince(st.signOff, release) : QStringList();
            for (QString &c : changes)
                c = mask.apply(c);
            state.changes.push_back(changes);
            st.signOff.comment = mask.apply(st.signOff.comment);
        }
        if (!release.decisions.empty()) {
            DecisionRecord d = release.decisions.back();
            for (QString *text : { &d.rationale, &d.decidedBy, &d.reopenReason, &d.supersededBy })
                *text = mask.apply(*text);
            for (Mitigation &m : d.mitigations) {
                for (QString *text : { &m.title, &m.owner, &m.acceptance })
                    *text = mask.apply(*text);
            }
            state.decision = d;
        }
        state.suggested = m_document->readiness().suggested;
    }
    m_pane->setState(state);
    const bool frozen = state.loaded && m_document->release().decisionInForce();
    m_sign->setEnabled(state.loaded && !frozen);
    m_decide->setEnabled(state.loaded && !frozen);
    m_addStakeholder->setEnabled(m_document->workspace() != nullptr);
    m_require->setEnabled(state.loaded && !frozen);
    m_reopen->setEnabled(frozen);
    m_releaseHistory->setEnabled(state.loaded);
    m_itemHistory->setEnabled(state.loaded && m_checklist->currentItem() != 0);
}

void SignOffController::showStatus(const QString &message)
{
    m_window->statusBar()->showMessage(message, 8000);
}

void SignOffController::afterWrite(const QString &message)
{
    if (m_document->isLoaded()) {
        if (const Result<void> reread = m_document->refreshFromStore(); !reread)
            Q_EMIT errorOccurred(reread.message());
    }
    refresh();
    showStatus(message);
}

void SignOffController::sign()
{
    Workspace *ws = m_document->workspace();
    if (!ws || !m_document->isLoaded())
        return;
    const Release &release = m_document->release();
    const Result<std::vector<Stakeholder>> people = ws->stakeholders();
    if (!people) {
        Q_EMIT errorOccurred(people.message());
        return;
    }
    if (people->empty()) {
        Q_EMIT errorOccurred(
            tr("Nobody can sign yet: add the people who sign first (Decision \u2192 Add Stakeholder)."));
        return;
    }
    SignOffQuestion question;
    question.releaseName = release.name;
    question.snapshotSha256 = snapshotSha256(release);
    for (const Stakeholder &s : *people)
        question.people.push_back({ s.name, s.roles, s.activeKey() != nullptr });
    const SignOffEvaluation evaluation = SignOffs::evaluate(release, *people);
    for (const RequirementState &r : evaluation.required) {
        if (!r.satisfied)
            question.requiredRoles << r.requirement.role;
    }
    std::optional<SignOffAnswer> answer = Prompter::current().signOff(m_window, question);
    if (!answer)
        return;
    Passphrase passphrase(std::move(answer->passphrase));
    answer->passphrase.fill('\0');
    Result<SignOff> signedOff = [&] {
        BusyCursor busy;
        return SignOffs::sign(*ws, KeyRing(), release.id, answer->name, answer->role, answer->meaning,
            answer->comment, passphrase);
    }();
    if (!signedOff) {
        Q_EMIT errorOccurred(signedOff.message());
        return;
    }
    afterWrite(
        tr("%1 (%2) signed: %3.").arg(signedOff->name, signedOff->role, meaningLabel(signedOff->meaning)));
}

void SignOffController::addStakeholder()
{
    Workspace *ws = m_document->workspace();
    if (!ws)
        return;
    const Result<std::vector<Stakeholder>> people = ws->stakeholders();
    if (!people) {
        Q_EMIT errorOccurred(people.message());
        return;
    }
    QStringList roles;
    for (const Stakeholder &s : *people)
        roles << s.roles;
    if (m_document->isLoaded()) {
        for (const SignOffRequirement &r : m_document->release().requiredSignOffs)
            roles << r.role;
    }
    roles.removeDuplicates();
    std::optional<StakeholderAnswer> answer = Prompter::current().stakeholder(m_window, roles);
    if (!answer)
        return;
    Passphrase passphrase(std::move(answer->passphrase));
    answer->passphrase.fill('\0');
    // A name already taken is refused before a key is made for it.
    if (const Result<Stakeholder> existing = ws->stakeholder(answer->name); existing) {
        Q_EMIT errorOccurred(tr("%1 is a stakeholder already.").arg(existing->name));
        return;
    }
    // The key first (sealing it takes Argon2id a moment: a busy cursor, as for signing), so a
    // failure leaves no stakeholder without a key behind.
    const Result<PublicKey> key = [&] {
        BusyCursor busy;
        return KeyRing().create(answer->name, passphrase);
    }();
    if (!key) {
        Q_EMIT errorOccurred(key.message());
        return;
    }
    const Result<Stakeholder> added = ws->addStakeholder(answer->name, answer->role, answer->email);
    if (!added) {
        Q_EMIT errorOccurred(added.message());
        return;
    }
    if (const Result<StakeholderKey> stored = ws->addStakeholderKey(added->id, key->bytes); !stored) {
        Q_EMIT errorOccurred(stored.message());
        return;
    }
    afterWrite(tr("%1 (%2) can sign now; key fingerprint %3.").arg(added->name, answer->role, key->fingerprint()));
}

void SignOffController::requireSignOff()
{
    Workspace *ws = m_document->workspace();
    if (!ws || !m_document->isLoaded())
        return;
    QStringList roles;
    if (const Result<std::vector<Stakeholder>> people = ws->stakeholders(); people) {
        for (const Stakeholder &s : *people)
            roles << s.roles;
    }
    roles.removeDuplicates();
    const std::optional<RequirementAnswer> answer
        = Prompter::current().requirement(m_window, m_document->release().name, roles);
    if (!answer)
        return;
    if (const Result<void> set = ws->setSignOffRequirement(m_document->releaseId(), answer->role, answer->count); !set) {
        Q_EMIT errorOccurred(set.message());
        return;
    }
    afterWrite(answer->count == 0 ? tr("%1 no longer has to sign.").arg(answer->role)
                                  : tr("%n %1 sign-off(s) required.", nullptr, answer->count).arg(answer->role));
}

void SignOffController::decide()
{
    Workspace *ws = m_document->workspace();
    if (!ws || !m_document->isLoaded())
        return;
    const Release &release = m_document->release();
    const Result<std::vector<Stakeholder>> people = ws->stakeholders();
    const SignOffEvaluation evaluation
        = SignOffs::evaluate(release, people ? *people : std::vector<Stakeholder>());
    DecisionQuestion question;
    question.releaseName = release.name;
    question.suggested = m_document->readiness().suggested;
    question.rule = m_document->readiness().rule;
    question.reasons = m_document->readiness().reasons;
    question.today = m_document->today();
    question.signOffsSatisfied = evaluation.allSatisfied;
    for (const RequirementState &r : evaluation.required) {
        if (!r.satisfied)
            question.missingSignOffs << tr("%1: %2 of %3 signed")
                                            .arg(r.requirement.role)
                                            .arg(r.signedCount)
                                            .arg(r.requirement.count);
    }
    for (const SignOffState &st : evaluation.signOffs) {
        if (!st.valid) {
            question.signOffsSatisfied = false;
            question.missingSignOffs << tr("%1's sign-off is invalid").arg(st.signOff.name);
        } else if (st.stale && !st.superseded) {
            question.missingSignOffs << tr("%1's sign-off is stale").arg(st.signOff.name);
        }
    }
    const std::optional<DecisionRequest> answer = Prompter::current().decision(m_window, question);
    if (!answer)
        return;
    const Result<DecisionRecord> recorded = DecisionService::decide(*ws, release.id, *answer);
    if (!recorded) {
        Q_EMIT errorOccurred(recorded.message());
        return;
    }
    afterWrite(tr("%1 recorded; authorization code %2. The release is frozen until it is reopened.")
                   .arg(decisionLabel(recorded->outcome), recorded->authorizationCode));
}

void SignOffController::reopen()
{
    Workspace *ws = m_document->workspace();
    if (!ws || !m_document->isLoaded() || !m_document->release().decisionInForce())
        return;
    const std::optional<QString> reason
        = Prompter::current().text(m_window, tr("Reopen \u201c%1\u201d").arg(m_document->release().name),
            tr("Why is the release reopened? The decision in force is marked superseded and stays in the "
               "history."));
    if (!reason || reason->trimmed().isEmpty())
        return;
    if (const Result<void> reopened = ws->reopenRelease(m_document->releaseId(), reason->trimmed());
        !reopened) {
        Q_EMIT errorOccurred(reopened.message());
        return;
    }
    afterWrite(tr("The release is open for changes again; the decision is superseded."));
}

void SignOffController::showHistory(qint64 itemId)
{
    Workspace *ws = m_document->workspace();
    if (!ws || !m_document->isLoaded())
        return;
    const Result<std::vector<AuditEntry>> entries = ws->audit(m_document->releaseId());
    if (!entries) {
        Q_EMIT errorOccurred(entries.message());
        return;
    }
    const Release &release = m_document->release();
    const SecretMask mask(releaseSecretValues(release), release.run.secretMarkers);
    QList<HistoryRow> rows;
    for (const AuditEntry &e : *entries) {
        if (itemId != 0 && itemIdOf(e) != itemId)
            continue;
        rows.push_back(
            { e.at, mask.apply(e.actor), tr("%1 %2: %3").arg(e.entity).arg(e.entityId).arg(e.action),
                maskedAuditText(e.before, mask), maskedAuditText(e.after, mask) });
    }
    const Item *item = itemId ? m_document->item(itemId) : nullptr;
    const QString title = item ? tr("History of \u201c%1\u201d").arg(item->title)
                               : tr("History of \u201c%1\u201d").arg(release.name);
    delete m_history;
    m_history = new HistoryDialog(title, rows, m_window);
    m_history->setAttribute(Qt::WA_DeleteOnClose, false);
    m_history->show();
}

} // namespace gl
