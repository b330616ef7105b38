#include "aligners/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

#include <unicode/locid.h>

#include "aligners/dictd_reader.h"
#include "aligners/lexicon_cache.h"
#include "checker/unicode_text.h"

namespace concord::aligners {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Leading words a translation may carry that are not the word itself ("to go", "la maison", "der Berg").
bool isFunctionPrefix(std::string_view word) {
  static const std::vector<std::string_view> kWords = {"to",   "the", "a",   "an",  "le",  "la",  "les",
                                                       "l'",   "un",  "une", "der", "die", "das", "ein",
                                                       "eine", "el",  "los", "las", "se",  "sich"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

std::string iso3(const std::string& lang) {
  const icu::Locale locale(lang.c_str());
  const char* code = locale.getISO3Language();
  return code == nullptr ? std::string() : std::string(code);
}

}  // namespace

std::string lexiconKey(std::string_view word) {
  const bool ascii =
      std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) return foldKey(word, true);
  std::string key(word);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return key;
}

std::vector<std::string> dictdTranslations(std::string_view entry) {
  const auto first_newline = entry.find('\n');
  if (first_newline == std::string_view::npos) return {};
  std::string_view line = entry.substr(first_newline + 1);
  line = line.substr(0, line.find('\n'));
  std::string cleaned;
  int depth = 0;  // drop "(familier)", "[math]" notes
  for (char c : line) {
    if (c == '(' || c == '[' || c == '<') ++depth;
    if (depth == 0) cleaned += c;
    if ((c == ')' || c == ']' || c == '>') && depth > 0) --depth;
  }
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= cleaned.size()) {
    std::size_t end = cleaned.find_first_of(",;", start);
    if (end == std::string::npos) end = cleaned.size();
    std::string_view item = trim(std::string_view(cleaned).substr(start, end - start));
    start = end + 1;
    // A trailing sense number ("Americain 2.") belongs to FreeDict's layout, not to the word.
    while (!item.empty() && (item.back() == '.' || (item.back() >= '0' && item.back() <= '9')))
      item.remove_suffix(1);
    item = trim(item);
    std::vector<std::string_view> parts;
    for (std::size_t p = 0; p < item.size();) {
      std::size_t q = item.find(' ', p);
      if (q == std::string_view::npos) q = item.size();
      if (q > p) parts.push_back(item.substr(p, q - p));
      p = q + 1;
    }
    if (parts.size() == 2 && isFunctionPrefix(lexiconKey(parts[0]))) parts.erase(parts.begin());
    if (parts.size() == 1) words.emplace_back(parts[0]);
  }
  return words;
}

void Lexicon::add(std::string_view source_word, std::string_view target_word) {
  std::string source = lexiconKey(source_word), target = lexiconKey(target_word);
  if (source.empty() || target.empty()) return;
  addKeys(source, std::move(target));
}

void Lexicon::addKeys(const std::string& source_key, std::string target_key) {
  target_words_.insert(target_key);
  auto& list = entries_[source_key];
  if (std::find(list.begin(), list.end(), target_key) == list.end()) list.push_back(std::move(target_key));
}

void Lexicon::addDictd(const std::string& index_path, const std::string& dict_path, bool reversed) {
  readDictd(index_path, dict_path, [&](std::string_view headword, std::string_view entry) {
    if (headword.find(' ') != std::string_view::npos) return;  // phrases are no word anchors
    for (const std::string& word : dictdTranslations(entry)) {
      if (reversed)
        add(word, headword);
      else
        add(headword, word);
    }
  });
  sources_.push_back(std::filesystem::path(index_path).stem().string());
}

const std::vector<std::string>& Lexicon::translations(std::string_view source_key) const {
  static const std::vector<std::string> kNone;
  const auto found = entries_.find(std::string(source_key));
  return found == entries_.end() ? kNone : found->second;
}

bool Lexicon::hasTargetWord(std::string_view target_key) const {
  return target_words_.count(std::string(target_key)) > 0;
}

const Lexicon& lexiconFor(const std::string& source_lang, const std::string& target_lang) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::unique_ptr<Lexicon>> cache;
  const std::lock_guard lock(mutex);
  auto& slot = cache[{source_lang, target_lang}];
  if (slot) return *slot;
  slot = std::make_unique<Lexicon>();
  const char* env = std::getenv("CONCORD_DICTD_DIR");
  const std::filesystem::path dir = env != nullptr && *env != '\0' ? env : "/usr/share/dictd";
  const std::string src = iso3(source_lang), tgt = iso3(target_lang);
  if (src.empty() || tgt.empty() || src == tgt) return *slot;
  struct Part {
    std::string index, dict;
    bool reversed;
  };
  std::vector<Part> parts;
  std::vector<std::filesystem::path> files;
  for (const auto& [from, to, reversed] : {std::tuple(src, tgt, false), std::tuple(tgt, src, true)}) {
    const auto base = dir / ("freedict-" + from + "-" + to);
    const std::string index = base.string() + ".index", dict = base.string() + ".dict.dz";
    if (!std::filesystem::exists(index) || !std::filesystem::exists(dict)) continue;
    parts.push_back({index, dict, reversed});
    files.insert(files.end(), {index, dict});
  }
  if (parts.empty()) return *slot;
  // Parsing the German dictionaries takes seconds; a cache of the result is read in a tenth of that.
  const auto cache_dir = concordCacheDir();
  const std::string fingerprint = dictdFingerprint(files);
  const auto cache_file =
      cache_dir ? std::optional(*cache_dir / ("lexicon-" + src + "-" + tgt + ".bin")) : std::nullopt;
  if (cache_file) {
    if (auto cached = readLexiconCache(*cache_file, fingerprint)) {
      *slot = std::move(*cached);
      return *slot;
    }
  }
  for (const Part& part : parts) slot->addDictd(part.index, part.dict, part.reversed);
  if (cache_file) writeLexiconCache(*slot, *cache_file, fingerprint);
  return *slot;
}

}  // namespace concord::aligners
