#include "ProcessGroup.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace gl {

namespace {

// Process group of /proc/<pid>/stat, or -1 when the process is gone or a zombie. The command name
// is in parentheses and may itself contain spaces and ')', so parsing starts after the last ')'.
long long liveGroupOf(const char *pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%s/stat", pid);
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char buf[512];
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    const char *close = std::strrchr(buf, ')');
    if (!close)
        return -1;
    char state = 0;
    long long parent = 0;
    long long group = 0;
    if (std::sscanf(close + 1, " %c %lld %lld", &state, &parent, &group) != 3)
        return -1;
    return state == 'Z' || state == 'X' ? -1 : group;
}

} // namespace

bool ProcessGroup::signal(int signalNumber) const
{
    return isValid() && ::kill(pid_t(-m_id), signalNumber) == 0;
}

QList<qint64> ProcessGroup::liveMembers() const
{
    QList<qint64> members;
    if (!isValid())
        return members;
    // Fast path for the usual case, a group that ended with its leader: no /proc walk at all.
    if (::kill(pid_t(-m_id), 0) != 0 && errno == ESRCH)
        return members;
    DIR *proc = ::opendir("/proc");
    if (!proc) {
        // Without /proc, zombies cannot be told apart: count the group as alive while it exists,
        // which callers bound with their grace and kill deadlines.
        members.append(m_id);
        return members;
    }
    while (const dirent *entry = ::readdir(proc)) {
        if (entry->d_name[0] < '1' || entry->d_name[0] > '9')
            continue;
        if (liveGroupOf(entry->d_name) == m_id)
            members.append(std::atoll(entry->d_name));
    }
    ::closedir(proc);
    return members;
}

} // namespace gl
