#include "evidence/BundleWriter.h"

#include "interchange/ReleaseJson.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSysInfo>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace gl {

namespace {

constexpr qsizetype maxComponentLength = 100;

struct ArchiveDeleter {
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

QString numbered(int position, const QString &title)
{
    return QStringLiteral("%1 %2").arg(position, 2, 10, QLatin1Char('0')).arg(title);
}

QString utcText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

// One folder's names, kept unique without regard to case (a bundle unpacked on macOS or Windows).
class FolderNames {
public:
    QString unique(const QString &folder, const QString &wanted)
    {
        QSet<QString> &taken = m_taken[folder];
        QString name = wanted;
        const qsizetype dot = wanted.lastIndexOf(u'.');
        const QString stem = dot > 0 ? wanted.left(dot) : wanted;
        const QString suffix = dot > 0 ? wanted.mid(dot) : QString();
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix);
        taken.insert(name.toCaseFolded());
        return name;
    }

private:
    QHash<QString, QSet<QString>> m_taken;
};

class Zip {
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    Zip(const QString &path)
        : m_path(path)
        , m_file(path)
        , m_archive(archive_write_new())
    {
    }

    Result<void> open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(shown(), m_file.errorString()));
        // Names are UTF-8 (the zip's language encoding flag), deflated.
        if (archive_write_set_format_zip(m_archive.get()) != ARCHIVE_OK
            || archive_write_set_options(m_archive.get(), "zip:hdrcharset=UTF-8") != ARCHIVE_OK
            || archive_write_open_fd(m_archive.get(), m_file.handle()) != ARCHIVE_OK)
            return failure();
        return {};
    }

    // One entry; the content follows through data() and ends with endEntry().
    Result<void> begin(const QString &path, qint64 size, const QDateTime &mtime)
    {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        const QByteArray name = path.toUtf8();
        archive_entry_set_pathname_utf8(entry.get(), name.constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), size);
        archive_entry_set_mtime(entry.get(), (mtime.isValid() ? mtime : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch(), 0);
        if (archive_write_header(m_archive.get(), entry.get()) != ARCHIVE_OK)
            return failure();
        return {};
    }

    Result<void> data(QByteArrayView bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const la_ssize_t n = archive_write_data(m_archive.get(), bytes.data() + done, size_t(bytes.size() - done));
            if (n <= 0)
                return failure();
            done += qsizetype(n);
        }
        return {};
    }

    Result<void> end()
    {
        if (archive_write_finish_entry(m_archive.get()) != ARCHIVE_OK)
            return failure();
        return {};
    }

    Result<void> whole(const QString &path, const QByteArray &bytes, const QDateTime &mtime)
    {
        if (Result<void> r = begin(path, bytes.size(), mtime); !r)
            return r;
        if (Result<void> r = data(bytes); !r)
            return r;
        return end();
    }

    Result<void> commit()
    {
        if (archive_write_close(m_archive.get()) != ARCHIVE_OK)
            return failure();
        if (!m_file.commit())
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(shown(), m_file.errorString()));
        return {};
    }

private:
    QString shown() const { return QDir::toNativeSeparators(m_path); }
    Error failure() const
    {
        const char *why = archive_error_string(m_archive.get());
        return makeError(ErrorCode::Io,
            tr("Cannot write the bundle %1: %2").arg(shown(), why ? QString::fromLocal8Bit(why) : tr("unknown error")));
    }

    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<archive, ArchiveDeleter> m_archive;
};

struct Placed {
    const Evidence *evidence;
    QString itemTitle;
    QString gateTitle;
    QString folder;
};

void place(const std::vector<Item> &items, const QString &folder, const QString &gateTitle, std::vector<Placed> &out,
           QJsonArray &links)
{
    for (size_t i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        const QString here = folder + u'/' + BundleWriter::safeComponent(numbered(int(i) + 1, item.title));
        for (const Evidence &e : item.evidenceList) {
            if (e.hasContent()) {
                out.push_back(Placed { &e, item.title, gateTitle, here });
                continue;
            }
            QJsonObject o { { QStringLiteral("item_id"), item.id }, { QStringLiteral("item"), item.title },
                { QStringLiteral("gate"), gateTitle }, { QStringLiteral("evidence_id"), e.id },
                { QStringLiteral("kind"), evidenceKindKey(e.kind) }, { QStringLiteral("name"), e.name },
                { QStringLiteral("added_at"), utcText(e.addedAt) }, { QStringLiteral("added_by"), e.addedBy } };
            if (e.kind == EvidenceKind::Url)
                o.insert(QStringLiteral("url"), e.url);
            if (!e.note.isEmpty())
                o.insert(QStringLiteral("note"), e.note);
            links.append(o);
        }
        place(item.children, here, gateTitle, out, links);
    }
}

} // namespace

