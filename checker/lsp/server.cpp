#include "checker/lsp/server.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>
#include <set>

#include "checker/lsp/diagnostics.h"
#include "checker/lsp/file_uri.h"
#include "checker/lsp/json_rpc.h"
#include "checker/lsp/lsp_positions.h"
#include "checker/lsp/message_reader.h"
#include "checker/model/error.h"
#include "checker/output/rule_docs.h"

namespace concord::lsp {
namespace {

using nlohmann::json;

// A request the server answers with an error rather than a result.
struct RpcFailure {
  RpcError code;
  std::string message;
};

// LSP's MessageType.
constexpr int kError = 1;
constexpr int kWarning = 2;
constexpr int kLog = 4;

// Each finding whose primary place is in the document `uri`, with the check it came from.
void forEachFindingIn(const std::map<std::string, CheckedTarget>& checked, const std::string& uri,
                      const std::function<void(const Finding&, const CheckedTarget&)>& visit) {
  for (const auto& [target, pair] : checked) {
    for (const Finding& finding : pair.result->findings)
      if (pair.uris.on(finding.primary) == uri) visit(finding, pair);
  }
}

json primaryRange(const Finding& finding, const CheckResult& result) {
  return lspRange(documentOn(result, finding.primary), finding.primaryRange());
}

}  // namespace

Server::Server(OptionsFactory options) : workspace_(std::move(options)) {}

int Server::run(std::istream& in, std::ostream& out) {
  out_ = &out;
  MessageReader reader(in);
  while (true) {
    const Incoming incoming = reader.next();
    if (incoming.end) return 1;  // the client went away without `exit`
    if (!incoming.framing_error.empty()) {
      send(errorTo(nullptr, RpcError::parse_error, incoming.framing_error));
      continue;
    }
    json message;
    try {
      message = json::parse(*incoming.body);
    } catch (const json::parse_error& e) {
      send(errorTo(nullptr, RpcError::parse_error, std::string("malformed JSON: ") + e.what()));
      continue;
    }
    if (!handle(message)) return shutdown_ ? 0 : 1;
    // Edits still on their way would make this check stale before it is published: only the last is checked.
    if (!reader.waiting()) checkPending();
  }
}

void Server::checkPending() {
  const std::set<std::string> pending = std::move(pending_);
  pending_.clear();
  for (const std::string& uri : pending) recheckAround(uri);
}

bool Server::handle(const json& message) {
  const bool has_id = message.is_object() && message.contains("id");
  const json id = has_id ? message.at("id") : json(nullptr);
  if (!message.is_object() || !message.contains("method") || !message.at("method").is_string() ||
      (has_id && !id.is_string() && !id.is_number_integer())) {
    const bool reply = message.is_object() && (message.contains("result") || message.contains("error"));
    if (!reply)  // the server sends no requests, so a reply answers nothing: dropped
      send(errorTo(id.is_string() || id.is_number_integer() ? id : json(nullptr), RpcError::invalid_request,
                   "not a JSON-RPC request: expected an object with a string \"method\" and a number or "
                   "string \"id\""));
    return true;
  }
  const std::string method = message.at("method").get<std::string>();
  const json params = message.contains("params") ? message.at("params") : json::object();
  if (method == "exit") return false;
  if (!has_id) {
    if (!initialized_) return true;  // LSP: notifications before `initialize` are dropped
    try {
      notify(method, params);
    } catch (const std::exception& e) {
      log(kError, method + ": " + e.what());
    }
    return true;
  }
  try {
    if (!initialized_ && method != "initialize")
      throw RpcFailure{RpcError::server_not_initialized, "initialize first"};
    if (shutdown_) throw RpcFailure{RpcError::invalid_request, "the server is shutting down"};
    send(responseTo(id, request(method, params)));
  } catch (const RpcFailure& failure) {
    send(errorTo(id, failure.code, failure.message));
  } catch (const json::exception& e) {
    send(errorTo(id, RpcError::invalid_params, method + ": " + e.what()));
  } catch (const UserError& e) {
    send(errorTo(id, RpcError::request_failed, e.what()));
  } catch (const std::exception& e) {
    send(errorTo(id, RpcError::internal_error, e.what()));
  }
  return true;
}

json Server::request(const std::string& method, const json& params) {
  if (method == "initialize") return initialize(params);
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  checkPending();  // answers about the text as it is now
  if (method == "textDocument/codeAction") return codeActions(params);
  if (method == "textDocument/hover") return hover(params);
  throw RpcFailure{RpcError::method_not_found, "concord lsp does not handle " + method};
}

void Server::notify(const std::string& method, const json& params) {
  if (method == "textDocument/didOpen" || method == "textDocument/didChange" ||
      method == "textDocument/didSave" || method == "textDocument/didClose") {
    const json& document = params.at("textDocument");
    const std::string uri = document.at("uri").get<std::string>();
    if (document.contains("version") && document.at("version").is_number_integer())
      versions_[uri] = document.at("version").get<long long>();
    if (method == "textDocument/didOpen") workspace_.setText(uri, document.at("text"));
    if (method == "textDocument/didChange") {
      // The server asked for full sync: the last change holds the whole text.
      const json& changes = params.at("contentChanges");
      if (!changes.is_array() || changes.empty()) throw UserError(uri, "didChange without contentChanges");
      const json& change = changes.back();
      if (change.contains("range"))
        throw UserError(uri, "incremental change received; concord asks for full sync");
      workspace_.setText(uri, change.at("text"));
    }
    if (method == "textDocument/didSave" && params.contains("text"))
      workspace_.setText(uri, params.at("text"));
    if (method == "textDocument/didClose") {
      workspace_.forget(uri);
      withdraw(uri);
      last_problem_.erase(uri);
      versions_.erase(uri);
    }
    pending_.insert(uri);
    return;
  }
  if (method == "workspace/didChangeConfiguration") {
    try {
      workspace_.setSettings(mergeSettings(workspace_.settings(), params.at("settings")));
    } catch (const UserError& e) {
      send(notification("window/showMessage", {{"type", kError}, {"message", e.what()}}));
    }
    for (const std::string& uri : workspace_.openUris()) pending_.insert(uri);
  }
  // `initialized`, $/cancelRequest, $/setTrace …: nothing to do.
}

json Server::initialize(const json& params) {
  initialized_ = true;
  std::string root;
  if (params.contains("rootUri") && params.at("rootUri").is_string())
    root = params.at("rootUri").get<std::string>();
  else if (params.contains("workspaceFolders") && params.at("workspaceFolders").is_array() &&
           !params.at("workspaceFolders").empty())
    root = params.at("workspaceFolders").at(0).at("uri").get<std::string>();
  try {
    if (!root.empty()) workspace_.setRoot(pathFromUri(root));
    if (params.contains("initializationOptions"))
      workspace_.setSettings(mergeSettings(workspace_.settings(), params.at("initializationOptions")));
  } catch (const UserError& e) {
    // Start anyway (the editor would only say the server died); the message says what was ignored.
    send(notification("window/showMessage", {{"type", kError}, {"message", e.what()}}));
  }
  return {{"capabilities",
           {{"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"hoverProvider", true}}},
          {"serverInfo", {{"name", "concord"}, {"version", CONCORD_VERSION}}}};
}

json Server::codeActions(const json& params) const {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  const json& wanted = params.at("range");
  json actions = json::array();
  forEachFindingIn(checked_, uri, [&](const Finding& finding, const CheckedTarget& pair) {
    if (!finding.suggestion) return;
    const json range = primaryRange(finding, *pair.result);
    if (!rangesTouch(range, wanted)) return;
    const std::string text(finding.primaryRange().in(documentOn(*pair.result, finding.primary).original()));
    json edit = {{"range", range}, {"newText", *finding.suggestion}};
    actions.push_back(
        {{"title", "Replace “" + text + "” with “" + *finding.suggestion + "” (" + finding.rule_id + ")"},
         {"kind", "quickfix"},
         {"isPreferred", true},
         {"diagnostics", json::array({diagnosticOf(finding, *pair.result, pair.uris)})},
         {"edit", {{"changes", {{uri, json::array({edit})}}}}}});
  });
  return actions;
}

json Server::hover(const json& params) const {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  const json& position = params.at("position");
  std::vector<std::string> rule_ids;
  std::optional<json> range;
  forEachFindingIn(checked_, uri, [&](const Finding& finding, const CheckedTarget& pair) {
    const json found = primaryRange(finding, *pair.result);
    if (!rangeContains(found, position)) return;
    if (!range) range = found;
    if (std::find(rule_ids.begin(), rule_ids.end(), finding.rule_id) == rule_ids.end())
      rule_ids.push_back(finding.rule_id);
  });
  if (rule_ids.empty()) return nullptr;
  std::string markdown;
  for (const std::string& id : rule_ids)
    markdown += (markdown.empty() ? "" : "\n\n---\n\n") + ruleDocText(id);
  return {{"contents", {{"kind", "markdown"}, {"value", markdown}}}, {"range", *range}};
}

void Server::recheckAround(const std::string& uri) {
  std::vector<std::string> dependents;
  for (const auto& [target, pair] : checked_)
    if (pair.uris.source == uri && target != uri) dependents.push_back(target);
  // A document another open translation reads as its source is not itself a translation.
  if (workspace_.isOpen(uri) && dependents.empty()) recheck(uri);
  for (const std::string& target : dependents) recheck(target);
}

void Server::recheck(const std::string& uri) {
  const auto start = std::chrono::steady_clock::now();
  std::string why;
  std::optional<CheckedTarget> checked;
  try {
    checked = workspace_.check(uri, why);
  } catch (const UserError& e) {
    withdraw(uri);
    if (last_problem_[uri] == e.what()) return;  // said once; not again on every keystroke
    last_problem_[uri] = e.what();
    send(notification("window/showMessage", {{"type", kWarning}, {"message", e.what()}}));
    return;
  }
  if (!checked) {
    withdraw(uri);
    log(kLog, why);
    return;
  }
  if (const auto previous = checked_.find(uri);
      previous != checked_.end() && previous->second.uris.source != checked->uris.source)
    publish(previous->second.uris.source, json::array());
  json on_target = json::array(), on_source = json::array();
  for (const Finding& finding : checked->result->findings)
    (finding.primary == Side::target ? on_target : on_source)
        .push_back(diagnosticOf(finding, *checked->result, checked->uris));
  publish(uri, std::move(on_target));
  publish(checked->uris.source, std::move(on_source));
  // Two documents each other's source (story.fr.md opened first, then story.en.md, no target language set):
  // the one just checked is the translation, and its diagnostics have replaced the other's on both.
  if (const auto reverse = checked_.find(checked->uris.source);
      reverse != checked_.end() && reverse->second.uris.source == uri)
    checked_.erase(reverse);
  checked_[uri] = *checked;
  last_problem_.erase(uri);
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  log(kLog, "checked " + uri + " against " + checked->uris.source + " in " + std::to_string(ms) +
                " ms: " + std::to_string(checked->result->findings.size()) + " findings");
}

void Server::publish(const std::string& uri, json diagnostics) {
  json params = {{"uri", uri}, {"diagnostics", std::move(diagnostics)}};
  // The version checked, so an editor can drop diagnostics that arrive after a newer edit.
  if (const auto version = versions_.find(uri); version != versions_.end())
    params["version"] = version->second;
  send(notification("textDocument/publishDiagnostics", std::move(params)));
}

void Server::withdraw(const std::string& uri) {
  const auto found = checked_.find(uri);
  if (found == checked_.end()) return;
  publish(found->second.uris.target, json::array());
  publish(found->second.uris.source, json::array());
  checked_.erase(found);
}

void Server::send(const json& message) { writeMessage(*out_, message); }

void Server::log(int type, const std::string& message) {
  send(notification("window/logMessage", {{"type", type}, {"message", message}}));
}

}  // namespace concord::lsp
