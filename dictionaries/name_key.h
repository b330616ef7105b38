#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// The word as plain lower-case ASCII letters: accents off, ł→l, ß→ss, apostrophes and other non-letters
/// dropped, spaces between words kept as one space. "Kyïv’s" → "kyivs"; "Hanna Maliar" → "hanna maliar".
std::string asciiLowerLetters(std::string_view text);

/// A romanization-insensitive key: two spellings of one Slavic name that differ only by the conventions of
/// English, French, German, Spanish or Polish romanization get the same key. Lower-case, accents off, then
/// letter classes merged: ou→u; shch/chtch/schtsch→s; sh/sch/sz→s; kh/ch/tch/tsch/cz/h/g→h; zh/rz/j/y/i/e→i;
/// ts/tz/c→c; w→v; x→ks; z→s; doubled letters once; a final i after a consonant dropped.
/// Kiev, Kyiv, Kiew, Kyjiw → "kiv"; Bakhmut, Bachmout → "bahmut"; Peskov, Peskow → "piskov";
/// Hanna Maliar, Ganna Malyar → "hana maliar". Coarse on purpose: callers confirm a match with other
/// evidence before reporting.
std::string nameKey(std::string_view text);

/// A finer key that only merges what English-language press itself varies on for the same name: y/i
/// (Dmitry, Dmitriy, Dmitri; Vyacheslav, Viacheslav; Zelenskyy, Zelenskyi, Zelensky), doubled letters,
/// accents. Two spellings with equal keys are both acceptable English; Koubrakov/Kubrakov or Ganna/Hanna are
/// not.
std::string englishVariationKey(std::string_view text);

/// One group of spellings that nameKey() says name the same entity.
struct SpellingCluster {
  std::string key;
  /// Each distinct spelling with how often it occurs, most frequent first (ties: first seen first).
  std::vector<std::pair<std::string, std::size_t>> spellings;
};

/// Groups `spellings` (one entry per occurrence, in text order) by nameKey(); returns only the groups that
/// hold two or more distinct spellings which are not mere English variations of each other
/// (englishVariationKey differs). Used per article by consistency/name-variants and across articles by the
/// style-guide report.
std::vector<SpellingCluster> clusterSpellings(const std::vector<std::string>& spellings);

}  // namespace concord
