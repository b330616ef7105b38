#pragma once

#include <string>
#include <string_view>

#include "checker/reading/masked_text.h"
#include "checker/reading/news_article.h"

namespace concord {

/// What the ninjs and NewsML-G2 readers share: the file's analysis text and the article's parts as they are
/// found.
class NewsArticleBuilder {
 public:
  NewsArticleBuilder(const std::string& path, std::string_view bytes)
      : path_(path), bytes_(bytes), mask_(bytes.size()) {}

  /// The analysis text, for the readers that reveal text into it in place (XML elements).
  MaskedText& mask() { return mask_; }

  /// Text already in the analysis text at `range` (untrimmed): a headline paragraph, or wire copy whose
  /// paragraphs are found later as in a text file. Nothing when it is blank.
  void addText(TextRange range, bool headline);

  /// An HTML body that stands at byte `offset` of the file, as the HTML parser is to read it (`html`: the
  /// file's bytes, or a JSON string laid over them): its text goes into the analysis text, its blocks
  /// become paragraphs.
  void addHtml(std::string_view html, std::size_t offset);

  bool empty() const { return article_.paragraphs.empty() && article_.wire_copy.empty(); }

  NewsArticle finish(std::string lang, std::string lang_origin);

 private:
  const std::string& path_;
  std::string_view bytes_;
  MaskedText mask_;
  NewsArticle article_;
};

}  // namespace concord
