#pragma once
// Command: one `sitrep` subcommand. Each lives in its own cmd_*.cpp in this folder and registers
// itself at start-up, so adding a subcommand never touches the others.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::cli {

// Exit codes shared by every subcommand.
enum Exit : int { kOk = 0, kInputError = 1, kUsage = 2 };

struct Command {
    std::string_view name;
    std::string_view summary; // one line for `sitrep --help`
    int (*run)(std::span<const std::string> args); // args exclude the subcommand name
};

std::vector<Command>& commands();

struct RegisterCommand {
    explicit RegisterCommand(Command c) { commands().push_back(c); }
};

} // namespace sitrep::cli
