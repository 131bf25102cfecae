#include "cli/TerminationSignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <iterator>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace gl::cli {

namespace {

int g_fds[2] = { -1, -1 };
// Children run in their own sessions, so a closed terminal (SIGHUP) or Ctrl-\ (SIGQUIT) would kill
// only us and leave them running unrecorded: all four end the run the same clean way.
constexpr int handled[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
struct sigaction g_previous[std::size(handled)];
struct sigaction g_previousPipe;

void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    // Async-signal-safe; a full socket only means a cancel is already pending.
    [[maybe_unused]] const ssize_t written = ::write(g_fds[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(g_fds[1], &byte, 1) == 1)
            Q_EMIT received(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < std::size(handled); ++i)
        ::sigaction(handled[i], &action, &g_previous[i]);
    // `greenlight run ... | head -1`: a closed stdout must not kill us before the runs are ended
    // and recorded; writes then fail quietly instead.
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGPIPE, &ignore, &g_previousPipe);
}

TerminationSignals::~TerminationSignals()
{
    if (g_fds[0] < 0)
        return;
    for (size_t i = 0; i < std::size(handled); ++i)
        ::sigaction(handled[i], &g_previous[i], nullptr);
    ::sigaction(SIGPIPE, &g_previousPipe, nullptr);
    delete m_notifier;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

} // namespace gl::cli
