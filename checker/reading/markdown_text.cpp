#include "checker/reading/markdown_text.h"

#include <cstdint>
#include <optional>

#include "checker/model/unicode_text.h"
#include "checker/reading/html_reference.h"
#include "checker/reading/markdown_parser.h"

namespace concord {
namespace {

// Walks md4c's callbacks. md4c reports text as pointers into the document it parses (never copies, except
// a few strings of its own, e.g. for a NUL byte, which are skipped), so each run's offset is exact.
class MarkdownReader {
 public:
  explicit MarkdownReader(std::string_view input) : input_(input) {
    out_.text.assign(input.size(), ' ');
    for (std::size_t i = 0; i < input.size(); ++i)
      if (input[i] == '\n') out_.text[i] = '\n';
  }

  MarkdownText read() {
    // CommonMark as written: no tables, strikethrough or bare-URL autolinks, which it reads as text.
    parseMarkdown(input_, MD_DIALECT_COMMONMARK, *this);
    endHtml();
    return std::move(out_);
  }

  void enterBlock(MD_BLOCKTYPE type, void*) {
    endHtml();
    if (type == MD_BLOCK_CODE) in_code_block_ = true;
  }

  void leaveBlock(MD_BLOCKTYPE type, void*) {
    endHtml();
    if (type == MD_BLOCK_CODE) in_code_block_ = false;
  }

  void enterSpan(MD_SPANTYPE, void*) {}
  void leaveSpan(MD_SPANTYPE, void*) {}

  void text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    const auto begin = reinterpret_cast<std::uintptr_t>(text);
    const auto input = reinterpret_cast<std::uintptr_t>(input_.data());
    if (begin < input || begin + size > input + input_.size()) return;  // one of md4c's own strings
    const std::size_t offset = begin - input;
    switch (type) {
      case MD_TEXT_HTML:
        // Raw HTML, a tag or a comment inline, or a block's lines: one stretch until other text comes.
        if (!html_) html_ = TextRange{offset, offset};
        html_->end = offset + size;
        return;
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR:
        return;  // line ends are kept; a comment may run over several lines
      case MD_TEXT_ENTITY:
        endHtml();
        if (!in_code_block_) putReference(offset, size);
        return;
      default:
        endHtml();
        if (in_code_block_) return;  // code is not article text
        out_.text.replace(offset, size, input_.substr(offset, size));
    }
  }

 private:
  // A character reference (`&amp;`, `&nbsp;`, `&#8217;`) is read as the character it stands for, in the
  // reference's place and the rest of it blank, so offsets still name the file's bytes. As the XML and PO
  // readers place theirs, the character touches what precedes it (`AT&amp;T` → `AT&    T`, `"no&quot;.` →
  // `"no"     .`) unless it opens a word after a space (`said &quot;Hi` → `said     "Hi`). A decoded space
  // before a mark belongs to that mark (`Oui&nbsp;»` → `Oui    ␣»`, `5&#x202F;%` → `5     ␣%`).
  void putReference(std::size_t offset, std::size_t size) {
    const std::string_view raw = input_.substr(offset, size);
    const std::string decoded = decodeHtmlReference(raw);
    if (decoded.empty() || decoded.size() > size) {  // never longer in practice; kept as written if it were
      out_.text.replace(offset, size, raw);
      return;
    }
    const std::size_t next = offset + size;
    const bool after_space = offset == 0 || isWhiteSpace(codePointBefore(out_.text, offset));
    const bool before_space = next >= input_.size() || isWhiteSpace(codePointAt(input_, next));
    const char32_t after = next < input_.size() ? codePointAt(input_, next) : 0;
    const bool to_the_end =
        !before_space &&
        (after_space || (isWhiteSpace(codePointAt(decoded, 0)) && !isLetter(after) && !isDigit(after)));
    out_.text.replace(to_the_end ? next - decoded.size() : offset, decoded.size(), decoded);
  }

  // Records the comments of the raw HTML just read: from `<!--` to the first `-->` after it, or to the end of
  // the HTML (an HTML block opened by a comment runs to the end of the document when it is never closed).
  void endHtml() {
    if (!html_) return;
    const std::string_view html = input_.substr(0, html_->end);
    for (std::size_t open = html.find("<!--", html_->begin); open != std::string_view::npos;
         open = html.find("<!--", open)) {
      const std::size_t close = html.find("-->", open + 4);
      std::size_t end = close == std::string_view::npos ? html.size() : close + 3;
      while (close == std::string_view::npos && end > open && (html[end - 1] == '\n' || html[end - 1] == ' '))
        --end;
      out_.comments.push_back({open, end});
      open = end;
    }
    html_.reset();
  }

  std::string_view input_;
  MarkdownText out_;
  bool in_code_block_ = false;
  std::optional<TextRange> html_;
};

}  // namespace

MarkdownText readMarkdownText(std::string_view markdown) { return MarkdownReader(markdown).read(); }

}  // namespace concord
