#pragma once
// GDAL support shared by everything in src/geo: one-time driver registration with network file
// systems switched off (paths come from users), and a scoped capture that turns CPLError
// reports into messages instead of letting GDAL print them.
#include <string>
#include <vector>

namespace sitrep::geo {

// Registers GDAL drivers once per process; safe to call from any thread.
void ensureGdal();

// While alive, GDAL errors and warnings on this thread are collected instead of printed.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    [[nodiscard]] const std::vector<std::string>& messages() const { return m_messages; }
    // The last error, or `fallback` when GDAL said nothing.
    [[nodiscard]] std::string lastOr(const std::string& fallback) const;

    void record(std::string message) { m_messages.push_back(std::move(message)); }

private:
    std::vector<std::string> m_messages;
};

} // namespace sitrep::geo
