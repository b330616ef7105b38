#include "aligners/lexicon_cache.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace concord::aligners {
namespace {

// The number changes whenever what a lexicon holds for the same dictionaries changes (the entry parser, the
// pivot), so that no run reads a lexicon built by an older Concord. 2: IPA, glued tags and sense numbers.
constexpr std::string_view kMagic = "CONCORD-LEXICON 2\n";
constexpr std::string_view kEnd = "END\n";

void putCount(std::ostream& out, std::size_t n) {
  const auto value = static_cast<std::uint32_t>(n);
  out.write(reinterpret_cast<const char*>(&value), sizeof value);
}

void putString(std::ostream& out, std::string_view s) {
  putCount(out, s.size());
  out.write(s.data(), static_cast<std::streamsize>(s.size()));
}

// Reads from a whole file held in memory; every read checks the bounds, so a torn file fails cleanly.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool literal(std::string_view expected) {
    if (data_.compare(at_, expected.size(), expected) != 0) return false;
    at_ += expected.size();
    return true;
  }
  std::optional<std::size_t> count() {
    std::uint32_t value = 0;
    if (data_.size() - at_ < sizeof value) return std::nullopt;
    std::memcpy(&value, data_.data() + at_, sizeof value);
    at_ += sizeof value;
    return value;
  }
  std::optional<std::string_view> string() {
    const auto size = count();
    if (!size || data_.size() - at_ < *size) return std::nullopt;
    const std::string_view s = data_.substr(at_, *size);
    at_ += *size;
    return s;
  }
  bool atEnd() const { return at_ == data_.size(); }
  std::size_t remaining() const { return data_.size() - at_; }

 private:
  std::string_view data_;
  std::size_t at_ = 0;
};

}  // namespace

std::optional<Lexicon> readLexiconCache(const std::filesystem::path& file, const std::string& fingerprint) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream whole;
  whole << in.rdbuf();
  const std::string data = std::move(whole).str();
  Reader reader(data);
  if (!reader.literal(kMagic) || !reader.literal(fingerprint) || !reader.literal("\n")) return std::nullopt;
  Lexicon lexicon;
  const auto sources = reader.count();
  if (!sources) return std::nullopt;
  for (std::size_t k = 0; k < *sources; ++k) {
    auto name = reader.string();
    if (!name) return std::nullopt;
    lexicon.addSourceName(std::string(*name));
  }
  const auto entries = reader.count();
  if (!entries) return std::nullopt;
  // A torn or foreign file may claim any count: reserve no more than its bytes could hold.
  lexicon.reserve(std::min<std::size_t>(*entries, reader.remaining() / 8));
  for (std::size_t e = 0; e < *entries; ++e) {
    const auto key = reader.string();
    const auto translations = reader.count();
    if (!key || !translations || *translations > reader.remaining() / 4) return std::nullopt;
    std::vector<std::string> targets;
    targets.reserve(*translations);
    for (std::size_t t = 0; t < *translations; ++t) {
      const auto target = reader.string();
      if (!target) return std::nullopt;
      targets.emplace_back(*target);
    }
    lexicon.addEntry(std::string(*key), std::move(targets));
  }
  if (!reader.literal(kEnd) || !reader.atEnd()) return std::nullopt;
  return lexicon;
}

bool writeLexiconCache(const Lexicon& lexicon, const std::filesystem::path& file,
                       const std::string& fingerprint) {
  std::error_code error;
  std::filesystem::create_directories(file.parent_path(), error);
  if (error) return false;
  const std::filesystem::path temporary = file.string() + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << kMagic << fingerprint << '\n';
    putCount(out, lexicon.sources().size());
    for (const std::string& name : lexicon.sources()) putString(out, name);
    putCount(out, lexicon.entries().size());
    for (const auto& [key, translations] : lexicon.entries()) {
      putString(out, key);
      putCount(out, translations.size());
      for (const std::string& target : translations) putString(out, target);
    }
    out << kEnd;
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
