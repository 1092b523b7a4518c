#include "qtframes.h"

#include "command.h"

#include "app/controlmodel.h"
#include "core/lens.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <unistd.h>

// The QML module `Sitrep` (FrameView and the map) is a static plugin.
Q_IMPORT_QML_PLUGIN(SitrepPlugin)

namespace sitrep::cli {

int CommandUsage::error(const std::string& message) const
{
    std::cerr << who << ": " << message << "\n\n" << text;
    return kUsage;
}

OptionReader commandOptions(std::vector<std::string> valueOptions, std::vector<std::string> flags)
{
    valueOptions.insert(valueOptions.end(), kDataOptions.begin(), kDataOptions.end());
    valueOptions.insert(valueOptions.end(), {"-o", "--output"});
    flags.insert(flags.end(), {"--help", "-h"});
    return OptionReader(std::move(valueOptions), std::move(flags));
}

std::optional<int> readCommandOptions(OptionReader& reader, std::span<const std::string> args, const CommandUsage& usage)
{
    if (!reader.parse(args))
        return usage.error(reader.error());
    if (reader.flag("--help") || reader.flag("-h")) {
        std::cout << usage.text;
        return kOk;
    }
    return std::nullopt;
}

std::optional<std::string> outputOption(const OptionReader& reader)
{
    return reader.value("-o") ? reader.value("-o") : reader.value("--output");
}

bool OptionReader::parse(std::span<const std::string> args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i];
        if (!a.starts_with("-") || a == "-") {
            m_positional.push_back(a);
            continue;
        }
        std::optional<std::string> inlineValue;
        if (const auto eq = a.find('='); eq != std::string::npos && a.starts_with("--")) {
            inlineValue = a.substr(eq + 1);
            a = a.substr(0, eq);
        }
        if (std::find(m_flags.begin(), m_flags.end(), a) != m_flags.end()) {
            m_setFlags[a] = true;
            continue;
        }
        if (std::find(m_valueOptions.begin(), m_valueOptions.end(), a) == m_valueOptions.end()) {
            m_error = "unknown option '" + a + "'";
            return false;
        }
        if (inlineValue) {
            m_values[a] = *inlineValue;
        } else if (i + 1 < args.size()) {
            m_values[a] = args[++i];
        } else {
            m_error = a + " needs a value";
            return false;
        }
    }
    return true;
}

std::optional<std::string> OptionReader::value(const std::string& name) const
{
    auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

QtSession::QtSession()
{
    // Never needs a display: the offscreen platform with the software scene graph, where the
    // map draws through MapPainter (the window's fallback), the same on every machine.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/sitrep-runtime-%1").arg(::getuid());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
    }
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
}

QtSession::~QtSession() = default;

void DataOptions::read(const OptionReader& r)
{
    geodata = r.value("--geodata").value_or(r.value("--gazetteer").value_or(""));
    scenario = r.value("--scenario").value_or("");
    workspace = r.value("--workspace").value_or("");
}

std::unique_ptr<app::FrameRenderer> openRenderer(const DataOptions& data, const char* who)
{
    auto renderer = app::FrameRenderer::create(QString::fromStdString(data.geodata),
        QString::fromStdString(data.scenario), QString::fromStdString(data.workspace));
    if (!renderer) {
        std::cerr << who << ": " << renderer.error().toStdString() << '\n';
        return nullptr;
    }
    return std::move(*renderer);
}

bool parseSize(const std::string& text, QSize& size, std::string& error)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto m = re.match(QString::fromStdString(text));
    const int w = m.hasMatch() ? m.captured(1).toInt() : 0, h = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (w < 64 || h < 64 || w > 8192 || h > 8192) {
        error = "--size wants WxH in pixels, 64 to 8192 each (e.g. 1280x720), got '" + text + "'";
        return false;
    }
    size = QSize(w, h);
    return true;
}

bool parseCenter(const std::string& text, double& lat, double& lon, std::string& error)
{
    const QStringList parts = QString::fromStdString(text).split(QLatin1Char(','));
    bool okLat = false, okLon = false;
    if (parts.size() == 2) {
        lat = parts[0].trimmed().toDouble(&okLat);
        lon = parts[1].trimmed().toDouble(&okLon);
    }
    if (!okLat || !okLon || std::abs(lat) > 85 || std::abs(lon) > 180) {
        error = "--center wants LAT,LON in degrees (e.g. 35.2,38.5), got '" + text + "'";
        return false;
    }
    return true;
}

