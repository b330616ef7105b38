// HTML article pages, parsed with gumbo (Debian's libgumbo, an HTML5 parser that recovers from broken markup
// as browsers do). The page's text is revealed at its own bytes, as the bilingual readers do.
#include "checker/reading/html_article.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <optional>

#include <gumbo.h>

#include "checker/model/current_deadline.h"
#include "checker/model/error.h"
#include "checker/model/line_index.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/masked_text.h"

namespace concord {
namespace {

// What a news page carries besides the article: never text. <header> and <footer> are in this list only
// outside an <article> or <main> (HtmlWalker::skips); there they are the article's own.
constexpr std::array kNeverText{
    GUMBO_TAG_HEAD,     GUMBO_TAG_TITLE,    GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,     GUMBO_TAG_NOSCRIPT,
    GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,      GUMBO_TAG_ASIDE,    GUMBO_TAG_FORM,      GUMBO_TAG_BUTTON,
    GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA, GUMBO_TAG_IFRAME,   GUMBO_TAG_OBJECT,    GUMBO_TAG_EMBED,
    GUMBO_TAG_CANVAS,   GUMBO_TAG_AUDIO,    GUMBO_TAG_VIDEO,    GUMBO_TAG_SVG,       GUMBO_TAG_MATH,
    GUMBO_TAG_XMP,      GUMBO_TAG_NOEMBED,  GUMBO_TAG_NOFRAMES, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_MENU};

// Elements whose start and end end a paragraph; the inline ones between (a, em, strong, span …) do not.
constexpr std::array kBlocks{GUMBO_TAG_P,       GUMBO_TAG_H1,      GUMBO_TAG_H2,         GUMBO_TAG_H3,
                             GUMBO_TAG_H4,      GUMBO_TAG_H5,      GUMBO_TAG_H6,         GUMBO_TAG_LI,
                             GUMBO_TAG_DT,      GUMBO_TAG_DD,      GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_TD,
                             GUMBO_TAG_TH,      GUMBO_TAG_CAPTION, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,
                             GUMBO_TAG_PRE,     GUMBO_TAG_ADDRESS, GUMBO_TAG_DIV,        GUMBO_TAG_SECTION,
                             GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,    GUMBO_TAG_HEADER,     GUMBO_TAG_FOOTER,
                             GUMBO_TAG_HGROUP,  GUMBO_TAG_UL,      GUMBO_TAG_OL,         GUMBO_TAG_DL,
                             GUMBO_TAG_TABLE,   GUMBO_TAG_TR,      GUMBO_TAG_DETAILS,    GUMBO_TAG_SUMMARY,
                             GUMBO_TAG_HR,      GUMBO_TAG_BODY,    GUMBO_TAG_CENTER,     GUMBO_TAG_FIELDSET};

template <std::size_t N>
bool isOneOf(GumboTag tag, const std::array<GumboTag, N>& tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

// Deeper than any page a newsroom writes (they nest tens of elements); gumbo's time grows with the square of
// the depth (30 000 nested <div> take seconds, a million <b> minutes), so deeper input is refused unread.
constexpr std::size_t kMaxNesting = 4096;

// Elements that hold nothing (<br>, <img> …) or that the next of their kind closes (<p>, <li> …): they do not
// deepen a page, however many are left open.
bool neverNests(std::string_view name) {
  static constexpr std::array<std::string_view, 25> kFlat{
      "area", "base", "br", "col", "embed",  "hr", "img", "input", "link", "meta", "source", "track", "wbr",
      "p",    "li",   "dt", "dd",  "option", "tr", "td",  "th",    "rt",   "rp",   "param",  "keygen"};
  return std::find(kFlat.begin(), kFlat.end(), name) != kFlat.end();
}

// An upper bound of the page's element depth from its tags alone (start tags minus end tags), cheap enough to
// run before the parser. Throws UserError at the tag that goes past kMaxNesting, placed in `file`, where
// `bytes` stand at `offset`.
void refuseDeepNesting(const std::string& path, std::string_view bytes, std::string_view file,
                       std::size_t offset) {
  std::size_t depth = 0;
  for (std::size_t i = bytes.find('<'); i != std::string_view::npos && i + 1 < bytes.size();
       i = bytes.find('<', i + 1)) {
    if (bytes.compare(i, 4, "<!--") == 0) {
      i = bytes.find("-->", i + 4);
      if (i == std::string_view::npos) return;
      continue;
    }
    if (bytes[i + 1] == '/') {
      if (depth > 0) --depth;
      continue;
    }
    std::size_t end = i + 1;
    std::string name;
    while (end < bytes.size() && std::isalnum(static_cast<unsigned char>(bytes[end])) != 0)
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(bytes[end++])));
    if (name.empty() || neverNests(name)) continue;
    if (name == "script" || name == "style") {  // raw text: a '<' in it is no tag
      i = bytes.find("</" + name, end);
      if (i == std::string_view::npos) return;
      continue;
    }
    if (++depth > kMaxNesting) {
      const LineColumn at = LineIndex(file).at(std::min(offset + i, file.size()));
      throw UserError(path, at.line, at.column,
                      "elements nested more than " + std::to_string(kMaxNesting) +
                          " deep: not an article page (Concord refuses it rather than parse it for minutes)");
    }
  }
}

bool isHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

struct OutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using ParsedPage = std::unique_ptr<GumboOutput, OutputDeleter>;

// Walks the tree in document order without recursion (a page may nest thousands of elements deep), revealing
// each text node at its bytes and closing a paragraph at every block's start and end.
class HtmlWalker {
 public:
  explicit HtmlWalker(std::string_view bytes) : bytes_(bytes), mask_(bytes.size()) {}

