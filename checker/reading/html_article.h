#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/model/document.h"

namespace concord {

/// An HTML article page read for checking: the text of its article, at the very bytes of the file that
/// spell it, and its blocks as paragraphs.
struct HtmlArticle {
  /// As long as the file, blank (spaces) everywhere except where article text stands; character references
  /// are decoded in place (checker/reading/masked_text.h), so every offset is a position in the file.
  std::string text;
  /// One per block (p, h1–h6, li, blockquote, td, figcaption …) that has text, in file order; headings are
  /// marked, so an h1 is the headline.
  std::vector<Paragraph> paragraphs;
  /// The page's `<html lang>`; empty when it has none.
  std::string lang;
};

/// Reads `bytes`, the UTF-8 content of `path`, with an HTML5 parser (gumbo), recovering from broken markup
/// as browsers do. What a news page carries besides the article is never text: the head, scripts, styles,
/// templates, forms, navigation, asides, and the page's header and footer (those of an <article> or <main>
/// are read). Throws UserError naming the file when the page has no article text.
HtmlArticle readHtmlArticle(const std::string& path, std::string_view bytes);

/// The `<!-- … -->` comments of the HTML page `bytes` (one readHtmlArticle accepted), wherever they stand, as
/// the HTML5 parser finds them: a "<!--" inside a script, a style or an attribute is no comment. Their
/// ranges cover the delimiters.
std::vector<TextRange> htmlComments(std::string_view bytes);

/// The same reading of HTML that stands inside another file (an ninjs body_html, a NewsML-G2 inlineXML):
/// `html` is the markup as the parser is to read it, found at byte `offset` of `file` (the file's bytes, for
/// the line and column of an error). The text and paragraphs are in offsets of `html`; no text is no error.
HtmlArticle readEmbeddedHtml(const std::string& path, std::string_view html, std::string_view file,
                             std::size_t offset);

}  // namespace concord
