#include "dictionaries/mo_catalog.h"

#include <algorithm>
#include <cstdint>
#include <fstream>

#include "checker/model/error.h"

namespace concord {
namespace {

constexpr std::uint32_t kMagic = 0x950412de;
constexpr std::uint32_t kSwappedMagic = 0xde120495;

class MoReader {
 public:
  MoReader(const std::string& bytes, const std::string& name) : bytes_(bytes), name_(name) {
    const std::uint32_t magic = word(0, false);
    if (magic == kMagic) {
      swapped_ = false;
    } else if (magic == kSwappedMagic) {
      swapped_ = true;
    } else {
      fail(0, "not a gettext .mo catalogue (bad magic number)");
    }
  }

  std::uint32_t word(std::size_t offset) const { return word(offset, swapped_); }

  /// The string of table entry `index` in the table at `table`: (length, offset) pairs of 32-bit words.
  std::string_view entry(std::uint32_t table, std::uint32_t index) const {
    const std::size_t at = std::size_t(table) + std::size_t(index) * 8;
    const std::uint32_t length = word(at);
    const std::uint32_t offset = word(at + 4);
    if (std::size_t(offset) + length > bytes_.size()) fail(at, "string runs past the end of the file");
    return std::string_view(bytes_).substr(offset, length);
  }

  [[noreturn]] void fail(std::size_t offset, const std::string& what) const {
    throw UserError(name_ + ": byte " + std::to_string(offset) + ": " + what);
  }

 private:
  std::uint32_t word(std::size_t offset, bool swapped) const {
    if (offset + 4 > bytes_.size()) fail(offset, "file is truncated");
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      const auto byte = static_cast<unsigned char>(bytes_[offset + i]);
      value |= std::uint32_t(byte) << (swapped ? 8 * (3 - i) : 8 * i);
    }
    return value;
  }

  const std::string& bytes_;
  const std::string& name_;
  bool swapped_ = false;
};

}  // namespace

MoCatalog MoCatalog::parse(std::string file, const std::string& name) {
  MoCatalog catalog;
  catalog.bytes = std::make_shared<const std::string>(std::move(file));
  const std::string& bytes = *catalog.bytes;
  const MoReader reader(bytes, name);
  const std::uint32_t count = reader.word(8);
  const std::uint32_t originals = reader.word(12);
  const std::uint32_t translations = reader.word(16);
  if (std::size_t(count) * 8 > bytes.size()) reader.fail(8, "message count larger than the file");
  catalog.messages.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string_view id = reader.entry(originals, i);
    if (id.empty()) continue;  // the header
    std::string_view text = reader.entry(translations, i);
    // Plural entries hold "singular\0plural" and "form0\0form1…": the first of each is the name.
    id = id.substr(0, id.find('\0'));
    text = text.substr(0, text.find('\0'));
    catalog.messages.emplace_back(id, text);
  }
  return catalog;
}

MoCatalog MoCatalog::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError(path + ": cannot read the catalogue");
  in.seekg(0, std::ios::end);
  std::string bytes(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), std::streamsize(bytes.size())))
    throw UserError(path + ": cannot read the catalogue");
  return parse(std::move(bytes), path);
}

}  // namespace concord
