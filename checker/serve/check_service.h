#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/reading/reading_options.h"
#include "dictionaries/dictionary_set.h"

namespace concord::serve {

/// An answer of the service, before HTTP: a status and a JSON body.
struct ServiceResponse {
  int status = 200;
  std::string body;
};

/// The JSON error body of every refused request: {"error": MESSAGE, "status": STATUS}.
std::string errorBody(int status, std::string_view message);

/// What `concord serve` does, without the HTTP: one DictionarySet for the life of the process, shared
/// read-only by every request (its loaders are locked, Hunspell calls serialised), so a request pays for
/// reading and checking its two texts only. Thread-safe: the HTTP workers call it concurrently.
class CheckService {
 public:
  /// `timeout_seconds`: the most one check may take (its Deadline); past it the request is answered 408.
  /// `reading`: the file formats concord.toml maps, applied to the names a request gives its texts.
  explicit CheckService(double timeout_seconds, ReadingOptions reading = {});

  /// Loads now what the first request of each (source, target) language pair would: the FreeDict lexicon,
  /// Hunspell, word data, glossary and default house style of both languages, and the
  /// language-independent name data (gazetteer, romanization, world names). A bad tag is a UserError.
  void preload(const std::vector<std::pair<std::string, std::string>>& language_pairs) const;

  /// POST /v1/check: 200 with exactly what `concord check --format json` prints for the pair; 400, 408 or
  /// 422 with errorBody (check_request.h says which).
  ServiceResponse check(std::string_view body) const;
  /// GET /v1/rules: what `concord rules --format json` prints.
  const std::string& rules() const { return rules_; }
  /// GET /health: {"status": "ok", "version": …}.
  const std::string& health() const { return health_; }

 private:
  double timeout_seconds_;
  ReadingOptions reading_;
  DictionarySet dictionaries_;
  std::string rules_;
  std::string health_;
};

}  // namespace concord::serve
