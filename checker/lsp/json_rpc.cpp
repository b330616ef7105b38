#include "checker/lsp/json_rpc.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace concord::lsp {
namespace {

// Header names are case-insensitive (RFC 7230, which LSP's base protocol follows).
bool startsWithNoCase(const std::string& line, std::string_view prefix) {
  if (line.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(line[i])) != prefix[i]) return false;
  return true;
}

// A declared body larger than this is not an article an editor sends; refusing it keeps a corrupt header
// from making the server allocate gigabytes.
constexpr std::size_t kMaxBody = 64u << 20;

}  // namespace

std::optional<std::string> readMessage(std::istream& in) {
  std::optional<std::size_t> length;
  std::string line;
  bool any_header = false;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!any_header) continue;  // stray blank lines between messages
      break;
    }
    any_header = true;
    constexpr std::string_view kLength = "content-length:";
    if (!startsWithNoCase(line, kLength)) continue;  // Content-Type and future headers
    std::size_t start = line.find_first_not_of(' ', kLength.size());
    std::size_t value = 0;
    const char* end = line.data() + line.size();
    const auto [ptr, ec] = std::from_chars(line.data() + std::min(start, line.size()), end, value);
    if (ec != std::errc() || ptr != end || value > kMaxBody)
      throw FramingError("bad Content-Length header: " + line);
    length = value;
  }
  if (!any_header) return std::nullopt;
  if (!length) throw FramingError("message without a Content-Length header");
  std::string body(*length, '\0');
  in.read(body.data(), static_cast<std::streamsize>(body.size()));
  if (static_cast<std::size_t>(in.gcount()) != body.size()) return std::nullopt;  // cut off: the client left
  return body;
}

void writeMessage(std::ostream& out, const nlohmann::json& message) {
  // Invalid UTF-8 never reaches here (articles are checked on reading); replace rather than throw anyway.
  const std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

nlohmann::json responseTo(const nlohmann::json& id, nlohmann::json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

nlohmann::json errorTo(const nlohmann::json& id, RpcError code, const std::string& message) {
  return {
      {"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", static_cast<int>(code)}, {"message", message}}}};
}

nlohmann::json notification(const std::string& method, nlohmann::json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

}  // namespace concord::lsp
