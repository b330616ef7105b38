#include "aligners/lexicon_cache.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <marisa/exception.h>
#include <marisa/iostream.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace concord::aligners {
namespace {

// The version changes whenever what a table holds for the same dictionaries changes (the entry parser, the
// pivot, the layout), so that no run reads a table an older Concord built. 3: the mapped table (1 and 2 were
// the parsed `lexicon-*.bin` caches).
constexpr char kMagic[16] = "CONCORD-LEXMAP\n";
constexpr std::uint32_t kVersion = 3;

struct Header {
  char magic[16];
  std::uint32_t version;
  std::uint32_t hash_probe;  // the filters' hash of a fixed word: another standard library hashes otherwise
  std::uint64_t file_size;
  std::uint64_t checksum;  // of every byte after the header
  std::uint64_t fingerprint_size;
};
static_assert(sizeof(Header) == 48);

std::uint32_t hashProbe() { return static_cast<std::uint32_t>(KeyHash{}("concord-lexicon-table")); }

// Four independent lanes of XXH64's round (multiply, rotate, multiply) over 64-bit words: any changed word
// changes its lane's state, and the lanes run in parallel, so a 3 MB table is checked in well under a
// millisecond where a CRC would cost a cold check several.
std::uint64_t checksum(const char* data, std::size_t size) {
  constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ull, kPrime2 = 0xC2B2AE3D27D4EB4Full;
  const auto round = [](std::uint64_t lane, std::uint64_t word) {
    return std::rotl(lane + word * kPrime2, 31) * kPrime1;
  };
  std::uint64_t lanes[4] = {kPrime1, kPrime2, 0, ~kPrime1};
  const std::size_t words = size / 8;
  for (std::size_t k = 0; k < words; ++k) {
    std::uint64_t word = 0;
    std::memcpy(&word, data + k * 8, 8);
    lanes[k % 4] = round(lanes[k % 4], word);
  }
  std::uint64_t hash = words;
  for (const std::uint64_t lane : lanes) hash = round(hash ^ lane, std::rotl(lane, 27));
  return hash;
}

void padTo8(std::string& out) { out.append((8 - out.size() % 8) % 8, '\0'); }

void putSection(std::string& out, std::string_view bytes) {
  const std::uint64_t size = bytes.size();
  out.append(reinterpret_cast<const char*>(&size), sizeof size);
  out.append(bytes);
  padTo8(out);
}

template <typename T>
std::string_view bytesOf(const std::vector<T>& values) {
  return {reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T)};
}

std::string trieImage(const marisa::Trie& trie) {
  std::ostringstream out;
  out << trie;
  return std::move(out).str();
}

// Sections read in order from the mapped bytes; every read checks the bounds, so a torn file fails cleanly.
class SectionReader {
 public:
  SectionReader(const char* data, std::size_t size, std::size_t at) : data_(data), size_(size), at_(at) {}
  std::optional<std::string_view> next() {
    std::uint64_t length = 0;
    if (size_ - at_ < sizeof length) return std::nullopt;
    std::memcpy(&length, data_ + at_, sizeof length);
    at_ += sizeof length;
    if (size_ - at_ < length) return std::nullopt;
    const std::string_view section(data_ + at_, length);
    at_ += length;
    at_ += std::min<std::size_t>((8 - at_ % 8) % 8, size_ - at_);
    return section;
  }
  bool atEnd() const { return at_ == size_; }

 private:
  const char* data_;
  std::size_t size_, at_;
};

// The file's bytes, mapped read-only and shared with every process that maps it; nullptr when it cannot be.
std::shared_ptr<const void> mapFile(const std::filesystem::path& file, std::size_t& size) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat status {};
  void* data = MAP_FAILED;
  if (::fstat(fd, &status) == 0 && status.st_size >= static_cast<off_t>(sizeof(Header))) {
    size = static_cast<std::size_t>(status.st_size);
    data = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  }
  ::close(fd);
  if (data == MAP_FAILED) return nullptr;
  return std::shared_ptr<const void>(data, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
}

