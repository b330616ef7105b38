#pragma once

#include <istream>
#include <memory>
#include <optional>
#include <string>

namespace concord::lsp {

/// What the editor sent next: a message body, a header block that could not be used, or the end.
struct Incoming {
  std::optional<std::string> body;
  std::string framing_error;  ///< set when the header block had no usable Content-Length
  bool end = false;
};

/// Reads messages on a thread of its own, so the server can tell whether more are already waiting: a
/// re-check is put off while the editor is still sending edits, and only the last text is checked.
/// The thread is detached: it may stay blocked on `in` (standard input) until the process exits.
class MessageReader {
 public:
  explicit MessageReader(std::istream& in);

  /// The next message, waiting for it.
  Incoming next();
  /// Whether a message is already waiting.
  bool waiting() const;

 private:
  struct Shared;
  std::shared_ptr<Shared> shared_;
};

}  // namespace concord::lsp
