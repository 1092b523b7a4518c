#pragma once
// What the drawing commands (render, animate, brief export) share: their option reader, the
// Qt session they draw in (offscreen platform, software scene graph: no display needed, and
// the map drawn by MapPainter exactly as the window's fallback does), opening the scenario
// into a FrameRenderer, and a progress bar for a terminal.
#include "app/framerenderer.h"

#include <QGuiApplication>

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sitrep::cli {

// `--name VALUE`, `--name=VALUE` and flags; anything else not starting with "--" is positional.
class OptionReader {
public:
    OptionReader(std::vector<std::string> valueOptions, std::vector<std::string> flags)
        : m_valueOptions(std::move(valueOptions))
        , m_flags(std::move(flags))
    {
    }
    // False with error() set on an unknown option or a missing value.
    bool parse(std::span<const std::string> args);
    [[nodiscard]] std::optional<std::string> value(const std::string& name) const;
    [[nodiscard]] bool flag(const std::string& name) const { return m_setFlags.count(name) > 0; }
    [[nodiscard]] const std::vector<std::string>& positional() const { return m_positional; }
    [[nodiscard]] const std::string& error() const { return m_error; }

private:
    std::vector<std::string> m_valueOptions, m_flags;
    std::map<std::string, std::string> m_values;
    std::map<std::string, bool> m_setFlags;
    std::vector<std::string> m_positional;
    std::string m_error;
};

// The Qt application the drawing commands need; build it before any Qt object.
class QtSession {
public:
    QtSession();
    ~QtSession();
    QtSession(const QtSession&) = delete;
    QtSession& operator=(const QtSession&) = delete;

private:
    int m_argc = 1;
    char m_name[8] = "sitrep";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QGuiApplication> m_app;
};

// Where the data comes from: --geodata (alias --gazetteer), --scenario, --workspace.
struct DataOptions {
    std::string geodata, scenario, workspace;
    void read(const OptionReader& r);
};
inline const std::vector<std::string> kDataOptions {"--geodata", "--gazetteer", "--scenario", "--workspace"};

// A drawing command's name and usage text, and how it reports misuse.
struct CommandUsage {
    const char* who; // "sitrep render"
    const char* text; // the whole usage text
    // "who: message", a blank line and the usage text on stderr; returns kUsage.
    [[nodiscard]] int error(const std::string& message) const;
};

// The reader of a drawing command: its own options and flags plus the data options, -o/--output
// and --help/-h.
[[nodiscard]] OptionReader commandOptions(std::vector<std::string> valueOptions, std::vector<std::string> flags);
// Reads `args`. Returns an exit status when the command is done: --help (the usage on stdout, 0)
// or a bad option (a usage error, 2); nothing when it should go on.
[[nodiscard]] std::optional<int> readCommandOptions(
    OptionReader& reader, std::span<const std::string> args, const CommandUsage& usage);
// The value of -o or --output.
[[nodiscard]] std::optional<std::string> outputOption(const OptionReader& reader);

// Loads the scenario; on failure prints the reason (prefixed by `who`) and returns null.
[[nodiscard]] std::unique_ptr<app::FrameRenderer> openRenderer(const DataOptions& data, const char* who);

// Option values, each false with a message naming the option on bad input.
bool parseSize(const std::string& text, QSize& size, std::string& error);
bool parseCenter(const std::string& text, double& lat, double& lon, std::string& error);
bool parseZoom(const std::string& text, double& zoom, std::string& error);
// "20s", "1.5m", "20" (seconds).
bool parseDuration(const std::string& option, const std::string& text, double& seconds, std::string& error);
// A lens the loaded data knows (`outlet:NAME` only for outlets it has).
bool checkLens(const app::ControlModel& control, const std::string& lens, std::string& error);
// The output's folder exists and takes files; error says why not.
bool checkWritable(const std::string& path, std::string& error);

// A one-line progress bar on stderr, drawn only when stderr is a terminal.
class ProgressBar {
public:
    ProgressBar(std::string label, int total);
    ~ProgressBar();
    void step(int done);
    void finish();

private:
    std::string m_label;
    int m_total = 0;
    bool m_tty = false;
    bool m_done = false;
    int m_lastWidth = -1;
};

// "Sat 30 Nov 2024, 12:00 UTC" and its Damascus time, as the window shows them.
std::string instantText(qint64 at);

} // namespace sitrep::cli

namespace sitrep::cli {
// True unless the path ends in .EXT (case-insensitive).
bool extensionIsNot(const std::string& path, const std::string& ext);
// The temporary name a file is written under before it is renamed into place.
std::string partialPath(const std::string& path);
} // namespace sitrep::cli