QString BundleWriter::safeComponent(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool bad = u < 0x20 || u == 0x7f || u == u'/' || u == u'\\' || u == u':' || u == u'*' || u == u'?'
            || u == u'"' || u == u'<' || u == u'>' || u == u'|' || c.category() == QChar::Other_Format;
        out.append(bad ? QChar(u'_') : c);
    }
    // No leading or trailing dots or spaces: "..", ".hidden", "name." are all made plain.
    while (!out.isEmpty() && (out.front() == u'.' || out.front().isSpace()))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'.' || out.back().isSpace()))
        out.chop(1);
    if (out.size() > maxComponentLength) {
        const qsizetype dot = out.lastIndexOf(u'.');
        const QString suffix = dot > 0 && out.size() - dot <= 12 ? out.mid(dot) : QString();
        out = out.left(maxComponentLength - suffix.size()).trimmed() + suffix;
    }
    static const QSet<QString> reserved { QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
        QStringLiteral("nul"), QStringLiteral("com1"), QStringLiteral("lpt1") };
    if (reserved.contains(out.section(u'.', 0, 0).toLower()))
        out.prepend(u'_');
    return out.isEmpty() ? QStringLiteral("_") : out;
}

Result<BundleWriter::Summary> BundleWriter::write(Workspace &workspace, qint64 releaseId, const QString &outPath,
                                                  const Workspace::Progress &progress)
{
    Result<Release> release = workspace.loadRelease(releaseId);
    if (!release)
        return release.error();

    std::vector<Placed> files;
    QJsonArray links;
    for (size_t g = 0; g < release->gates.size(); ++g) {
        const Gate &gate = release->gates[g];
        place(gate.items, safeComponent(numbered(int(g) + 1, gate.title)), gate.title, files, links);
    }
    qint64 total = 0;
    for (const Placed &p : files)
        total += p.evidence->size;

    Zip zip(outPath);
    if (Result<void> r = zip.open(); !r)
        return r.error();
    const auto cancelled = [&] {
        return makeError(ErrorCode::Cancelled,
            tr("Writing the bundle %1 was cancelled: no file was written.").arg(QDir::toNativeSeparators(outPath)));
    };
    if (progress && !progress(0, total))
        return cancelled();

    Summary summary;
    FolderNames names;
    QJsonArray manifestFiles;
    for (const Placed &p : files) {
        const Evidence &e = *p.evidence;
        const QString path = p.folder + u'/' + names.unique(p.folder, safeComponent(e.name));
        if (Result<void> r = zip.begin(path, e.size, e.addedAt); !r)
            return r.error();
        bool stopped = false;
        const Result<void> read = workspace.readEvidence(e.id, [&](QByteArrayView chunk) -> Result<void> {
            if (Result<void> r = zip.data(chunk); !r)
                return r;
            summary.bytes += chunk.size();
            if (progress && !progress(summary.bytes, total)) {
                stopped = true;
                return makeError(ErrorCode::Cancelled, QString());
            }
            return {};
        });
        if (stopped)
            return cancelled();
        if (!read)
            return read.error();
        if (Result<void> r = zip.end(); !r)
            return r.error();
        ++summary.files;
        manifestFiles.append(QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("item_id"), e.itemId },
            { QStringLiteral("item"), p.itemTitle }, { QStringLiteral("gate"), p.gateTitle },
            { QStringLiteral("evidence_id"), e.id }, { QStringLiteral("kind"), evidenceKindKey(e.kind) },
            { QStringLiteral("name"), e.name }, { QStringLiteral("sha256"), e.sha256 }, { QStringLiteral("size"), e.size },
            { QStringLiteral("media_type"), e.mediaType }, { QStringLiteral("added_at"), utcText(e.addedAt) },
            { QStringLiteral("added_by"), e.addedBy } });
    }
    summary.links = int(links.size());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject manifest { { QStringLiteral("release"),
                                     QJsonObject { { QStringLiteral("id"), release->id },
                                         { QStringLiteral("name"), release->name } } },
        { QStringLiteral("created_at"), utcText(now) }, { QStringLiteral("created_by"), workspace.actor() },
        { QStringLiteral("files"), manifestFiles }, { QStringLiteral("links_and_notes"), links } };
    if (Result<void> r = zip.whole(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(), now); !r)
        return r.error();
    if (Result<void> r = zip.whole(QStringLiteral("release.json"), QJsonDocument(releaseToJson(*release)).toJson(), now);
        !r)
        return r.error();
    if (Result<void> r = zip.commit(); !r)
        return r.error();
    return summary;
}

} // namespace gl
