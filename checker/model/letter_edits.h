#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// The code points of `text` in order (valid UTF-8 assumed): the letters letterEdits counts in.
std::u32string codePointsOf(std::string_view text);

/// The number of single-letter edits (insert, delete, substitute, swap two neighbours) between `a` and `b`,
/// counted in code points; stops counting past `limit` and returns limit + 1.
std::size_t letterEdits(std::string_view a, std::string_view b, std::size_t limit);

/// The name of `known` closest to `typed`, for a "did you mean": at most a third of its letters off (at
/// least one, at most three), compared with the whole name and with its last part after '/', so
/// "unbalanced" finds "quotes/unbalanced". Ties go to the earlier name; nullopt when nothing is that close.
std::optional<std::string> closestName(std::string_view typed, const std::vector<std::string>& known);

}  // namespace concord
