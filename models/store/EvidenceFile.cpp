#include "store/EvidenceFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <utility>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gl {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString systemMessage(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Why a regular file is wanted, named by what the path turned out to be.
QString notRegular(const QString &path, mode_t mode)
{
    if (S_ISDIR(mode))
        return EvidenceFile::tr("%1 is a folder, not a file: attach the files in it instead.").arg(shown(path));
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return EvidenceFile::tr("%1 is a device, not a file.").arg(shown(path));
    if (S_ISFIFO(mode))
        return EvidenceFile::tr("%1 is a named pipe (FIFO), not a file.").arg(shown(path));
    if (S_ISSOCK(mode))
        return EvidenceFile::tr("%1 is a socket, not a file.").arg(shown(path));
    return EvidenceFile::tr("%1 is not a regular file.").arg(shown(path));
}

// Why the path cannot be looked at or opened, from errno.
Error openError(const QString &path, int error)
{
    if (error == ENOENT || error == ENOTDIR)
        return makeError(ErrorCode::NotFound, EvidenceFile::tr("%1 does not exist.").arg(shown(path)));
    if (error == EACCES || error == EPERM)
        return makeError(ErrorCode::Io, EvidenceFile::tr("%1 cannot be read: permission denied.").arg(shown(path)));
    return makeError(ErrorCode::Io, EvidenceFile::tr("%1 cannot be opened: %2.").arg(shown(path), systemMessage(error)));
}

Error symbolicLink(const QString &path)
{
    return makeError(ErrorCode::Invalid,
        EvidenceFile::tr("%1 is a symbolic link: attach the file it points to instead.").arg(shown(path)));
}

} // namespace

EvidenceFile::EvidenceFile(int fd, const QString &path, qint64 size)
    : m_fd(fd)
    , m_path(path)
    , m_name(QFileInfo(path).fileName())
    , m_size(size)
{
}

EvidenceFile::EvidenceFile(EvidenceFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_path(std::move(other.m_path))
    , m_name(std::move(other.m_name))
    , m_size(other.m_size)
{
}

EvidenceFile &EvidenceFile::operator=(EvidenceFile &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
        m_name = std::move(other.m_name);
        m_size = other.m_size;
    }
    return *this;
}

EvidenceFile::~EvidenceFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<EvidenceFile> EvidenceFile::open(const QString &path)
{
    if (path.isEmpty())
        return makeError(ErrorCode::Invalid, tr("No file was given to attach."));
    const QByteArray encoded = QFile::encodeName(path);
    // Judged by name first, without opening: opening a device can act on it (a serial port resets
    // the board behind it, a watchdog arms, a tape rewinds), and opening a FIFO releases a writer
    // waiting for its reader. Only a regular file is opened.
    struct stat named {};
    if (::lstat(encoded.constData(), &named) != 0)
        return openError(path, errno);
    if (S_ISLNK(named.st_mode))
        return symbolicLink(path);
    if (!S_ISREG(named.st_mode))
        return makeError(ErrorCode::Invalid, notRegular(path, named.st_mode));
    // O_NOFOLLOW and O_NONBLOCK guard against the name being swapped for a link or a FIFO since
    // (it then fails, or opens without waiting); fstat on the descriptor decides what is read.
    const int fd = ::open(encoded.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        struct stat link {};
        if (error == ELOOP && ::lstat(encoded.constData(), &link) == 0 && S_ISLNK(link.st_mode))
            return symbolicLink(path);
        return openError(path, error);
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return makeError(ErrorCode::Io, tr("%1 cannot be examined: %2.").arg(shown(path), systemMessage(error)));
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return makeError(ErrorCode::Invalid, notRegular(path, info.st_mode));
    }
    if (info.st_dev != named.st_dev || info.st_ino != named.st_ino) {
        ::close(fd);
        return makeError(ErrorCode::Io,
            tr("%1 was replaced by another file while it was being opened: attach it again.").arg(shown(path)));
    }
    // Reading a regular file never blocks in the O_NONBLOCK sense; the flag only mattered for open().
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return EvidenceFile(fd, path, qint64(info.st_size));
}

Result<qint64> EvidenceFile::read(char *into, qint64 max)
{
    qint64 done = 0;
    while (done < max) {
        const ssize_t n = ::read(m_fd, into + done, size_t(max - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return makeError(ErrorCode::Io, tr("%1 could not be read: %2.").arg(shown(m_path), systemMessage(errno)));
        }
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

} // namespace gl
