#include "rules/evidence/boilerplate.h"

#include <map>

#include <nlohmann/json.hpp>

#include "checker/model/error.h"
#include "checker/model/load_once.h"
#include "checker/model/unicode_text.h"

namespace concord::rules {
namespace {

// Whole-line furniture of wire copy per language. Each pattern must match the entire sentence (anchored),
// so a sentence that merely mentions "l'AFP" is never taken for a byline.
const std::map<std::string, std::vector<std::string>, std::less<>>& builtinPatterns() {
  // A see-also line: the marker, a colon, then a headline.
  static const std::string kBullet = R"(^[\s\p{P}\p{S}]*)";
  // A byline or credit line: agency names alone, in brackets, after a dash or with a copyright sign.
  static const std::string kAgencies =
      R"((AFP|AP|Reuters|dpa|EFE|ANSA|TASS|RIA Novosti|Interfax|Ukrinform|Belga|ATS|Europa Press))";
  static const std::string kByline =
      R"(^[\s\p{Pd}©(]*)" + kAgencies + R"(([\s,/]+)" + kAgencies + R"()*[\s)]*\.?\s*$)";
  static const std::map<std::string, std::vector<std::string>, std::less<>> table = {
      {"en",
       {kBullet + R"((Also read|Read also|Read more|See also|Related)\s*:.*$)",
        R"(^\s*With\s+)" + kAgencies + R"(\s*$)"}},
      {"fr",
       {kBullet + R"((À|A) lire (aussi|également)\s*:.*$)", kBullet + R"((Lire|Voir) aussi\s*:.*$)",
        R"(^\s*Avec\s+(l['’])?)" + kAgencies + R"(\s*$)"}},
      {"de",
       {kBullet + R"((Lesen Sie auch|Mehr zum Thema|Siehe auch|Auch interessant)\s*:.*$)",
        R"(^\s*Mit\s+)" + kAgencies + R"(\s*$)"}},
      {"es",
       {kBullet + R"((Lea también|Leer también|Lee también|Ver también|Te puede interesar)\s*:.*$)",
        R"(^\s*Con\s+)" + kAgencies + R"(\s*$)"}},
      {"ru", {kBullet + R"((Читайте также|Смотрите также|См\. также)\s*:.*$)"}},
      {"uk", {kBullet + R"((Читайте також|Дивіться також)\s*:.*$)"}},
      {"*", {kByline}},
  };
  return table;
}

std::unique_ptr<icu::RegexPattern> compile(const std::string& pattern, bool user) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(pattern), UREGEX_CASE_INSENSITIVE, parse_error, status));
  if (U_FAILURE(status)) {
    if (user)
      throw UserError("option 'ignore': invalid regular expression '" + pattern + "' (" +
                      u_errorName(status) + ")");
    checkIcu(status, "built-in boilerplate pattern");
  }
  return compiled;
}

// Compiling the patterns cost a pair more than matching them: each is compiled once per process. An ICU
// RegexPattern is immutable once compiled and may be shared between threads; each match makes its own
// matcher.
const icu::RegexPattern& sharedPattern(const std::string& pattern, bool user) {
  static const auto& patterns = *new LoadOnce<std::string, std::unique_ptr<icu::RegexPattern>>();
  return *patterns.get(pattern, [&] { return compile(pattern, user); });
}

}  // namespace

std::vector<std::string> ignorePatterns(const RuleOptions& options) {
  const auto value = options.get("ignore");
  std::vector<std::string> patterns;
  if (!value || value->empty()) return patterns;
  if (value->front() == '[') {
    const auto json = nlohmann::json::parse(*value, nullptr, false);
    if (!json.is_array()) throw UserError("option 'ignore': expected a list of regular expressions");
    for (const auto& item : json) {
      if (!item.is_string()) throw UserError("option 'ignore': expected a list of regular expressions");
      patterns.push_back(item.get<std::string>());
    }
    return patterns;
  }
  std::size_t start = 0;
  for (std::size_t at; start <= value->size(); start = at + 1) {
    at = value->find('\n', start);
    if (at == std::string::npos) at = value->size();
    if (at > start) patterns.push_back(value->substr(start, at - start));
  }
  return patterns;
}

BoilerplateMatcher::BoilerplateMatcher(const std::vector<std::string>& languages,
                                       const RuleOptions& options) {
  const auto& table = builtinPatterns();
  std::vector<std::string> keys = languages;
  keys.emplace_back("*");
  for (const std::string& key : keys) {
    const auto it = table.find(key);
    if (it == table.end()) continue;
    for (const std::string& pattern : it->second) patterns_.push_back(&sharedPattern(pattern, false));
  }
  for (const std::string& pattern : ignorePatterns(options))
    patterns_.push_back(&sharedPattern(pattern, true));
}

BoilerplateMatcher::~BoilerplateMatcher() = default;

bool BoilerplateMatcher::matches(std::string_view sentence) const {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(nfc(sentence)).trim();
  for (const auto& pattern : patterns_) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern->matcher(text, status));
    checkIcu(status, "boilerplate matcher");
    // User patterns need not be anchored: any match marks the line (an editor writes "^Photo:" or "AFP$").
    if (matcher->find(status) && U_SUCCESS(status)) return true;
  }
  return false;
}

}  // namespace concord::rules
