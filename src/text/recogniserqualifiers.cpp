// The recogniser's reading of a name's context: qualifiers that narrow it down ("Homs province",
// "the Iraqi border town of al-Qaem", "Sweida, a southwestern city") and distances ("within 30
// kilometers of Damascus", "Saasa, 20 miles from Damascus").
#include "lexicon.h"
#include "recogniserscratch.h"

namespace sitrep::text {

using sitrep::core::PlaceKind;

namespace {

bool isUnit(std::string_view w)
{
    return w == "km" || w == "kilometers" || w == "kilometres" || w == "kilometer" || w == "kilometre" || w == "miles"
        || w == "mile" || w == "metres" || w == "meters";
}

} // namespace

void Recogniser::readQualifiers(const Scratch& s, std::size_t a, std::size_t b, Recognition& r) const
{
    const std::size_t n = s.tokens.size();
    // After the name: "Homs province", "Idlib countryside", "Hama military airport".
    if (b + 1 < n && s.joined(b + 1) && !s.tokens[b].has(kPossessive)) {
        const std::string_view w1 = s.lower(b + 1);
        const std::string_view w2 = s.lower(b + 2);
        if (w1 == "countryside") {
            r.kindHint = PlaceKind::Governorate;
            r.relation = "countryside of";
        } else if (w1 == "outskirts" || w1 == "suburbs" || w1 == "suburb") {
            r.relation = w1 == "outskirts" ? "outskirts of" : "suburbs of";
        } else if ((w1 == "air" && w2 == "base") || (w1 == "military" && (w2 == "airport" || w2 == "airbase"))) {
            r.kindHint = PlaceKind::Airbase;
        } else if (w1 == "border" && w2 == "crossing") {
            r.kindHint = PlaceKind::BorderCrossing;
        } else if (auto k = kindOfQualifier(w1)) {
            r.kindHint = *k;
        }
    }
    // Before the name: "the city of Homs", "the Iraqi border town of al-Qaem", "outskirts of Homs".
    if (a >= 2 && s.lower(a - 1) == "of" && s.joined(a)) {
        const std::string_view w2 = s.lower(a - 2);
        if (auto k = kindOfQualifier(w2)) {
            if (*k != PlaceKind::Neighbourhood || w2 != "district")
                r.kindHint = *k;
            std::size_t d = a - 3;
            if (a >= 3 && (s.lower(d) == "border" || isCompassWord(s.lower(d))) && d > 0)
                --d;
            if (a >= 3)
                if (auto c = countryOfDemonym(s.lower(d)))
                    r.countryHint = std::string(*c);
        } else if (w2 == "outskirts" || w2 == "countryside" || w2 == "suburbs" || w2 == "outside"
            || (isCompassWord(w2) && w2.find("ern") == std::string::npos && w2 != "central")) {
            if (r.relation.empty())
                r.relation = std::string(w2) + " of"; // "north of Aleppo"; a distance before it refines it below
        }
    }
    // Apposition: "al-Qaem, an Iraqi border town", "Sweida, a southwestern city".
    if (b + 2 < n && s.tokens[b + 1].has(kBreakBefore) && s.text.substr(s.tokens[b].end, 2).starts_with(",")) {
        const std::string_view det = s.lower(b + 1);
        if (det == "a" || det == "an" || det == "the") {
            std::string country;
            for (std::size_t t = b + 2; t < std::min(n, b + 7); ++t) {
                if (!s.joined(t) && t != b + 2)
                    break;
                const std::string_view w = s.lower(t);
                if (auto c = countryOfDemonym(w))
                    country = std::string(*c);
                if (auto k = kindOfQualifier(w)) {
                    if (*k != PlaceKind::Neighbourhood)
                        r.kindHint = *k;
                    if (!country.empty())
                        r.countryHint = country;
                    break;
                }
            }
        }
    }
}

void Recogniser::readRelation(const Scratch& s, std::size_t a, Recognition& r, RecognitionResult& out) const
{
    if (a < 3 || (s.lower(a - 1) != "of" && s.lower(a - 1) != "from"))
        return;
    // Walk back over "within 30 kilometers (20 miles) of" / "20 km north of".
    std::size_t t = a - 2;
    std::string direction;
    if (isCompassWord(s.lower(t)) && t > 0) {
        direction = s.lower(t);
        --t;
    }
    std::string unit(s.lower(t));
    if (!isUnit(unit))
        return;
    if (t == 0)
        return;
    std::string number(s.lower(t - 1));
    std::size_t u = t - 1;
    // A parenthesised conversion sits between the first measure and "of": take the first.
    if (numberWord(number) && u >= 2 && isUnit(s.lower(u - 1)) && numberWord(s.lower(u - 2))) {
        unit = s.lower(u - 1);
        number = s.lower(u - 2);
        u -= 2;
    }
    if (!numberWord(number))
        return;
    std::string rel;
    if (u > 0) {
        const std::string_view before = s.lower(u - 1);
        if (before == "within" || before == "about" || before == "some" || before == "roughly" || before == "around"
            || before == "nearly" || before == "almost")
            rel = std::string(before) + ' ';
    }
    rel += number + ' ' + unit + ' ';
    if (!direction.empty())
        rel += direction + ' ';
    rel += s.lower(a - 1);
    r.relation = rel;
    // "Saasa, approximately 20 miles from Damascus": the earlier name lies that far from this one.
    std::size_t lead = u;
    if (lead > 0 && !rel.starts_with(number))
        --lead; // the approximation word
    if (!out.mentions.empty() && s.lastMentionEnd != static_cast<std::size_t>(-1) && lead == s.lastMentionEnd + 1
        && s.tokens[lead].has(kBreakBefore) && direction.empty()) {
        double km = *numberWord(number);
        if (unit.starts_with("mile"))
            km *= 1.609;
        else if (unit.starts_with("met"))
            km /= 1000.0;
        auto& previous = out.mentions.back();
        previous.distanceFrom = static_cast<int>(out.mentions.size()); // this mention's index, once added
        previous.distanceKm = km;
    }
}

} // namespace sitrep::text
