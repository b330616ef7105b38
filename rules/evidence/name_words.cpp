#include "rules/evidence/name_words.h"

#include <algorithm>
#include <functional>

#include "checker/model/unicode_text.h"
#include "dictionaries/hunspell_lexicon.h"
#include "rules/evidence/spelling_memo.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

// Length of a possessive ending ('s or ’s) at the end of `word`, 0 when there is none.
std::size_t possessiveLength(std::string_view word) {
  if (word.ends_with("'s") || word.ends_with("'S")) return 2;
  if (word.ends_with("\u2019s") || word.ends_with("\u2019S")) return 4;
  return 0;
}

bool isWordChar(char32_t cp) { return isLetter(cp) || isDigit(cp); }

// True when a word ends at `end`: no letter or digit follows, or only a possessive ('s, ’s) or a closing
// apostrophe. "Volochyn" does not end inside "Volochyne".
bool wordEndsAt(std::string_view text, std::size_t end) {
  std::size_t len = 0;
  const char32_t next = codePointAt(text, end, &len);
  if (next != U'\'' && next != U'\u2019') return !isWordChar(next);
  const std::string_view rest = text.substr(end + len);
  if ((rest.starts_with("s") || rest.starts_with("S")) && !isWordChar(codePointAt(rest, 1))) return true;
  return !isWordChar(codePointAt(rest, 0));
}

// Where `form` ends when it is written at `begin` of `text`, or npos. Apertium marks a word it does not know
// with a '*' ("Mohammed *ben *Salmane"): such a mark at the start of a later word of the form is skipped.
std::size_t formEnd(std::string_view text, std::size_t begin, std::string_view form,
                    const std::function<bool(std::string_view, std::string_view)>& same) {
  std::size_t at = begin;
  std::size_t matched = 0;
  while (matched < form.size()) {
    if (at >= text.size()) return std::string_view::npos;
    if (text[at] == '*' && at > begin && (text[at - 1] == ' ' || text[at - 1] == '-') &&
        form[matched] != '*') {
      ++at;
      continue;
    }
    const std::size_t next_space = form.find_first_of(" -", matched);
    const std::size_t piece = (next_space == std::string_view::npos ? form.size() : next_space + 1) - matched;
    if (at + piece > text.size() || !same(text.substr(at, piece), form.substr(matched, piece)))
      return std::string_view::npos;
    at += piece;
    matched += piece;
  }
  return at;
}

}  // namespace

std::vector<NameWord> nameWords(const Document& doc, std::size_t sentence) {
  std::vector<NameWord> words;
  const auto& tokens = doc.sentences()[sentence].tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].numeric) continue;
    TextRange range = tokens[i].range;
    range.end -= possessiveLength(doc.textOf(range));
    if (range.empty()) continue;
    NameWord word;
    word.range = range;
    word.text = std::string(doc.textOf(range));
    const char32_t first = codePointAt(word.text, 0);
    word.capitalised = isUpper(first);
    word.sentence_initial = words.empty();
    words.push_back(std::move(word));
  }
  return words;
}

std::vector<NameWord> withHyphenatedParts(const Document& doc, std::vector<NameWord> words,
                                          const HunspellLexicon* lexicon) {
  const std::string& text = doc.text();
  std::vector<NameWord> joined;
  for (std::size_t i = 0; i < words.size(); ++i) {
    NameWord word = std::move(words[i]);
    while (word.capitalised && i + 1 < words.size() && words[i + 1].range.begin == word.range.end + 1 &&
           text[word.range.end] == '-' && !words[i + 1].capitalised &&
           !isOrdinaryWord(lexicon, words[i + 1].text)) {
      word.range.end = words[i + 1].range.end;
      word.text = text.substr(word.range.begin, word.range.size());
      ++i;
    }
    joined.push_back(std::move(word));
  }
  return joined;
}

std::vector<NameWord> capitalisedWordsIn(const Document& doc, TextRange range) {
  // Only the sentences from the one that ends past the range's start: a look at every sentence of the
  // article for each aligned range made the rules that ask per sentence quadratic.
  std::vector<NameWord> words;
  const auto& sentences = doc.sentences();
  for (std::size_t s = sentenceAt(doc, range.begin);
       s < sentences.size() && sentences[s].range.begin < range.end; ++s) {
    if (!sentences[s].range.overlaps(range)) continue;
    for (NameWord& w : nameWords(doc, s)) {
      if (w.capitalised && range.contains(w.range.begin)) words.push_back(std::move(w));
    }
  }
  return words;
}

