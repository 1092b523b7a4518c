#include "sqldatabase.h"

#include <charconv>
#include <stdexcept>

namespace sitrep::store {

bool SqlRow::isNull(std::size_t i) const
{
    return std::holds_alternative<std::monostate>(values.at(i));
}

std::int64_t SqlRow::toInt(std::size_t i) const
{
    const SqlValue& v = values.at(i);
    if (const auto* n = std::get_if<std::int64_t>(&v))
        return *n;
    if (const auto* d = std::get_if<double>(&v))
        return static_cast<std::int64_t>(*d);
    if (const auto* s = std::get_if<std::string>(&v)) {
        if (*s == "t")
            return 1; // PostgreSQL booleans
        if (*s == "f")
            return 0;
        std::int64_t out = 0;
        std::from_chars(s->data(), s->data() + s->size(), out);
        return out;
    }
    return 0;
}

double SqlRow::toReal(std::size_t i) const
{
    const SqlValue& v = values.at(i);
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* n = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*n);
    if (const auto* s = std::get_if<std::string>(&v)) {
        double out = 0.0;
        std::from_chars(s->data(), s->data() + s->size(), out);
        return out;
    }
    return 0.0;
}

std::string SqlRow::toText(std::size_t i) const
{
    const SqlValue& v = values.at(i);
    if (const auto* s = std::get_if<std::string>(&v))
        return *s;
    if (const auto* n = std::get_if<std::int64_t>(&v))
        return std::to_string(*n);
    if (const auto* d = std::get_if<double>(&v)) {
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, *d);
        return std::string(buf, r.ptr);
    }
    return {};
}

std::optional<std::int64_t> SqlRow::toOptionalInt(std::size_t i) const
{
    if (isNull(i))
        return std::nullopt;
    return toInt(i);
}

} // namespace sitrep::store
