#include "dictionaries/name_key.h"

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

#include <unicode/translit.h>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"

namespace concord {
namespace {

// ICU transliterators are not safe to share between threads while transliterating: one per thread.
icu::Transliterator& asciiFolder() {
  thread_local std::unique_ptr<icu::Transliterator> folder = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "NFD; [:M:] Remove; NFC; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    checkIcu(status, "Latin-ASCII transliterator");
    return t;
  }();
  return *folder;
}

// Letter groups, tried longest first at each position, so "tsch" wins over "ts" and "sch" over "ch".
constexpr std::array<std::pair<std::string_view, std::string_view>, 26> kKeyClasses{{
    {"schtsch", "s"}, {"chtch", "s"}, {"shch", "s"}, {"szcz", "s"}, {"tsch", "h"}, {"sch", "s"}, {"tch", "h"},
    {"kh", "h"},      {"ch", "h"},    {"cz", "h"},   {"sh", "s"},   {"sz", "s"},   {"zh", "i"},  {"ts", "c"},
    {"tz", "c"},      {"ou", "u"},    {"ph", "f"},   {"ck", "k"},   {"q", "k"},    {"x", "ks"},  {"w", "v"},
    {"z", "s"},       {"g", "h"},     {"j", "i"},    {"y", "i"},    {"e", "i"},
}};

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

std::string collapseDoubles(const std::string& word) {
  std::string out;
  for (char c : word) {
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  return out;
}

template <typename Fn>
std::string perWord(std::string_view text, Fn fn) {
  const std::string letters = asciiLowerLetters(text);
  std::string out;
  std::size_t start = 0;
  while (start <= letters.size()) {
    std::size_t space = letters.find(' ', start);
    if (space == std::string::npos) space = letters.size();
    if (space > start) {
      if (!out.empty()) out.push_back(' ');
      out += fn(letters.substr(start, space - start));
    }
    start = space + 1;
  }
  return out;
}

std::string keyOfWord(const std::string& word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    bool matched = false;
    for (const auto& [from, to] : kKeyClasses) {
      if (word.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
        matched = true;
        break;
      }
    }
    if (!matched) out.push_back(word[i++]);
  }
  out = collapseDoubles(out);
  // Final -i/-y/-e varies freely across conventions (Zelensky/Zelenskyi, Oleksandr/Olexandre).
  if (out.size() > 3 && out.back() == 'i' && !isVowel(out[out.size() - 2])) out.pop_back();
  return out;
}

std::string variationOfWord(const std::string& word) {
  std::string out = word;
  std::replace(out.begin(), out.end(), 'y', 'i');
  return collapseDoubles(out);
}

}  // namespace

std::string asciiLowerLetters(std::string_view text) {
  // ASCII text has no marks and nothing for Latin-ASCII to do, only capitals to lower: the transliterator,
  // called for every capitalised word of a batch, is skipped for it.
  std::string folded;
  if (isAscii(text)) {
    folded = text;
  } else {
    icu::UnicodeString value =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    asciiFolder().transliterate(value);
    folded = toUtf8(value);
  }
  for (char& c : folded)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  std::string out;
  for (char c : folded) {
    if (c >= 'a' && c <= 'z') {
      out.push_back(c);
    } else if ((c == ' ' || c == '-' || c == '\t' || c == '\n') && !out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string nameKey(std::string_view text) { return perWord(text, keyOfWord); }

std::string englishVariationKey(std::string_view text) { return perWord(text, variationOfWord); }

std::vector<SpellingCluster> clusterSpellings(const std::vector<std::string>& spellings) {
  std::map<std::string, SpellingCluster> by_key;
  std::vector<std::string> key_order;
  for (const std::string& spelling : spellings) {
    const std::string key = nameKey(spelling);
    if (key.empty()) continue;
    auto [it, inserted] = by_key.try_emplace(key, SpellingCluster{key, {}});
    if (inserted) key_order.push_back(key);
    auto& list = it->second.spellings;
    auto found = std::find_if(list.begin(), list.end(), [&](const auto& s) { return s.first == spelling; });
    if (found == list.end())
      list.emplace_back(spelling, 1);
    else
      ++found->second;
  }
  std::vector<SpellingCluster> clusters;
  for (const std::string& key : key_order) {
    SpellingCluster& cluster = by_key.at(key);
    bool differ = false;
    const std::string first = englishVariationKey(cluster.spellings.front().first);
    for (const auto& s : cluster.spellings) differ = differ || englishVariationKey(s.first) != first;
    if (!differ) continue;
    std::stable_sort(cluster.spellings.begin(), cluster.spellings.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    clusters.push_back(std::move(cluster));
  }
  return clusters;
}

}  // namespace concord
