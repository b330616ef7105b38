#pragma once

#include <string>

#include "checker/model/document.h"
#include "checker/model/finding.h"

namespace concord {

/// A range as reporters show it: 1-based lines, code-point columns (end exclusive), and the exact text.
struct Location {
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t end_line = 0;
  std::size_t end_column = 0;
  std::string text;
};

Location locate(const Document& doc, TextRange range);

}  // namespace concord
