#pragma once
// ScenarioCsv: an RFC 4180 reader for the scenario's CSV files (actors.csv, timeline.csv) that
// remembers the line each record starts on, so every problem can be reported as file:line.
#include "core/error.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {

struct CsvRecord {
    std::size_t line = 0;               // 1-based line the record starts on
    std::vector<std::string> fields;
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<CsvRecord> records;     // header excluded; blank lines skipped
    std::vector<core::Error> problems;  // unterminated quotes and the like, with file:line

    // Index of a header column, or nothing.
    [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const;
};

// Parses CSV text (a leading BOM is ignored; LF or CRLF). `file` only names it in messages.
[[nodiscard]] CsvTable parseCsv(std::string_view text, const std::string& file);

// Reads a whole file; fails naming the file when it cannot be read.
[[nodiscard]] core::Result<std::string> readTextFile(const std::string& path);

} // namespace sitrep::geo
