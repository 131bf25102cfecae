#include "DecisionBanner.h"

#include "itemmodels/ReadinessColours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace gl {

namespace {
constexpr int shownReasons = 2;
}

DecisionBanner::DecisionBanner(QWidget *parent)
    : QFrame(parent)
    , m_decision(new QLabel(this))
    , m_readiness(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_score(new QLabel(this))
    , m_recorded(new QLabel(this))
    , m_rule(new QLabel(this))
    , m_reasons(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_decision->setObjectName(QStringLiteral("decisionLabel"));
    m_readiness->setObjectName(QStringLiteral("readinessLabel"));
    m_bar->setObjectName(QStringLiteral("readinessBar"));
    m_score->setObjectName(QStringLiteral("weightedScoreLabel"));
    m_recorded->setObjectName(QStringLiteral("recordedDecisionLabel"));
    m_recorded->setTextFormat(Qt::PlainText);
    m_recorded->setWordWrap(true);
    m_rule->setObjectName(QStringLiteral("ruleLabel"));
    m_reasons->setObjectName(QStringLiteral("reasonsLabel"));

    QFont big = m_decision->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_decision->setFont(big);
    m_decision->setAlignment(Qt::AlignCenter);
    m_decision->setAutoFillBackground(true);
    m_decision->setMargin(10);
    m_decision->setMinimumWidth(m_decision->fontMetrics().horizontalAdvance(decisionLabel(Decision::ConditionalGo)) + 28);
    m_decision->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    QFont bold = m_readiness->font();
    bold.setBold(true);
    m_readiness->setFont(bold);
    m_rule->setFont(bold);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(m_readiness->fontMetrics().height() / 2 + 2);
    m_bar->setAccessibleName(tr("Overall readiness"));
    for (QLabel *label : {m_rule, m_reasons}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *figures = new QVBoxLayout;
    figures->setSpacing(4);
    figures->addWidget(m_readiness);
    figures->addWidget(m_bar);
    figures->addWidget(m_score);
    figures->addWidget(m_recorded);
    figures->addStretch(1);
    auto *figuresBox = new QWidget(this);
    figuresBox->setLayout(figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figuresBox->setFixedWidth(m_readiness->fontMetrics().horizontalAdvance(tr("Weighted score 100.0%")) + 16);

    auto *why = new QVBoxLayout;
    why->setSpacing(2);
    why->setContentsMargins(0, 0, 0, 0);
    why->addWidget(m_rule);
    why->addWidget(m_reasons);
    why->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(12);
    layout->addWidget(m_decision, 0, Qt::AlignTop);
    layout->addWidget(figuresBox);
    layout->addLayout(why, 1);
    setReadiness(Readiness(), false);
}

void DecisionBanner::setReadiness(const Readiness &readiness, bool loaded)
{
    if (!loaded) {
        m_decision->setText(tr("No release"));
        m_decision->setPalette(palette());
        m_readiness->setText(tr("Readiness \u2014"));
        m_bar->setValue(0);
        m_score->clear();
        m_rule->setText(tr("Open or import a release to see its readiness."));
        m_reasons->clear();
        m_decision->setAccessibleName(tr("No release open"));
        return;
    }
    const QLocale locale;
    m_decision->setText(decisionLabel(readiness.suggested));
    QPalette p = m_decision->palette();
    p.setColor(QPalette::Window, ReadinessColours::decisionBackground(readiness.suggested));
    p.setColor(QPalette::WindowText, ReadinessColours::decisionTextOnBackground(readiness.suggested));
    m_decision->setPalette(p);
    m_decision->setAccessibleName(tr("Suggested decision: %1").arg(decisionLabel(readiness.suggested)));
    m_decision->setToolTip(tr("Suggested by the readiness rules; the release manager decides."));

    m_readiness->setText(tr("Readiness %1%").arg(locale.toString(readiness.readinessPercent, 'f', 0)));
    m_readiness->setToolTip(tr("%1 of %2 items done").arg(readiness.leafDone).arg(readiness.leafTotal));
    m_bar->setValue(int(readiness.readinessPercent + 0.5));
    if (readiness.weightedScore)
        m_score->setText(tr("Weighted score %1%").arg(locale.toString(*readiness.weightedScore, 'f', 1)));
    else
        m_score->clear();

    m_rule->setText(readiness.rule);
    QStringList reasons = readiness.reasons;
    m_reasons->setToolTip(reasons.join(QLatin1Char('\n')));
    if (reasons.size() > shownReasons) {
        const qsizetype more = reasons.size() - shownReasons;
        reasons = reasons.mid(0, shownReasons);
        reasons << tr("\u2026 and %n more (hover for all)", nullptr, int(more));
    }
    m_reasons->setText(reasons.isEmpty() ? QString() : QStringLiteral("\u2022 ") + reasons.join(QStringLiteral("\n\u2022 ")));
}

void DecisionBanner::setRecorded(const DecisionRecord *decision)
{
    if (!decision) {
        m_recorded->clear();
        m_recorded->setToolTip(QString());
        return;
    }
    m_recorded->setText(tr("Recorded: %1, frozen").arg(decisionLabel(decision->outcome)));
    m_recorded->setToolTip(tr("Recorded by %1; authorization code %2. Nothing can change until the release is reopened.")
                               .arg(decision->decidedBy, decision->authorizationCode));
}

QString DecisionBanner::recordedText() const
{
    return m_recorded->text();
}

QString DecisionBanner::decisionText() const
{
    return m_decision->text();
}

} // namespace gl
