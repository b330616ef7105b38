#include "fuzz/fuzz_input.h"

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <stdlib.h>  // mkdtemp

namespace concord::fuzz {

namespace {

// Never destroyed, so the exit handler that removes the folder can still read its name.
const std::filesystem::path& scratchFolder() {
  static const auto* folder = [] {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/concord-fuzz-XXXXXX";
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a scratch folder in " + pattern);
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(scratchFolder(), ignored);
    });
    return new std::filesystem::path(pattern);
  }();
  return *folder;
}

}  // namespace

std::string writeScratchFile(const std::string& name, std::string_view bytes) {
  const std::filesystem::path path = scratchFolder() / name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path.string());
  return path.string();
}

}  // namespace concord::fuzz
