#include "checker/lsp/message_reader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "checker/lsp/json_rpc.h"

namespace concord::lsp {

struct MessageReader::Shared {
  std::mutex mutex;
  std::condition_variable arrived;
  std::deque<Incoming> messages;

  void push(Incoming incoming) {
    {
      const std::lock_guard lock(mutex);
      messages.push_back(std::move(incoming));
    }
    arrived.notify_one();
  }
};

MessageReader::MessageReader(std::istream& in) : shared_(std::make_shared<Shared>()) {
  // The thread owns a share of the queue, so it never outlives what it writes to.
  std::thread([shared = shared_, &in] {
    while (true) {
      Incoming incoming;
      try {
        incoming.body = readMessage(in);
        incoming.end = !incoming.body;
      } catch (const FramingError& e) {
        incoming.framing_error = e.what();
      }
      const bool end = incoming.end;
      shared->push(std::move(incoming));
      if (end) return;
    }
  }).detach();
}

Incoming MessageReader::next() {
  std::unique_lock lock(shared_->mutex);
  shared_->arrived.wait(lock, [&] { return !shared_->messages.empty(); });
  Incoming incoming = std::move(shared_->messages.front());
  shared_->messages.pop_front();
  return incoming;
}

bool MessageReader::waiting() const {
  const std::lock_guard lock(shared_->mutex);
  return !shared_->messages.empty();
}

}  // namespace concord::lsp
