#pragma once
// Undoes mojibake: UTF-8 text that was once read as Windows-1252, Windows-1254 or Mac Roman and saved
// again ("âœ…" for ✅, "ğŸ”´" for 🔴, "‚Üí" for →). Pure functions, no state.

#include <QByteArray>
#include <QString>

namespace gl {

class Mojibake final {
public:
    // Each maximal run of non-ASCII characters is mapped back to its bytes in every candidate code
    // page (C1 controls stand for their own byte in the Windows pages). A run is replaced when those
    // bytes are valid UTF-8 that reads as plausible text (no controls, unassigned or private-use
    // characters) and every code page that manages this agrees on the result; otherwise it is kept,
    // so legitimate text ("café", "≥ 65%", "“quotes”") never changes. Text garbled twice is repaired
    // twice (up to three rounds). repairedRuns counts replacements.
    static QString repair(const QString &text, int *repairedRuns = nullptr);

    // A word left from an emoji whose mojibake could not be repaired ("ğŸª": the bytes of an emoji
    // with one lost); titles drop it like any other decoration.
    static bool isEmojiRemnant(QStringView word);

    // Windows-1252 with the five unassigned bytes read as the C1 controls of the same value,
    // the way most Windows tools read them.
    static QString decodeWindows1252(const QByteArray &bytes);
    // UTF-8 where the bytes are UTF-8, Windows-1252 byte by byte where they are not, so one damaged
    // byte in a UTF-8 file does not garble the rest. fallbackBytes counts the bytes read as Windows-1252.
    static QString decodeUtf8OrWindows1252(const QByteArray &bytes, int *fallbackBytes = nullptr);
};

} // namespace gl
