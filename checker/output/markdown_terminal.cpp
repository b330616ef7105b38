#include "checker/output/markdown_terminal.h"

#include <algorithm>
#include <vector>

#include "checker/output/display_width.h"
#include "checker/reading/markdown_parser.h"

namespace concord {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::size_t kNarrowestLine = 20;  // deep nesting on a narrow terminal still leaves words room

// A prefix a container puts before each line of its content: "• " then "  " for a bullet item, "│ " for a
// block quote.
struct Container {
  std::string first;
  std::string rest;
  bool first_used = false;
  bool tight_item = false;  // an item of a tight list: its blocks follow each other without blank lines
};

struct List {
  bool ordered = false;
  unsigned next_number = 1;
  bool tight = false;
};

// A word as wrapped: its bytes (with the ANSI codes of its styles) and the columns it takes.
struct Word {
  std::string bytes;
  std::size_t width = 0;
  bool line_break = false;  // a hard break, not a word
};

class TerminalRenderer {
 public:
  explicit TerminalRenderer(const TerminalMarkdownOptions& options) : options_(options) {}

  std::string render(std::string_view markdown) {
    // NOHTML: raw HTML is shown as the text it is written with, never interpreted.
    parseMarkdown(markdown, MD_DIALECT_COMMONMARK | MD_FLAG_NOHTML, *this);
    return std::move(out_);
  }

  void enterBlock(MD_BLOCKTYPE type, void* detail) {
    if (type != MD_BLOCK_DOC) flushWords();  // the text of a tight list item, before its nested list
    switch (type) {
      case MD_BLOCK_QUOTE:
        containers_.push_back({"│ ", "│ "});
        break;
      case MD_BLOCK_UL:
        lists_.push_back({false, 1, static_cast<MD_BLOCK_UL_DETAIL*>(detail)->is_tight != 0});
        break;
      case MD_BLOCK_OL: {
        const auto* ol = static_cast<MD_BLOCK_OL_DETAIL*>(detail);
        lists_.push_back({true, ol->start, ol->is_tight != 0});
        break;
      }
      case MD_BLOCK_LI: {
        List& list = lists_.back();
        std::string marker = list.ordered ? std::to_string(list.next_number++) + ". " : "• ";
        std::string indent(displayWidth(marker), ' ');
        containers_.push_back({std::move(marker), std::move(indent), false, list.tight});
        break;
      }
      case MD_BLOCK_H:
        heading_level_ = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
        break;
      case MD_BLOCK_CODE:
        in_code_block_ = true;
        code_.clear();
        break;
      case MD_BLOCK_HR:
        startBlock();
        writeLine(repeat("─", std::min<std::size_t>(options_.width, 40)));
        need_blank_ = true;
        break;
      default:
        break;
    }
  }

  void leaveBlock(MD_BLOCKTYPE type, void*) {
    switch (type) {
      case MD_BLOCK_QUOTE:
        containers_.pop_back();
        need_blank_ = true;
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        lists_.pop_back();
        // A list nested in a tight item is followed by the next item without a blank line.
        need_blank_ = !inTightItem();
        break;
      case MD_BLOCK_LI: {
        flushWords();
        const bool tight = containers_.back().tight_item;
        containers_.pop_back();
        need_blank_ = !tight;
        break;
      }
      case MD_BLOCK_H:
        flushHeading();
        break;
      case MD_BLOCK_CODE:
        flushCode();
        break;
      case MD_BLOCK_P:
      case MD_BLOCK_HTML:
      case MD_BLOCK_TABLE:
        flushWords();
        need_blank_ = !inTightItem();
        break;
      case MD_BLOCK_TR:
        flushWords();  // without MD_FLAG_TABLES no table reaches here; a row would be a line
        break;
      default:
        break;
    }
  }

  void enterSpan(MD_SPANTYPE type, void* detail) {
    switch (type) {
      case MD_SPAN_EM:
        ++emphasis_;
        break;
      case MD_SPAN_STRONG:
        ++strong_;
        break;
      case MD_SPAN_CODE:
        ++code_span_;
        break;
      case MD_SPAN_A: {
        const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
        links_.push_back({std::string(href.text, href.size), {}});
        break;
      }
      case MD_SPAN_IMG: {
        const MD_ATTRIBUTE& src = static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src;
        links_.push_back({std::string(src.text, src.size), {}});
        break;
      }
      default:
        break;
    }
  }

  void leaveSpan(MD_SPANTYPE type, void*) {
    switch (type) {
      case MD_SPAN_EM:
        --emphasis_;
        break;
      case MD_SPAN_STRONG:
        --strong_;
        break;
      case MD_SPAN_CODE:
        --code_span_;
        break;
      case MD_SPAN_A:
      case MD_SPAN_IMG: {
        const Link link = std::move(links_.back());
        links_.pop_back();
        // An autolink (<https://…>) already shows its address.
        if (!link.target.empty() && link.target != link.text && link.target != "mailto:" + link.text) {
          at_word_start_ = true;
          addText("(" + link.target + ")", "");
        }
        break;
      }
      default:
        break;
    }
  }

  void text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size) {
    const std::string_view text(data, size);
    if (in_code_block_) {
      code_ += text;
      return;
    }
    switch (type) {
      case MD_TEXT_SOFTBR:
        at_word_start_ = true;
        break;
      case MD_TEXT_BR:
        words_.push_back({{}, 0, true});
        at_word_start_ = true;
        break;
      case MD_TEXT_NULLCHAR:
        addText("\uFFFD", style());
        break;
      default:  // normal text, code, an entity as written (our docs write characters, not entities)
        for (auto& link : links_) link.text += text;
        addText(text, style());
        break;
    }
  }

