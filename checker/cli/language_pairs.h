#pragma once

#include <string>
#include <utility>
#include <vector>

namespace concord::cli {

/// SOURCE:TARGET language pairs as the user gave them ("fr:en"), "none" skipped; a malformed one is a
/// UserError naming `flag` (or the argument).
std::vector<std::pair<std::string, std::string>> parseLanguagePairs(const std::vector<std::string>& pairs,
                                                                    const std::string& flag);

}  // namespace concord::cli
