#include "checker/pipeline/bilingual_pair.h"

#include "checker/model/error.h"
#include "checker/reading/bilingual_file.h"
#include "checker/reading/language.h"
#include "checker/reading/text_file.h"
#include "checker/segmentation/paragraphs.h"
#include "checker/segmentation/segmenter.h"

namespace concord {
namespace {

std::optional<DeclaredLanguage> declared(const std::string& lang, const std::string& origin) {
  if (lang.empty()) return std::nullopt;
  return DeclaredLanguage{lang, origin};
}

// One paragraph per unit that has text on this side, headline rule included, then ICU sentences.
void segmentUnits(Document& doc, const std::vector<TextRange>& ranges) {
  std::vector<Paragraph> paragraphs;
  paragraphs.reserve(ranges.size());
  for (const TextRange& range : ranges) paragraphs.push_back({range, 0, 0, false});
  markHeadline(doc.text(), paragraphs);
  segmentParagraphs(doc, std::move(paragraphs), segmenterFor(doc.lang()));
}

}  // namespace

bool isBilingualPair(const ArticleInput& source, const ArticleInput& target, const FormatMap& formats) {
  return !source.bytes && !target.bytes && source.path == target.path &&
         isBilingual(formatOfPath(source.path, formats));
}

UnitAlignedPair readBilingualPair(const ArticleInput& source, const ArticleInput& target,
                                  const ReadingOptions& reading, const LanguageResolver& resolve) {
  const std::string& path = source.path;
  std::string bytes = readArticleFile(path);
  BilingualFile file = readBilingualFile(path, bytes, target.lang, reading);
  const FileFormat format = formatOfPath(path, reading.formats);
  if (file.units.empty()) throw UserError(path, "no translation unit with source text (" + file.format + ")");

  // A PO header may lack Language; messages.fr.po then names the target language (the source has no tag).
  std::optional<DeclaredLanguage> target_declared =
      declared(file.target_lang, file.format + " target language");
  if (!target_declared) {
    if (auto from_name = languageFromFileName(path))
      target_declared = DeclaredLanguage{*from_name, "file name"};
  }
  const std::string source_lang = resolve(source, file.source_text, "--source-lang",
                                          declared(file.source_lang, file.format + " source language"));
  const std::string target_lang = resolve(target, file.target_text, "--target-lang", target_declared);

  UnitAlignedPair pair;
  pair.format = file.format;
  pair.source = std::make_unique<Document>(path, bytes, std::move(file.source_text), source_lang, format);
  pair.target =
      std::make_unique<Document>(path, std::move(bytes), std::move(file.target_text), target_lang, format);
  std::vector<TextRange> source_ranges;
  std::vector<TextRange> target_ranges;
  for (const BilingualUnit& unit : file.units) {
    source_ranges.push_back(unit.source);
    if (unit.target) target_ranges.push_back(*unit.target);
  }
  segmentUnits(*pair.source, source_ranges);
  segmentUnits(*pair.target, target_ranges);

  std::vector<Link> links;
  std::size_t target_paragraph = 0;
  std::size_t next_target = 0;  // an untranslated unit's k-0 link sits before the next target sentence
  for (std::size_t u = 0; u < file.units.size(); ++u) {
    const Paragraph& s = pair.source->paragraphs()[u];
    Link link;
    link.source_begin = s.first_sentence;
    link.source_count = s.sentence_count;
    link.target_begin = next_target;
    if (file.units[u].target) {
      const Paragraph& t = pair.target->paragraphs()[target_paragraph++];
      link.target_count = t.sentence_count;
      next_target += t.sentence_count;
    }
    if (link.source_count + link.target_count > 0) links.push_back(link);
  }
  pair.alignment =
      Alignment(std::move(links), pair.source->sentences().size(), pair.target->sentences().size());
  return pair;
}

}  // namespace concord
