#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/document.h"
#include "checker/reading/file_format.h"

namespace concord {

/// One side of a pair read from a structured news file (an HTML page, an IPTC ninjs document, a NewsML-G2
/// news item): its text at the very bytes of the file that spell it, so every offset is a place in the file.
struct NewsArticle {
  /// As long as the file, blank (spaces) except where the article's text stands, escapes and entities
  /// decoded in place.
  std::string text;
  /// The blocks the format marks (a headline, an HTML body's paragraphs), in file order; a headline is a
  /// heading.
  std::vector<Paragraph> paragraphs;
  /// Plain-text fields (ninjs body_text, NewsML-G2 inlineData): wire copy whose paragraphs are found as in a
  /// text file.
  std::vector<TextRange> wire_copy;
  /// The language the file declares (empty when it declares none) and where it says so.
  std::string lang;
  std::string lang_origin;
};

/// Reads an IPTC ninjs 1.x or 2.x document: its headline(s), description and body (body_html and HTML
/// bodies[] through the HTML reader; body_text and text/plain ones as wire copy). Throws UserError naming the
/// file (and position) for malformed JSON, nesting deeper than an article needs, a JSON document that is not
/// ninjs, and a document with no text.
NewsArticle readNinjs(const std::string& path, std::string_view bytes);

/// Reads a NewsML-G2 newsItem: contentMeta's headline(s) and description(s), and the first contentSet
/// inlineXML (XHTML or NITF, through the HTML reader) or else inlineData (wire copy). No DTD is read, no
/// entity a DTD declares is expanded. Throws UserError naming the file and position for malformed XML, a
/// document whose root is not a newsItem, and a news item with no text.
NewsArticle readNewsMl(const std::string& path, std::string_view bytes);

/// The reader `format` asks for (HTML, ninjs, NewsML-G2), or nullopt for the other formats.
std::optional<NewsArticle> readNewsArticle(const std::string& path, std::string_view bytes,
                                           FileFormat format);

}  // namespace concord
