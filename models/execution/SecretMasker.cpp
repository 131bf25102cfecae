#include "SecretMasker.h"

#include "domain/Run.h"

#include <algorithm>
#include <array>

namespace gl {

// A complete DFA over byte classes: bytes that occur in no pattern share class 0, so a row holds
// only as many columns as distinct pattern bytes (base64 keeps that under ~100).
struct SecretMasker::Automaton {
    QList<QByteArray> patterns;
    std::array<quint16, 256> byteClass {};
    std::size_t classes = 1;
    std::vector<qint32> next;         // state * classes + class
    std::vector<qint32> depth;        // length of the pattern prefix a state stands for
    std::vector<qint32> matchLength;  // longest pattern ending in this state, 0 for none

    explicit Automaton(QList<QByteArray> list) : patterns(std::move(list))
    {
        std::size_t total = 1;
        for (const QByteArray &p : patterns) {
            total += std::size_t(p.size());
            for (char c : p) {
                quint16 &cls = byteClass[quint8(c)];
                if (cls == 0)
                    cls = quint16(classes++);  // up to 257 with class 0
            }
        }
        next.assign(total * classes, -1);
        depth.assign(total, 0);
        matchLength.assign(total, 0);

        qint32 states = 1;
        for (const QByteArray &p : patterns) {
            qint32 s = 0;
            for (char c : p) {
                qint32 &to = next[std::size_t(s) * classes + byteClass[quint8(c)]];
                if (to < 0) {
                    to = states++;
                    depth[std::size_t(to)] = depth[std::size_t(s)] + 1;
                }
                s = to;
            }
            matchLength[std::size_t(s)] = qint32(p.size());
        }
        next.resize(std::size_t(states) * classes);
        depth.resize(std::size_t(states));
        matchLength.resize(std::size_t(states));

        // Breadth first, so a state's fallback (shorter depth) is complete before the state itself.
        std::vector<qint32> fallback(std::size_t(states), 0);
        std::vector<qint32> queue;
        queue.reserve(std::size_t(states));
        for (std::size_t c = 0; c < classes; ++c) {
            qint32 &to = next[c];
            if (to < 0)
                to = 0;
            else
                queue.push_back(to);
        }
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const std::size_t u = std::size_t(queue[head]);
            if (matchLength[u] == 0)
                matchLength[u] = matchLength[std::size_t(fallback[u])];
            for (std::size_t c = 0; c < classes; ++c) {
                qint32 &to = next[u * classes + c];
                const qint32 viaFallback = next[std::size_t(fallback[u]) * classes + c];
                if (to < 0) {
                    to = viaFallback;
                } else {
                    fallback[std::size_t(to)] = viaFallback;
                    queue.push_back(to);
                }
            }
        }
    }
};

const QStringList &SecretMasker::defaultMarkers()
{
    return RunSettings::defaultSecretMarkers();
}

bool SecretMasker::isSecretName(const QString &key, const QStringList &markers)
{
    return std::any_of(markers.cbegin(), markers.cend(), [&key](const QString &marker) {
        return !marker.isEmpty() && key.contains(marker, Qt::CaseInsensitive);
    });
}

QByteArray SecretMasker::replacement() { return QByteArrayLiteral("***"); }

SecretMasker::SecretMasker() = default;

SecretMasker::SecretMasker(const EnvVariables &variables, const QStringList &markers)
{
    QList<QByteArray> values;
    for (const auto &[key, value] : variables) {
        if (isSecretName(key, markers))
            values.append(value.toUtf8());
    }
    *this = fromValues(values);
}

