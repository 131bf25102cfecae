#include "SignOffPane.h"

#include "itemmodels/ReadinessColours.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gl {

namespace {

QTreeWidget *makeList(
    const QString &name, const QString &accessible, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(false);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SignOffPane::SignOffPane(QWidget *parent)
    : QWidget(parent)
    , m_decision(new QLabel(this))
    , m_required(makeList(QStringLiteral("signOffRequired"), tr("Required sign-offs"),
          { tr("Role"), tr("Needed"), tr("Signed by"), tr("State") }, this))
    , m_signOffs(makeList(QStringLiteral("signOffList"), tr("Sign-offs"),
          { tr("Name"), tr("Role"), tr("Meaning"), tr("Signed"), tr("State") }, this))
    , m_mitigations(makeList(QStringLiteral("signOffMitigations"), tr("Mitigations"),
          { tr("Mitigation"), tr("Owner"), tr("Deadline"), tr("Status") }, this))
    , m_sign(new QPushButton(tr("&Sign\u2026"), this))
    , m_decide(new QPushButton(tr("Record &Decision\u2026"), this))
    , m_reopen(new QPushButton(tr("Re&open\u2026"), this))
    , m_history(new QPushButton(tr("&History\u2026"), this))
    , m_mitigationDone(new QPushButton(tr("Mark Mitigation Do&ne"), this))
{
    m_decision->setObjectName(QStringLiteral("signOffDecision"));
    m_decision->setTextFormat(Qt::PlainText);
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signOffs->setRootIsDecorated(true);
    m_sign->setObjectName(QStringLiteral("signOffSignButton"));
    m_decide->setObjectName(QStringLiteral("signOffDecideButton"));
    m_reopen->setObjectName(QStringLiteral("signOffReopenButton"));
    m_history->setObjectName(QStringLiteral("signOffHistoryButton"));
    m_mitigationDone->setObjectName(QStringLiteral("signOffMitigationDone"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_sign, 0, 0);
    buttons->addWidget(m_decide, 0, 1);
    buttons->addWidget(m_reopen, 1, 0);
    buttons->addWidget(m_history, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_decision);
    layout->addLayout(buttons);
    layout->addWidget(heading(tr("Required sign-offs"), this));
    layout->addWidget(m_required, 1);
    layout->addWidget(heading(tr("Sign-offs given"), this));
    layout->addWidget(m_signOffs, 2);
    layout->addWidget(heading(tr("Mitigations"), this));
    layout->addWidget(m_mitigations, 1);
    layout->addWidget(m_mitigationDone);

    connect(m_sign, &QPushButton::clicked, this, &SignOffPane::signRequested);
    connect(m_decide, &QPushButton::clicked, this, &SignOffPane::decideRequested);
    connect(m_reopen, &QPushButton::clicked, this, &SignOffPane::reopenRequested);
    connect(m_history, &QPushButton::clicked, this, &SignOffPane::historyRequested);
    connect(m_mitigations, &QTreeWidget::currentItemChanged, this, &SignOffPane::updateButtons);
    connect(m_mitigationDone, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_mitigations->currentItem())
            Q_EMIT mitigationStatusRequested(
                item->data(0, Qt::UserRole).toLongLong(), MitigationStatus::Done);
    });
    setState({});
}

void SignOffPane::setState(const SignOffPaneState &state)
{
    m_state = state;
    const QColor good = ReadinessColours::verdictText(true);
    const QColor bad = ReadinessColours::verdictText(false);

    if (!state.loaded) {
        m_decision->setText(tr("No release is open."));
    } else if (!state.decision) {
        m_decision->setText(
            tr("No decision recorded yet. The matrix suggests %1.").arg(gl::decisionLabel(state.suggested)));
    } else {
        const DecisionRecord &d = *state.decision;
        QString text
            = tr("%1 recorded by %2 on %3. Authorization code %4.")
                  .arg(gl::decisionLabel(d.outcome), d.decidedBy, utcText(d.decidedAt), d.authorizationCode);
        if (d.isSuperseded())
            text += QLatin1Char(' ')
                + tr("Superseded on %1 by %2: %3")
                      .arg(utcText(d.supersededAt), d.supersededBy, d.reopenReason);
        else
            text += QLatin1Char(' ') + tr("The release is frozen until it is reopened.");
        m_decision->setText(text);
    }

    m_required->clear();
    for (const RequirementState &r : state.evaluation.required) {
        auto *item = new QTreeWidgetItem(m_required);
        item->setText(0, r.requirement.role);
        item->setText(1, QString::number(r.requirement.count));
        item->setText(2, r.signers.isEmpty() ? tr("nobody yet") : r.signers.join(QStringLiteral(", ")));
        item->setText(3,
            r.satisfied ? tr("\u2713 Met")
                        : tr("\u2717 Missing %n", nullptr, r.requirement.count - r.signedCount));
        item->setForeground(3, r.satisfied ? good : bad);
    }
    if (state.loaded && state.evaluation.required.empty()) {
        auto *item = new QTreeWidgetItem(m_required);
        item->setText(0, tr("No sign-offs are required for this release."));
        item->setFirstColumnSpanned(true);
    }

    m_signOffs->clear();
    for (size_t i = 0; i < state.evaluation.signOffs.size(); ++i) {
        const SignOffState &st = state.evaluation.signOffs[i];
        auto *item = new QTreeWidgetItem(m_signOffs);
        item->setText(0, st.signOff.name);
        item->setText(1, st.signOff.role);
        item->setText(2, meaningLabel(st.signOff.meaning));
        item->setText(3, utcText(st.signOff.signedAt));
        QString stateText;
        if (!st.valid)
            stateText = tr("\u2717 Invalid: %1").arg(st.problem);
        else if (st.stale)
            stateText = tr("\u26a0 Stale: changed since");
        else if (st.superseded)
            stateText = tr("Replaced by a later sign-off");
        else if (!st.counts)
            stateText = tr("Valid, not counted: %1").arg(st.problem);
        else
            stateText = tr("\u2713 Valid");
        item->setText(4, stateText);
        item->setForeground(4, st.counts ? good : bad);
        item->setToolTip(0, tr("Key %1\nComment: %2").arg(st.signOff.fingerprint, st.signOff.comment));
        if (i < state.changes.size()) {
            for (const QString &change : state.changes[i]) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, change);
                child->setFirstColumnSpanned(true);
            }
        }
    }
    m_signOffs->expandAll();

    m_mitigations->clear();
    if (state.decision) {
        for (const Mitigation &m : state.decision->mitigations) {
            auto *item = new QTreeWidgetItem(m_mitigations);
            item->setData(0, Qt::UserRole, m.id);
            item->setText(0, m.title);
            item->setToolTip(0, tr("Acceptance: %1").arg(m.acceptance));
            item->setText(1, m.owner);
            item->setText(2, m.deadline.toString(Qt::ISODate));
            QString status = mitigationStatusLabel(m.status);
            if (m.status == MitigationStatus::Done)
                status = QStringLiteral("\u2713 ") + status;
            const bool overdue = !state.decision->isSuperseded() && m.isOverdue(state.today);
            if (overdue)
                status = tr("\u26a0 Overdue (due %1)").arg(m.deadline.toString(Qt::ISODate));
            item->setText(3, status);
            if (overdue || m.status == MitigationStatus::Done)
                item->setForeground(3, overdue ? bad : good);
        }
    }
    updateButtons();
}

void SignOffPane::updateButtons()
{
    const bool inForce = m_state.decision && !m_state.decision->isSuperseded();
    m_sign->setEnabled(m_state.loaded && !inForce);
    m_decide->setEnabled(m_state.loaded && !inForce);
    m_reopen->setEnabled(inForce);
    m_history->setEnabled(m_state.loaded);
    const QTreeWidgetItem *current = m_mitigations->currentItem();
    bool open = false;
    if (current && m_state.decision) {
        for (const Mitigation &m : m_state.decision->mitigations) {
            if (m.id == current->data(0, Qt::UserRole).toLongLong())
                open = m.status == MitigationStatus::Open;
        }
    }
    m_mitigationDone->setEnabled(open);
}

} // namespace gl