 private:
  // The ANSI codes of the spans and heading around the current text.
  std::string style() const {
    if (!options_.ansi) return {};
    std::string codes;
    if (strong_ > 0 || heading_level_ > 0) codes += "\x1b[1m";
    if (emphasis_ > 0) codes += "\x1b[3m";
    if (heading_level_ == 1 || !links_.empty()) codes += "\x1b[4m";
    if (code_span_ > 0) codes += "\x1b[36m";
    return codes;
  }

  // Splits `text` at spaces into words; a piece with no space before it continues the previous word
  // ("**bold**," is one word: "bold" styled, then ",").
  void addText(std::string_view text, const std::string& codes) {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t space = text.find_first_of(" \n", start);
      if (space == std::string_view::npos) space = text.size();
      const std::string_view piece = text.substr(start, space - start);
      if (!piece.empty()) {
        if (at_word_start_ || words_.empty() || words_.back().line_break) words_.push_back({});
        Word& word = words_.back();
        word.bytes += codes.empty() ? std::string(piece) : codes + std::string(piece) + std::string(kReset);
        word.width += displayWidth(piece);
        at_word_start_ = false;
      }
      if (space == text.size()) break;
      at_word_start_ = true;
      start = space + 1;
    }
  }

  bool inTightItem() const { return !containers_.empty() && containers_.back().tight_item; }

  // Before a block's first line: the blank line that separates it from the block before.
  void startBlock() {
    if (need_blank_ && !out_.empty()) {
      std::string prefix;
      for (const Container& c : containers_) prefix += c.rest;
      prefix.erase(prefix.find_last_not_of(' ') + 1);
      out_ += prefix + '\n';
    }
    need_blank_ = false;
  }

  // Writes one line behind the containers' prefixes: an item's marker on its first line, its indent after.
  void writeLine(std::string_view line) {
    for (Container& c : containers_) {
      out_ += c.first_used ? c.rest : c.first;
      c.first_used = true;
    }
    out_ += line;
    out_ += '\n';
  }

  std::size_t prefixWidth() const {
    std::size_t width = 0;
    for (const Container& c : containers_) width += displayWidth(c.first_used ? c.rest : c.first);
    return width;
  }

  // Writes the words gathered so far, wrapped greedily to the width left after the prefixes; a word
  // longer than a line (an address) gets a line of its own.
  std::vector<std::size_t> flushWords() {
    std::vector<std::size_t> line_widths;
    if (words_.empty()) return line_widths;
    startBlock();
    const std::size_t room =
        std::max(options_.width > prefixWidth() ? options_.width - prefixWidth() : 0, kNarrowestLine);
    std::string line;
    std::size_t width = 0;
    bool line_open = false;
    auto endLine = [&] {
      writeLine(line);
      line_widths.push_back(width);
      line.clear();
      width = 0;
      line_open = false;
    };
    for (const Word& word : words_) {
      if (word.line_break) {
        endLine();
        continue;
      }
      if (line_open && width + 1 + word.width > room) endLine();
      if (line_open) {
        line += ' ';
        ++width;
      }
      line += word.bytes;
      width += word.width;
      line_open = true;
    }
    if (line_open) endLine();
    words_.clear();
    at_word_start_ = true;
    return line_widths;
  }

  void flushHeading() {
    need_blank_ = true;
    const std::vector<std::size_t> widths = flushWords();
    // Without styles, the first two levels are underlined as a plain-text reader (or man page) expects.
    if (!options_.ansi && heading_level_ <= 2 && !widths.empty())
      writeLine(repeat(heading_level_ == 1 ? "=" : "-", *std::max_element(widths.begin(), widths.end())));
    heading_level_ = 0;
    need_blank_ = false;  // a heading sits right above what it heads
  }

  void flushCode() {
    in_code_block_ = false;
    startBlock();
    std::size_t start = 0;
    while (start < code_.size()) {
      std::size_t end = code_.find('\n', start);
      if (end == std::string::npos) end = code_.size();
      const std::string_view line(code_.data() + start, end - start);
      writeLine(line.empty() ? std::string() : "    " + std::string(line));
      start = end + 1;
    }
    need_blank_ = true;
  }

  static std::string repeat(std::string_view unit, std::size_t count) {
    std::string s;
    for (std::size_t i = 0; i < count; ++i) s += unit;
    return s;
  }

  struct Link {
    std::string target;
    std::string text;  // what the reader sees, to leave an autolink's address unrepeated
  };

  const TerminalMarkdownOptions& options_;
  std::string out_;
  std::vector<Container> containers_;
  std::vector<List> lists_;
  std::vector<Word> words_;
  std::vector<Link> links_;
  bool at_word_start_ = true;
  bool need_blank_ = false;
  unsigned heading_level_ = 0;
  int emphasis_ = 0;
  int strong_ = 0;
  int code_span_ = 0;
  bool in_code_block_ = false;
  std::string code_;
};

}  // namespace

std::string renderMarkdownForTerminal(std::string_view markdown, const TerminalMarkdownOptions& options) {
  return TerminalRenderer(options).render(markdown);
}

}  // namespace concord