bool parseZoom(const std::string& text, double& zoom, std::string& error)
{
    bool ok = false;
    zoom = QString::fromStdString(text).toDouble(&ok);
    if (!ok || zoom < 4 || zoom > 13) {
        error = "--zoom wants a number from 4 to 13 (the map's zoom levels), got '" + text + "'";
        return false;
    }
    return true;
}

bool parseDuration(const std::string& option, const std::string& text, double& seconds, std::string& error)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m)?$"));
    const auto m = re.match(QString::fromStdString(text));
    if (m.hasMatch()) {
        seconds = m.captured(1).toDouble();
        if (m.captured(2) == QLatin1String("ms"))
            seconds /= 1000;
        else if (m.captured(2) == QLatin1String("m"))
            seconds *= 60;
        if (seconds > 0 && seconds <= 3600)
            return true;
    }
    error = option + " wants a duration such as 20s, 1.5m or 500ms (up to an hour), got '" + text + "'";
    return false;
}

bool checkLens(const app::ControlModel& control, const std::string& lens, std::string& error)
{
    if (!core::Lens::parse(lens)) {
        error = "unknown lens '" + lens + "'; lenses: " + control.lenses().join(QStringLiteral(", ")).toStdString();
        return false;
    }
    if (lens.starts_with("outlet:") && !control.lenses().contains(QString::fromStdString(lens))) {
        error = "lens '" + lens + "' names an outlet the data does not have; lenses: "
            + control.lenses().join(QStringLiteral(", ")).toStdString();
        return false;
    }
    return true;
}

bool checkWritable(const std::string& path, std::string& error)
{
    const QFileInfo file(QString::fromStdString(path));
    const QFileInfo dir(file.absolutePath());
    if (!dir.exists() || !dir.isDir()) {
        error = "cannot write '" + path + "': folder " + dir.filePath().toStdString() + " does not exist";
        return false;
    }
    if (file.exists() && file.isDir()) {
        error = "cannot write '" + path + "': it is a folder";
        return false;
    }
    if (::access(dir.filePath().toLocal8Bit().constData(), W_OK) != 0
        || (file.exists() && ::access(file.filePath().toLocal8Bit().constData(), W_OK) != 0)) {
        error = "cannot write '" + path + "': permission denied";
        return false;
    }
    return true;
}

ProgressBar::ProgressBar(std::string label, int total)
    : m_label(std::move(label))
    , m_total(std::max(1, total))
    , m_tty(::isatty(STDERR_FILENO) != 0)
{
}

ProgressBar::~ProgressBar()
{
    finish();
}

void ProgressBar::step(int done)
{
    if (!m_tty || m_done)
        return;
    constexpr int kWidth = 40;
    const int filled = std::clamp(done * kWidth / m_total, 0, kWidth);
    if (filled == m_lastWidth && done != m_total)
        return;
    m_lastWidth = filled;
    std::fprintf(stderr, "\r%s [%s%s] %d/%d", m_label.c_str(), std::string(std::size_t(filled), '#').c_str(),
        std::string(std::size_t(kWidth - filled), ' ').c_str(), done, m_total);
    std::fflush(stderr);
}

void ProgressBar::finish()
{
    if (m_tty && !m_done && m_lastWidth >= 0)
        std::fputc('\n', stderr);
    m_done = true;
}

std::string instantText(qint64 at)
{
    QTimeZone damascus("Asia/Damascus");
    if (!damascus.isValid())
        damascus = QTimeZone(3 * 3600);
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())
               .toString(QStringLiteral("ddd d MMM yyyy, HH:mm 'UTC'"))
               .toStdString()
        + " (" + QDateTime::fromSecsSinceEpoch(at, damascus).toString(QStringLiteral("HH:mm 'Damascus'")).toStdString()
        + ")";
}

} // namespace sitrep::cli

namespace sitrep::cli {

bool extensionIsNot(const std::string& path, const std::string& ext)
{
    return !QFileInfo(QString::fromStdString(path)).suffix().toLower().toStdString().ends_with(ext)
        || QFileInfo(QString::fromStdString(path)).suffix().size() != qsizetype(ext.size());
}

std::string partialPath(const std::string& path)
{
    const QFileInfo f(QString::fromStdString(path));
    return (f.absolutePath() + QStringLiteral("/.") + f.fileName() + QStringLiteral(".partial")).toStdString();
}

} // namespace sitrep::cli
