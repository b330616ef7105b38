#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace concord {

/// Values built on first use, once per key, by the first thread that asks. A thread asking for a key being
/// built waits for it; a thread asking for another key does not, so a batch's workers load two languages'
/// dictionaries at once instead of one after the other behind one lock. A build that throws leaves the key
/// unbuilt (the next caller tries again and gets the same error). Values never move once built.
///
/// For big immutable tables shared by the whole process (Hunspell dictionaries, lexicons, segmenters), hold
/// one as `static const auto& table = *new LoadOnce<…>` and never destroy it: their teardown at exit costs a
/// cold check a tenth of its time and serves nothing, and a table reachable from a static is not a leak to
/// LeakSanitizer.
template <typename Key, typename Value>
class LoadOnce {
 public:
  template <typename Build>
  const Value& get(const Key& key, Build&& build) const {
    Slot* slot = nullptr;
    {
      const std::lock_guard lock(mutex_);
      auto& owned = slots_[key];
      if (!owned) owned = std::make_unique<Slot>();
      slot = owned.get();
    }
    const std::lock_guard lock(slot->mutex);
    if (!slot->value) slot->value.emplace(build());
    return *slot->value;
  }

 private:
  struct Slot {
    std::mutex mutex;
    std::optional<Value> value;
  };
  mutable std::mutex mutex_;
  mutable std::map<Key, std::unique_ptr<Slot>> slots_;
};

}  // namespace concord
