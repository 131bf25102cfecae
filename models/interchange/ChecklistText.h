#pragma once
// How checklist text is read from and written to Markdown, shared by importer and exporter so that
// whatever one renders the other reads back unchanged.

#include "interchange/MarkdownTree.h"

#include <QString>
#include <vector>

namespace gl {

class ChecklistText final {
public:
    using Line = std::vector<MdInline>;

    // The inline content split at soft and hard line breaks.
    static std::vector<Line> lines(const std::vector<MdInline> &inlines);
    // lines(inlines).front(), without copying the rest.
    static Line firstLine(const std::vector<MdInline> &inlines);
    // Emphasis is already gone (md4c spans are dropped); code spans stay as `code` when keepCode,
    // otherwise their content is unwrapped. collapse folds whitespace in text runs and trims.
    static QString render(const Line &line, bool keepCode, bool collapse = true);
    // render() without the mojibake repair.
    static QString renderRaw(const Line &line, bool keepCode, bool collapse);
    // All lines joined with one space.
    static QString renderJoined(const std::vector<MdInline> &inlines, bool keepCode);
    // A code span with a fence of enough backticks for the content.
    static QString codeSpan(const QString &code);
    // Decorative emoji and symbols (U+1F000.., U+2600-27BF, U+2B00-2BFF, variation selectors, ZWJ,
    // keycaps, tags) removed anywhere, whitespace collapsed, trimmed.
    static QString stripDecorations(const QString &text);
    // An item's title: decorations stripped and a trailing ':' dropped ("Formatting & linting:").
    static QString itemTitle(const QString &text);

    enum EscapeFlag { KeepCode = 0x1, LineStart = 0x2, TableCell = 0x4, KeepSpaces = 0x8 };
    // Markdown that md4c reads back as exactly `text` (one line). With KeepCode, well-formed
    // `code` spans are written as code spans; with KeepSpaces leading blanks survive as entities.
    static QString escape(const QString &text, int flags);
};

} // namespace gl
