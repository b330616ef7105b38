#pragma once

#include <string>

#include "checker/model/document.h"
#include "checker/model/finding.h"

namespace concord {

/// A range as reporters show it: 1-based lines, code-point columns (end exclusive), and the text it covers.
struct Location {
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t end_line = 0;
  std::size_t end_column = 0;
  std::string text;
  std::size_t end_offset = 0;  ///< the byte the place ends at in the file
};

/// Where `range` stands in `doc`'s file. In a file a reader decoded (HTML, ninjs, NewsML-G2, XLIFF, TMX,
/// PO) `text` is the decoded text (`café` where the file spells `caf&eacute;` or `caf\u00e9`) and the end
/// is past the whole escape the range's last character comes from, so the place spans the file's bytes; in
/// a text or Markdown file `text` is the file's bytes of the range.
Location locate(const Document& doc, TextRange range);

}  // namespace concord
