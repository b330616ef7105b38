#include "aligners/sentence_anchors.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "aligners/anchor_keys.h"
#include "checker/unicode_text.h"

namespace concord::aligners {
namespace {

struct RawWord {
  std::string direct_key;  // cognate or number key
  std::string text;        // for lexicon lookup; empty for numbers
  float base_weight = 1;
};

bool isSpaceCp(char32_t cp) { return cp == U' ' || cp == U'\u00A0' || cp == U'\u202F'; }

// The anchor words of one sentence: numbers joined across group spaces and parsed, words of 4+ letters.
std::vector<RawWord> rawWords(const Document& doc, const Sentence& sentence) {
  std::vector<RawWord> words;
  const std::string& text = doc.text();
  const auto& tokens = sentence.tokens;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const TextRange range = tokens[k].range;
    if (tokens[k].numeric) {
      TextRange joined = range;
      // "1 500": the next token is three digits after a single space.
      while (k + 1 < tokens.size() && tokens[k + 1].numeric && tokens[k + 1].range.size() == 3) {
        std::size_t length = 0;
        const char32_t between = codePointAt(text, joined.end, &length);
        if (!isSpaceCp(between) || joined.end + length != tokens[k + 1].range.begin) break;
        joined.end = tokens[++k].range.end;
      }
      const auto value = parseLocaleNumber(joined.in(text), doc.language());
      if (!value) continue;
      char key[48];
      std::snprintf(key, sizeof key, "#%.10g", *value);
      words.push_back({key, "", 2.0f});
      continue;
    }
    const std::string_view word = range.in(text);
    const std::string romanized = romanizedKey(word);
    std::string cognate = cognateKey(romanized);
    if (cognate.empty()) continue;
    const bool name = k > 0 && isUpper(codePointAt(word, 0));
    words.push_back({std::move(cognate), std::string(word), name ? 1.5f : 1.0f});
  }
  return words;
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
  // source key is kept only when the target has it (interning and counting dominated the run on long
  // documents).
  std::unordered_map<std::string, std::uint32_t> ids;
  auto intern = [&](const std::string& key) {
    return ids.emplace(key, static_cast<std::uint32_t>(ids.size())).first->second;
  };
  auto rawSide = [](const Document& doc) {
    std::vector<std::vector<RawWord>> side;
    side.reserve(doc.sentences().size());
    for (const Sentence& s : doc.sentences()) side.push_back(rawWords(doc, s));
    return side;
  };
  const auto raw_source = rawSide(source), raw_target = rawSide(target);
  auto idsOf = [&](const std::vector<std::vector<RawWord>>& side) {
    std::vector<std::vector<std::uint32_t>> result(side.size());
    for (std::size_t k = 0; k < side.size(); ++k)
      for (const RawWord& w : side[k]) result[k].push_back(intern(w.direct_key));
    return result;
  };
  const auto target_ids = idsOf(raw_target), source_ids = idsOf(raw_source);
  // Document frequency of each key per side, to weigh down words every sentence has.
  auto frequencies = [&](const std::vector<std::vector<std::uint32_t>>& side) {
    std::vector<std::uint32_t> df(ids.size(), 0), last_sentence(ids.size(), UINT32_MAX);
    for (std::size_t k = 0; k < side.size(); ++k)
      for (std::uint32_t id : side[k])
        if (last_sentence[id] != k) last_sentence[id] = static_cast<std::uint32_t>(k), ++df[id];
    return df;
  };
  const auto df_source = frequencies(source_ids), df_target = frequencies(target_ids);
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

  features.target.resize(raw_target.size());
  for (std::size_t t = 0; t < raw_target.size(); ++t) {
    SentenceAnchors& anchors = features.target[t];
    setCommon(anchors, target, t);
    for (std::size_t k = 0; k < raw_target[t].size(); ++k) {
      anchors.keys.push_back(target_ids[t][k]);
      anchors.weight += weightOf(raw_target[t][k], df_target[target_ids[t][k]]);
    }
    std::sort(anchors.keys.begin(), anchors.keys.end());
    anchors.keys.erase(std::unique(anchors.keys.begin(), anchors.keys.end()), anchors.keys.end());
  }

  // Lexicon keys of a source word, cached per spelling; only keys the target has are kept.
  std::unordered_map<std::string, std::vector<std::uint32_t>> lexicon_keys;
  auto translate = [&](const std::string& word) -> const std::vector<std::uint32_t>& {
    auto [slot, fresh] = lexicon_keys.try_emplace(word);
    if (!fresh || lexicon.size() == 0) return slot->second;
    const std::string key = lexiconKey(word);
    // The word itself, then without up to 3 final letters (inflection: "Berges" → "berg").
    const std::vector<std::string>* found = nullptr;
    for (std::size_t cut = 0; cut <= 3 && key.size() >= cut + 4 && !found; ++cut) {
      const auto& list = lexicon.translations(std::string_view(key).substr(0, key.size() - cut));
      if (!list.empty()) found = &list;
    }
    if (!found) return slot->second;
    for (const std::string& translation : *found) {
      const std::string cognate = cognateKey(romanizedKey(translation));
      if (cognate.empty()) continue;
      const auto id = ids.find(cognate);
      if (id != ids.end() && id->second < df_target.size() && inTarget(id->second))
        slot->second.push_back(id->second);
    }
    return slot->second;
  };

  features.source.resize(raw_source.size());
  for (std::size_t s = 0; s < raw_source.size(); ++s) {
    SentenceAnchors& anchors = features.source[s];
    setCommon(anchors, source, s);
    for (std::size_t k = 0; k < raw_source[s].size(); ++k) {
      const RawWord& w = raw_source[s][k];
      const std::uint32_t id = source_ids[s][k];
      AnchorWord word;
      word.weight = weightOf(w, df_source[id]);
      anchors.weight += word.weight;
      if (inTarget(id)) word.keys.push_back(id);
      word.direct = static_cast<std::uint8_t>(word.keys.size());
      if (!w.text.empty())
        for (std::uint32_t key : translate(w.text))
          if (std::find(word.keys.begin(), word.keys.end(), key) == word.keys.end()) word.keys.push_back(key);
      if (!word.keys.empty()) anchors.words.push_back(std::move(word));
    }
  }
  return features;
}

PairMatch matchPair(const SentenceAnchors& s, const SentenceAnchors& t) {
  PairMatch match;
  for (const AnchorWord& word : s.words) {
    for (std::size_t k = 0; k < word.keys.size(); ++k) {
      if (!std::binary_search(t.keys.begin(), t.keys.end(), word.keys[k])) continue;
      match.weight += word.weight;
      if (k >= word.direct) {
        match.lexicon_weight += word.weight;
        ++match.lexicon_words;
      }
      break;
    }
  }
  return match;
}

}  // namespace concord::aligners
