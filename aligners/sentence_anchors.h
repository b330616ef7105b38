#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "aligners/lexicon.h"
#include "checker/model/document.h"

namespace concord::aligners {

/// Punctuation structure of a sentence: counts of quotation marks, ?, !, :, ( and digits-bearing tokens are
/// compared between sides (a question stays a question, a quote stays a quote).
inline constexpr std::size_t kPunctuationKinds = 5;
/// The most sentences a link has on one side (1-4 and 4-1 links): sizes the per-sentence evidence tables.
inline constexpr std::size_t kMaxLinkSide = 4;

/// Kinds of anchor words, by how sure their translation is to show them: a number; a name (a capitalised word
/// inside a sentence, except in German); a word the lexicon knows; any other word of 4+ letters.
enum class AnchorKind : std::uint8_t { number, name, lexicon, other };
inline constexpr std::size_t kAnchorKinds = 4;

/// A value per AnchorKind, indexed by it: the chance that a word of the kind meets its partner in a correct
/// link, or the weight its absence carries against a link (see word_evidence.h).
struct AnchorExpectations {
  std::array<float, kAnchorKinds> of{1, 1, 1, 1};
  float operator[](AnchorKind kind) const { return of[static_cast<std::size_t>(kind)]; }
};

/// Most words of one sentence that can be matched: the first 64 (a 64-bit mask per sentence pair); the words
/// after them count as never matched. Sentences that long are rare and their evidence is ample without them.
inline constexpr std::size_t kMaxMatchable = 64;

/// One word of a source sentence with the keys it may meet in the target: its own cognate/number key and the
/// cognate keys of its lexicon translations (those after `direct` are from the lexicon).
struct AnchorWord {
  std::vector<std::uint32_t> keys;
  std::uint8_t direct = 0;
  AnchorKind kind = AnchorKind::other;
  float weight = 1;
  float expected = 1;  ///< weight × expectation of its kind
  float chance = 0;    ///< share of target sentences holding one of its keys: how often it matches by chance
};

/// What the anchor aligner knows of one sentence.
struct SentenceAnchors {
  double length = 0;                                 ///< characters (code points)
  float weight = 0;                                  ///< total weight of its anchor words
  float expected = 0;                                ///< total weight × expectation of its anchor words
  std::array<float, kAnchorKinds> weight_by_kind{};  ///< `weight` split by AnchorKind
  std::vector<AnchorWord> words;    ///< source side only: the words some target sentence may match
  std::vector<std::uint32_t> keys;  ///< target side only: sorted distinct direct keys
  std::vector<float> key_weights;   ///< target side only: weight of each key's word (the largest if repeated)
  std::vector<float> key_expected;  ///< target side only: weight × expectation of each key's word
  std::vector<AnchorKind> key_kinds;  ///< target side only: kind of each key's word
  std::vector<float> key_chance;      ///< target side only: share of source sentences with a word of this key
  /// target side only: one bit per key (keyBit), so that matchPair skips the search for a key the sentence
  /// cannot hold. Most sentence pairs the DP scores are neighbours that share few words.
  std::uint64_t key_bits = 0;
  std::array<std::uint16_t, kAnchorKinds> unkeyed{};  ///< source side: words no target sentence can match
  /// Log-likelihood of all its anchor words unmatched (≤ 0; see applyMatchOdds) and the sum of its words'
  /// gains (all matched), against 1 to kMaxLinkSide sentences on the other side.
  std::array<float, kMaxLinkSide> miss{}, max_gain{};
  /// gains[n][k]: log-likelihood gain of word k (source: `words`, target: `keys`) when it is matched in a
  /// link with n + 1 sentences on the other side (see applyMatchOdds): more sentences, more chance of an
  /// accident. One flat array per n, so that the DP's inner loop reads them from one place.
  std::array<std::vector<float>, kMaxLinkSide> gains;
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
/// part of it matched only through the lexicon; the same on the target side (its words some source word met).
struct PairMatch {
  float weight = 0;
  float expected = 0;  ///< matched source words' weight × expectation
  float target_weight = 0;
  float target_expected = 0;
  float gain = 0;         ///< matched source words' log-likelihood gain
  float target_gain = 0;  ///< matched target keys' log-likelihood gain
  /// Which source words (index into `words`) and target keys (index into `keys`) matched: a word that meets
  /// two sentences of a merged link counts once. (A sentence keeps at most kMaxMatchable matchable words.)
  std::uint64_t source_mask = 0, target_mask = 0;
  std::uint16_t lexicon_words = 0;
};
/// The bit of `key` in SentenceAnchors::key_bits (Fibonacci hashing: interned ids are dense).
inline std::uint64_t keyBit(std::uint32_t key) {
  return std::uint64_t{1} << ((std::uint64_t{key} * 0x9E3779B97F4A7C15ull) >> 58);
}
PairMatch matchPair(const SentenceAnchors& s, const SentenceAnchors& t);

}  // namespace concord::aligners
