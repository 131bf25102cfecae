#pragma once
// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into a Qt signal (and ignores SIGPIPE) for as long as it lives, so `greenlight run` can cancel
// cleanly (end every child tree, record the runs as cancelled) instead of dying mid-write. The
// handler only writes a byte to a socket pair; everything else happens in the event loop.

#include <QObject>

class QSocketNotifier;

namespace gl::cli {

class TerminationSignals final : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    // Restores the previous handlers.
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gl::cli
