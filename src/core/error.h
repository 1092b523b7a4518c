#pragma once
// Error: what went wrong with outside input, and where (file:line, feature id…), so a user can
// find it. Expected failures travel as std::expected<T, Error>; exceptions are for bugs.
#include <expected>
#include <string>

namespace sitrep::core {

struct Error {
    std::string message;
    std::string where; // "file.csv:12", "feature 7", empty when there is no better place

    [[nodiscard]] std::string toString() const
    {
        return where.empty() ? message : where + ": " + message;
    }
};

template <class T>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(std::string message, std::string where = {})
{
    return std::unexpected<Error>(Error{std::move(message), std::move(where)});
}

} // namespace sitrep::core
