#include "aligners/sentence_anchors.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

#include "aligners/anchor_keys.h"
#include "aligners/word_evidence.h"
#include "checker/model/current_deadline.h"
#include "checker/model/unicode_text.h"

namespace concord::aligners {
namespace {

enum class WordKind { number, name, word };  // AnchorKind before the lexicon is asked

// The cognate and number keys of both sides as ids, so that sentences hold and compare integers.
class KeyTable {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  // One probe of the table whether the key is new or not (on long documents most are new).
  std::uint32_t intern(std::string key) {
    return ids_.try_emplace(std::move(key), static_cast<std::uint32_t>(ids_.size())).first->second;
  }
  void reserve(std::size_t keys) { ids_.reserve(keys); }
  std::uint32_t find(std::string_view key) const {
    const auto found = ids_.find(key);
    return found == ids_.end() ? kNone : found->second;
  }
  std::size_t size() const { return ids_.size(); }

 private:
  KeyMap<std::uint32_t> ids_;
};

// Lexicon answers per spelling in a direct-mapped table: a frequent word (most of a real text) is looked up
// once, and a rare one costs a probe of a table small enough to stay in cache. (A hash map of every spelling
// of a 10,000-sentence pair did not stay in cache: its misses cost more than the lookups it saved.) 16,384
// slots: with 4,096, the corpora's few thousand spellings evicted each other (a 10,000-line news pair: 0.81 s
// CPU with 4,096, 0.73 s with 16,384; a pair of random words, where nearly every spelling is new, the same).
template <typename Value>
class SpellingCache {
 public:
  /// The slot of `spelling` and whether it is fresh (it held another spelling: the caller fills it). The
  /// reference is good until the next call.
  std::pair<Value&, bool> slot(std::string_view spelling) {
    Slot& slot = slots_[KeyHash{}(spelling) & (slots_.size() - 1)];
    const bool fresh = slot.spelling != spelling;
    if (fresh) slot = {spelling, Value{}};
    return {slot.value, fresh};
  }

