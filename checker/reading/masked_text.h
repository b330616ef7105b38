#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "checker/model/text_range.h"

namespace concord {

/// How a format writes a character it cannot write literally.
enum class EscapeSyntax {
  none,  ///< the bytes are the text (an XML CDATA section)
  xml,   ///< `&amp;`, `&#8217;`, `&#x2019;`: one entity or character reference stands for one code point
  c,     ///< PO strings: `\"`, `\n`, `\t`, `\\`, `\ooo`, `\xhh`: one escape stands for one byte
  /// HTML text as an HTML5 parser decodes it: character references with or without `;` (`&amp;`, `&copy`,
  /// `&#8217;`), some of which stand for two code points; tags the parser dropped inside the text (a stray
  /// `</b>`) and a newline it dropped (after `<pre>`) stay blank. Broken markup is recovered, never refused:
  /// where the file and the parsed text part, the file's characters stay blank until they agree again.
  html,
};

/// The analysis text of one side of a bilingual file (XLIFF, TMX, PO): as long as the file, blank (spaces)
/// everywhere except where this side's text stands, which holds the decoded text at the very bytes of the
/// file that spell it. Every offset therefore names the same place in the file, as Markdown masking does, and
/// line:column come out right for the file the user opened.
///
/// A decoded character is shorter than the escape that spells it (`&amp;` → `&`, `\"` → `"`); it is written
/// where the escape starts and the rest of the escape is blanked with spaces, put before the character when
/// it begins a word after a space (`said &quot;Hi` → `said     "Hi`), after it otherwise.
class MaskedText {
 public:
  explicit MaskedText(std::size_t size) : text_(size, ' ') {}

  struct Revealed {
    TextRange range;       ///< the bytes written (empty at raw_begin when nothing was)
    std::size_t consumed;  ///< bytes of `decoded` that `raw` spells
  };

  /// Writes the start of `decoded`, the text a parser made of the file's bytes `raw` (from `raw_begin`,
  /// escapes still in), at `raw`'s place, up to the end of `raw`. A CR before an LF (which parsers drop)
  /// stays blank. Throws std::logic_error when `decoded` is not what `raw` spells (a reader's bug).
  Revealed reveal(std::size_t raw_begin, std::string_view raw, std::string_view decoded, EscapeSyntax syntax);

  /// Writes `analysis`, text another reader made of the bytes at `at` (blank where it has none, as long as
  /// those bytes), in place: an HTML body inside a JSON string or an XML element.
  void place(std::size_t at, std::string_view analysis) {
    std::copy(analysis.begin(), analysis.end(), text_.begin() + static_cast<std::ptrdiff_t>(at));
  }

  const std::string& text() const { return text_; }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
};

}  // namespace concord
