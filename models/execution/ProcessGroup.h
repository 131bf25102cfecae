#pragma once
// One command's process group. Each child calls setsid(), so its pid names a new session and group
// that every grandchild it forks joins: signalling the group reaches the whole tree, and /proc says
// when none of it is left.

#include <QList>

namespace gl {

class ProcessGroup final {
public:
    explicit ProcessGroup(qint64 id = 0) : m_id(id) {}

    qint64 id() const { return m_id; }
    // 0 and 1 would make kill() signal our own group or every process we may signal: never valid.
    bool isValid() const { return m_id > 1; }

    // kill(-id, signal). False when the group is invalid or has no member left.
    bool signal(int signalNumber) const;

    // Members still running. Zombies do not count: they are dead and hold nothing, and where pid 1
    // does not reap orphans (some containers) they would otherwise look alive forever.
    QList<qint64> liveMembers() const;
    bool isEmpty() const { return liveMembers().isEmpty(); }

private:
    qint64 m_id = 0;
};

} // namespace gl
