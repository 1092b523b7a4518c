#include "territoryframe.h"

#include "gpkgreader.h"

namespace sitrep::geo {

core::Result<TerritoryFrame> loadTerritoryFrame(const std::string& gpkgPath, std::string_view countryIso)
{
    auto ds = GpkgReader::open(gpkgPath);
    if (!ds)
        return std::unexpected(ds.error());

    TerritoryFrame frame;
    frame.countryIso = std::string(countryIso);
    FeatureGeometry geometry;
    std::string error;

    if (!ds->hasLayer("countries"))
        return core::fail("layer `countries` is missing", gpkgPath);
    std::optional<core::Error> bad;
    auto read = ds->forEach("countries", [&](const GpkgFeature& f) {
        if (f.text("iso_a2") != countryIso)
            return true;
        frame.countryName = f.text("name");
        if (!f.geometry(geometry, error)) {
            bad = core::Error {"bad geometry: " + error, gpkgPath + ": countries feature " + std::to_string(f.fid())};
            return false;
        }
        frame.country.insert(frame.country.end(), geometry.polygons.begin(), geometry.polygons.end());
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    if (bad)
        return std::unexpected(*bad);
    if (frame.country.empty())
        return core::fail("no polygon for country " + std::string(countryIso) + " in layer `countries`",
                          gpkgPath);

    if (!ds->hasLayer("governorates"))
        return core::fail("layer `governorates` is missing", gpkgPath);
    read = ds->forEach("governorates", [&](const GpkgFeature& f) {
        if (f.text("country") != countryIso)
            return true;
        const std::string where = gpkgPath + ": governorates feature " + std::to_string(f.fid());
        Governorate g;
        g.id = f.text("id");
        g.name = f.text("name");
        g.nameAr = f.text("name_ar");
        g.isoCode = f.text("iso_3166_2");
        if (!f.geometry(geometry, error)) {
            bad = core::Error {"bad geometry: " + error, where};
            return false;
        }
        g.geometry = std::move(geometry.polygons);
        if (g.geometry.empty()) {
            bad = core::Error {"governorate has no polygon", where};
            return false;
        }
        if (g.id.empty())
            g.id = g.isoCode.empty() ? g.name : g.isoCode;
        frame.governorates.push_back(std::move(g));
        return true;
    });
    if (!read)
        return std::unexpected(read.error());
    if (bad)
        return std::unexpected(*bad);
    return frame;
}

} // namespace sitrep::geo
