#include "aligners/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <tuple>

#include <unicode/locid.h>
#include <unistd.h>

#include "aligners/dictd_reader.h"
#include "aligners/lexicon_cache.h"
#include "checker/model/load_once.h"
#include "checker/model/unicode_text.h"

namespace concord::aligners {
namespace {

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

struct DictdPart {
  std::string index, dict;
  bool reversed;
};

// The installed dictionaries that translate `from` → `to`: freedict-from-to, and freedict-to-from read
// reversed.
std::vector<DictdPart> dictdParts(const std::filesystem::path& dir, const std::string& from,
                                  const std::string& to) {
  std::vector<DictdPart> parts;
  for (const auto& [a, b, reversed] : {std::tuple(from, to, false), std::tuple(to, from, true)}) {
    const auto base = dir / ("freedict-" + a + "-" + b);
    const std::string index = base.string() + ".index", dict = base.string() + ".dict.dz";
    if (!std::filesystem::exists(index) || !std::filesystem::exists(dict)) continue;
    parts.push_back({index, dict, reversed});
  }
  return parts;
}

}  // namespace

// Every composition is kept, however ambiguous the pivot word: the aligner weighs a word by how often its
// keys occur by chance (AnchorWord::chance), and keeping only translations two pivot words agree on, or only
// the best-supported ones, scored lower on the tuning sets (docs/aligner.md).
void composePivot(const Lexicon& first, const Lexicon& second, Lexicon& out) {
  for (const auto& [source, pivots] : first.entries())
    for (const std::string& pivot : pivots)
      for (const std::string_view target : second.translations(pivot))
        out.addKeys(source, std::string(target));
}

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
  // FreeDict's layouts differ by dictionary: "(familier)" and "[math]" notes, IPA between slashes
  // ("Thursday <n>Thu,  /tˈuː/"), grammar tags with an abbreviation glued on after them, and sense numbers
  // inside the line ("1. суд 2."). Notes and IPA are dropped; a grammar tag and a sense number end an item.
  std::string cleaned;
  int depth = 0;
  bool in_ipa = false;
  for (std::size_t k = 0; k < line.size(); ++k) {
    const char c = line[k];
    if (c == '/' && depth == 0) {
      in_ipa = !in_ipa;
      continue;
    }
    if (in_ipa) continue;
    if (c == '(' || c == '[' || c == '<') ++depth;
    if (depth == 0) cleaned += c;
    if ((c == ')' || c == ']' || c == '>') && depth > 0 && --depth == 0 && c == '>') cleaned += ',';
  }
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= cleaned.size()) {
    std::size_t end = cleaned.find_first_of(",;", start);
    if (end == std::string::npos) end = cleaned.size();
    std::string_view item = std::string_view(cleaned).substr(start, end - start);
    start = end + 1;
    std::vector<std::string_view> parts;
    for (std::size_t p = 0; p < item.size();) {
      std::size_t q = item.find_first_of(" \t\r", p);
      if (q == std::string_view::npos) q = item.size();
      std::string_view part = item.substr(p, q - p);
      p = q + 1;
      if (part.empty()) continue;
      // A sense number ("2.") ends one translation and starts the next.
      if (std::all_of(part.begin(), part.end(), [](char d) { return (d >= '0' && d <= '9') || d == '.'; })) {
        if (parts.size() == 1) words.emplace_back(parts[0]);
        parts.clear();
        continue;
      }
      parts.push_back(part);
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
  entry_filter_.add(source_key);
  target_filter_.add(target_key);
  target_words_.insert(target_key);
  auto& list = entries_[source_key];
  if (std::find(list.begin(), list.end(), target_key) == list.end()) list.push_back(std::move(target_key));
}

void Lexicon::addEntry(std::string source_key, std::vector<std::string> target_keys) {
  const auto [entry, inserted] = entries_.try_emplace(std::move(source_key));
  if (!inserted) {
    for (std::string& target : target_keys) addKeys(entry->first, std::move(target));
    return;
  }
  entry_filter_.add(entry->first);
  std::vector<std::string>& list = entry->second;
  list.reserve(target_keys.size());
  for (std::string& target : target_keys) {
    if (std::find(list.begin(), list.end(), target) != list.end()) continue;
    target_filter_.add(target);
    target_words_.insert(target);
    list.push_back(std::move(target));
  }
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

Lexicon::Lexicon(std::shared_ptr<const LexiconTable> table) : table_(std::move(table)) {}

namespace {

// The id of `key` in a mapped table's trie, or nullopt. The agent is the thread's own: lookups from a batch's
// workers share the trie, which is read-only, but not an agent.
std::optional<std::size_t> idIn(const marisa::Trie& trie, std::string_view key) {
  thread_local marisa::Agent agent;
  agent.set_query(key.data(), key.size());
  if (!trie.lookup(agent)) return std::nullopt;
  return agent.key().id();
}

}  // namespace

TranslationList Lexicon::translations(std::string_view source_key) const {
  if (table_) {
    if (!KeyFilter::mayContain(table_->source_filter, source_key)) return {};
    const auto id = idIn(table_->source_keys, source_key);
    if (!id) return {};
    const std::uint32_t begin = table_->entry_begin[*id], end = table_->entry_begin[*id + 1];
    return {table_->entry_targets + begin, end - begin, table_->target_offsets, table_->target_text};
  }
  if (!entry_filter_.mayContain(source_key)) return {};
  const auto found = entries_.find(source_key);
  return found == entries_.end() ? TranslationList() : TranslationList(found->second);
}

TranslationList Lexicon::inflectedTranslations(std::string_view source_key, std::size_t max_cut) const {
  for (std::size_t cut = 0; cut <= max_cut && source_key.size() >= cut + 4; ++cut) {
    const TranslationList list = translations(source_key.substr(0, source_key.size() - cut));
    if (!list.empty()) return list;
  }
  return {};
}

bool Lexicon::hasTargetWord(std::string_view target_key) const {
  if (table_)
    return KeyFilter::mayContain(table_->target_filter, target_key) &&
           idIn(table_->target_keys, target_key).has_value();
  return target_filter_.mayContain(target_key) && target_words_.contains(target_key);
}

std::size_t Lexicon::size() const { return table_ ? table_->source_keys.num_keys() : entries_.size(); }

const std::vector<std::string>& Lexicon::sources() const { return table_ ? table_->names : sources_; }

std::filesystem::path dictdDirectory() {
  const char* env = std::getenv("CONCORD_DICTD_DIR");
  return env != nullptr && *env != '\0' ? env : "/usr/share/dictd";
}

namespace {

// The lexicon of one language pair, from the on-disk cache when it is current, else from the dictionaries.
Lexicon buildLexicon(const std::string& source_lang, const std::string& target_lang,
                     const LexiconProgress& progress) {
  Lexicon lexicon;
  const std::filesystem::path dir = dictdDirectory();
  const std::string stem = lexiconCacheStem(source_lang, target_lang);
  if (stem.empty()) return lexicon;
  const std::string src = iso3(source_lang), tgt = iso3(target_lang);
  std::vector<DictdPart> parts = dictdParts(dir, src, tgt);
  // A pivot through German or English where both halves are installed: French–English has 8,000 entries of
  // its own, German–English 135,000 (see composePivot).
  std::string pivot;
  std::vector<DictdPart> to_pivot, from_pivot;
  for (const std::string candidate : {"deu", "eng"}) {
    if (candidate == src || candidate == tgt) continue;
    to_pivot = dictdParts(dir, src, candidate);
    from_pivot = dictdParts(dir, candidate, tgt);
    if (!to_pivot.empty() && !from_pivot.empty()) {
      pivot = candidate;
      break;
    }
  }
  if (pivot.empty()) to_pivot.clear(), from_pivot.clear();
  std::vector<std::filesystem::path> files;
  for (const auto* list : {&parts, &to_pivot, &from_pivot})
    for (const DictdPart& part : *list) files.insert(files.end(), {part.index, part.dict});
  if (files.empty()) return lexicon;
  // Parsing the German dictionaries takes seconds; the table built from them once is mapped in microseconds.
  const auto cache_dir = concordCacheDir();
  const std::string fingerprint = dictdFingerprint(files);
  const auto table_file = cache_dir ? std::optional(*cache_dir / (stem + ".map")) : std::nullopt;
  const std::string pair = src + "-" + tgt;
  if (table_file) {
    if (auto table = openLexiconTable(*table_file, fingerprint)) return Lexicon(std::move(table));
    progress("building the " + pair + " word table from FreeDict into " + table_file->string() +
             " (once per machine, until the dictionaries change)");
  }
  progress(pair + ": reading " + std::to_string(parts.size()) + " FreeDict dictionar" +
           (parts.size() == 1 ? "y" : "ies"));
  for (const DictdPart& part : parts) lexicon.addDictd(part.index, part.dict, part.reversed);
  if (!pivot.empty()) {
    progress(pair + ": reading " + std::to_string(to_pivot.size() + from_pivot.size()) +
             " more to compose through " + pivot);
    Lexicon first, second;
    for (const DictdPart& part : to_pivot) first.addDictd(part.index, part.dict, part.reversed);
    for (const DictdPart& part : from_pivot) second.addDictd(part.index, part.dict, part.reversed);
    composePivot(first, second, lexicon);
    // Named as the verbose output shows it: "(freedict-fra-deu + freedict-deu-fra → freedict-deu-eng)".
    std::string name = "(";
    for (const auto* half : {&first, &second}) {
      if (half == &second) name += " → ";
      for (std::size_t k = 0; k < half->sources().size(); ++k)
        name.append(k == 0 ? "" : " + ").append(half->sources()[k]);
    }
    lexicon.addSourceName(name + ")");
  }
  // Read back through the table, so that a run that built it answers exactly as every later run will.
  if (table_file) progress(pair + ": writing " + std::to_string(lexicon.size()) + " entries");
  if (table_file && writeLexiconTable(lexicon, *table_file, fingerprint))
    if (auto table = openLexiconTable(*table_file, fingerprint)) return Lexicon(std::move(table));
  return lexicon;
}

}  // namespace

std::string lexiconCacheStem(const std::string& source_lang, const std::string& target_lang) {
  const std::string src = iso3(source_lang), tgt = iso3(target_lang);
  if (src.empty() || tgt.empty() || src == tgt) return {};
  return "lexicon-" + src + "-" + tgt;
}

const Lexicon& lexiconFor(const std::string& source_lang, const std::string& target_lang,
                          const LexiconProgress& progress) {
  // Never destroyed (load_once.h): freeing a 135,000-entry lexicon at exit is time spent for nothing.
  static const auto& lexicons = *new LoadOnce<std::pair<std::string, std::string>, Lexicon>();
  return lexicons.get({source_lang, target_lang},
                      [&] { return buildLexicon(source_lang, target_lang, progress); });
}

const Lexicon& lexiconFor(const std::string& source_lang, const std::string& target_lang) {
  // For a person waiting at a terminal; a script's or a CI job's standard error stays as it was (findings'
  // exit status and stderr must not depend on whether this machine built its table yet).
  return lexiconFor(source_lang, target_lang, [](const std::string& line) {
    if (::isatty(STDERR_FILENO) != 0) std::cerr << "concord: " << line << '\n';
  });
}

}  // namespace concord::aligners
