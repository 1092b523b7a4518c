#pragma once
// Included ahead of every test source: teaches doctest 2.4.9 to print std::string_view, which it
// otherwise cannot stringify when a CHECK fails.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace doctest {
template <>
struct StringMaker<std::string_view> {
    static String convert(std::string_view v) { return String(std::string(v).c_str()); }
};
} // namespace doctest
