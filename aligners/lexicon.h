#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace concord::aligners {

/// Hashes std::string and std::string_view alike, so that lookups by a view build no string (C++20
/// heterogeneous lookup: aligning a long document asks the lexicon millions of times).
struct KeyHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
};
template <typename Value>
using KeyMap = std::unordered_map<std::string, Value, KeyHash, std::equal_to<>>;
using KeySet = std::unordered_set<std::string, KeyHash, std::equal_to<>>;

/// A Bloom filter over keys (2^21 bits, two probes): it says "certainly absent" without visiting a hash
/// map's nodes. Aligning a long document asks the lexicon about every word, up to four times (inflected
/// forms), and most words are in no dictionary; a map's probe is several cache misses, this one or two.
class KeyFilter {
 public:
  void add(std::string_view key) {
    const std::size_t hash = KeyHash{}(key);
    set(hash), set(hash >> 32);
  }
  bool mayContain(std::string_view key) const { return mayContain(bits_.data(), key); }
  /// The same over a filter's bits held elsewhere (a mapped table: kWords words).
  static bool mayContain(const std::uint64_t* bits, std::string_view key) {
    const std::size_t hash = KeyHash{}(key);
    return test(bits, hash) && test(bits, hash >> 32);
  }
  const std::vector<std::uint64_t>& bits() const { return bits_; }
  static constexpr std::size_t kBits = std::size_t{1} << 21;
  static constexpr std::size_t kWords = kBits / 64;

 private:
  void set(std::size_t hash) { bits_[(hash % kBits) / 64] |= std::uint64_t{1} << (hash % 64); }
  static bool test(const std::uint64_t* bits, std::size_t hash) {
    return (bits[(hash % kBits) / 64] >> (hash % 64)) & 1;
  }
  std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(kWords);
};

/// The target words of one lexicon entry, in the order the dictionaries give them, as views into the lexicon
/// (its own strings, or a memory-mapped table: lexicon_cache.h). Valid as long as the lexicon.
class TranslationList {
 public:
  class iterator {
   public:
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using iterator_category = std::forward_iterator_tag;
    using pointer = void;
    using reference = std::string_view;
    iterator() = default;
    iterator(const TranslationList* list, std::size_t at) : list_(list), at_(at) {}
    std::string_view operator*() const { return (*list_)[at_]; }
    iterator& operator++() { return ++at_, *this; }
    iterator operator++(int) { return {list_, at_++}; }
    bool operator==(const iterator& other) const { return at_ == other.at_; }

   private:
    const TranslationList* list_ = nullptr;
    std::size_t at_ = 0;
  };
  using const_iterator = iterator;
  using value_type = std::string_view;

  TranslationList() = default;
  explicit TranslationList(const std::vector<std::string>& words)
      : words_(words.data()), size_(words.size()) {}
  /// Words by id in a table: ids[0..size) index `offsets`, each word being text[offsets[id], offsets[id +
  /// 1]).
  TranslationList(const std::uint32_t* ids, std::size_t size, const std::uint32_t* offsets, const char* text)
      : ids_(ids), size_(size), offsets_(offsets), text_(text) {}

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view operator[](std::size_t k) const {
    if (words_ != nullptr) return words_[k];
    const std::uint32_t id = ids_[k];
    return {text_ + offsets_[id], offsets_[id + 1] - offsets_[id]};
  }
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, size_}; }
  bool operator==(const std::vector<std::string>& words) const {
    return std::equal(begin(), end(), words.begin(), words.end());
  }
  bool operator==(const TranslationList& other) const {
    return std::equal(begin(), end(), other.begin(), other.end());
  }

 private:
  const std::string* words_ = nullptr;
  const std::uint32_t* ids_ = nullptr;
  std::size_t size_ = 0;
  const std::uint32_t* offsets_ = nullptr;
  const char* text_ = nullptr;
};

struct LexiconTable;

