#include "checker/segmentation/segmenter.h"

#include <algorithm>
#include <filesystem>

#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/smpdtfmt.h>
#include <unicode/ulocdata.h>

#include "checker/model/current_deadline.h"
#include "checker/model/data_dir.h"
#include "checker/model/error.h"
#include "checker/model/load_once.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/text_file.h"
#include "checker/segmentation/paragraphs.h"

namespace concord {
namespace {

std::unique_ptr<icu::BreakIterator> makeSentenceBreaker(const std::string& lang) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(lang.c_str());
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
  checkIcu(status, "sentence break iterator");
  // Locales without suppression data (uk, pl …) make createInstance fail: use the plain iterator then.
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status) || !builder) return base;
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.release(), status));
  checkIcu(status, "sentence break suppressions");
  return filtered;
}

// The last white-space separated word of a range.
std::string_view lastWord(std::string_view text, TextRange range) {
  const std::string_view s = range.in(text);
  const auto space = s.find_last_of(" \t\n");
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

std::u32string closingMarks(const std::string& lang) {
  UErrorCode status = U_ZERO_ERROR;
  ULocaleData* data = ulocdata_open(lang.c_str(), &status);
  std::u32string openers;
  std::u32string closers = U"»›";
  if (U_SUCCESS(status)) {
    for (auto [open, close] : {std::pair{ULOCDATA_QUOTATION_START, ULOCDATA_QUOTATION_END},
                               std::pair{ULOCDATA_ALT_QUOTATION_START, ULOCDATA_ALT_QUOTATION_END}}) {
      UChar buffer[8];
      UErrorCode s = U_ZERO_ERROR;
      int32_t n = ulocdata_getDelimiter(data, open, buffer, 8, &s);
      if (U_SUCCESS(s) && n > 0) openers += static_cast<char32_t>(icu::UnicodeString(buffer, n).char32At(0));
      s = U_ZERO_ERROR;
      n = ulocdata_getDelimiter(data, close, buffer, 8, &s);
      if (U_SUCCESS(s) && n > 0) closers += static_cast<char32_t>(icu::UnicodeString(buffer, n).char32At(0));
    }
    ulocdata_close(data);
  }
  std::u32string result;
  for (char32_t c : closers) {
    if (openers.find(c) == std::u32string::npos && c != U'’') result += c;  // ’ is also the apostrophe
  }
  return result;
}

// The month names (wide and abbreviated, as a date writes them) of a language whose long date pattern writes
// the day as an ordinal with a dot before the month ("d. MMMM y": de, cs, da, nb, fi …); empty for others.
std::set<std::string, std::less<>> monthsAfterOrdinalDay(const std::string& lang) {
  const icu::Locale locale(lang.c_str());
  std::unique_ptr<icu::DateFormat> format(
      icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
  const auto* simple = dynamic_cast<const icu::SimpleDateFormat*>(format.get());
  if (simple == nullptr) return {};
  icu::UnicodeString pattern;
  simple->toPattern(pattern);
  const int32_t day = pattern.indexOf(u"d.");
  if (day < 0 || pattern.indexOf(u'M', day) < 0) return {};
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(locale, status);
  if (U_FAILURE(status)) return {};
  std::set<std::string, std::less<>> months;
  for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
    int32_t count = 0;
    const icu::UnicodeString* names = symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, width);
    for (int32_t i = 0; i < count; ++i) {
      std::string name;
      names[i].toUTF8String(name);
      if (!name.empty() && name.back() == '.') name.pop_back();  // "Jan." is matched as its word
      months.insert(std::move(name));
    }
  }
  return months;
}

// True when `word` is a number followed by one dot ("2.", "15.").
bool isOrdinalFigure(std::string_view word) {
  if (word.size() < 2 || word.size() > 4 || word.back() != '.') return false;
  word.remove_suffix(1);
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The leading letters of `range`: the first word.
std::string_view firstWord(std::string_view text, TextRange range) {
  const std::string_view s = range.in(text);
  std::size_t end = 0;
  while (end < s.size()) {
    std::size_t len = 0;
    if (!isLetter(codePointAt(s, end, &len))) break;
    end += len;
  }
  return s.substr(0, end);
}

}  // namespace

