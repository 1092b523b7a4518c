#pragma once
// The lists a verb's objects go on with where the walk back from a place to its verb stops
// (objectFit): past an aside or an adjunct (", and of the town of Mayadin", ", as well as
// Kuweires military airport") and after a count of places ("seven villages - Hatla, Marrat, …").
// Internal to the extractor (claimobjects.cpp).
#include "claimsentence.h"

namespace sitrep::text::detail {

// "took control of Albu Kamal, the main crossing point into Iraq, and of the town of Mayadin": the
// places after ", as well as" or ", and" with the verb's own preposition, and (round 87) those taken
// "along with" / "together with" the first object ("took Rastan together with neighbouring
// Talbiseh"), added to `out`.
void listAfterAside(const Sent& s, const Trigger& t, Objects& out);
// "had taken control of seven villages on the eastern bank of the Euphrates - Hatla, Marrat, …":
// the places after the colon or dash that follows a count of places right after the verb; and
// (round 72) "its forces liberated on Monday:" then "- the town of Kafr Zita", …, "took control of
// the following villages: X, Y and Z": the places listed after a colon that opens the verb's object.
void countedList(const Sent& s, const Trigger& t, Objects& out);
// "entered the Damascus suburbs of Moadamiyat al-Sham and Darayya": the parts after "of" and their
// list take the place of the object that only says where they lie.
void partsNamedAfter(const Sent& s, Objects& out);
// "the QSD-held towns east of the river, including Hajin and al-Busayrah": the examples of a
// "-held" adjective's noun, held by its holder.
void heldExamples(const Sent& s, const Trigger& t, Objects& out);
// `p` and the places listed after it ("…, and of Mayadin and Deir ez-Zor"), added to `out`.
void takeListFrom(const Sent& s, const PlaceSlot& p, Objects& out);
// "entered the city through the Arbaeen and Tariq Halab districts": the places after "through"
// before `end`, for an entry.
void entryRoute(const Sent& s, const Trigger& t, std::size_t end, Objects& out);

// Round 98: "by the next day the town was fully under their control, as were Ahras, Deir Jamal and
// Kafr Naya", "Rastan fell to the rebels, as did Talbiseh": the places after ", as were" / "as was" /
// "as did" share what the verb says of its object, added to `out` (only when it has one).
void asWereList(const Sent& s, const Trigger& t, Objects& out);

// Round 44: "withdrew from Deir ez-Zor city, and SDF fighters rolled in on Friday": an arrival that
// names no place ("rolled in", "moved in") arrives where the sentence's earlier withdrawal left;
// that place and its list, added to `out`.
void arrivalWhereBefore(const Sent& s, const Trigger& t, Objects& out);

} // namespace sitrep::text::detail
