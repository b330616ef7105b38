#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace concord::rules {

/// Spellings of the target that look like a slip of another spelling of the same name (Teboune for
/// Tebboune, Niamay for Niamey): one letter apart (two for names of eight letters or more), the other
/// spelling written by the source (letter for letter, or romanized another way: the same nameKey, as the
/// source's Navalnaya is a German target's Nawalnaja) and at least as often in the target, the slipped one
/// nowhere in the source letter for letter (a doubled letter dropped keeps the key: Teboune), nor by its key
/// when the other spelling is backed by its key only. A spelling that is the other one with a plural or
/// genitive ending (-s, -es: Okadas, Putins) is the name declined, not a slip. `target_counts`: name-like
/// spellings of the target with their counts; `source_words`: every word of the source. Returns slipped
/// spelling → the spelling it slipped from.
std::map<std::string, std::string> spellingSlips(const std::map<std::string, std::size_t>& target_counts,
                                                 const std::set<std::string>& source_words);

}  // namespace concord::rules
