#pragma once
// Reference files for exporter tests: compares an output with tests/data/reference/<name>; on a
// mismatch prints a unified diff and writes <name>.fail beside the reference, which
// scripts/accept-reference.sh copies over it once reviewed.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace sitrep::geo::testing {

inline std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline bool matchesReference(const std::string& actualPath, const std::string& name)
{
    const std::string ref = SITREP_SOURCE_DIR "/tests/data/reference/" + name;
    const std::string actual = readAll(actualPath);
    const std::string fail = ref + ".fail";
    if (std::filesystem::exists(ref) && readAll(ref) == actual) {
        std::filesystem::remove(fail);
        return true;
    }
    std::filesystem::create_directories(std::filesystem::path(ref).parent_path());
    std::ofstream(fail, std::ios::binary) << actual;
    std::string diff = "(no reference yet: " + ref + ")";
    if (std::filesystem::exists(ref)) {
        diff.clear();
        const std::string cmd = "diff -u '" + ref + "' '" + fail + "' | head -60";
        if (std::FILE* p = ::popen(cmd.c_str(), "r")) {
            char buf[4096];
            std::size_t n = 0;
            while ((n = std::fread(buf, 1, sizeof buf, p)) > 0)
                diff.append(buf, n);
            ::pclose(p);
        }
    }
    MESSAGE("output differs from the reference " << name << "; wrote " << fail
            << " (accept with scripts/accept-reference.sh after review)\n" << diff);
    return false;
}

} // namespace sitrep::geo::testing
