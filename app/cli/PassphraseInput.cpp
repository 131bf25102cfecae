#include "cli/PassphraseInput.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

namespace gl::cli {

namespace {

constexpr qsizetype longestPassphrase = 4096;

// One line from fd, without its line end; bytes read one at a time so nothing after the line is
// consumed (the same descriptor may carry a second line).
Result<QByteArray> readLine(int fd)
{
    QByteArray line;
    line.reserve(longestPassphrase + 1); // never reallocated: no unwiped copy left behind
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            sodium_memzero(line.data(), size_t(line.size()));
            return makeError(ErrorCode::Io,
                QCoreApplication::translate("Cli", "Cannot read the passphrase: %1")
                    .arg(QString::fromLocal8Bit(std::strerror(error))));
        }
        if (n == 0 || c == '\n')
            break;
        if (line.size() >= longestPassphrase) {
            sodium_memzero(line.data(), size_t(line.size()));
            return makeError(ErrorCode::Invalid,
                QCoreApplication::translate("Cli", "The passphrase is longer than %1 bytes.")
                    .arg(longestPassphrase));
        }
        line.append(c);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

class Terminal final {
public:
    Terminal()
        : m_fd(::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY))
    {
    }
    ~Terminal()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isOpen() const { return m_fd >= 0; }

    Result<QByteArray> ask(const QString &prompt)
    {
        const QByteArray text = prompt.toLocal8Bit();
        (void)!::write(m_fd, text.constData(), size_t(text.size()));
        termios old {};
        const bool canHide = ::tcgetattr(m_fd, &old) == 0;
        if (canHide) {
            termios quiet = old;
            quiet.c_lflag &= tcflag_t(~ECHO);
            quiet.c_lflag |= ECHONL;
            ::tcsetattr(m_fd, TCSAFLUSH, &quiet);
        }
        Result<QByteArray> line = readLine(m_fd);
        if (canHide)
            ::tcsetattr(m_fd, TCSAFLUSH, &old);
        return line;
    }

private:
    int m_fd;
};

} // namespace

Result<int> passphraseFd(const QString &value, bool given)
{
    if (!given)
        return -1;
    bool ok = false;
    const int fd = value.toInt(&ok);
    if (!ok || fd < 0)
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "--passphrase-fd takes a file descriptor number, not '%1'")
                .arg(value));
    if (::fcntl(fd, F_GETFD) < 0)
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("Cli", "--passphrase-fd %1: no such open file descriptor").arg(fd));
    return fd;
}

Result<Passphrase> readPassphrase(int fd, const QString &prompt, bool confirm)
{
    if (fd >= 0) {
        Result<QByteArray> line = readLine(fd);
        if (!line)
            return line.error();
        return Passphrase(std::move(*line));
    }
    Terminal tty;
    if (!tty.isOpen())
        return makeError(ErrorCode::Invalid,
            QCoreApplication::translate("Cli",
                "There is no terminal to ask for the passphrase: pass it on a file descriptor with "
                "--passphrase-fd N."));
    Result<QByteArray> first = tty.ask(prompt);
    if (!first)
        return first.error();
    Passphrase passphrase(std::move(*first));
    if (confirm) {
        Result<QByteArray> again = tty.ask(QCoreApplication::translate("Cli", "Repeat the passphrase: "));
        if (!again)
            return again.error();
        const Passphrase second(std::move(*again));
        if (second.bytes() != passphrase.bytes())
            return makeError(ErrorCode::Invalid,
                QCoreApplication::translate("Cli", "The two passphrases differ; nothing was created."));
    }
    return passphrase;
}

} // namespace gl::cli