SecretMasker SecretMasker::fromValues(const QList<QByteArray> &values)
{
    QList<QByteArray> patterns;
    for (const QByteArray &value : values) {
        if (value.size() < minimumSecretLength)
            continue;
        patterns.append(value);
        // A token often reaches output encoded: HTTP Basic headers, Kubernetes secrets, JWT parts.
        for (auto encoding : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
            patterns.append(value.toBase64(encoding));
            patterns.append(value.toBase64(encoding | QByteArray::OmitTrailingEquals));
        }
    }
    std::sort(patterns.begin(), patterns.end(), [](const QByteArray &a, const QByteArray &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    patterns.erase(std::unique(patterns.begin(), patterns.end()), patterns.end());
    return SecretMasker(std::move(patterns));
}

SecretMasker::SecretMasker(QList<QByteArray> patterns)
{
    if (!patterns.isEmpty())
        m_automaton = std::make_shared<const Automaton>(std::move(patterns));
}

bool SecretMasker::isActive() const { return m_automaton != nullptr; }

const QList<QByteArray> &SecretMasker::patterns() const
{
    static const QList<QByteArray> none;
    return m_automaton ? m_automaton->patterns : none;
}

QByteArray SecretMasker::feed(const QByteArray &chunk)
{
    if (!m_automaton)
        return chunk;
    return step(m_stream, chunk, false);
}

QByteArray SecretMasker::finish()
{
    if (!m_automaton)
        return {};
    QByteArray out = step(m_stream, {}, true);
    m_stream = Stream {};
    return out;
}

QByteArray SecretMasker::mask(const QByteArray &text) const
{
    if (!m_automaton)
        return text;
    Stream stream;
    return step(stream, text, true);
}

QByteArray SecretMasker::step(Stream &stream, const QByteArray &chunk, bool last) const
{
    const Automaton &a = *m_automaton;
    const qint64 base = stream.consumed;
    const auto *bytes = reinterpret_cast<const quint8 *>(chunk.constData());
    const qsizetype size = chunk.size();
    const qint32 *next = a.next.data();
    const qint32 *matchLength = a.matchLength.data();
    const std::size_t classes = a.classes;

    std::size_t state = std::size_t(stream.state);
    for (qsizetype k = 0; k < size; ++k) {
        state = std::size_t(next[state * classes + a.byteClass[bytes[k]]]);
        if (const qint32 length = matchLength[state]) {
            const qint64 end = base + k + 1;
            qint64 start = end - length;
            // Matches end in increasing order, so only the newest merged ones can overlap this one.
            while (!stream.matches.empty() && stream.matches.back().end > start) {
                start = std::min(start, stream.matches.back().start);
                stream.matches.pop_back();
            }
            stream.matches.push_back({ start, end });
        }
    }
    stream.state = qint32(state);
    stream.consumed = base + size;

    // Everything before the current partial match is final, except a match that reaches into it:
    // that one is held back whole so a longer overlapping match can still merge with it.
    qint64 boundary = last ? stream.consumed : stream.consumed - a.depth[state];
    for (auto it = stream.matches.rbegin(); it != stream.matches.rend() && it->end > boundary; ++it) {
        if (it->start < boundary) {
            boundary = it->start;
            break;
        }
    }

    if (stream.pending.isEmpty() && stream.matches.empty() && boundary == stream.consumed) {
        stream.emitted = boundary;
        return chunk;  // the common case: shared, not copied
    }

    // The bytes [emitted, consumed) are pending followed by chunk.
    const auto append = [&](QByteArray &to, qint64 from, qint64 until) {
        if (from < base) {
            const qint64 stop = std::min(until, base);
            to.append(stream.pending.constData() + (from - stream.emitted), qsizetype(stop - from));
            from = stop;
        }
        if (from < until)
            to.append(chunk.constData() + (from - base), qsizetype(until - from));
    };

    QByteArray out;
    out.reserve(qsizetype(boundary - stream.emitted));  // "***" is shorter than any pattern
    qint64 cursor = stream.emitted;
    std::size_t done = 0;
    for (; done < stream.matches.size() && stream.matches[done].end <= boundary; ++done) {
        append(out, cursor, stream.matches[done].start);
        out.append(replacement());
        cursor = stream.matches[done].end;
    }
    append(out, cursor, boundary);
    stream.matches.erase(stream.matches.begin(), stream.matches.begin() + qsizetype(done));

    QByteArray rest;
    append(rest, boundary, stream.consumed);
    stream.pending = std::move(rest);
    stream.emitted = boundary;
    return out;
}

} // namespace gl
