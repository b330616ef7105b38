#include "checker/reading/news_article_builder.h"

#include "checker/model/unicode_text.h"
#include "checker/reading/html_article.h"

namespace concord {

void NewsArticleBuilder::addText(TextRange range, bool headline) {
  range = trimWhiteSpace(mask_.text(), range);
  if (range.empty()) return;
  if (headline)
    article_.paragraphs.push_back({range, 0, 0, true});
  else
    article_.wire_copy.push_back(range);
}

void NewsArticleBuilder::addHtml(std::string_view html, std::size_t offset) {
  HtmlArticle body = readEmbeddedHtml(path_, html, bytes_, offset);
  mask_.place(offset, body.text);
  for (Paragraph paragraph : body.paragraphs) {
    paragraph.range = {paragraph.range.begin + offset, paragraph.range.end + offset};
    article_.paragraphs.push_back(paragraph);
  }
}

NewsArticle NewsArticleBuilder::finish(std::string lang, std::string lang_origin) {
  article_.text = mask_.take();
  article_.lang = std::move(lang);
  article_.lang_origin = std::move(lang_origin);
  return std::move(article_);
}

}  // namespace concord