Segmenter::Segmenter(const std::string& lang, const std::vector<std::string>& abbreviations)
    : sentence_breaker_(makeSentenceBreaker(lang)),
      closers_(closingMarks(lang)),
      abbreviations_(abbreviations.begin(), abbreviations.end()),
      months_after_ordinal_day_(monthsAfterOrdinalDay(lang)) {
  UErrorCode status = U_ZERO_ERROR;
  word_breaker_.reset(icu::BreakIterator::createWordInstance(icu::Locale(lang.c_str()), status));
  checkIcu(status, "word break iterator");
}

Segmenter::~Segmenter() = default;

std::vector<TextRange> Segmenter::sentences(std::string_view text, TextRange paragraph) const {
  const Utf16View view(paragraph.in(text), paragraph.begin);
  // Break iterators keep position state; a clone per call keeps Segmenter usable from several threads.
  std::unique_ptr<icu::BreakIterator> it(sentence_breaker_->clone());
  it->setText(view.text());
  std::vector<TextRange> result;
  DeadlinePoll poll(64);  // a paragraph may be a whole 64 MiB file on one line
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    poll.tick();
    TextRange range = trimWhiteSpace(text, {view.byteOffset(start), view.byteOffset(end)});
    if (range.empty()) continue;
    // French-quote repair: leading closing marks (and the space before them) belong to the previous sentence.
    while (!result.empty()) {
      std::size_t len = 0;
      const char32_t first = codePointAt(text, range.begin, &len);
      if (closers_.find(first) == std::u32string::npos) break;
      result.back().end = range.begin + len;
      range = trimWhiteSpace(text, {range.begin + len, range.end});
      if (range.empty()) break;
    }
    if (range.empty()) continue;
    const bool date = !result.empty() && !months_after_ordinal_day_.empty() &&
                      isOrdinalFigure(lastWord(text, result.back())) &&
                      months_after_ordinal_day_.count(firstWord(text, range)) > 0;
    if (!result.empty() && (date || abbreviations_.count(lastWord(text, result.back())))) {
      result.back().end = range.end;  // "Gov. | Gladkov said" and "Der 2. | März" are one sentence
    } else {
      result.push_back(range);
    }
  }
  return result;
}

std::vector<Token> Segmenter::tokens(std::string_view text, TextRange range) const {
  const Utf16View view(range.in(text), range.begin);
  std::unique_ptr<icu::BreakIterator> it(word_breaker_->clone());
  it->setText(view.text());
  std::vector<Token> result;
  DeadlinePoll poll;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    poll.tick();
    const int32_t status = it->getRuleStatus();
    if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) continue;
    const bool numeric = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT;
    result.push_back({{view.byteOffset(start), view.byteOffset(end)}, numeric});
  }
  return result;
}

void segmentDocument(Document& doc, const Segmenter& segmenter) {
  segmentParagraphs(doc, splitParagraphs(doc), segmenter);
}

void segmentParagraphs(Document& doc, std::vector<Paragraph> paragraphs, const Segmenter& segmenter) {
  std::vector<Sentence> sentences;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    checkCurrentDeadline();
    paragraphs[p].first_sentence = sentences.size();
    for (const TextRange& range : segmenter.sentences(doc.text(), paragraphs[p].range)) {
      sentences.push_back({range, p, segmenter.tokens(doc.text(), range)});
    }
    paragraphs[p].sentence_count = sentences.size() - paragraphs[p].first_sentence;
  }
  doc.setSegmentation(std::move(paragraphs), std::move(sentences));
}

std::vector<std::string> loadAbbreviations(const std::string& lang) {
  const std::string primary = lang.substr(0, lang.find_first_of("-_"));
  const auto path = dataPath("dictionaries/abbreviations/" + primary + ".txt");
  std::vector<std::string> result;
  if (!std::filesystem::exists(path)) return result;
  const std::string content = readDataFile(path);
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string::npos) end = content.size();
    std::string line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line.front() != '#') result.push_back(line);
    start = end + 1;
  }
  return result;
}

const Segmenter& segmenterFor(const std::string& lang) {
  static const auto& segmenters = *new LoadOnce<std::string, std::unique_ptr<Segmenter>>();
  // Keyed on the list's path too: a process that changes its data directory gets that directory's list.
  const std::string primary = lang.substr(0, lang.find_first_of("-_"));
  const std::string key = lang + '\n' + dataPath("dictionaries/abbreviations/" + primary + ".txt");
  return *segmenters.get(key, [&] { return std::make_unique<Segmenter>(lang, loadAbbreviations(lang)); });
}

}  // namespace concord
