#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "aligners/lexicon.h"
#include "checker/document.h"

namespace concord::aligners {

/// Punctuation structure of a sentence: counts of quotation marks, ?, !, :, ( and digits-bearing tokens are
/// compared between sides (a question stays a question, a quote stays a quote).
inline constexpr std::size_t kPunctuationKinds = 5;

/// One word of a source sentence with the keys it may meet in the target: its own cognate/number key and the
/// cognate keys of its lexicon translations (those after `direct` are from the lexicon).
struct AnchorWord {
  std::vector<std::uint32_t> keys;
  std::uint8_t direct = 0;
  float weight = 1;
};

/// What the anchor aligner knows of one sentence.
struct SentenceAnchors {
  double length = 0;                ///< characters (code points)
  float weight = 0;                 ///< total weight of its anchor words
  std::vector<AnchorWord> words;    ///< source side only
  std::vector<std::uint32_t> keys;  ///< target side only: sorted distinct direct keys
  std::array<std::uint8_t, kPunctuationKinds> punctuation{};
  bool paragraph_end = false;  ///< last sentence of its paragraph
};

/// Anchor features of both documents, keys interned in one table so that matching is integer comparison.
/// Anchor words: numbers (by value, ICU-parsed per locale: key "#1500"), and words of 4+ letters by cognate
/// key (romanized, clusters normalised, first 5 letters), which covers identical tokens, cognates and names
/// written in another romanization. Weights: numbers 2, capitalised words inside a sentence (names) 1.5,
/// others 1, each divided by 1 + ln(number of sentences holding the key) so frequent words count less.
struct AnchorFeatures {
  std::vector<SentenceAnchors> source, target;
  std::size_t lexicon_entries = 0;
  std::string lexicon_name;  ///< "freedict-fra-eng + freedict-eng-fra", empty without one
};

AnchorFeatures buildAnchorFeatures(const Document& source, const Document& target, const Lexicon& lexicon);

/// Matched weight of source sentence `s` in target sentence `t` (the source words with a key in `t`), and the
/// part of it matched only through the lexicon.
struct PairMatch {
  float weight = 0;
  float lexicon_weight = 0;
  std::uint16_t lexicon_words = 0;
};
PairMatch matchPair(const SentenceAnchors& s, const SentenceAnchors& t);

}  // namespace concord::aligners