/// A bilingual word list for lexical anchors: source word → target words, both as lowercase accent-stripped
/// keys (foldKey with accents removed). Only single-word translations are kept (an article or "to" in front
/// is dropped): sentence alignment needs word evidence, not phrases.
class Lexicon {
 public:
  /// Adds the entries of a FreeDict dictd dictionary. `reversed`: the file translates target → source (e.g.
  /// eng-fra used for fr→en), so each translation becomes a source word and its headword a target word.
  void addDictd(const std::string& index_path, const std::string& dict_path, bool reversed);
  void add(std::string_view source_word, std::string_view target_word);
  /// The same with keys lexiconKey already made (reading a cache: no second Unicode folding).
  void addKeys(const std::string& source_key, std::string target_key);
  /// All the target keys of one source key at once, as the cache holds them (the same lexicon as addKeys
  /// one by one, with one map insertion instead of one per translation).
  void addEntry(std::string source_key, std::vector<std::string> target_keys);
  void addSourceName(std::string name) { sources_.push_back(std::move(name)); }
  void reserve(std::size_t entries) {
    entries_.reserve(entries);
    target_words_.reserve(entries);
  }

  /// A lexicon that reads a memory-mapped table (lexicon_cache.h) instead of its own maps; it takes no more
  /// entries.
  explicit Lexicon(std::shared_ptr<const LexiconTable> table);
  Lexicon() = default;

  /// Target words for a source word key; empty when unknown.
  TranslationList translations(std::string_view source_key) const;
  /// The same for an inflected word: its key, else its key without up to `max_cut` final letters, keeping
  /// at least 4 ("Berges" → "berg", "céréaliers" → "céréalier"). Empty when none is known.
  TranslationList inflectedTranslations(std::string_view source_key, std::size_t max_cut) const;
  /// Whether a target word key is the translation of some source word: a target word the lexicon covers,
  /// whose absence from a partner sentence is evidence (an unknown word's absence is none).
  bool hasTargetWord(std::string_view target_key) const;
  std::size_t size() const;
  /// Dictionaries read ("freedict-fra-eng"), for diagnostics.
  const std::vector<std::string>& sources() const;
  /// Every source key with its target keys (for the cache; empty in a lexicon read from a table).
  const KeyMap<std::vector<std::string>>& entries() const { return entries_; }
  /// Every target key (for the cache; empty in a lexicon read from a table).
  const KeySet& targetWords() const { return target_words_; }
  /// Whether it reads a mapped table.
  bool mapped() const { return table_ != nullptr; }

 private:
  std::shared_ptr<const LexiconTable> table_;
  KeyMap<std::vector<std::string>> entries_;
  KeySet target_words_;
  KeyFilter entry_filter_, target_filter_;
  std::vector<std::string> sources_;
};

/// Adds to `out` the translations through a pivot language: source → pivot words (`first`) → target words
/// (`second`).
void composePivot(const Lexicon& first, const Lexicon& second, Lexicon& out);

/// Lowercase, accent-stripped key of a word (ASCII fast path, ICU foldKey otherwise).
std::string lexiconKey(std::string_view word);

/// Translation words of one dictd entry text: the line after the headword line, split at commas and
/// semicolons, sense numbers and parenthesised notes removed, multi-word phrases dropped.
std::vector<std::string> dictdTranslations(std::string_view entry);

/// Where the FreeDict dictionaries are read from: $CONCORD_DICTD_DIR, else /usr/share/dictd.
std::filesystem::path dictdDirectory();

/// The lexicon for a language pair (primary subtags, "de", "fr"), read once from the FreeDict dictionaries in
/// `directory` (default /usr/share/dictd, or $CONCORD_DICTD_DIR): freedict-SRC-TGT and, reversed,
/// freedict-TGT-SRC, with ISO 639-3 names from ICU. Empty when none is installed. Thread-safe; cached in the
/// process, and on disk between runs (lexicon_cache.h) where a cache directory is available.
/// While a build runs, a line on standard error for each stage (what is read, composed, written) when it
/// is a terminal; a script's standard error stays as it was.
const Lexicon& lexiconFor(const std::string& source_lang, const std::string& target_lang);

/// Told each stage of building a pair's table, one line each (no spinner); not called when the table on
/// disk is current or the process already holds the lexicon.
using LexiconProgress = std::function<void(const std::string& line)>;

/// lexiconFor, telling `progress` the stages of a build (concord cache build prints them, terminal or not).
const Lexicon& lexiconFor(const std::string& source_lang, const std::string& target_lang,
                          const LexiconProgress& progress);

/// The cache file name of a pair's table without its extension ("lexicon-fra-eng"; its ISO 639-3 codes),
/// or empty when the languages have no codes or are the same.
std::string lexiconCacheStem(const std::string& source_lang, const std::string& target_lang);

}  // namespace concord::aligners
