// NewsML-G2 news items (XML through pugixml, which reads no DTD and expands no entity one declares): the
// headlines and description of contentMeta, and the body of contentSet.
#include <algorithm>

#include <pugixml.hpp>

#include "checker/model/error.h"
#include "checker/reading/news_article_builder.h"
#include "checker/reading/xml_text.h"

namespace concord {
namespace {

// The bytes between an element's start tag and its end tag; empty for <x/>. Attribute values may hold '>'.
TextRange contentOf(const pugi::xml_node& element, std::string_view bytes) {
  std::size_t i = static_cast<std::size_t>(std::max<std::ptrdiff_t>(element.offset_debug(), 0));
  char quote = 0;
  for (; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
  }
  if (i >= bytes.size() || bytes[i - 1] == '/') return {i, i};
  std::string end_tag = "</";  // (not operator+: GCC 12 reports a false -Wrestrict on it)
  end_tag.append(element.name());
  const std::size_t end = bytes.find(end_tag, i + 1);
  return {i + 1, end == std::string_view::npos ? bytes.size() : end};
}

class NewsMlReader {
 public:
  NewsMlReader(const std::string& path, std::string_view bytes)
      : path_(path), bytes_(bytes), article_(path, bytes) {
    parseXml(document_, path, bytes);
    item_ = document_.document_element();
    if (localName(item_) != "newsItem") {
      std::string message = "not a NewsML-G2 news item (the root is ";
      message.append(item_ ? "<" : "no element").append(item_.name()).append(item_ ? ">" : "");
      message.append(", not <newsItem>): Concord reads an .xml or .nml side as NewsML-G2");
      throw UserError(path, message);
    }
  }

  NewsArticle read() {
    const pugi::xml_node meta = childNamed(item_, "contentMeta");
    for (const pugi::xml_node& child : meta.children()) {
      if (localName(child) == "headline") addText(child, true);
    }
    if (const pugi::xml_node description = childNamed(meta, "description")) addText(description, false);
    addBody(childNamed(item_, "contentSet"));
    if (article_.empty())
      throw UserError(path_,
                      "no article text in this NewsML-G2 news item (Concord reads contentMeta's headline "
                      "and description and contentSet's inlineXML or inlineData)");
    if (const pugi::xml_attribute lang = item_.attribute("xml:lang"); !lang.empty())
      return article_.finish(lang.value(), "NewsML-G2 xml:lang");
    return article_.finish(childNamed(meta, "language").attribute("tag").value(), "NewsML-G2 language tag");
  }

 private:
  void addText(const pugi::xml_node& element, bool headline) {
    article_.addText(revealElementText(article_.mask(), element, bytes_), headline);
  }

  // The first inlineXML (XHTML, or NITF, whose body.content paragraphs the HTML reader finds too), else the
  // first inlineData; a remoteContent is not in the file.
  void addBody(const pugi::xml_node& content_set) {
    if (const pugi::xml_node markup = childNamed(content_set, "inlineXML")) {
      const TextRange inner = contentOf(markup, bytes_);
      article_.addHtml(inner.in(bytes_), inner.begin);
      return;
    }
    if (const pugi::xml_node data = childNamed(content_set, "inlineData")) addText(data, false);
  }

  const std::string& path_;
  std::string_view bytes_;
  pugi::xml_document document_;
  pugi::xml_node item_;
  NewsArticleBuilder article_;
};

}  // namespace

NewsArticle readNewsMl(const std::string& path, std::string_view bytes) {
  return NewsMlReader(path, bytes).read();
}

}  // namespace concord