 private:
  struct Slot {
    std::string_view spelling;
    Value value{};
  };
  std::vector<Slot> slots_ = std::vector<Slot>(std::size_t{1} << 14);
};

struct RawWord {
  std::uint32_t id = KeyTable::kNone;  // cognate or number key
  std::string_view text;               // the word as written, for lexicon lookups; empty for numbers
  float base_weight = 1;
  WordKind kind = WordKind::word;
};

// German (and Luxembourgish) capitalise every noun: there a capital inside a sentence does not mark a name.
bool capitalMarksNames(const std::string& lang) {
  const std::string primary = lang.substr(0, lang.find('-'));
  return primary != "de" && primary != "lb";
}

bool isSpaceCp(char32_t cp) { return cp == U' ' || cp == U'\u00A0' || cp == U'\u202F'; }

// The number that starts at token `k`, joined across digit-group spaces ("1 500": the next token is three
// digits after a single space); `k` moves to its last token.
TextRange joinedNumber(std::string_view text, const std::vector<Token>& tokens, std::size_t& k) {
  TextRange joined = tokens[k].range;
  while (k + 1 < tokens.size() && tokens[k + 1].numeric && tokens[k + 1].range.size() == 3) {
    std::size_t length = 0;
    const char32_t between = codePointAt(text, joined.end, &length);
    if (!isSpaceCp(between) || joined.end + length != tokens[k + 1].range.begin) break;
    joined.end = tokens[++k].range.end;
  }
  return joined;
}

// The anchor words of each sentence of a document: numbers joined across group spaces and parsed, words of
// 4+ letters. A number's key is worked out once per spelling and document (ICU's parse is the dearest step;
// per document, because "1.500" reads per language). A word's key is cached per spelling in a direct-mapped
// table that stays in cache: the frequent words of a real text are romanized and hashed once (30 % fewer
// instructions for the features of the benchmark's Zipf pair), and where most spellings are new (its random
// pair) the probe costs 1 % more. A hash map of every spelling cost more in cache misses than it saved.
std::vector<std::vector<RawWord>> rawWords(const Document& doc, KeyTable& keys) {
  std::unordered_map<std::string_view, std::uint32_t> number_ids;
  auto numberKey = [&](std::string_view number) {
    auto [slot, fresh] = number_ids.try_emplace(number, KeyTable::kNone);
    if (!fresh) return slot->second;
    if (const auto value = parseLocaleNumber(number, doc.language())) {
      char key[48];
      std::snprintf(key, sizeof key, "#%.10g", *value);
      slot->second = keys.intern(key);
    }
    return slot->second;
  };
  const std::string& text = doc.text();
  const bool capital_marks_names = capitalMarksNames(doc.language());
  SpellingCache<std::uint32_t> cognate_ids;  // a word's key id (kNone: too short to be an anchor)
  std::vector<std::vector<RawWord>> side(doc.sentences().size());
  for (std::size_t s = 0; s < side.size(); ++s) {
    checkCurrentDeadline();
    std::vector<RawWord>& words = side[s];
    const auto& tokens = doc.sentences()[s].tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      if (tokens[k].numeric) {
        const std::uint32_t id = numberKey(joinedNumber(text, tokens, k).in(text));
        if (id != KeyTable::kNone) words.push_back({id, {}, 2.0f, WordKind::number});
        continue;
      }
      const std::string_view word = tokens[k].range.in(text);
      auto [cached_id, fresh] = cognate_ids.slot(word);
      if (fresh) {
        std::string cognate = cognateKey(romanizedKey(word));
        cached_id = cognate.empty() ? KeyTable::kNone : keys.intern(std::move(cognate));
      }
      if (cached_id == KeyTable::kNone) continue;
      const std::uint32_t id = cached_id;
      const bool capital = k > 0 && isUpper(codePointAt(word, 0));
      const bool name = capital && capital_marks_names;
      words.push_back({id, word, capital ? 1.5f : 1.0f, name ? WordKind::name : WordKind::word});
    }
  }
  return side;
}

std::array<std::uint8_t, kPunctuationKinds> punctuationOf(std::string_view text) {
  std::array<std::uint8_t, kPunctuationKinds> counts{};
  auto bump = [&](std::size_t kind) {
    counts[kind] = static_cast<std::uint8_t>(std::min(counts[kind] + 1, 9));
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    const char32_t cp = codePointAt(text, i, &length);
    i += std::max<std::size_t>(length, 1);
    switch (cp) {
      case U'"':
      case U'«':
      case U'»':
      case U'“':
      case U'”':
      case U'„':
      case U'‹':
      case U'›':
        bump(0);
        break;
      case U'?':
        bump(1);
        break;
      case U'!':
        bump(2);
        break;
      case U':':
        bump(3);
        break;
      case U'(':
        bump(4);
        break;
      default:
        break;
    }
  }
  return counts;
}

}  // namespace