  void walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
    };
    std::vector<Frame> stack;
    enter(root);
    stack.push_back({root, 0});
    DeadlinePoll poll;  // a 64 MiB page has millions of nodes
    while (!stack.empty()) {
      poll.tick();
      Frame& frame = stack.back();
      const GumboVector& children = frame.node->v.element.children;
      if (frame.next_child == children.length) {
        leave(frame.node);
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
      if (child->type == GUMBO_NODE_TEXT) {
        text(child->v.text);
      } else if (child->type == GUMBO_NODE_ELEMENT && !skips(child->v.element)) {
        enter(child);
        stack.push_back({child, 0});
      }
    }
    closeParagraph();
  }

  HtmlArticle finish(std::string lang) {
    // Recovery can move content (a table's stray text goes before the table): keep file order, no overlap.
    std::sort(paragraphs_.begin(), paragraphs_.end(),
              [](const Paragraph& a, const Paragraph& b) { return a.range.begin < b.range.begin; });
    std::vector<Paragraph> ordered;
    for (const Paragraph& paragraph : paragraphs_) {
      if (!ordered.empty() && paragraph.range.begin < ordered.back().range.end)
        ordered.back().range.end = std::max(ordered.back().range.end, paragraph.range.end);
      else
        ordered.push_back(paragraph);
    }
    return {mask_.take(), std::move(ordered), std::move(lang)};
  }

 private:
  bool skips(const GumboElement& element) const {
    if (isOneOf(element.tag, kNeverText)) return true;
    if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr) return true;
    const bool page_furniture = element.tag == GUMBO_TAG_HEADER || element.tag == GUMBO_TAG_FOOTER;
    return page_furniture && article_depth_ == 0;
  }

  void enter(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) ++article_depth_;
    if (isHeading(tag)) ++heading_depth_;
    if (isOneOf(tag, kBlocks)) closeParagraph();
  }

  void leave(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) --article_depth_;
    if (isOneOf(tag, kBlocks)) closeParagraph();
    if (isHeading(tag)) --heading_depth_;
  }

  void text(const GumboText& node) {
    const char* data = node.original_text.data;
    if (data == nullptr || data < bytes_.data() ||
        data + node.original_text.length > bytes_.data() + bytes_.size())
      return;  // text the parser made up, not read from the file
    const auto begin = static_cast<std::size_t>(data - bytes_.data());
    const TextRange range =
        mask_.reveal(begin, bytes_.substr(begin, node.original_text.length), node.text, EscapeSyntax::html)
            .range;
    if (range.empty()) return;
    if (!open_) {
      open_ = Paragraph{range, 0, 0, heading_depth_ > 0};
      return;
    }
    open_->range.begin = std::min(open_->range.begin, range.begin);
    open_->range.end = std::max(open_->range.end, range.end);
  }

  void closeParagraph() {
    if (!open_) return;
    open_->range = trimWhiteSpace(mask_.text(), open_->range);
    if (!open_->range.empty()) paragraphs_.push_back(*open_);
    open_.reset();
  }

  std::string_view bytes_;
  MaskedText mask_;
  std::vector<Paragraph> paragraphs_;
  std::optional<Paragraph> open_;
  int article_depth_ = 0;
  int heading_depth_ = 0;
};