std::set<std::string> lowerCaseOnlyWordsIn(const Document& doc, TextRange range) {
  std::set<std::string> lower, capitalised;
  const auto& sentences = doc.sentences();
  for (std::size_t s = sentenceAt(doc, range.begin);
       s < sentences.size() && sentences[s].range.begin < range.end; ++s) {
    if (!sentences[s].range.overlaps(range)) continue;
    for (const NameWord& w : nameWords(doc, s)) {
      if (!range.contains(w.range.begin)) continue;
      (w.capitalised ? capitalised : lower).insert(lowerCase(w.text));
    }
  }
  for (const std::string& word : capitalised) lower.erase(word);
  return lower;
}

bool spacedPair(const Document& doc, const NameWord& before, const NameWord& after) {
  return after.range.begin == before.range.end + 1 && doc.text()[before.range.end] == ' ';
}

bool capitalisesNouns(const std::string& language) {
  const std::string primary = language.substr(0, language.find('-'));
  return primary == "de" || primary == "lb";
}

bool isOrdinaryWord(const HunspellLexicon* lexicon, std::string_view word) {
  return lexicon != nullptr && spells(*lexicon, lowerCase(word));
}

bool isKnownWord(const HunspellLexicon* lexicon, std::string_view word) {
  return lexicon != nullptr && spells(*lexicon, word);
}

std::vector<StyleMatch> findStyleVariants(const HouseStyle& style, const Document& doc,
                                          std::size_t sentence) {
  const std::string& text = doc.text();
  std::vector<StyleMatch> found;
  for (NameWord word : nameWords(doc, sentence)) {
    // d'Hormuz, l'Irak: the name starts after a French elided article.
    if (const TextRange bare = withoutElision(text, word.range); bare != word.range) {
      word.range = bare;
      word.text = std::string(doc.textOf(bare));
    }
    // The first word of a form ends at a space, hyphen or apostrophe; the token may run on ("Kiev-based").
    std::string_view head = word.text;
    head = head.substr(0, std::min(head.find_first_of(" -'"), head.find("\u2019")));
    const std::vector<const HouseStyle::Form*> forms = style.formsStartingWith(head);
    const bool all_caps =
        word.text.size() > 1 && upperCase(word.text) == word.text && lowerCase(word.text) != word.text;
    for (const HouseStyle::Form* form : forms) {
      const std::size_t begin = word.range.begin;
      // A variant matches as written or in all capitals; a preferred form in any case.
      auto same = [&](std::string_view here, std::string_view wanted) {
        if (!form->variant) return lowerCase(here) == lowerCase(wanted);
        return here == wanted || (all_caps && here == upperCase(wanted));
      };
      const std::size_t end = formEnd(text, begin, form->text, same);
      if (end == std::string_view::npos || !wordEndsAt(text, end)) continue;
      found.push_back({{begin, end}, form});
      break;  // longest first
    }
  }
  // A longer match wins over the shorter ones it overlaps: "chicken Kiev" keeps "Kiev" unreported.
  std::stable_sort(found.begin(), found.end(),
                   [](const StyleMatch& a, const StyleMatch& b) { return a.range.size() > b.range.size(); });
  std::vector<StyleMatch> kept;
  for (const StyleMatch& m : found) {
    const bool overlaps =
        std::any_of(kept.begin(), kept.end(), [&](const auto& k) { return k.range.overlaps(m.range); });
    if (!overlaps) kept.push_back(m);
  }
  std::vector<StyleMatch> variants;
  for (const StyleMatch& m : kept) {
    if (m.form->variant) variants.push_back(m);
  }
  std::sort(variants.begin(), variants.end(),
            [](const StyleMatch& a, const StyleMatch& b) { return a.range.begin < b.range.begin; });
  return variants;
}

std::size_t sentenceAt(const Document& doc, std::size_t offset) {
  const auto& sentences = doc.sentences();
  const auto found = std::partition_point(sentences.begin(), sentences.end(),
                                          [&](const Sentence& s) { return s.range.end <= offset; });
  if (found != sentences.end()) return static_cast<std::size_t>(found - sentences.begin());
  return sentences.empty() ? 0 : sentences.size() - 1;
}

}  // namespace concord::rules
