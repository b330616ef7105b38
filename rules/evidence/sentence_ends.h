#pragma once

#include <string_view>

#include "checker/model/text_range.h"

namespace concord::rules {

/// Whether `range` of `text` ends as a finished sentence does: on . ! ? … and their CJK, Arabic and Indic
/// kin (Unicode Sentence_Terminal), or on : ; that lead into what follows; closing quotation marks, brackets
/// and spaces after the mark are skipped first. truncation/cut-off and the clause comparison both ask it.
bool endsWithTerminal(std::string_view text, TextRange range);

}  // namespace concord::rules
