#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace concord {

/// One long array of a JSON document, printed item by item as nlohmann's dump(2) would print it inside the
/// whole document, then spliced into the rest of it. A json tree costs about ten times its text (100k SARIF
/// results held as trees took 1.4 GB), so the findings of a report are never all held as trees at once.
class SplicedArray {
 public:
  /// Stands for the array in the document until splice() replaces it.
  static constexpr std::string_view kPlaceholder = "concord:spliced-array";

  /// `indent`: the spaces before each item in dump(2)'s output of the whole document.
  explicit SplicedArray(std::size_t indent) : indent_(indent) {}

  void add(const nlohmann::json& item) { addText(item.dump(2)); }
  /// An item already printed by dump(2) at the top level (its own lines start at column 0).
  void addText(std::string_view item);

  /// document.dump(2) + '\n', with the value of the first `"key": kPlaceholder` in it replaced by the array.
  std::string splice(const nlohmann::json& document, std::string_view key) const;

 private:
  std::size_t indent_;
  std::string items_;
};

}  // namespace concord
