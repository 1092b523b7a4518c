#include "scenariocsv.h"

#include <fstream>
#include <sstream>

namespace sitrep::geo {

std::optional<std::size_t> CsvTable::column(std::string_view name) const
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return i;
    return std::nullopt;
}

CsvTable parseCsv(std::string_view text, const std::string& file)
{
    CsvTable table;
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    std::size_t line = 1;
    std::size_t i = 0;
    bool haveHeader = false;
    while (i < text.size()) {
        CsvRecord rec;
        rec.line = line;
        std::string field;
        bool inQuotes = false;
        bool endOfRecord = false;
        while (i < text.size() && !endOfRecord) {
            const char c = text[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (c == '\n')
                        ++line;
                    field += c;
                }
                ++i;
                continue;
            }
            if (c == '"' && field.empty()) {
                inQuotes = true;
            } else if (c == ',') {
                rec.fields.push_back(std::move(field));
                field.clear();
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                    ++i;
                ++line;
                endOfRecord = true;
            } else {
                field += c;
            }
            ++i;
        }
        if (inQuotes)
            table.problems.push_back({"a quoted field is never closed; the rest of the file is ignored",
                                      file + ":" + std::to_string(rec.line)});
        rec.fields.push_back(std::move(field));
        const bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
        if (blank)
            continue;
        if (!haveHeader) {
            table.header = std::move(rec.fields);
            haveHeader = true;
        } else {
            table.records.push_back(std::move(rec));
        }
    }
    return table;
}

core::Result<std::string> readTextFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return core::fail("cannot open the file", path);
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad())
        return core::fail("cannot read the file", path);
    return buf.str();
}

} // namespace sitrep::geo
