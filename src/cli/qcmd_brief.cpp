// `sitrep brief export`: a briefing as a PDF (one page per slide: title, instant, lens, map with
// legend, caption, sources as footnotes) and/or one PNG per slide (issue #7).
#include "app/briefingexport.h"
#include "app/controlmodel.h"
#include "briefingrun.h"
#include "command.h"
#include "qtframes.h"

#include <QElapsedTimer>

#include <iostream>

namespace {

using namespace sitrep;

constexpr const char* kWho = "sitrep brief";
constexpr const char* kUsageText
    = "usage: sitrep brief export BRIEF.json [-o OUT.pdf] [--png DIR] [--size WxH] [--arabic]\n\n"
      "Exports a briefing: a PDF with one landscape A4 page per slide — title, instant (UTC and\n"
      "Damascus), lens, the map with its legend and the slide's highlighted places ringed, the\n"
      "caption, and as footnotes the sources behind the highlighted places and the places that\n"
      "changed hands since the previous slide — and/or one PNG per slide in DIR.\n"
      "Slides that are malformed, outside the data or name an unknown lens are reported by number\n"
      "and title and left out; the others export.\n"
      "  -o OUT.pdf        the PDF\n"
      "  --png DIR         one PNG per slide (NN-<id>.png), --size WxH each (default 1600x900)\n"
      "  --arabic          Arabic place names\n"
      "  --scenario DIR, --geodata GPKG, --workspace WS   where the data comes from\n"
      "Exit status: 0 exported (problems with single slides are reported on stderr), 1 nothing\n"
      "could be exported or the output cannot be written, 2 usage.\n";

int usage(const std::string& error)
{
    return cli::CommandUsage {kWho, kUsageText}.error(error);
}

int runExport(std::span<const std::string> args)
{
    cli::OptionReader r = cli::commandOptions({"--png", "--size"}, {"--arabic"});
    if (const auto done = cli::readCommandOptions(r, args, {kWho, kUsageText}))
        return *done;
    if (r.positional().size() != 1)
        return usage("export wants one BRIEF.json");
    const auto out = cli::outputOption(r);
    const auto png = r.value("--png");
    if (!out && !png)
        return usage("give -o OUT.pdf, --png DIR or both");
    std::string error;
    app::BriefingExportOptions options;
    options.arabic = r.flag("--arabic");
    if (auto v = r.value("--size"); v && !cli::parseSize(*v, options.pngSize, error))
        return usage(error);
    if (out) {
        if (cli::extensionIsNot(*out, "pdf"))
            return usage("the output must be a .pdf file, got '" + *out + "'");
        if (!cli::checkWritable(*out, error)) {
            std::cerr << kWho << ": " << error << '\n';
            return cli::kInputError;
        }
        options.pdfPath = QString::fromStdString(*out);
    }
    if (png)
        options.pngDir = QString::fromStdString(*png);
    cli::DataOptions data;
    data.read(r);

    cli::QtSession session;
    auto renderer = cli::openRenderer(data, kWho);
    if (!renderer)
        return cli::kInputError;
    auto briefing = cli::loadCheckedBriefing(r.positional().front(), *renderer->control(), kWho);
    if (!briefing)
        return cli::kInputError;
    QElapsedTimer clock;
    clock.start();
    auto result = app::exportBriefing(*briefing, *renderer, options);
    if (!result) {
        std::cerr << kWho << ": " << result.error().toStdString() << '\n';
        return cli::kInputError;
    }
    for (const QString& p : result->problems)
        std::cerr << kWho << ": " << p.toStdString() << " — skipped\n";
    if (out)
        std::cerr << kWho << ": " << *out << ", " << result->pages << " page" << (result->pages == 1 ? "" : "s")
                  << '\n';
    if (png)
        std::cerr << kWho << ": " << result->pngs.size() << " PNG" << (result->pngs.size() == 1 ? "" : "s") << " in "
                  << *png << '\n';
    std::cerr << kWho << ": " << briefing->slides.size() << " slides exported in " << double(clock.elapsed()) / 1000
              << " s\n";
    return cli::kOk;
}

int run(std::span<const std::string> args)
{
    if (args.empty() || args.front() == "--help" || args.front() == "-h") {
        (args.empty() ? std::cerr : std::cout) << kUsageText;
        return args.empty() ? cli::kUsage : cli::kOk;
    }
    if (args.front() == "export")
        return runExport(args.subspan(1));
    return usage("unknown brief action '" + args.front() + "' (try: export)");
}

const cli::RegisterCommand kRegister({"brief", "export a briefing as PDF pages or PNGs", run});

} // namespace
