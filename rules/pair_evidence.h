#pragma once

#include <map>
#include <memory>
#include <typeindex>
#include <utility>

namespace concord::rules {

/// Evidence worked out once per checked pair and read by several rules: omission/clause and addition/clause
/// compare the same links' clauses in both directions, and each used to do it on its own (four comparisons
/// per link, and their own number extractors). checkPair makes one store per pair and hands it to every
/// rule's context; a context made without one (a unit test) owns a store of its own. One thread checks a
/// pair, so the store takes no lock.
class PairEvidence {
 public:
  /// The pair's one `T`, made from `args` on first use (later calls' arguments are not looked at: they
  /// must describe the same pair).
  template <typename T, typename... Args>
  T& get(Args&&... args) {
    auto& slot = slots_[std::type_index(typeid(T))];
    if (!slot) slot = std::make_shared<T>(std::forward<Args>(args)...);
    return *static_cast<T*>(slot.get());
  }

 private:
  std::map<std::type_index, std::shared_ptr<void>> slots_;
};

}  // namespace concord::rules
