// Round 77: dashes and brackets, asides that hide the clause after them. The spaced dash that
// closes an aside ends a clause, and an "and" right after it opens the next clause with a subject
// of its own, as after ", and" ("… that it had \"redeployed\" outside Hama — a euphemism for
// retreat — and HTS fighters poured in"; claimshape.cpp andOpensClause, asked in claimsubjects.cpp).
// Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround77: '— a euphemism for retreat — and HTS fighters poured in' is HTS's entry")
{
    auto claims = extract("The Syrian military announced on Friday that it had \"redeployed\" outside Hama — a euphemism "
                          "for retreat — and HTS fighters poured in.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string>{"hts"});
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-06");
    // The en dash used as a dash, and a plain subject, read the same.
    claims = extract("The army said it had redeployed – a euphemism for retreat – and rebels entered Homs on Friday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
    // As the commas always did.
    claims = extract("The army said it had redeployed, a euphemism for retreat, and rebels entered Homs on Friday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
}

TEST_CASE("claimround77: the clause after the dash keeps its own subject, not the one before the aside")
{
    // Guard: the army before the aside is no subject of the entry after it, and the rebels after it
    // none of the withdrawal before it.
    const auto claims = extract("Government troops pulled out of Hama on Friday — a euphemism for retreat — and HTS "
                                "fighters entered Homs.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::on(claims, "homs", ClaimKind::Entered) == std::vector<std::string>{"hts"});
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew).empty());
    CHECK(testing::on(claims, "hama", ClaimKind::Entered).empty());
}

TEST_CASE("claimround77: a list or an afterthought after a dash reads as before")
{
    // Guard: no "and" opens a clause in a list after a dash, nor after an afterthought.
    auto claims = extract("HTS took three towns — Rastan, Talbiseh and Salamiyah.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured) == std::vector<std::string>{"hts"});
    CHECK(testing::on(claims, "salamiyah", ClaimKind::Captured) == std::vector<std::string>{"hts"});
    claims = extract("Rebels entered Hama on Friday — a blow to Assad.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
}
