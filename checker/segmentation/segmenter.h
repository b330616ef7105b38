#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "checker/model/document.h"

namespace concord {

/// Splits paragraphs into sentences and sentences into word tokens with ICU break iterators.
/// Sentence breaks use the locale's standard suppressions (`@ss=standard`), then a sentence whose last word
/// is one of `abbreviations` (Concord's own per-language list: Dr., Gen., gén., z. B., single initials …) is
/// joined with the next. (Adding them to ICU's filter instead fails: an entry with an inner period,
/// "Gov.-elect" or "z.B.", silently disables the plain "Gov." or "z.".) It also repairs ICU's French-quote
/// split: a closing mark that ICU puts at the start of the next sentence ("» Il a ajouté") goes back to the
/// sentence it closes. In languages that write the day as an ordinal with a dot ("am 2. März", "15. května";
/// the locale's long date pattern has "d." before the month), a number's dot before a month name ends no
/// sentence.
class Segmenter {
 public:
  Segmenter(const std::string& lang, const std::vector<std::string>& abbreviations);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  /// Sentence ranges (trimmed) inside `paragraph` of `text`.
  std::vector<TextRange> sentences(std::string_view text, TextRange paragraph) const;
  /// Word and number tokens inside `range` of `text`.
  std::vector<Token> tokens(std::string_view text, TextRange range) const;

 private:
  std::unique_ptr<icu::BreakIterator> sentence_breaker_;
  std::unique_ptr<icu::BreakIterator> word_breaker_;
  std::u32string closers_;  // marks that close a quotation in this locale (and never open one)
  std::set<std::string, std::less<>> abbreviations_;
  std::set<std::string, std::less<>> months_after_ordinal_day_;  // empty unless the language writes "2. März"
};

/// Fills the paragraphs and sentences (with tokens) of `doc`.
void segmentDocument(Document& doc, const Segmenter& segmenter);

/// Fills `doc` with `paragraphs` found elsewhere (a bilingual file's units) and their sentences.
void segmentParagraphs(Document& doc, std::vector<Paragraph> paragraphs, const Segmenter& segmenter);

/// Reads Concord's abbreviation list for `lang` from the data directory (empty when there is none).
std::vector<std::string> loadAbbreviations(const std::string& lang);

/// The process's segmenter for `lang` with Concord's abbreviation list, built on first use (ICU's break
/// rules, suppressions and date symbols cost a cold check an eighth of its time when every document and
/// every glossary term built its own) and shared by all threads; never destroyed.
const Segmenter& segmenterFor(const std::string& lang);

}  // namespace concord
