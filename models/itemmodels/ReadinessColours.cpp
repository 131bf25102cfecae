#include "itemmodels/ReadinessColours.h"

namespace gl {

namespace {
const QColor green(0xd6, 0xf0, 0xdc);
const QColor greenText(0x14, 0x5a, 0x2a);
const QColor amber(0xff, 0xef, 0xc2);
const QColor amberText(0x7a, 0x52, 0x00);
const QColor red(0xf8, 0xd7, 0xda);
const QColor redText(0x8a, 0x1c, 0x26);
const QColor grey(0xe6, 0xe7, 0xe9);
const QColor greyText(0x3c, 0x41, 0x46);
const QColor blue(0xdd, 0xeb, 0xf7);
const QColor blueText(0x0b, 0x35, 0x5c);
} // namespace

QColor ReadinessColours::gateBackground(GateState state)
{
    switch (state) {
    case GateState::Complete: return green;
    case GateState::InProgress: return amber;
    case GateState::Blocked: return red;
    case GateState::NotStarted: return grey;
    }
    return grey;
}

QColor ReadinessColours::gateText(GateState state)
{
    switch (state) {
    case GateState::Complete: return greenText;
    case GateState::InProgress: return amberText;
    case GateState::Blocked: return redText;
    case GateState::NotStarted: return greyText;
    }
    return greyText;
}

QColor ReadinessColours::decisionBackground(Decision decision)
{
    switch (decision) {
    case Decision::Go: return QColor(0x1e, 0x7e, 0x34);
    case Decision::ConditionalGo: return QColor(0xf0, 0xb4, 0x00);
    case Decision::NoGo: return QColor(0xb0, 0x1f, 0x2e);
    }
    return QColor(0xb0, 0x1f, 0x2e);
}

QColor ReadinessColours::decisionText(Decision decision)
{
    switch (decision) {
    case Decision::Go: return greenText;
    case Decision::ConditionalGo: return amberText;
    case Decision::NoGo: return redText;
    }
    return redText;
}

QColor ReadinessColours::decisionTextOnBackground(Decision decision)
{
    return decision == Decision::ConditionalGo ? QColor(0x1f, 0x1a, 0x00) : QColor(Qt::white);
}

QColor ReadinessColours::verdictBackground(bool good)
{
    return good ? green : red;
}

QColor ReadinessColours::verdictText(bool good)
{
    return good ? greenText : redText;
}

QColor ReadinessColours::statusBackground(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Passed: return green;
    case ItemStatus::Failed:
    case ItemStatus::Blocked: return red;
    case ItemStatus::Inconclusive:
    case ItemStatus::InProgress: return amber;
    case ItemStatus::Waived: return blue;
    case ItemStatus::NotApplicable: return grey;
    case ItemStatus::NotStarted: return QColor();
    }
    return QColor();
}

QColor ReadinessColours::statusText(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Passed: return greenText;
    case ItemStatus::Failed:
    case ItemStatus::Blocked: return redText;
    case ItemStatus::Inconclusive:
    case ItemStatus::InProgress: return amberText;
    case ItemStatus::Waived: return blueText;
    case ItemStatus::NotApplicable: return greyText;
    case ItemStatus::NotStarted: return QColor();
    }
    return QColor();
}

} // namespace gl
