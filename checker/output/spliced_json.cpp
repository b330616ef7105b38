#include "checker/output/spliced_json.h"

#include <stdexcept>

namespace concord {

void SplicedArray::addText(std::string_view item) {
  items_ += items_.empty() ? "\n" : ",\n";
  items_.append(indent_, ' ');
  for (const char c : item) {
    items_ += c;
    if (c == '\n') items_.append(indent_, ' ');
  }
}

std::string SplicedArray::splice(const nlohmann::json& document, std::string_view key) const {
  std::string text = document.dump(2) + '\n';
  const std::string slot = nlohmann::json(key).dump() + ": " + nlohmann::json(kPlaceholder).dump();
  const std::size_t at = text.find(slot);
  if (at == std::string::npos) throw std::logic_error("SplicedArray: no placeholder for " + std::string(key));
  // dump(2) closes an array one level (two spaces) left of its items, and prints an empty one as [].
  const std::string array = items_.empty() ? "[]" : "[" + items_ + "\n" + std::string(indent_ - 2, ' ') + "]";
  text.replace(at, slot.size(), nlohmann::json(key).dump() + ": " + array);
  return text;
}

}  // namespace concord
