#include "checker/reading/news_article.h"

#include "checker/reading/html_article.h"

namespace concord {

std::optional<NewsArticle> readNewsArticle(const std::string& path, std::string_view bytes,
                                           FileFormat format) {
  if (format == FileFormat::ninjs) return readNinjs(path, bytes);
  if (format == FileFormat::newsml) return readNewsMl(path, bytes);
  if (format != FileFormat::html) return std::nullopt;
  HtmlArticle page = readHtmlArticle(path, bytes);
  return NewsArticle{
      std::move(page.text), std::move(page.paragraphs), {}, std::move(page.lang), "HTML lang attribute"};
}

}  // namespace concord
