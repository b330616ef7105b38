#include "checker/reading/news_article.h"

#include "checker/reading/html_article.h"

namespace concord {

bool isNinjsPath(std::string_view path) { return path.ends_with(".json"); }

bool isNewsMlPath(std::string_view path) { return path.ends_with(".xml") || path.ends_with(".nml"); }

std::optional<NewsArticle> readNewsArticle(const std::string& path, std::string_view bytes) {
  if (isNinjsPath(path)) return readNinjs(path, bytes);
  if (isNewsMlPath(path)) return readNewsMl(path, bytes);
  if (!isHtmlPath(path)) return std::nullopt;
  HtmlArticle page = readHtmlArticle(path, bytes);
  return NewsArticle{
      std::move(page.text), std::move(page.paragraphs), {}, std::move(page.lang), "HTML lang attribute"};
}

}  // namespace concord
