#pragma once
// The limits every report parser holds hostile input to. Real reports stay far below them; a file
// beyond one is refused with an error rather than read slowly or deeply.

#include <QtGlobal>

namespace gl::ReportLimits {

// Nesting of XML elements and of JSON objects and arrays. Real reports nest fewer than 30 deep
// (SARIF code flows are the deepest); recursion anywhere below stays shallow.
inline constexpr int maxDepth = 256;
// A 64 MiB XML file of real report elements holds well under four million of them.
inline constexpr qint64 maxXmlElements = 4'000'000;
// JSON objects and arrays in one report. Qt builds the whole tree, about 200 bytes per small object:
// 64 MiB of {"a":1} took 1.9 GB and 25 s. A 64 MiB SARIF log of real results holds 1.3 million
// (0.5 GB, 8 s), so this limit keeps every real report and bounds a hostile one near the same cost.
inline constexpr qint64 maxJsonContainers = 2'000'000;
// lcov: a function name, even a demangled C++ template, fits in 64 KiB.
inline constexpr qsizetype maxLcovLineBytes = 64 * 1024;
// lcov: one record per source file.
inline constexpr qint64 maxLcovRecords = 1'000'000;
// Counts above 2^53 cannot be held exactly in a double.
inline constexpr double maxCount = 9007199254740992.0;

} // namespace gl::ReportLimits
