#include "rules/consistency/spelling_slips.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/model/letter_edits.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/name_key.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

constexpr std::size_t kShortestName = 5;
constexpr std::size_t kLongName = 8;
// A spelling has length² / 2 variants with two letters deleted: past this many letters (no real name has
// as many) a spelling is not indexed by its variants but compared with the others of a close length.
constexpr std::size_t kLongestIndexed = 40;

/// How many letter edits a slip of `length` letters may be away from the spelling it slipped from.
std::size_t editLimit(std::size_t length) { return length >= kLongName ? 2 : 1; }

/// Hashes of `word` with up to `deletions` (1 or 2) of its letters deleted, the word itself included. Two
/// words within k edits (insert, delete, substitute, swap two neighbours) have a variant in common with at
/// most k deletions on each side: a substitution or a swap is one deletion on each, an insertion one on the
/// longer word. So the variants find every pair letterEdits could accept, plus a few it then refuses.
std::vector<std::size_t> deletionVariants(const std::u32string& word, std::size_t deletions) {
  const std::hash<std::u32string_view> hash;
  std::vector<std::size_t> out{hash(word)};
  std::u32string once, twice;  // reused: assigning a word no longer than before allocates nothing
  for (std::size_t i = 0; i < word.size(); ++i) {
    once.assign(word).erase(i, 1);
    out.push_back(hash(once));
    if (deletions < 2) continue;
    for (std::size_t j = i; j < once.size(); ++j) {
      twice.assign(once).erase(j, 1);
      out.push_back(hash(twice));
    }
  }
  // A doubled letter gives the same variant twice (Tebboune without either b).
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

/// The spellings the source backs, numbered in the order of `target_counts` (so sorted numbers are
/// spellings in that order), found from a spelling by its deletion variants, or by length when long.
class IntendedSpellings {
 public:
  IntendedSpellings(const std::map<std::string, std::size_t>& target_counts,
                    const std::function<bool(const std::string&)>& source_backs) {
    for (const auto& entry : target_counts) {
      if (!source_backs(entry.first)) continue;
      const auto id = static_cast<std::uint32_t>(spellings_.size());
      spellings_.push_back(&entry);
      const std::u32string letters = codePointsOf(entry.first);
      if (letters.size() > kLongestIndexed) {
        long_by_length_.emplace(letters.size(), id);
        continue;
      }
      // The most edits any slip this spelling can be compared with allows: one of two more letters.
      for (std::size_t variant : deletionVariants(letters, editLimit(letters.size() + 2)))
        variants_.emplace_back(variant, id);
    }
    std::sort(variants_.begin(), variants_.end());
  }

  /// Spellings that may be within `limit` edits of `letters`, in the order of `target_counts`.
  std::vector<const std::pair<const std::string, std::size_t>*> near(const std::u32string& letters,
                                                                     std::size_t limit) const {
    std::vector<std::uint32_t> ids;
    if (letters.size() <= kLongestIndexed + limit) {
      for (std::size_t variant : deletionVariants(letters, limit)) {
        auto it = std::lower_bound(variants_.begin(), variants_.end(), std::pair{variant, std::uint32_t{0}});
        for (; it != variants_.end() && it->first == variant; ++it) ids.push_back(it->second);
      }
    }
    const std::size_t shortest =
        std::max(letters.size() - std::min(letters.size(), limit), kLongestIndexed + 1);
    for (auto it = long_by_length_.lower_bound(shortest);
         it != long_by_length_.end() && it->first <= letters.size() + limit; ++it)
      ids.push_back(it->second);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<const std::pair<const std::string, std::size_t>*> out;
    for (std::uint32_t id : ids) out.push_back(spellings_[id]);
    return out;
  }

 private:
  std::vector<const std::pair<const std::string, std::size_t>*> spellings_;
  std::vector<std::pair<std::size_t, std::uint32_t>> variants_;  // sorted: variant hash, spelling
  std::multimap<std::size_t, std::uint32_t> long_by_length_;     // letters, spelling
};

/// True when `word` is another spelling of `spellings` with a plural or genitive ending.
bool declinesAnother(const std::string& word, const std::map<std::string, std::size_t>& spellings) {
  for (const std::string_view ending : kPluralEndings) {
    if (word.ends_with(ending) && word.size() > ending.size() &&
        spellings.count(word.substr(0, word.size() - ending.size())) > 0)
      return true;
  }
  return false;
}

}  // namespace

std::map<std::string, std::string> spellingSlips(const std::map<std::string, std::size_t>& target_counts,
                                                 const std::set<std::string>& source_words) {
  // The source's names by their romanization-blind key: a German target's Nawalnaja is the source's
  // Navalnaya written by the target's own convention, so the source stands behind it as well.
  std::set<std::string> source_keys;
  for (const std::string& word : source_words) source_keys.insert(nameKey(word));
  auto sourceBacks = [&](const std::string& spelling) {
    return source_words.count(spelling) > 0 || source_keys.count(nameKey(spelling)) > 0;
  };
  const IntendedSpellings intended_spellings(target_counts, sourceBacks);
  std::map<std::string, std::string> slips;
  for (const auto& [slipped, slipped_count] : target_counts) {
    const std::u32string letters = codePointsOf(slipped);
    if (letters.size() < kShortestName || source_words.count(slipped) > 0) continue;
    // A declined form of a spelling the article has (Ouattaras beside Ouattara) is that name, not a slip of
    // any other, nor of the name's own slip (Ouatara).
    if (declinesAnother(slipped, target_counts)) continue;
    const std::size_t limit = editLimit(letters.size());
    const bool slip_has_source_key = source_keys.count(nameKey(slipped)) > 0;
    const std::pair<const std::string, std::size_t>* best = nullptr;
    for (const auto* candidate : intended_spellings.near(letters, limit)) {
      const auto& [intended, intended_count] = *candidate;
      if (intended == slipped || intended_count < slipped_count) continue;
      // Backed by its key alone, the intended spelling is evidence only against a slip the source does not
      // back the same way (Ivano of Iwano-Frankiwsk beside Ivan is the source's own word, romanized).
      if (source_words.count(intended) == 0 && slip_has_source_key) continue;
      if (addsPluralEnding(intended, slipped)) continue;
      if (letterEdits(slipped, intended, limit) > limit) continue;
      // Two candidates: the more frequent one is what the writer meant; a tie leaves the slip unexplained.
      if (best != nullptr && best->second == intended_count) {
        best = nullptr;
        break;
      }
      if (best == nullptr || best->second < intended_count) best = candidate;
    }
    if (best != nullptr) slips.emplace(slipped, best->first);
  }
  return slips;
}

}  // namespace concord::rules
