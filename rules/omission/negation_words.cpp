#include "rules/omission/negation_words.h"

#include <string>

#include "checker/model/unicode_text.h"
#include "rules/evidence/spelling_memo.h"

namespace concord::rules {
namespace {

// A with-particle word negates this many words after the particle at most (ne … plus, n'a jamais plus).
constexpr std::size_t kParticleReach = 6;
// A negator right after a privative is the privative's own negative concord ("sin ningún control", "sans
// aucun", "без никаких"): one negation of the noun, "without any control". Only the next word: a negator
// further on negates its own verb ("без них не обойтись", "can't do without them").
constexpr std::size_t kPrivativeReach = 1;

struct KeyedWord {
  TextRange range;
  std::string key;
};

// The words of the sentences as negation keys; an elided form (n'a) becomes two words, n and a.
std::vector<KeyedWord> keyedWords(const Document& doc, std::size_t first, std::size_t count,
                                  const NegationWords& words) {
  std::vector<KeyedWord> keyed;
  for (std::size_t s = first; s < first + count && s < doc.sentences().size(); ++s) {
    for (const Token& token : doc.sentences()[s].tokens) {
      if (token.numeric) continue;
      const std::string key = negationKey(doc.textOf(token.range));
      const std::size_t apostrophe = key.find('\'');
      if (apostrophe != std::string::npos && apostrophe + 1 < key.size() &&
          words.isElision(key.substr(0, apostrophe))) {
        // The elided form's bytes in the text: up to its apostrophe, which is 1 byte (') or 3 (’).
        const std::string_view written = doc.textOf(token.range);
        const std::size_t cut = written.find_first_of("'\xE2");
        keyed.push_back({{token.range.begin, token.range.begin + cut}, key.substr(0, apostrophe)});
        const std::size_t rest = written[cut] == '\'' ? cut + 1 : cut + 3;
        keyed.push_back({{token.range.begin + rest, token.range.end}, key.substr(apostrophe + 1)});
        continue;
      }
      keyed.push_back({token.range, key});
    }
  }
  return keyed;
}

// Marks the words of every one of `phrases` (not-negation phrases: plus que jamais) in `keyed`.
std::vector<bool> inPhrases(const std::vector<KeyedWord>& keyed,
                            const std::vector<std::vector<std::string>>& phrases) {
  std::vector<bool> covered(keyed.size(), false);
  for (const std::vector<std::string>& phrase : phrases) {
    if (phrase.empty() || phrase.size() > keyed.size()) continue;
    for (std::size_t i = 0; i + phrase.size() <= keyed.size(); ++i) {
      bool match = true;
      for (std::size_t k = 0; k < phrase.size() && match; ++k) match = keyed[i + k].key == phrase[k];
      if (match)
        for (std::size_t k = 0; k < phrase.size(); ++k) covered[i + k] = true;
    }
  }
  return covered;
}

// Whether the particle at `at` is restrictive (ne … que, "only"): a restrictive word follows within reach
// before any negator ("il ne peut que constater", but "il ne peut pas que …" negates).
bool restrictiveParticle(const std::vector<KeyedWord>& keyed, std::size_t at, const NegationWords& words) {
  for (std::size_t k = at + 1; k < keyed.size() && k <= at + kParticleReach; ++k) {
    const NegationWords::Kind kind = words.kindOf(keyed[k].key);
    if (kind == NegationWords::Kind::negator || kind == NegationWords::Kind::privative) return false;
    if (kind == NegationWords::Kind::restrictive) return true;
  }
  return false;
}

}  // namespace

std::vector<Negation> negationsIn(const Document& doc, std::size_t first, std::size_t count,
                                  const NegationWords& words) {
  std::vector<Negation> found;
  if (words.empty()) return found;
  const std::vector<KeyedWord> keyed = keyedWords(doc, first, count, words);
  const std::vector<bool> excluded = inPhrases(keyed, words.notNegationPhrases());
  std::size_t particle_reach_end = 0;   // with-particle words negate before this index
  std::size_t privative_reach_end = 0;  // negators before this index agree with a privative
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    if (excluded[i]) continue;
    const NegationWords::Kind kind = words.kindOf(keyed[i].key);
    if (kind == NegationWords::Kind::particle) {
      const bool restrictive = restrictiveParticle(keyed, i, words);
      particle_reach_end = restrictive ? 0 : i + 1 + kParticleReach;
      // A with-particle word as the subject before it: "personne n'a été blessé".
      if (!restrictive && i > 0 && !excluded[i - 1] &&
          words.kindOf(keyed[i - 1].key) == NegationWords::Kind::with_particle)
        found.push_back({keyed[i - 1].range, false});
    } else if (kind == NegationWords::Kind::privative) {
      found.push_back({keyed[i].range, true});
      privative_reach_end = i + 1 + kPrivativeReach;
    } else if (kind == NegationWords::Kind::negator && i < privative_reach_end) {
      continue;  // "sin ningún": the privative's concord, counted with it
    } else if (kind == NegationWords::Kind::negator || words.hasNegatingSuffix(keyed[i].key) ||
               (kind == NegationWords::Kind::with_particle && i < particle_reach_end)) {
      found.push_back({keyed[i].range, false});
    }
  }
  return found;
}

std::vector<TextRange> negatorsInBounds(const Document& doc, std::size_t first, std::size_t count,
                                        const NegationWords& words) {
  std::vector<TextRange> found;
  const std::vector<KeyedWord> keyed = keyedWords(doc, first, count, words);
  // Bounds only: "no doubt" or "un pas" render no negation of the source.
  const std::vector<bool> in_phrase = inPhrases(keyed, words.boundPhrases());
  for (std::size_t i = 0; i < keyed.size(); ++i)
    if (in_phrase[i] && words.kindOf(keyed[i].key) == NegationWords::Kind::negator)
      found.push_back(keyed[i].range);
  return found;
}

bool hasLexicalNegation(const Document& doc, std::size_t first, std::size_t count, const NegationWords& words,
                        const HunspellLexicon* spelling) {
  for (const KeyedWord& word : keyedWords(doc, first, count, words)) {
    if (words.kindOf(word.key) == NegationWords::Kind::lexical) return true;
    for (const std::string& prefix : words.lexicalPrefixes()) {
      if (word.key.size() <= prefix.size() + 3 || !word.key.starts_with(prefix)) continue;
      std::string_view stem = std::string_view(word.key).substr(prefix.size());
      if (stem.front() == '-') stem.remove_prefix(1);  // non-binding
      if (spelling != nullptr && stem.size() >= 4 && spells(*spelling, stem)) return true;
    }
  }
  return false;
}

}  // namespace concord::rules
