#include "checker/serve/check_service.h"

#include <memory>

#include <nlohmann/json.hpp>

#include "aligners/lexicon.h"
#include "checker/model/error.h"
#include "checker/model/time_limit_exceeded.h"
#include "checker/output/report.h"
#include "checker/output/rule_docs.h"
#include "checker/pipeline/pipeline.h"
#include "checker/reading/language.h"
#include "checker/serve/check_request.h"

namespace concord::serve {
namespace {

// The same bytes `concord check --format json` writes for one pair (renderJson's single-pair branch).
std::string contractBody(CheckResult result) {
  const PairReport report = reportFromResult(std::make_shared<const CheckResult>(std::move(result)));
  return pairContractText(report) + '\n';
}

void preloadLanguage(const DictionarySet& dictionaries, const std::string& lang) {
  if (const HunspellLexicon* lexicon = dictionaries.hunspell(lang)) lexicon->preload();
  dictionaries.functionWords(lang);
  dictionaries.numberWords(lang);
  dictionaries.negationWords(lang);
  dictionaries.newsWords(lang);
  dictionaries.houseStyle("", lang);
}

}  // namespace

std::string errorBody(int status, std::string_view message) {
  return nlohmann::json{{"error", message}, {"status", status}}.dump() + '\n';
}

CheckService::CheckService(double timeout_seconds, ReadingOptions reading)
    : timeout_seconds_(timeout_seconds),
      reading_(std::move(reading)),
      rules_(ruleListJson().dump(2) + '\n'),
      health_(nlohmann::json{{"status", "ok"}, {"version", CONCORD_VERSION}}.dump() + '\n') {}

void CheckService::preload(const std::vector<std::pair<std::string, std::string>>& language_pairs) const {
  if (language_pairs.empty()) return;
  dictionaries_.gazetteer();
  dictionaries_.romanization();
  dictionaries_.worldNames();
  for (const auto& [source_tag, target_tag] : language_pairs) {
    const std::string source = canonicalLanguageTag(source_tag, "--preload");
    const std::string target = canonicalLanguageTag(target_tag, "--preload");
    preloadLanguage(dictionaries_, source);
    preloadLanguage(dictionaries_, target);
    // The aligner and the rules look words up with primary subtags ("en", not "en-GB").
    const std::string source_primary = source.substr(0, source.find('-'));
    const std::string target_primary = target.substr(0, target.find('-'));
    aligners::lexiconFor(source_primary, target_primary);
    // addition/clause looks the target's words up in the other direction.
    aligners::lexiconFor(target_primary, source_primary);
    dictionaries_.glossary(source_primary, target_primary);
  }
}

ServiceResponse CheckService::check(std::string_view body) const {
  try {
    CheckRequest request = parseCheckRequest(body, timeout_seconds_);
    request.options.reading = reading_;
    return {200, contractBody(checkPair(request.source, request.target, request.options, dictionaries_))};
  } catch (const RequestError& error) {
    return {error.status(), errorBody(error.status(), error.what())};
  } catch (const TimeLimitExceeded& error) {
    return {408, errorBody(408, error.what())};
  } catch (const UserError& error) {
    // The texts themselves (empty, NUL bytes, plainly another language than declared): well-formed JSON
    // Concord cannot check as asked.
    return {422, errorBody(422, error.what())};
  } catch (const std::exception& error) {
    return {500, errorBody(500, std::string("internal error: ") + error.what())};
  }
}

}  // namespace concord::serve