template <typename T>
const T* arrayOf(std::string_view section, std::size_t count) {
  return section.size() == count * sizeof(T) ? reinterpret_cast<const T*>(section.data()) : nullptr;
}

std::shared_ptr<const LexiconTable> readTable(std::shared_ptr<const void> mapping, std::size_t size,
                                              const std::string& fingerprint) {
  const char* data = static_cast<const char*>(mapping.get());
  Header header{};
  std::memcpy(&header, data, sizeof header);
  if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.version != kVersion ||
      header.hash_probe != hashProbe() || header.file_size != size || size % 8 != 0 ||
      header.fingerprint_size != fingerprint.size() || size - sizeof header < fingerprint.size() ||
      fingerprint.compare(0, fingerprint.size(), data + sizeof header, fingerprint.size()) != 0 ||
      header.checksum != checksum(data + sizeof header, size - sizeof header))
    return nullptr;
  std::size_t at = sizeof header + fingerprint.size();
  at += (8 - at % 8) % 8;
  SectionReader reader(data, size, std::min(at, size));
  std::optional<std::string_view> sections[9];
  for (auto& section : sections)
    if (!(section = reader.next())) return nullptr;
  if (!reader.atEnd()) return nullptr;
  const auto& [names, source_trie, target_trie, entry_begin, entry_targets, target_offsets, target_text,
               source_filter, target_filter] = sections;
  auto table = std::make_shared<LexiconTable>();
  try {
    table->source_keys.map(source_trie->data(), source_trie->size());
    table->target_keys.map(target_trie->data(), target_trie->size());
  } catch (const marisa::Exception&) {
    return nullptr;
  }
  const std::size_t sources = table->source_keys.num_keys(), targets = table->target_keys.num_keys();
  table->entry_begin = arrayOf<std::uint32_t>(*entry_begin, sources + 1);
  table->entry_targets =
      arrayOf<std::uint32_t>(*entry_targets, entry_targets->size() / sizeof(std::uint32_t));
  table->target_offsets = arrayOf<std::uint32_t>(*target_offsets, targets + 1);
  table->target_text = target_text->data();
  table->source_filter = arrayOf<std::uint64_t>(*source_filter, KeyFilter::kWords);
  table->target_filter = arrayOf<std::uint64_t>(*target_filter, KeyFilter::kWords);
  if (!table->entry_begin || !table->entry_targets || !table->target_offsets || !table->source_filter ||
      !table->target_filter || table->entry_begin[sources] * sizeof(std::uint32_t) != entry_targets->size() ||
      table->target_offsets[targets] != target_text->size())
    return nullptr;
  for (std::size_t start = 0; start < names->size();) {
    const std::size_t end = names->find('\n', start);
    if (end == std::string_view::npos) return nullptr;
    table->names.emplace_back(names->substr(start, end - start));
    start = end + 1;
  }
  table->mapping = std::move(mapping);
  return table;
}

// A name no other writer uses, in the same folder (rename is atomic only within a file system).
std::filesystem::path temporaryBeside(const std::filesystem::path& file) {
  static std::atomic<unsigned> counter{0};
  return file.string() + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
}

}  // namespace

std::shared_ptr<const LexiconTable> openLexiconTable(const std::filesystem::path& file,
                                                     const std::string& fingerprint) {
  std::size_t size = 0;
  auto mapping = mapFile(file, size);
  if (!mapping) return nullptr;
  return readTable(std::move(mapping), size, fingerprint);
}

