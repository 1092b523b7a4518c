// `sitrep`: the command line over the same libraries as the app.
#include "command.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace sitrep::cli {
std::vector<Command>& commands()
{
    static std::vector<Command> all;
    return all;
}
} // namespace sitrep::cli

namespace {

void printUsage(std::ostream& out)
{
    auto cmds = sitrep::cli::commands();
    std::sort(cmds.begin(), cmds.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    out << "usage: sitrep [--help] [--version] <command> [options]\n\n"
           "Track who controls which places, since when and according to whom.\n\n"
           "commands:\n";
    for (const auto& c : cmds) {
        out << "  " << c.name;
        for (std::size_t i = c.name.size(); i < 12; ++i)
            out << ' ';
        out << ' ' << c.summary << '\n';
    }
    out << "\nRun `sitrep <command> --help` for a command's options.\n";
}

} // namespace

int main(int argc, char** argv)
{
    using namespace sitrep::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printUsage(std::cerr);
        return kUsage;
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        printUsage(std::cout);
        return kOk;
    }
    if (first == "--version" || first == "-V") {
        std::cout << "sitrep " << SITREP_VERSION << '\n';
        return kOk;
    }
    for (const auto& c : commands())
        if (c.name == first)
            return c.run(std::span<const std::string>(args).subspan(1));
    std::cerr << "sitrep: unknown command '" << first << "'\n\n";
    printUsage(std::cerr);
    return kUsage;
}
