#pragma once

#include <string>
#include <string_view>

namespace concord {

struct HtmlMarkdownOptions {
  /// Added to every heading level (capped at h6), so a document's `#` sits under the page's own headings.
  unsigned heading_shift = 0;
  /// Leaves out a first-level heading that opens the document: the page already titles it.
  bool drop_opening_title = false;
};

/// `markdown` (CommonMark) as an HTML fragment, through md4c-html, safe to put in a page: text is escaped,
/// raw HTML in the document is shown as text (MD_FLAG_NOHTML), and when a link or image points anywhere but
/// http(s), mailto, a fragment or a relative path (a `javascript:` link would run on click), the whole
/// document is shown escaped in a `<pre>` instead.
std::string renderMarkdownAsHtml(std::string_view markdown, const HtmlMarkdownOptions& options = {});

}  // namespace concord
