#pragma once
// Replaces every secret value of a run's environment, and its base64 forms, by "***" in output, so
// the console, the stored log and exports never show it. Works on a stream: a secret split across
// two reads of a pipe is still caught, because only the shortest tail that could begin a secret is
// held back until the next chunk decides it.
//
// One pass over the bytes through a byte-class Aho-Corasick automaton: constant work per byte, no
// allocation per byte, no rescans, whatever the number of secrets. Overlapping or touching-inside
// matches are merged into one "***", so no fragment of any secret survives.

#include "EnvFile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace gl {

class SecretMasker final {
public:
    // Values shorter than this are not masked: "1", "yes" or "443" would blank out honest output.
    static constexpr qsizetype minimumSecretLength = 4;

    // TOKEN, SECRET, PASSWORD, PASSWD, KEY, CREDENTIAL, PRIVATE.
    static const QStringList &defaultMarkers();
    // A key is secret when it contains any marker, ignoring case.
    static bool isSecretName(const QString &key, const QStringList &markers = defaultMarkers());
    static QByteArray replacement();

    // Masks nothing.
    SecretMasker();
    // Masks the values (UTF-8) of the variables whose names are secret.
    explicit SecretMasker(const EnvVariables &variables, const QStringList &markers = defaultMarkers());
    // Masks exactly these values (and their base64 forms); short ones are skipped.
    static SecretMasker fromValues(const QList<QByteArray> &values);

    // False when there is nothing to mask (feed() then passes chunks through without copying).
    bool isActive() const;
    // The byte strings searched for: each value and its base64 forms, longest first; for tests.
    const QList<QByteArray> &patterns() const;

    // Returns what is safe to show now; holds back at most the longest pattern's length.
    QByteArray feed(const QByteArray &chunk);
    // End of stream: the held-back rest, masked. The masker is then ready for a new stream.
    QByteArray finish();
    // Held-back byte count, for tests and for callers that want to know a flush is pending.
    qsizetype pendingSize() const { return m_stream.pending.size(); }

    // Whole text at once; does not disturb a stream in progress.
    QByteArray mask(const QByteArray &text) const;

private:
    struct Automaton;
    struct Interval {
        qint64 start = 0;  // stream offsets, half-open
        qint64 end = 0;
    };
    struct Stream {
        qint32 state = 0;
        qint64 consumed = 0;  // stream offset just past the last fed byte
        qint64 emitted = 0;   // stream offset of pending.front()
        QByteArray pending;   // bytes [emitted, consumed) not yet returned
        std::vector<Interval> matches;  // merged, sorted, all ending after `emitted`
    };

    explicit SecretMasker(QList<QByteArray> patterns);
    QByteArray step(Stream &stream, const QByteArray &chunk, bool last) const;

    std::shared_ptr<const Automaton> m_automaton;  // shared: copies of a masker are cheap
    Stream m_stream;
};

} // namespace gl
