#include "checker/cli/version_info.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <zlib.h>

#include "aligners/dictd_reader.h"
#include "aligners/lexicon.h"
#include "checker/model/data_dir.h"
#include "checker/model/error.h"
#include "dictionaries/hunspell_lexicon.h"

namespace concord::cli {
namespace {

namespace fs = std::filesystem;

/// The languages whose Hunspell dictionaries scripts/install-deps (and the .deb) bring.
constexpr std::array<const char*, 7> kSpellingLanguages{"en", "en-GB", "fr", "de", "es", "ru", "uk"};

/// The same selection as the install rule in cmake/install.cmake: data files, not the loaders' sources.
bool isDataFile(const fs::path& path) {
  static constexpr std::array<std::string_view, 4> kExtensions{".tsv", ".txt", ".rules", ".md"};
  return path.filename() != "CMakeLists.txt" &&
         std::find(kExtensions.begin(), kExtensions.end(), path.extension().string()) != kExtensions.end();
}

std::string icuVersion(void (*get)(UVersionInfo)) {
  UVersionInfo version;
  get(version);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(version, text);
  return text;
}

std::string dataLine() {
  try {
    const std::string& dir = dataDir();
    const DataFingerprint fingerprint = dataFingerprint(dir);
    return "data " + dir + " (fingerprint " + fingerprint.crc32 + ", " + std::to_string(fingerprint.files) +
           " files)";
  } catch (const UserError& error) {
    return std::string("data: ") + error.what();
  }
}

void writeDictionaries(std::ostream& out) {
  for (const char* lang : kSpellingLanguages) {
    const std::string file = HunspellLexicon::dictionaryFile(lang);
    out << "Hunspell dictionary " << lang << ": " << (file.empty() ? "not installed" : file) << '\n';
  }
  std::vector<fs::path> indexes;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(aligners::dictdDirectory(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("freedict-") && name.ends_with(".index")) indexes.push_back(entry.path());
  }
  std::sort(indexes.begin(), indexes.end());
  for (const fs::path& index : indexes) {
    const std::string base = index.string().substr(0, index.string().size() - std::string(".index").size());
    const std::string description = aligners::dictdShortDescription(index.string(), base + ".dict.dz");
    out << "FreeDict " << index.stem().string().substr(std::string("freedict-").size()) << ": "
        << (description.empty() ? base + ".dict.dz" : description) << '\n';
  }
}

}  // namespace

DataFingerprint dataFingerprint(const std::string& data_dir) {
  std::vector<std::string> files;
  for (const char* folder : {"dictionaries", "docs/rules"}) {
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(data_dir) / folder, ec)) {
      if (entry.is_regular_file() && isDataFile(entry.path())) {
        files.push_back(entry.path().lexically_relative(data_dir).generic_string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  uLong crc = crc32(0L, Z_NULL, 0);
  for (const std::string& file : files) {
    std::ifstream in(fs::path(data_dir) / file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string record = file + '\0' + bytes;
    crc = crc32(crc, reinterpret_cast<const Bytef*>(record.data()), static_cast<uInt>(record.size()));
  }
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08lx", static_cast<unsigned long>(crc));
  return {hex, files.size()};
}

std::string versionText() {
  std::ostringstream out;
  out << "concord " << CONCORD_VERSION << '\n'
      << dataLine() << '\n'
      << "ICU " << icuVersion(u_getVersion) << " (Unicode " << icuVersion(u_getUnicodeVersion) << ")\n"
      << "Hunspell " << CONCORD_HUNSPELL_VERSION << '\n';
  writeDictionaries(out);
  std::string text = out.str();
  text.pop_back();  // CLI11 ends the version text with its own newline
  return text;
}

}  // namespace concord::cli