AnchorFeatures buildAnchorFeatures(const Document& source, const Document& target, const Lexicon& lexicon) {
  AnchorFeatures features;
  features.lexicon_entries = lexicon.size();
  for (const std::string& name : lexicon.sources())
    features.lexicon_name += (features.lexicon_name.empty() ? "" : " + ") + name;

  // One table interns the keys of both sides, so that document frequencies are counted per key id and a
  // source key is kept only when the target has it. The target is read first: key ids follow its order.
  KeyTable keys;
  std::size_t tokens = 0;
  for (const Document* doc : {&source, &target})
    for (const Sentence& sentence : doc->sentences()) tokens += sentence.tokens.size();
  keys.reserve(tokens);  // an upper bound: growing the table rehashes every key, in random order
  const auto raw_target = rawWords(target, keys), raw_source = rawWords(source, keys);
  // Document frequency of each key per side, to weigh down words every sentence has. `idOf` reads a key id
  // off an element of a sentence's list.
  auto frequencies = [&](const auto& side, auto idOf) {
    std::vector<std::uint32_t> df(keys.size(), 0), last_sentence(keys.size(), UINT32_MAX);
    for (std::size_t k = 0; k < side.size(); ++k)
      for (const auto& element : side[k])
        if (const std::uint32_t id = idOf(element); last_sentence[id] != k)
          last_sentence[id] = static_cast<std::uint32_t>(k), ++df[id];
    return df;
  };
  auto wordId = [](const RawWord& w) { return w.id; };
  const auto df_source = frequencies(raw_source, wordId), df_target = frequencies(raw_target, wordId);
  auto weightOf = [](const RawWord& w, std::uint32_t df) {
    return w.base_weight / (1.0f + std::log(static_cast<float>(std::max<std::uint32_t>(df, 1))));
  };
  auto setCommon = [](SentenceAnchors& anchors, const Document& doc, std::size_t index) {
    const Sentence& s = doc.sentences()[index];
    anchors.length = static_cast<double>(codePointCount(doc.textOf(s.range)));
    anchors.punctuation = punctuationOf(doc.textOf(s.range));
    const Paragraph& p = doc.paragraphs()[s.paragraph];
    anchors.paragraph_end = index + 1 == p.first_sentence + p.sentence_count;
  };
  auto inTarget = [&](std::uint32_t id) { return df_target[id] > 0; };
  auto kindOf = [](const RawWord& w, bool covered) {
    switch (w.kind) {
      case WordKind::number:
        return AnchorKind::number;
      case WordKind::name:
        return AnchorKind::name;
      case WordKind::word:
        break;
    }
    return covered ? AnchorKind::lexicon : AnchorKind::other;
  };
  // A target word is covered when the lexicon translates some source word into it (inflected forms: up to
  // 3 final letters off, as for source words); cached per spelling, as source words' translations are.
  SpellingCache<bool> target_covered;
  auto targetCovered = [&](std::string_view word) {
    if (lexicon.size() == 0) return false;
    auto [covered, fresh] = target_covered.slot(word);
    if (!fresh) return covered;
    const std::string key = lexiconKey(word);
    for (std::size_t cut = 0; cut <= 3 && key.size() >= cut + 4 && !covered; ++cut)
      covered = lexicon.hasTargetWord(std::string_view(key).substr(0, key.size() - cut));
    return covered;
  };

  features.target.resize(raw_target.size());
  for (std::size_t t = 0; t < raw_target.size(); ++t) {
    checkCurrentDeadline();
    SentenceAnchors& anchors = features.target[t];
    setCommon(anchors, target, t);
    std::vector<std::tuple<std::uint32_t, float, AnchorKind>> keyed;  // key, weight, kind
    for (const RawWord& w : raw_target[t]) {
      const float weight = weightOf(w, df_target[w.id]);
      const AnchorKind kind = kindOf(w, w.kind == WordKind::word && targetCovered(w.text));
      anchors.weight += weight;
      anchors.weight_by_kind[static_cast<std::size_t>(kind)] += weight;
      keyed.emplace_back(w.id, weight, kind);
    }
    std::sort(keyed.begin(), keyed.end());
    for (const auto& [key, weight, kind] : keyed) {
      if (!anchors.keys.empty() && anchors.keys.back() == key) {
        anchors.key_weights.back() = std::max(anchors.key_weights.back(), weight);
        continue;
      }
      if (anchors.keys.size() == kMaxMatchable) continue;  // counted in weight_by_kind, never matched
      anchors.keys.push_back(key);
      anchors.key_bits |= keyBit(key);
      anchors.key_weights.push_back(weight);
      anchors.key_kinds.push_back(kind);
    }
  }

  // Lexicon keys of a source word, cached per spelling; only keys the target has are kept. `covered`: the
  // lexicon knows the word, whether or not any of its translations is in the target.
  struct Translation {
    bool covered = false;
    std::vector<std::uint32_t> keys;
  };
  // The reference is good until the next call.
  SpellingCache<Translation> lexicon_keys;
  auto translate = [&](std::string_view word) -> const Translation& {
    auto [translation, fresh] = lexicon_keys.slot(word);
    if (!fresh || lexicon.size() == 0) return translation;
    const std::string key = lexiconKey(word);
    // The word itself, else without up to 3 final letters (inflection: "Berges" → "berg").
    const TranslationList found = lexicon.inflectedTranslations(key, 3);
    if (found.empty()) return translation;
    translation.covered = true;
    for (const std::string_view word_there : found) {
      const std::string cognate = cognateKey(romanizedKey(word_there));
      if (cognate.empty()) continue;
      const std::uint32_t id = keys.find(cognate);
      if (id != KeyTable::kNone && id < df_target.size() && inTarget(id)) translation.keys.push_back(id);
    }
    return translation;
  };

  features.source.resize(raw_source.size());
  for (std::size_t s = 0; s < raw_source.size(); ++s) {
    checkCurrentDeadline();
    SentenceAnchors& anchors = features.source[s];
    setCommon(anchors, source, s);
    for (const RawWord& w : raw_source[s]) {
      const std::uint32_t id = w.id;
      AnchorWord word;
      word.weight = weightOf(w, df_source[id]);
      const Translation* translation = w.text.empty() ? nullptr : &translate(w.text);
      word.kind = kindOf(w, translation != nullptr && translation->covered);
      anchors.weight += word.weight;
      anchors.weight_by_kind[static_cast<std::size_t>(word.kind)] += word.weight;
      if (inTarget(id)) word.keys.push_back(id);
      word.direct = static_cast<std::uint8_t>(word.keys.size());
      if (translation != nullptr)
        for (std::uint32_t key : translation->keys)
          if (std::find(word.keys.begin(), word.keys.end(), key) == word.keys.end()) word.keys.push_back(key);
      if (word.keys.empty() || anchors.words.size() == kMaxMatchable) {
        ++anchors.unkeyed[static_cast<std::size_t>(word.kind)];
        continue;
      }
      double chance = 0;
      for (std::uint32_t key : word.keys) chance += df_target[key];
      word.chance = static_cast<float>(std::min(0.95, chance / static_cast<double>(raw_target.size())));
      anchors.words.push_back(std::move(word));
    }
  }
  // The chance of a target key: the share of source sentences with a word that may meet it (the same count as
  // a document frequency, over every key a source sentence's words may meet).
  std::vector<std::vector<std::uint32_t>> source_reach(features.source.size());
  for (std::size_t s = 0; s < features.source.size(); ++s)
    for (const AnchorWord& word : features.source[s].words)
      source_reach[s].insert(source_reach[s].end(), word.keys.begin(), word.keys.end());
  const auto hits = frequencies(source_reach, [](std::uint32_t id) { return id; });
  const double source_sentences = static_cast<double>(std::max<std::size_t>(1, raw_source.size()));
  for (SentenceAnchors& anchors : features.target) {
    anchors.key_chance.resize(anchors.keys.size());
    for (std::size_t k = 0; k < anchors.keys.size(); ++k)
      anchors.key_chance[k] = static_cast<float>(std::min(0.95, hits[anchors.keys[k]] / source_sentences));
  }
  // Every word expected and no odds yet, so that matchPair may run: the aligner sets both from its match
  // chances (word_evidence.h).
  applyExpectations(features, {});
  for (SentenceAnchors& anchors : features.source)
    for (auto& gains : anchors.gains) gains.assign(anchors.words.size(), 0.0f);
  for (SentenceAnchors& anchors : features.target)
    for (auto& gains : anchors.gains) gains.assign(anchors.keys.size(), 0.0f);
  return features;
}

PairMatch matchPair(const SentenceAnchors& s, const SentenceAnchors& t) {
  PairMatch match;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const AnchorWord& word = s.words[i];
    for (std::size_t k = 0; k < word.keys.size(); ++k) {
      if ((t.key_bits & keyBit(word.keys[k])) == 0) continue;
      const auto found = std::lower_bound(t.keys.begin(), t.keys.end(), word.keys[k]);
      if (found == t.keys.end() || *found != word.keys[k]) continue;
      const auto index = static_cast<std::size_t>(found - t.keys.begin());
      match.weight += word.weight;
      match.expected += word.expected;
      match.target_weight += t.key_weights[index];
      match.target_expected += t.key_expected[index];
      match.gain += s.gains[0][i];
      // A target key met by two source words gains once.
      if ((match.target_mask & (std::uint64_t{1} << index)) == 0) match.target_gain += t.gains[0][index];
      match.source_mask |= std::uint64_t{1} << i;
      match.target_mask |= std::uint64_t{1} << index;
      if (k >= word.direct) {
        ++match.lexicon_words;
      }
      break;
    }
  }
  return match;
}

}  // namespace concord::aligners
