#include "fuzz/news_reader.h"

#include "checker/model/error.h"
#include "checker/reading/news_article.h"
#include "checker/reading/text_file.h"
#include "fuzz/fuzz_input.h"

namespace concord::fuzz {

void readNewsFile(const std::uint8_t* data, std::size_t size, const std::string& path) {
  const std::string_view bytes = asText(data, size);
  try {
    validateArticleText(bytes, path);
    const std::optional<NewsArticle> article = readNewsArticle(path, bytes, formatOfPath(path));
    require(article.has_value() && article->text.size() == bytes.size());
    auto inside = [&](TextRange range) { require(range.begin < range.end && range.end <= bytes.size()); };
    for (const Paragraph& paragraph : article->paragraphs) inside(paragraph.range);
    for (const TextRange field : article->wire_copy) inside(field);
  } catch (const UserError&) {
    // refused with a message: what a bad file should get
  }
}

}  // namespace concord::fuzz
