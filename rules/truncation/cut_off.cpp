#include "rules/truncation/cut_off.h"

#include <cmath>
#include <string>

#include <unicode/uchar.h>

#include "aligners/lexicon.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "dictionaries/name_key.h"
#include "rules/evidence/length_ratio.h"
#include "rules/evidence/name_words.h"
#include "rules/evidence/sentence_ends.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "truncation/cut-off", "A paragraph or headline that stops mid-sentence",
    "Feeds and CMS fields truncate text at a length limit, and machine translation sometimes drops the end "
    "of a long sentence. A headline ending “… concerned about a” goes out looking broken.",
    Severity::warning};

// A last sentence this far below the article's length ratio (in robust spreads, and as a factor) is cut
// short.
constexpr double kCutShortSpreads = 3.0;
constexpr double kCutShortFactor = 1.5;
// A last word this short (in, on, up) may end a line that lost its object.
constexpr std::size_t kShortLastWord = 3;

// The paragraph without trailing white space.
TextRange trimmed(std::string_view text, TextRange range) {
  while (range.end > range.begin) {
    std::size_t len = 0;
    const char32_t cp = codePointBefore(text, range.end, &len);
    if (!isWhiteSpace(cp)) break;
    range.end -= len;
  }
  return range;
}

// The last word of `range` (letters, with a trailing apostrophe for elided fr l’ d’), and its start.
struct LastWord {
  TextRange range;
  std::string word;
};
std::optional<LastWord> lastWord(std::string_view text, TextRange range) {
  std::size_t end = range.end;
  std::size_t len = 0;
  const char32_t last = codePointBefore(text, end, &len);
  if (last == U'’' || last == U'\'') end -= len;  // l’ d’ qu’
  std::size_t begin = end;
  while (begin > range.begin) {
    const char32_t cp = codePointBefore(text, begin, &len);
    if (!isLetter(cp)) break;
    begin -= len;
  }
  if (begin == end) return std::nullopt;
  return LastWord{{begin, end}, std::string(text.substr(begin, end - begin))};
}

// The last `count` words of the paragraph, for a span an editor recognises ("concerned about a").
TextRange lastWords(std::string_view text, TextRange paragraph, int count) {
  std::size_t begin = paragraph.end;
  bool in_word = false;
  while (begin > paragraph.begin) {
    std::size_t len = 0;
    const char32_t cp = codePointBefore(text, begin, &len);
    if (isWhiteSpace(cp)) {
      if (in_word && --count == 0) break;
      in_word = false;
    } else {
      in_word = true;
    }
    begin -= len;
  }
  return {begin, paragraph.end};
}

// How much shorter (percent) the link's target is than the article's own length ratio expects, when that is
// far outside the ratio's spread (`model`, the article's: nullopt when it has too few sentence pairs to
// know); nullopt otherwise.
std::optional<int> cutShort(const AlignedPair& pair, const Link& link,
                            const std::optional<RatioModel>& model) {
  if (link.source_count == 0 || link.target_count == 0) return std::nullopt;
  if (contentLength(pair.source, link.source_begin, link.source_count) < kMinJudgedLength)
    return std::nullopt;
  const auto ratio = logLengthRatio(pair, link);
  if (!model || !ratio) return std::nullopt;
  const double shortfall = model->median - *ratio;  // log of expected / actual
  if (shortfall / model->spread < kCutShortSpreads || shortfall < std::log(kCutShortFactor))
    return std::nullopt;
  return static_cast<int>(std::lround(100.0 * (1.0 - std::exp(-shortfall))));
}

// The name the source line ends on ("… vers la France") when the target line has no trace of it: not the same
// word up to inflection, not the same name in another romanization (Poutine, Putin; Харків, Kharkiv), not a
// translation the lexicon knows (Allemagne, Germany). A target ending on a stranded preposition has then lost
// its object, not moved it.
std::optional<std::string> lostFinalName(const AlignedPair& pair, const Link& link) {
  if (link.source_count == 0 || link.target_count == 0) return std::nullopt;
  const std::vector<Word> source = wordsOf(pair.source, link.source_end() - 1, 1);
  if (source.size() < 2) return std::nullopt;  // the first word is capitalised in any case
  const Word& last = source.back();
  if (last.length < 2 || !isUpper(codePointAt(last.surface, 0))) return std::nullopt;
  const aligners::Lexicon& lexicon = aligners::lexiconFor(pair.source.language(), pair.target.language());
  const aligners::TranslationList translations = lexicon.translations(aligners::lexiconKey(last.surface));
  // German capitalises every noun: a word the lexicon translates is as likely "Woche" as "Frankreich".
  if (capitalisesNouns(pair.source.language()) && !translations.empty()) return std::nullopt;
  const std::string name_key = nameKey(last.surface);
  for (const Word& word : wordsOf(pair.target, link.target_begin, link.target_count)) {
    if (inflectionMatch(word, last) || nameKey(word.surface) == name_key) return std::nullopt;
    if (!last.romanized.empty() && romanizedMatch(last.romanized, word.key)) return std::nullopt;
    for (const std::string_view translation : translations)
      if (aligners::lexiconKey(word.surface) == translation) return std::nullopt;
  }
  return last.surface;
}

}  // namespace

