#pragma once

#include <istream>
#include <map>
#include <ostream>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "checker/lsp/workspace.h"

namespace concord::lsp {

/// `concord lsp`: a Language Server Protocol server over a pair of streams (the editor's pipes). Opening or
/// editing a translation publishes its findings as diagnostics; code actions apply a finding's suggestion;
/// hover shows the rule's docs page. Messages are handled one at a time, in order; checks wait until no
/// message is waiting, so a burst of edits is checked once, on its last text.
class Server {
 public:
  explicit Server(OptionsFactory options);

  /// Serves until `exit` or the end of `in`; returns the exit status LSP asks for: 0 when `shutdown` came
  /// first, 1 otherwise.
  int run(std::istream& in, std::ostream& out);

 private:
  /// One parsed message; returns false once the server should stop (`exit`).
  bool handle(const nlohmann::json& message);
  nlohmann::json request(const std::string& method, const nlohmann::json& params);
  void notify(const std::string& method, const nlohmann::json& params);

  nlohmann::json initialize(const nlohmann::json& params);
  nlohmann::json codeActions(const nlohmann::json& params) const;
  nlohmann::json hover(const nlohmann::json& params) const;

  /// Re-checks the documents edited since the last check (see recheckAround).
  void checkPending();
  /// Re-checks `uri` if it is a translation, and every open translation whose source it is.
  void recheckAround(const std::string& uri);
  void recheck(const std::string& uri);
  void publish(const std::string& uri, nlohmann::json diagnostics);
  /// Takes back the diagnostics of the translation `uri` on both sides and forgets its check.
  void withdraw(const std::string& uri);
  void send(const nlohmann::json& message);
  void log(int type, const std::string& message);

  Workspace workspace_;
  std::ostream* out_ = nullptr;
  bool initialized_ = false;
  bool shutdown_ = false;
  std::map<std::string, CheckedTarget> checked_;  // target uri → its last check
  std::map<std::string, long long> versions_;     // uri → the editor's version of its text
  std::set<std::string> pending_;                 // documents edited since they were last checked
  // uri → the last problem shown for it, so an edit does not show it again
  std::map<std::string, std::string> last_problem_;
};

}  // namespace concord::lsp
