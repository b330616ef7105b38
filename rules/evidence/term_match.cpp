#include "rules/evidence/term_match.h"

#include <algorithm>

#include <unicode/uscript.h>

#include "aligners/anchor_keys.h"
#include "checker/model/unicode_text.h"
#include "checker/segmentation/segmenter.h"

namespace concord::rules {
namespace {

constexpr std::size_t kMinStem = 4;
constexpr std::size_t kMaxEnding = 3;

// French and Italian elided articles and pronouns glued to the next word by ICU (l’ONU, d’Ukraine, qu’il).
constexpr std::string_view kElisions[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu",
                                          "L", "D", "J", "M", "N", "S", "T", "C", "Qu"};

bool isAcronym(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t at = 0; at < word.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(word, at, &len);
    if (isLetter(cp)) {
      if (!isUpper(cp)) return false;
      ++letters;
    }
    at += std::max<std::size_t>(len, 1);
  }
  return letters >= 2;
}

Word makeWord(std::string_view text, TextRange range, std::string_view language) {
  Word word;
  range = withoutElision(text, range);
  word.range = range;
  word.surface = nfc(range.in(text));
  word.acronym = isAcronym(word.surface);
  word.key = foldKey(range.in(text), /*strip_accents=*/true);
  // Possessive and elided forms: the apostrophe's kind must not decide a match (Legion’s / Legion's).
  word.key = straightApostrophes(word.key);
  word.length = codePointCount(word.key);
  const char32_t first = codePointAt(word.surface, 0);
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(first), &status);
  if (U_SUCCESS(status) && isLetter(first) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
      script != USCRIPT_INHERITED)
    word.romanized = aligners::romanizedKey(word.surface, language);
  return word;
}

// Code points the two keys share from the start.
std::size_t commonPrefix(std::string_view a, std::string_view b) {
  std::size_t at = 0, count = 0;
  while (at < a.size() && at < b.size()) {
    std::size_t la = 0, lb = 0;
    const char32_t ca = codePointAt(a, at, &la);
    const char32_t cb = codePointAt(b, at, &lb);
    if (ca != cb || la != lb) break;
    at += la;
    ++count;
  }
  return count;
}

}  // namespace

TextRange withoutElision(std::string_view text, TextRange range) {
  const std::string_view word = range.in(text);
  for (std::string_view apostrophe : {std::string_view("\xE2\x80\x99"), std::string_view("'")}) {
    const auto at = word.find(apostrophe);
    if (at == std::string_view::npos || at + apostrophe.size() >= word.size()) continue;
    for (std::string_view elision : kElisions) {
      if (word.substr(0, at) == elision) return {range.begin + at + apostrophe.size(), range.end};
    }
  }
  return range;
}

std::vector<Word> wordsOf(const Document& doc, std::size_t first, std::size_t count) {
  std::vector<Word> words;
  for (std::size_t s = first; s < first + count && s < doc.sentences().size(); ++s) {
    const auto& tokens = doc.sentences()[s].tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      TextRange range = tokens[k].range;
      // French and Russian group thousands with a space (780 000): one number, as 780,000 is in English.
      while (tokens[k].numeric && k + 1 < tokens.size() && tokens[k + 1].numeric &&
             tokens[k + 1].range.size() == 3 && isWhiteSpace(codePointAt(doc.text(), range.end)) &&
             codePointAt(doc.text(), range.end) != U'\n') {
        std::size_t gap = 0;
        codePointAt(doc.text(), range.end, &gap);
        if (range.end + gap != tokens[k + 1].range.begin) break;
        range.end = tokens[++k].range.end;
      }
      Word word = makeWord(doc.text(), range, doc.language());
      if (tokens[k].numeric) {
        // Compare numbers on their digits: 780 000, 780,000 and 780.000 are one anchor.
        std::string digits;
        for (char c : word.key) {
          if (c >= '0' && c <= '9') digits += c;
        }
        if (!digits.empty()) word.key = digits;
      }
      words.push_back(std::move(word));
    }
  }
  return words;
}

std::vector<Word> wordsOfText(std::string_view text, const std::string& lang) {
  // Tokens come from the word breaker alone, so the shared segmenter's abbreviation list changes nothing.
  const Segmenter& segmenter = segmenterFor(lang);
  std::vector<Word> words;
  for (const Token& token : segmenter.tokens(text, {0, text.size()}))
    words.push_back(makeWord(text, token.range, lang));
  return words;
}

namespace {

// Two different keys of `la` and `lb` code points are one word inflected: a stem of 4+ shared letters and
// endings of at most 3 (2 on the shorter), or for two four-letter words, all but the last letter (рада,
// рады).
bool sameStem(std::string_view a, std::size_t la, std::string_view b, std::size_t lb) {
  if (la < kMinStem || lb < kMinStem) return false;
  const std::size_t shared = commonPrefix(a, b);
  if (la == kMinStem && lb == kMinStem) return shared == kMinStem - 1;
  return shared >= kMinStem && std::max(la, lb) - shared <= kMaxEnding &&
         std::min(la, lb) - shared <= kMaxEnding - 1;
}

}  // namespace

bool romanizedMatch(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  return a == b || sameStem(a, codePointCount(a), b, codePointCount(b));
}

bool addsPluralEnding(std::string_view word, std::string_view stem) {
  if (!word.starts_with(stem)) return false;
  const std::string_view ending = word.substr(stem.size());
  return std::find(kPluralEndings.begin(), kPluralEndings.end(), ending) != kPluralEndings.end();
}

bool inflectionMatch(const Word& a, const Word& b) {
  if (b.acronym) return a.surface == b.surface;
  // Most pairs differ at once; this test alone keeps the glossary scan (entries × words) cheap.
  if (a.key.empty() || b.key.empty() || a.key.front() != b.key.front()) return false;
  return a.key == b.key || sameStem(a.key, a.length, b.key, b.length);
}

std::optional<std::pair<std::size_t, std::size_t>> findTerm(const std::vector<Word>& words,
                                                            const std::vector<Word>& term, std::size_t from) {
  if (term.empty() || words.size() < term.size()) return std::nullopt;
  // An inflected form of a term's word keeps the word and adds an ending, or changes one letter (свобода,
  // свободы); a word two letters shorter is another word that shares its start ("cede" is not "Cedeao").
  const auto termWordAt = [&](const Word& word, const Word& term_word) {
    return word.length + 1 >= term_word.length && inflectionMatch(word, term_word);
  };
  for (std::size_t begin = from; begin + term.size() <= words.size(); ++begin) {
    bool all = true;
    for (std::size_t k = 0; k < term.size() && all; ++k) all = termWordAt(words[begin + k], term[k]);
    if (all) return std::make_pair(begin, begin + term.size());
  }
  return std::nullopt;
}

}  // namespace concord::rules
