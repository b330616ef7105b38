// NewsML-G2 news items (XML through pugixml, which reads no DTD and expands no entity one declares): the
// headlines and description of contentMeta, and the body of contentSet.
#include <algorithm>
#include <vector>

#include <pugixml.hpp>

#include "checker/model/error.h"
#include "checker/model/line_index.h"
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

// The HTML of an inlineXML as the HTML parser is to read it: its bytes, with the markers of the CDATA
// sections a CMS wraps escaped HTML in ("<![CDATA[", "]]>") blanked, so every offset is still the file's.
std::string htmlOfInlineXml(const pugi::xml_node& markup, TextRange inner, std::string_view bytes) {
  std::string html(inner.in(bytes));
  for (const pugi::xml_node& child : markup.children()) {
    if (child.type() != pugi::node_cdata) continue;
    const std::optional<std::size_t> start = nodeStart(child);
    if (!start || *start < inner.begin || *start + 9 > inner.end) continue;
    html.replace(*start - inner.begin, 9, 9, ' ');
    const std::size_t value = *start + 9;
    const std::size_t close = bytes.find("]]>", value);
    if (close != std::string_view::npos && close + 3 <= inner.end)
      html.replace(close - inner.begin, 3, 3, ' ');
  }
  return html;
}

// Whether a news item carries article text of its own (a picture or video item of a message has none).
bool hasText(const pugi::xml_node& item) {
  const pugi::xml_node content = childNamed(item, "contentSet");
  return childNamed(content, "inlineXML") || childNamed(content, "inlineData");
}

// The news item to read: the root newsItem, or the one item with text of a newsMessage's itemSet (a
// story sent with its pictures); a message with several stories is refused, naming them, since one side of
// a pair is one article.
pugi::xml_node newsItemOf(const pugi::xml_document& document, const std::string& path,
                          std::string_view bytes) {
  const pugi::xml_node root = document.document_element();
  if (localName(root) == "newsItem") return root;
  if (localName(root) != "newsMessage") {
    std::string message = "not a NewsML-G2 news item (the root is ";
    message.append(root ? "<" : "no element").append(root.name()).append(root ? ">" : "");
    message.append(", not <newsItem> or <newsMessage>): Concord reads an .xml or .nml side as NewsML-G2");
    throw UserError(path, message);
  }
  std::vector<pugi::xml_node> items;
  std::vector<pugi::xml_node> with_text;
  for (const pugi::xml_node& item : childNamed(root, "itemSet").children()) {
    if (localName(item) != "newsItem") continue;
    items.push_back(item);
    if (hasText(item)) with_text.push_back(item);
  }
  if (with_text.size() == 1) return with_text.front();
  if (with_text.empty() && items.size() == 1) return items.front();
  if (items.empty()) throw UserError(path, "this NewsML-G2 newsMessage holds no newsItem in its itemSet");
  const std::vector<pugi::xml_node>& listed = with_text.empty() ? items : with_text;
  const LineIndex lines(bytes);
  std::string which;
  for (const pugi::xml_node& item : listed) {
    const LineColumn at = lines.at(nodeStart(item).value_or(0));
    const std::string guid = item.attribute("guid").value();
    which +=
        (which.empty() ? "" : ", ") + (guid.empty() ? "" : guid + " ") + "at line " + std::to_string(at.line);
  }
  const LineColumn second = lines.at(nodeStart(listed[1]).value_or(0));
  throw UserError(path, second.line, second.column,
                  "this newsMessage holds " + std::to_string(listed.size()) +
                      " news items with article text (" + which +
                      "); Concord checks one article per side: give each item its own file");
}

class NewsMlReader {
 public:
  NewsMlReader(const std::string& path, std::string_view bytes)
      : path_(path), bytes_(bytes), article_(path, bytes) {
    parseXml(document_, path, bytes);
    item_ = newsItemOf(document_, path, bytes);
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
      const std::string html = htmlOfInlineXml(markup, inner, bytes_);
      article_.addHtml(html, inner.begin);
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
