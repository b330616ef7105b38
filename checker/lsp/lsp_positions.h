#pragma once

#include <cstddef>

#include <nlohmann/json.hpp>

#include "checker/model/document.h"
#include "checker/model/text_range.h"

namespace concord::lsp {

/// An LSP Position {line, character} of byte `offset` in `doc`: 0-based line, and the character counted in
/// UTF-16 code units from the line's start, as the protocol requires (ICU does the counting).
nlohmann::json lspPosition(const Document& doc, std::size_t offset);

/// An LSP Range {start, end} of `range` in `doc`.
nlohmann::json lspRange(const Document& doc, TextRange range);

/// Whether LSP position `position` ({line, character}) falls inside `lsp_range` (start and end inclusive, so
/// a cursor just after a word still hovers it).
bool rangeContains(const nlohmann::json& lsp_range, const nlohmann::json& position);

/// Whether two LSP ranges share at least one position.
bool rangesTouch(const nlohmann::json& a, const nlohmann::json& b);

}  // namespace concord::lsp
