// HTML article pages (checker/reading/html_article.h): any bytes give a refusal with a message or an
// analysis text as long as the page whose paragraphs stand inside it, in order; never a crash, a reader's
// logic_error (text the parser decoded that could not be placed at its bytes) or a hang.
#include <cstddef>
#include <cstdint>

#include "checker/model/error.h"
#include "checker/reading/html_article.h"
#include "checker/reading/text_file.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace concord;
  const std::string_view bytes = fuzz::asText(data, size);
  try {
    validateArticleText(bytes, "fuzz.html");
    const HtmlArticle article = readHtmlArticle("fuzz.html", bytes);
    fuzz::require(article.text.size() == bytes.size());
    std::size_t previous_end = 0;
    for (const Paragraph& paragraph : article.paragraphs) {
      fuzz::require(previous_end <= paragraph.range.begin && paragraph.range.begin < paragraph.range.end &&
                    paragraph.range.end <= bytes.size());
      previous_end = paragraph.range.end;
    }
  } catch (const UserError&) {
    // refused with a message: what a bad page should get
  }
  return 0;
}
