#include "fuzz/read_article.h"

#include <string>

#include "checker/model/error.h"
#include "checker/reading/language.h"
#include "checker/reading/text_file.h"
#include "checker/segmentation/paragraphs.h"
#include "fuzz/fuzz_input.h"

namespace concord::fuzz {

void readArticle(const std::uint8_t* data, std::size_t size, TextFormat format) {
  const std::string_view bytes = asText(data, size);
  const char* name = format == TextFormat::markdown ? "fuzz.md" : "fuzz.txt";
  try {
    validateArticleText(bytes, name);
  } catch (const UserError&) {
    return;  // refused with a message: what a bad file should get
  }
  const Document doc(name, std::string(bytes), "en", format);
  require(doc.text().size() == doc.original().size());
  for (const Paragraph& paragraph : splitParagraphs(doc)) {
    require(paragraph.range.begin <= paragraph.range.end && paragraph.range.end <= doc.text().size());
    const LineColumn at = doc.lines().at(paragraph.range.begin);
    require(at.line >= 1 && at.line <= doc.lines().lineCount() && at.column >= 1);
  }
  const LanguageGuess guess = detectLanguage(doc.text());
  require(guess.confidence >= 0 && guess.confidence <= 1);
}

}  // namespace concord::fuzz
