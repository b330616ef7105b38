#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/document.h"

namespace concord::rules {

/// A word of a sentence or a glossary term, with the key terms are compared on.
struct Word {
  TextRange range;         ///< byte range in the text it came from
  std::string key;         ///< NFC, case-folded, accents removed: "Légion" and "LEGION" both give "legion"
  std::size_t length = 0;  ///< code points of the key
  bool acronym = false;    ///< two or more letters, all capitals (ONU, NATO): matched case-sensitively
  std::string surface;     ///< the word as written (NFC)
  /// For a word in a non-Latin script (Cyrillic, Greek …), its romanized key in its language's BGN/PCGN
  /// system (aligners/anchor_keys.h: Харкова → "harkova", near Kharkiv's "harkiv"): tellingOverlap compares
  /// words across scripts on it. Empty otherwise.
  std::string romanized;
};

/// `range` (a word of `text`) without a French or Italian elided article or pronoun that ICU glued to it:
/// l’ONU → ONU, d'Alep → Alep, qu’il → il. Any other word comes back unchanged.
TextRange withoutElision(std::string_view text, TextRange range);

/// The words of sentences [first, first + count) of `doc`, in order.
std::vector<Word> wordsOf(const Document& doc, std::size_t first, std::size_t count);

/// The words of a free-standing string (a glossary term), segmented with `lang`'s ICU word rules.
std::vector<Word> wordsOfText(std::string_view text, const std::string& lang);

/// Two word keys that are the same word up to inflection: equal, or — both at least 4 code points long — one
/// shared stem with endings of at most 3 code points after it (Légion/Légions, свобода/свободы,
/// Legion/Legion's). Short words (pour, la, of) must match exactly.
bool inflectionMatch(const Word& a, const Word& b);

/// The endings German, English, French and Spanish add to a word for a plural or a genitive (die Okadas,
/// Putins Rede, los Borbones, pesos).
inline constexpr std::array<std::string_view, 2> kPluralEndings{"s", "es"};

/// Whether `word` is `stem` with one of kPluralEndings.
bool addsPluralEnding(std::string_view word, std::string_view stem);

/// Two romanized keys (aligners::romanizedKey) of one word in different scripts, up to inflection as
/// inflectionMatch allows it (harkova, harkiv). Keys under four letters must be equal.
bool romanizedMatch(std::string_view a, std::string_view b);

/// Where the words of `term` occur consecutively in `words` (inflection-tolerant, but a word more than one
/// letter shorter than the term's is not its form): [begin, end) word indices.
std::optional<std::pair<std::size_t, std::size_t>> findTerm(const std::vector<Word>& words,
                                                            const std::vector<Word>& term,
                                                            std::size_t from = 0);

}  // namespace concord::rules
