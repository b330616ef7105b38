#include "checker/output/markdown_html.h"

#include <algorithm>
#include <stdexcept>

#include <md4c-html.h>

#include "checker/output/html_escape.h"
#include "checker/reading/markdown_parser.h"

namespace concord {
namespace {

// NOHTML: a document's raw HTML (blocks and inline tags) is escaped like the rest of its text.
constexpr unsigned kParserFlags = MD_DIALECT_COMMONMARK | MD_FLAG_NOHTML;

// A link or image address a page may carry: one of the web's own schemes, or none at all (a relative path or
// a fragment). An address written with an entity is refused whatever it decodes to (`javascript&#58;…`
// decodes to a script), and so is any other colon: browsers drop tabs and newlines inside a scheme.
bool safeAddress(const MD_ATTRIBUTE& address) {
  for (unsigned i = 0; address.substr_offsets[i] < address.size; ++i)
    if (address.substr_types[i] != MD_TEXT_NORMAL) return false;
  const std::string_view text(address.text, address.size);
  for (const std::string_view scheme : {"http://", "https://", "mailto:"})
    if (text.starts_with(scheme)) return true;
  return text.find(':') == std::string_view::npos;
}

// Whether every link and image of a document has a safe address, as md4c's SAX pass (the parse md_html
// makes) sees them.
struct AddressCheck {
  bool safe = true;
  void enterBlock(MD_BLOCKTYPE, void*) {}
  void leaveBlock(MD_BLOCKTYPE, void*) {}
  void enterSpan(MD_SPANTYPE type, void* detail) {
    if (type == MD_SPAN_A) safe = safe && safeAddress(static_cast<MD_SPAN_A_DETAIL*>(detail)->href);
    if (type == MD_SPAN_IMG) safe = safe && safeAddress(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src);
  }
  void leaveSpan(MD_SPANTYPE, void*) {}
  void text(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE) {}
};

// md_html's output, with headings moved down by the shift and an opening title left out. md4c-html writes
// each heading tag as a chunk of its own ("<h2>", "</h2>\n"); text never arrives as such a chunk, since its
// `<` is escaped.
class HtmlSink {
 public:
  explicit HtmlSink(const HtmlMarkdownOptions& options) : options_(options) {}

  void write(std::string_view chunk) {
    const bool first = !started_;
    started_ = true;
    if (first && options_.drop_opening_title && chunk == "<h1>") {
      in_dropped_title_ = true;
      return;
    }
    if (in_dropped_title_) {
      if (chunk == "</h1>\n") in_dropped_title_ = false;
      return;
    }
    if (const int level = headingTagLevel(chunk); level > 0) {
      const int shifted = std::min<int>(level + static_cast<int>(options_.heading_shift), 6);
      std::string tag(chunk);
      tag[chunk[1] == '/' ? 3 : 2] = static_cast<char>('0' + shifted);
      html_ += tag;
      return;
    }
    html_ += chunk;
  }

  std::string take() { return std::move(html_); }

 private:
  // 1–6 for "<hN>" or "</hN>\n", else 0.
  static int headingTagLevel(std::string_view chunk) {
    for (int level = 1; level <= 6; ++level) {
      const char digit = static_cast<char>('0' + level);
      if (chunk == std::string{'<', 'h', digit, '>'} || chunk == std::string{'<', '/', 'h', digit, '>', '\n'})
        return level;
    }
    return 0;
  }

  const HtmlMarkdownOptions& options_;
  std::string html_;
  bool started_ = false;
  bool in_dropped_title_ = false;
};

}  // namespace

std::string renderMarkdownAsHtml(std::string_view markdown, const HtmlMarkdownOptions& options) {
  AddressCheck addresses;
  parseMarkdown(markdown, kParserFlags, addresses);
  if (!addresses.safe) return "<pre>" + htmlEscape(markdown) + "</pre>\n";
  HtmlSink sink(options);
  const auto write = [](const MD_CHAR* chunk, MD_SIZE size, void* self) {
    static_cast<HtmlSink*>(self)->write(std::string_view(chunk, size));
  };
  if (md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), write, &sink, kParserFlags, 0) != 0)
    throw std::runtime_error("md4c could not render a Markdown document (out of memory)");
  return sink.take();
}

}  // namespace concord
