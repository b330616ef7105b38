#include "fuzz/segment_article.h"

#include <map>

#include "aligners/lexicon.h"
#include "aligners/presegmented.h"
#include "checker/model/error.h"
#include "checker/reading/text_file.h"
#include "checker/segmentation/segmenter.h"
#include "fuzz/fuzz_input.h"

namespace concord::fuzz {

namespace {

const Segmenter& segmenterFor(const std::string& lang) {
  static std::map<std::string, std::unique_ptr<Segmenter>> segmenters;
  auto& segmenter = segmenters[lang];
  if (!segmenter) segmenter = std::make_unique<Segmenter>(lang, loadAbbreviations(lang));
  return *segmenter;
}

bool inside(TextRange inner, TextRange outer) { return inner.begin >= outer.begin && inner.end <= outer.end; }

}  // namespace

InputHeader readHeader(std::string_view& input) {
  if (input.empty()) return {kLanguages[0], false};
  const auto first = static_cast<unsigned char>(input.front());
  input.remove_prefix(1);
  return {kLanguages[(first & 0x7f) % kLanguageCount], (first & 0x80) != 0};
}

std::unique_ptr<Document> segmentArticle(std::string_view bytes, const std::string& lang, bool presegmented) {
  try {
    validateArticleText(bytes, "fuzz.txt");
  } catch (const UserError&) {
    return nullptr;
  }
  auto doc = std::make_unique<Document>("fuzz.txt", std::string(bytes), lang, TextFormat::plain);
  if (presegmented)
    aligners::segmentPresegmented(*doc, segmenterFor(lang));
  else
    segmentDocument(*doc, segmenterFor(lang));
  const TextRange whole{0, doc->text().size()};
  for (const Sentence& sentence : doc->sentences()) {
    require(sentence.paragraph < doc->paragraphs().size());
    require(inside(sentence.range, doc->paragraphs()[sentence.paragraph].range));
    require(inside(sentence.range, whole));
    for (const Token& token : sentence.tokens) require(inside(token.range, sentence.range));
  }
  return doc;
}

void prepareLanguages() {
  for (const char* lang : kLanguages) {
    segmentArticle("A word.", lang, false);
    aligners::lexiconFor(lang, "en");
  }
}

}  // namespace concord::fuzz
