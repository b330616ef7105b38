#include "rules/untranslated/word.h"

#include <algorithm>

#include "aligners/lexicon.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/language.h"
#include "dictionaries/dictionary_set.h"
#include "rules/evidence/name_words.h"
#include "rules/evidence/quote_marks.h"
#include "rules/evidence/regional_lexicons.h"
#include "rules/evidence/term_match.h"
#include "rules/untranslated/copied_nouns.h"
#include "rules/untranslated/lexicon_renderings.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "untranslated/word", "A word of the source language left in the target",
    "Machine translation leaves words it does not know in the source language — technical terms, titles, "
    "compounds (subestación, viceministra, préfecture). They read as typos to some readers and as foreign to "
    "all; an editor must translate them.",
    Severity::warning};

constexpr std::size_t kMinLetters = 4;
// Final letters a lexicon lookup may drop: a plural ending (céréaliers → céréalier, bomberos), no more: a
// longer cut reaches other words.
constexpr std::size_t kInflectionCut = 2;

struct Candidate {
  Word word;
  std::size_t quotation = 0;  // 1-based index of the quotation holding it, 0 outside quotations
  bool in_source = false;
};

// The quotations of a sentence as byte ranges, paired by role in the target locale.
std::vector<TextRange> quotations(const Document& doc, TextRange sentence) {
  std::vector<TextRange> spans;
  std::vector<std::size_t> open;
  for (const QuoteMark& mark : findQuoteMarks(doc.text(), sentence, localeQuotes(doc.lang()))) {
    if (mark.role == MarkRole::apostrophe) continue;
    const bool closes = mark.role == MarkRole::close || (mark.role == MarkRole::ambiguous && !open.empty());
    if (closes && !open.empty()) {
      spans.push_back({open.back(), mark.range.begin});
      open.pop_back();
    } else if (!closes) {
      open.push_back(mark.range.end);
    }
  }
  return spans;
}

bool plainLowercaseWord(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t at = 0; at < word.size();) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(word, at, &len);
    if (isDigit(cp) || isUpper(cp)) return false;
    if (isLetter(cp)) ++letters;
    at += std::max<std::size_t>(len, 1);
  }
  return letters >= kMinLetters;
}

// A word whose tail (5+ letters) is a source-language word the target language lacks: vice|ministra,
// sub|prefectura, Lehrer|zimmer.
bool isSourceCompound(std::string_view word, const HunspellLexicon& source, const HunspellLexicon& target) {
  constexpr std::size_t kMinTail = 5;
  std::vector<std::size_t> starts;  // byte offsets of code points
  for (std::size_t at = 0; at < word.size();) {
    starts.push_back(at);
    std::size_t len = 0;
    codePointAt(word, at, &len);
    at += std::max<std::size_t>(len, 1);
  }
  for (std::size_t k = 2; k + kMinTail <= starts.size(); ++k) {
    const std::string_view tail = word.substr(starts[k]);
    if (source.spell(tail)) return !target.spell(tail);
  }
  return false;
}

}  // namespace

const RuleInfo& UntranslatedWordRule::info() const { return kInfo; }

void UntranslatedWordRule::check(const AlignedPair& pair, RuleContext& context) const {
  if (pair.source.language() == pair.target.language()) return;
  const HunspellLexicon* source_lexicon = context.dictionaries().hunspell(pair.source.lang());
  const HunspellLexicon* target_lexicon = context.dictionaries().hunspell(pair.target.lang());
  if (!source_lexicon || !target_lexicon) return;  // no evidence either way
  const Document& target = pair.target;
  if (capitalisesNouns(pair.source.language()))
    reportCopiedNouns(pair, context, *source_lexicon, *target_lexicon);
  const aligners::Lexicon& lexicon = aligners::lexiconFor(pair.source.language(), pair.target.language());

  for (const Link& link : pair.alignment.links()) {
    context.deadline().check();
    if (link.target_count == 0) continue;
    const std::vector<Word> source_words = wordsOf(pair.source, link.source_begin, link.source_count);
    for (std::size_t t = link.target_begin; t < link.target_end(); ++t) {
      const auto spans = quotations(target, target.sentences()[t].range);
      std::vector<Candidate> candidates;
      std::vector<std::size_t> words_in_quotation(spans.size() + 1, 0);
      for (const Word& word : wordsOf(target, t, 1)) {
        std::size_t quotation = 0;
        for (std::size_t q = 0; q < spans.size(); ++q) {
          if (spans[q].begin <= word.range.begin && word.range.end <= spans[q].end) quotation = q + 1;
        }
        ++words_in_quotation[quotation];
        const std::string_view text = word.range.in(target.text());
        // Capitalised words are names or sentence starts; words with digits are codes; short words are
        // too often shared between languages (gala, mini).
        if (!plainLowercaseWord(text)) continue;
        if (knownInLanguage(context.dictionaries(), pair.target.language(), *target_lexicon, text) ||
            listedByNewsroom(context, text))
          continue;
        Candidate candidate{word, quotation, false};
        candidate.in_source = std::any_of(source_words.begin(), source_words.end(),
                                          [&](const Word& s) { return inflectionMatch(s, word); });
        // Prefixed words and compounds Hunspell lacks (viceministra) count when copied from the source
        // sentence.
        const bool copied_compound =
            candidate.in_source && isSourceCompound(text, *source_lexicon, *target_lexicon);
        if (!source_lexicon->spell(text) && !copied_compound) continue;
        candidates.push_back(candidate);
      }
      std::vector<std::size_t> flagged_in_quotation(spans.size() + 1, 0);
      for (const Candidate& c : candidates) ++flagged_in_quotation[c.quotation];
      for (const Candidate& c : candidates) {
        // A quotation made mostly of source-language words is a title or slogan kept on purpose.
        const bool kept_quotation =
            c.quotation > 0 && 2 * flagged_in_quotation[c.quotation] >= words_in_quotation[c.quotation];
        const std::string text(c.word.range.in(target.text()));
        Finding finding;
        finding.primary = Side::target;
        finding.target = c.word.range;
        finding.source = pair.sourceRangeOfTarget(t);
        // The word itself in the source sentence confirms the alignment, whatever the length model thought.
        finding.confidence = c.in_source ? std::max(link.confidence, 0.8) : link.confidence;
        finding.message =
            "“" + text + "” is a " + languageName(pair.source.language()) + " word (" +
            source_lexicon->name() + " knows it, " + target_lexicon->name() + " does not)" +
            (c.in_source ? ", also in the source sentence: left untranslated?" : ": left untranslated?");
        if (!c.in_source || kept_quotation) finding.severity = Severity::info;
        // préfecture → prefecture: the target language has the word, without the source's accents. Else the
        // bilingual lexicon's words (bomberos → firefighters), shown as choices: a dictionary does not know
        // the sense the sentence needs.
        if (c.word.key != text && target_lexicon->spell(c.word.key)) {
          finding.suggestion = c.word.key;
        } else if (const auto renderings = lexiconRenderings(lexicon, text, *target_lexicon, kInflectionCut);
                   !renderings.empty()) {
          finding.suggestion = renderings.front();
          finding.message += " The lexicon gives " + shownRenderings(renderings) + ".";
        }
        context.report(std::move(finding));
      }
    }
  }
}

}  // namespace concord::rules
