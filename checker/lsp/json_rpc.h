#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace concord::lsp {

/// JSON-RPC error codes the server answers with (JSON-RPC 2.0 and LSP's own).
enum class RpcError : int {
  parse_error = -32700,
  invalid_request = -32600,
  method_not_found = -32601,
  invalid_params = -32602,
  internal_error = -32603,
  server_not_initialized = -32002,
  request_failed = -32803,
};

/// A header block without a usable Content-Length: its bytes are consumed, so the next message can be read.
class FramingError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The body of the next message of LSP's base protocol (headers, a blank line, Content-Length bytes of
/// JSON); nullopt at the end of the input. Throws FramingError for a header block it cannot use.
std::optional<std::string> readMessage(std::istream& in);

/// Writes `message` with its Content-Length header and flushes.
void writeMessage(std::ostream& out, const nlohmann::json& message);

nlohmann::json responseTo(const nlohmann::json& id, nlohmann::json result);
nlohmann::json errorTo(const nlohmann::json& id, RpcError code, const std::string& message);
nlohmann::json notification(const std::string& method, nlohmann::json params);

}  // namespace concord::lsp
