#pragma once
// A file opened to be attached as evidence. Its name is judged first (lstat), so a link, a folder,
// a device, a FIFO or a socket is refused without being opened (opening one can act on it). A
// regular file is then opened once, without following a symbolic link and without blocking, and
// judged again by fstat on that descriptor, which must be the file the name showed: what was
// checked is what is read. Everything but a readable regular file is refused with a message naming
// the path. Internal to models/store (and the attach benchmark).

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gl {

class EvidenceFile final {
    Q_DECLARE_TR_FUNCTIONS(EvidenceFile)
public:
    static Result<EvidenceFile> open(const QString &path);

    EvidenceFile(EvidenceFile &&other) noexcept;
    EvidenceFile &operator=(EvidenceFile &&other) noexcept;
    EvidenceFile(const EvidenceFile &) = delete;
    EvidenceFile &operator=(const EvidenceFile &) = delete;
    ~EvidenceFile();

    QString path() const { return m_path; }    // as given
    QString name() const { return m_name; }    // the last component: what the evidence is called
    qint64 size() const { return m_size; }     // as fstat said when it was opened

    // Fills `into` with up to `max` bytes from the current position, retrying short reads and
    // EINTR; fewer than max only at the end of the file. The error names the path.
    Result<qint64> read(char *into, qint64 max);

private:
    EvidenceFile(int fd, const QString &path, qint64 size);

    int m_fd = -1;
    QString m_path;
    QString m_name;
    qint64 m_size = 0;
};

} // namespace gl
