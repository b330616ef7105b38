#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "checker/pipeline/pipeline.h"

namespace concord::serve {

/// A request the service refuses before any checking: its HTTP status (400 malformed, 413 too large, 422
/// well formed but naming something Concord does not have) and a one-line message for the JSON error body.
class RequestError : public std::runtime_error {
 public:
  RequestError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

/// One POST /v1/check, ready for checkPair.
struct CheckRequest {
  ArticleInput source;
  ArticleInput target;
  CheckOptions options;
};

/// Reads the body of POST /v1/check (docs/serve.md):
///   {"source": TEXT, "target": TEXT, "source_lang": "fr", "target_lang": "en",
///    "style": "ap", "rules": ["quotes", "-quotes/spacing"], "language_check": true,
///    "source_name": "story.fr.txt", "target_name": "story.en.md"}
/// source, target and both languages are required; the names (default "source" and "target") are what the
/// report shows, and a name ending in .md reads that side as Markdown. Throws RequestError: 400 for a body
/// that is not such an object (bad JSON with its position, a missing or mistyped field, an unknown field),
/// 422 for a language, house style or rule Concord does not know. `timeout_seconds` bounds the check.
CheckRequest parseCheckRequest(std::string_view body, double timeout_seconds);

}  // namespace concord::serve