bool writeLexiconTable(const Lexicon& lexicon, const std::filesystem::path& file,
                       const std::string& fingerprint) {
  marisa::Keyset source_set, target_set;
  for (const auto& [key, translations] : lexicon.entries()) source_set.push_back(key.data(), key.size());
  for (const std::string& key : lexicon.targetWords()) target_set.push_back(key.data(), key.size());
  marisa::Trie source_trie, target_trie;
  source_trie.build(source_set);
  target_trie.build(target_set);

  // Arrays by the tries' ids: a target's text, then each source key's target ids in the lexicon's order.
  std::vector<std::string_view> target_by_id(target_trie.num_keys());
  KeyMap<std::uint32_t> target_ids;
  for (std::size_t k = 0; k < target_set.size(); ++k) {
    const std::string_view key(target_set[k].ptr(), target_set[k].length());
    target_by_id[target_set[k].id()] = key;
    target_ids.emplace(std::string(key), static_cast<std::uint32_t>(target_set[k].id()));
  }
  std::vector<std::uint32_t> target_offsets{0};
  std::string target_text;
  for (const std::string_view key : target_by_id) {
    target_text.append(key);
    target_offsets.push_back(static_cast<std::uint32_t>(target_text.size()));
  }
  std::vector<const std::vector<std::string>*> entry_by_id(source_trie.num_keys());
  for (std::size_t k = 0; k < source_set.size(); ++k)
    entry_by_id[source_set[k].id()] =
        &lexicon.entries().find(std::string_view(source_set[k].ptr(), source_set[k].length()))->second;
  std::vector<std::uint32_t> entry_begin{0}, entry_targets;
  KeyFilter source_filter, target_filter;
  for (std::size_t k = 0; k < source_set.size(); ++k)
    source_filter.add(std::string_view(source_set[k].ptr(), source_set[k].length()));
  for (const std::vector<std::string>* translations : entry_by_id) {
    for (const std::string& target : *translations) {
      entry_targets.push_back(target_ids.find(target)->second);
      target_filter.add(target);
    }
    entry_begin.push_back(static_cast<std::uint32_t>(entry_targets.size()));
  }
  std::string names;
  for (const std::string& name : lexicon.sources()) names.append(name).push_back('\n');

  const std::string source_image = trieImage(source_trie), target_image = trieImage(target_trie);
  std::string body = fingerprint;
  padTo8(body);
  for (const std::string_view section :
       {std::string_view(names), std::string_view(source_image), std::string_view(target_image),
        bytesOf(entry_begin), bytesOf(entry_targets), bytesOf(target_offsets), std::string_view(target_text),
        bytesOf(source_filter.bits()), bytesOf(target_filter.bits())})
    putSection(body, section);
  Header header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.version = kVersion;
  header.hash_probe = hashProbe();
  header.file_size = sizeof header + body.size();
  header.checksum = checksum(body.data(), body.size());
  header.fingerprint_size = fingerprint.size();

  std::error_code error;
  std::filesystem::create_directories(file.parent_path(), error);
  if (error) return false;
  const std::filesystem::path temporary = temporaryBeside(file);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out.write(reinterpret_cast<const char*>(&header), sizeof header);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    if (!out.flush()) {
      std::filesystem::remove(temporary, error);
      return false;
    }
  }
  std::filesystem::rename(temporary, file, error);
  if (error) std::filesystem::remove(temporary, error);
  return !error;
}

std::string dictdFingerprint(const std::vector<std::filesystem::path>& files) {
  std::ostringstream out;
  for (const auto& path : files) {
    std::error_code size_error, time_error;
    const auto size = std::filesystem::file_size(path, size_error);
    const auto time = std::filesystem::last_write_time(path, time_error);
    out << path.string() << '|' << (size_error ? 0 : size) << '|'
        << (time_error ? 0 : time.time_since_epoch().count()) << ';';
  }
  return out.str();
}

std::optional<std::filesystem::path> concordCacheDir() {
  auto env = [](const char* name) -> std::string {
    const char* value = std::getenv(name);
    return value == nullptr ? std::string() : std::string(value);
  };
  const std::string own = env("CONCORD_CACHE_DIR");
  if (own == "off") return std::nullopt;
  if (!own.empty()) return std::filesystem::path(own);
  if (const std::string xdg = env("XDG_CACHE_HOME"); !xdg.empty())
    return std::filesystem::path(xdg) / "concord";
  if (const std::string home = env("HOME"); !home.empty())
    return std::filesystem::path(home) / ".cache" / "concord";
  return std::nullopt;
}

}  // namespace concord::aligners