std::string pageLanguage(const GumboNode* root) {
  if (root == nullptr || root->type != GUMBO_NODE_ELEMENT) return {};
  for (const char* name : {"lang", "xml:lang"}) {
    const GumboAttribute* attribute = gumbo_get_attribute(&root->v.element.attributes, name);
    if (attribute == nullptr) continue;
    const std::string_view value = attribute->value;
    const auto first = value.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) continue;
    return std::string(value.substr(first, value.find_last_not_of(" \t\r\n") + 1 - first));
  }
  return {};
}

ParsedPage parsePage(std::string_view bytes) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // the parse errors are not reported; recording them would only cost memory
  return ParsedPage(gumbo_parse_with_options(&options, bytes.data(), bytes.size()));
}

}  // namespace

std::vector<TextRange> htmlComments(std::string_view bytes) {
  const ParsedPage page = parsePage(bytes);
  std::vector<TextRange> comments;
  if (!page || page->document == nullptr) return comments;
  std::vector<const GumboNode*> pending{page->document};  // depth first, without recursion
  DeadlinePoll poll;
  while (!pending.empty()) {
    poll.tick();
    const GumboNode* node = pending.back();
    pending.pop_back();
    if (node->type == GUMBO_NODE_COMMENT) {
      const GumboStringPiece& text = node->v.text.original_text;
      // Bogus comments (<!x>, <?x>) are comments to the parser but not the <!-- --> a directive is written
      // in.
      if (text.data == nullptr || text.data < bytes.data() ||
          text.data + text.length > bytes.data() + bytes.size() ||
          !std::string_view(text.data, text.length).starts_with("<!--"))
        continue;
      const auto begin = static_cast<std::size_t>(text.data - bytes.data());
      comments.push_back({begin, begin + text.length});
      continue;
    }
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) children = &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
      children = &node->v.element.children;
    if (children == nullptr) continue;
    for (unsigned i = children->length; i > 0; --i)
      pending.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
  }
  // Recovery can move nodes (a comment inside a table goes before it): file order, as the directives need.
  std::sort(comments.begin(), comments.end(),
            [](const TextRange& a, const TextRange& b) { return a.begin < b.begin; });
  return comments;
}

HtmlArticle readEmbeddedHtml(const std::string& path, std::string_view html, std::string_view file,
                             std::size_t offset) {
  refuseDeepNesting(path, html, file, offset);
  const ParsedPage page = parsePage(html);
  if (!page || page->root == nullptr) throw UserError(path, "the HTML parser could not read this file");
  HtmlWalker walker(html);
  walker.walk(page->root);
  return walker.finish(pageLanguage(page->root));
}

HtmlArticle readHtmlArticle(const std::string& path, std::string_view bytes) {
  HtmlArticle article = readEmbeddedHtml(path, bytes, bytes, 0);
  if (article.paragraphs.empty()) {
    throw UserError(
        path,
        "no article text in this HTML page (Concord reads paragraphs, headings, list items, quotes, "
        "table cells and captions, not navigation, scripts or styles)");
  }
  return article;
}

}  // namespace concord
