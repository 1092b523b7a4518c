#include "sidecarfile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace sitrep::app {

core::Result<void> appendSidecarLine(const std::string& path, std::string_view text, std::string_view what)
{
    const QString file = QString::fromStdString(path);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    const auto failed = [&] {
        return core::fail("cannot write " + std::string(what) + ": " + out.errorString().toStdString(), path);
    };
    if (!out.open(QIODevice::ReadWrite | QIODevice::Append))
        return failed();
    QByteArray line = QByteArray(text.data(), qsizetype(text.size())) + '\n';
    if (out.size() > 0 && out.seek(out.size() - 1) && out.peek(1) != "\n")
        line.prepend('\n');
    out.seek(out.size());
    if (out.write(line) != line.size() || !out.flush())
        return failed();
    return {};
}

} // namespace sitrep::app
