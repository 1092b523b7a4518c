#pragma once
// CandidateList: the geocoder's ranked candidates for one mention as the panels show them —
// each place with its score, kind, admin area (governorate, country) and distance from the place
// the resolver chose (from the best candidate when it chose none), so an analyst can see why a
// name went where it did and pick another.
#include "core/mention.h"
#include "core/place.h"

#include <QString>
#include <QVariantList>

#include <functional>
#include <string_view>
#include <vector>

namespace sitrep::app {

struct CandidateRow {
    QString placeId;
    QString name;
    QString nameAr;
    QString kind;
    QString admin; // "Daraa, SY"; empty when the place is unknown
    double score = 0.0; // the resolver's share of the evidence, in [0, 1]
    double distanceKm = -1.0; // from the chosen place; -1 for the chosen place itself or unknown
    bool chosen = false;
    double lat = 0.0;
    double lon = 0.0;
};

using PlaceLookup = std::function<const core::Place*(std::string_view)>;

// The candidates of `mention`, best first. A pinned place missing from them comes first.
[[nodiscard]] std::vector<CandidateRow> candidateRows(const core::Mention& mention, const PlaceLookup& find);
// As a list of maps for QML (keys as the field names).
[[nodiscard]] QVariantList toVariantList(const std::vector<CandidateRow>& rows);

} // namespace sitrep::app
