#include "checker/model/location.h"

namespace concord {

Location locate(const Document& doc, TextRange range) {
  const LineColumn start = doc.lines().at(range.begin);
  const LineColumn end = doc.lines().at(range.end);
  return {start.line, start.column, end.line, end.column, std::string(range.in(doc.original()))};
}

}  // namespace concord
