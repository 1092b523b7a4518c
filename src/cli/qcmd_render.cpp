// `sitrep render`: one frame of the map at an instant, lens and view, as a PNG — the window's
// picture without a window (issue #6).
#include "app/controlmodel.h"
#include "command.h"
#include "options.h"
#include "qtframes.h"

#include <QFile>
#include <QImageWriter>

#include <iostream>

namespace {

using namespace sitrep;

constexpr const char* kWho = "sitrep render";
constexpr const char* kUsageText
    = "usage: sitrep render --at ISO [--lens L] [--center LAT,LON] [--zoom Z] [--size WxH]\n"
      "                     [--arabic] [--bare] [--title T] [--caption C] -o OUT.png\n\n"
      "Draws the map as the window shows it at one instant — control areas, front lines, places,\n"
      "legend, scale bar — with the instant (UTC and Damascus) in the corner, into a PNG.\n"
      "  --at ISO          2024-12-07T18:00Z, or a date alone for the end of that day (UTC)\n"
      "  --lens L          latest (default), consensus, contested, outlet:NAME,\n"
      "                    side:opposition|government|independent\n"
      "  --center LAT,LON  view centre (default: all of Syria)\n"
      "  --zoom Z          zoom level, 4 to 13 (default: all of Syria)\n"
      "  --size WxH        picture size in pixels (default 1280x720)\n"
      "  --arabic          Arabic place names\n"
      "  --bare            no instant, title or caption: exactly the window's map area\n"
      "  --title T, --caption C   text at the foot of the picture\n"
      "  --scenario DIR, --geodata GPKG, --workspace WS   where the data comes from\n"
      "Exit status: 0 ok, 1 bad input or unwritable output, 2 usage.\n";

int usage(const std::string& error)
{
    return cli::CommandUsage {kWho, kUsageText}.error(error);
}

int run(std::span<const std::string> args)
{
    cli::OptionReader r = cli::commandOptions(
        {"--at", "--lens", "--center", "--zoom", "--size", "--title", "--caption"}, {"--arabic", "--bare"});
    if (const auto done = cli::readCommandOptions(r, args, {kWho, kUsageText}))
        return *done;
    if (!r.positional().empty())
        return usage("unexpected argument '" + r.positional().front() + "'");
    const auto out = cli::outputOption(r);
    if (!out)
        return usage("-o OUT.png is required");
    if (!r.value("--at"))
        return usage("--at is required");
    std::string error;
    const auto at = cli::instantOption("--at", *r.value("--at"), true, error);
    if (!at)
        return usage(error);
    app::FrameSpec spec;
    spec.at = *at;
    spec.lens = QString::fromStdString(r.value("--lens").value_or("latest"));
    spec.arabic = r.flag("--arabic");
    spec.bare = r.flag("--bare");
    spec.title = QString::fromStdString(r.value("--title").value_or(""));
    spec.caption = QString::fromStdString(r.value("--caption").value_or(""));
    if (auto s = r.value("--size"); s && !cli::parseSize(*s, spec.size, error))
        return usage(error);
    if (r.value("--center") || r.value("--zoom")) {
        if (!r.value("--center") || !r.value("--zoom"))
            return usage("--center and --zoom go together");
        core::MapView view;
        if (!cli::parseCenter(*r.value("--center"), view.centerLat, view.centerLon, error)
            || !cli::parseZoom(*r.value("--zoom"), view.zoom, error))
            return usage(error);
        spec.view = view;
    }
    if (cli::extensionIsNot(*out, "png"))
        return usage("the output must be a .png file, got '" + *out + "'");
    if (!cli::checkWritable(*out, error)) {
        std::cerr << kWho << ": " << error << '\n';
        return cli::kInputError;
    }
    cli::DataOptions data;
    data.read(r);

    cli::QtSession session;
    auto renderer = cli::openRenderer(data, kWho);
    if (!renderer)
        return cli::kInputError;
    const app::ControlModel& control = *renderer->control();
    if (!cli::checkLens(control, spec.lens.toStdString(), error)) {
        std::cerr << kWho << ": " << error << '\n';
        return cli::kInputError;
    }
    if (double(spec.at) * 1000 < control.startMs() || double(spec.at) * 1000 > control.endMs() + 86400e3) {
        std::cerr << kWho << ": --at " << core::formatIso8601(spec.at) << " is outside the data ("
                  << core::formatIso8601(qint64(control.startMs() / 1000)) << " to "
                  << core::formatIso8601(qint64(control.endMs() / 1000)) << ")\n";
        return cli::kInputError;
    }
    auto image = renderer->render(spec);
    if (!image) {
        std::cerr << kWho << ": " << image.error().toStdString() << '\n';
        return cli::kInputError;
    }
    // Written under a temporary name and renamed, so a failure leaves no half picture.
    const QString target = QString::fromStdString(*out);
    const QString partial = QString::fromStdString(cli::partialPath(*out));
    QImageWriter writer(partial, "png");
    if (!writer.write(*image)) {
        QFile::remove(partial);
        std::cerr << kWho << ": cannot write '" << *out << "': " << writer.errorString().toStdString() << '\n';
        return cli::kInputError;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        std::cerr << kWho << ": cannot write '" << *out << "'\n";
        return cli::kInputError;
    }
    std::cerr << kWho << ": " << *out << ", " << spec.size.width() << "x" << spec.size.height() << ", "
              << cli::instantText(spec.at) << ", lens " << spec.lens.toStdString() << '\n';
    return cli::kOk;
}

const cli::RegisterCommand kRegister({"render", "draw the map at an instant into a PNG", run});

} // namespace