const RuleInfo& TruncationCutOffRule::info() const { return kInfo; }

void TruncationCutOffRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& target = pair.target;
  const Document& source = pair.source;
  const std::string& text = target.text();
  const FunctionWords& target_words = context.dictionaries().functionWords(target.lang());
  const FunctionWords& source_words = context.dictionaries().functionWords(source.lang());
  // The article's length ratio, from all of its links: once per article, not once per paragraph to judge.
  std::optional<std::optional<RatioModel>> model;
  auto articleModel = [&]() -> const std::optional<RatioModel>& {
    if (!model) model = ratioModel(pair);
    return *model;
  };

  for (const Paragraph& paragraph : target.paragraphs()) {
    if (paragraph.sentence_count == 0) continue;
    const TextRange range = trimmed(text, paragraph.range);
    if (range.empty() || endsWithTerminal(text, range)) continue;
    const std::size_t last_sentence = paragraph.first_sentence + paragraph.sentence_count - 1;
    const Link& link = pair.alignment.linkOfTarget(last_sentence);

    // The aligned source paragraph's ending, when the link has source sentences.
    std::optional<TextRange> source_paragraph;
    if (link.source_count > 0) {
      const Sentence& s = source.sentences()[link.source_end() - 1];
      source_paragraph = trimmed(source.text(), source.paragraphs()[s.paragraph].range);
    }
    const bool source_terminal = source_paragraph && endsWithTerminal(source.text(), *source_paragraph);
    std::optional<LastWord> source_last;
    if (source_paragraph) source_last = lastWord(source.text(), *source_paragraph);
    const bool source_cut =
        source_paragraph && !source_terminal && source_last && source_words.contains(source_last->word);

    const std::optional<LastWord> last = lastWord(text, range);
    const bool ends_on_function_word = last && target_words.contains(last->word);
    // A short lower-case last word the lists leave out because clauses end on it too (in, on, up), where the
    // name the source ends on is gone: "… resume in" for "… reprennent au Caire".
    std::optional<std::string> lost_after_short_word;
    if (!ends_on_function_word && last && !source_terminal && codePointCount(last->word) <= kShortLastWord &&
        !isUpper(codePointAt(last->word, 0)))
      lost_after_short_word = lostFinalName(pair, link);
    if (!ends_on_function_word && !lost_after_short_word && !(source_terminal && !paragraph.heading))
      continue;

    Finding finding;
    finding.primary = Side::target;
    finding.target = lastWords(text, range, 3);
    finding.source = source_paragraph;
    finding.confidence = link.source_count > 0 ? link.confidence : 1.0;
    const std::string kind = paragraph.heading ? "headline" : "paragraph";
    if (ends_on_function_word) {
      std::string word_class(target_words.classOf(last->word));
      if (word_class == "strandable-preposition") word_class = "preposition";
      finding.message = "the " + kind + " stops mid-sentence: it ends on the " + word_class + " “" +
                        last->word + "” with no closing punctuation";
      // The evidence is in the target itself, whatever the alignment's confidence.
      finding.confidence = 1.0;
      if (source_cut) {
        finding.notes.push_back(
            {Side::source, *source_paragraph, "the source is cut off too: fix it from the full source text"});
      }
      // English strands prepositions ("Five things to look forward to", "a cause worth fighting for"): such a
      // final preposition is only sure when the source line ends a sentence or is cut off too.
      // Unless the name the source ends on is missing from it: "… exports to" for "… vers la France".
      if (target_words.classOf(last->word) == "strandable-preposition" && !source_terminal && !source_cut) {
        if (const auto lost = lostFinalName(pair, link)) {
          finding.message += ", and the name its source ends on, “" + *lost + "”, is not in it";
        } else {
          finding.severity = Severity::info;
          finding.message = "the " + kind + " may stop mid-sentence: it ends on the preposition “" +
                            last->word + "” with no closing punctuation (English may end on one)";
        }
      }
    } else if (lost_after_short_word) {
      finding.message = "the " + kind + " stops mid-sentence: it ends on “" + last->word +
                        "” with no closing punctuation, and the name its source ends on, “" +
                        *lost_after_short_word + "”, is not in it";
    } else if (const auto shortfall = cutShort(pair, link, articleModel())) {
      // No closing punctuation and the last sentence far shorter than this article's translations run: the
      // end of the sentence is missing, whatever word it stops on ("…said that no drone had").
      finding.message = "the " + kind +
                        " stops mid-sentence: no closing punctuation where its source has one, and its last "
                        "sentence is " +
                        std::to_string(*shortfall) + "% shorter than this article's translations run";
    } else {
      // Cut after a noun or a verb ("…which would allow"), which no word list can tell, or only its full stop
      // lost: published copy is wrong either way.
      finding.message =
          "the " + kind +
          " has no closing punctuation where its source has one: cut off, or its full stop lost";
    }
    context.report(std::move(finding));
  }
}

}  // namespace concord::rules
