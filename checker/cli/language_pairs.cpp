#include "checker/cli/language_pairs.h"

#include "checker/model/error.h"

namespace concord::cli {

std::vector<std::pair<std::string, std::string>> parseLanguagePairs(const std::vector<std::string>& pairs,
                                                                    const std::string& flag) {
  std::vector<std::pair<std::string, std::string>> parsed;
  for (const std::string& pair : pairs) {
    if (pair == "none") continue;
    const auto colon = pair.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == pair.size())
      throw UserError(flag, "'" + pair + "' is not SOURCE:TARGET (e.g. fr:en)");
    parsed.emplace_back(pair.substr(0, colon), pair.substr(colon + 1));
  }
  return parsed;
}

}  // namespace concord::cli
