#pragma once
// The colours readiness is shown in, picked as pairs (background with its own text colour) so a
// state stays readable on light and dark themes; the words always travel with them.

#include "domain/ItemStatus.h"
#include "domain/Readiness.h"

#include <QColor>

namespace gl {

enum class GateState { NotStarted, InProgress, Blocked, Complete };

class ReadinessColours final {
public:
    static QColor gateBackground(GateState state);
    static QColor gateText(GateState state);
    static QColor decisionBackground(Decision decision);
    static QColor decisionText(Decision decision);          // on the window background
    static QColor decisionTextOnBackground(Decision decision);
    static QColor verdictBackground(bool good);
    static QColor verdictText(bool good);
    // A status cell's pair; invalid for statuses shown in the normal colours.
    static QColor statusBackground(ItemStatus status);
    static QColor statusText(ItemStatus status);
};

} // namespace gl
