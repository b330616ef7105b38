#include "checker/reading/article_date.h"

#include <chrono>
#include <filesystem>
#include <regex>

namespace concord {
namespace {

std::optional<std::string> dateInName(const std::string& name) {
  static const std::regex kDate(R"((^|[^0-9])((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})($|[^0-9]))");
  for (auto it = std::sregex_iterator(name.begin(), name.end(), kDate); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    const std::chrono::year_month_day day{std::chrono::year(std::stoi(m[2].str())),
                                          std::chrono::month(static_cast<unsigned>(std::stoi(m[3].str()))),
                                          std::chrono::day(static_cast<unsigned>(std::stoi(m[4].str())))};
    if (day.ok()) return m[2].str() + "-" + m[3].str() + "-" + m[4].str();
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> dateInPath(std::string_view path) {
  std::filesystem::path p{std::string(path)};
  for (; !p.empty(); p = p.parent_path()) {
    if (auto date = dateInName(p.filename().string())) return date;
    if (p == p.parent_path()) break;
  }
  return std::nullopt;
}

std::optional<std::string> modificationDate(const std::string& path) {
  std::error_code error;
  const auto written = std::filesystem::last_write_time(path, error);
  if (error) return std::nullopt;
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::file_clock::to_sys(written));
  const std::chrono::year_month_day day{days};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return std::string(text);
}

std::optional<std::string> articleDate(const std::string& path, bool on_disk) {
  if (auto date = dateInPath(path)) return date;
  if (!on_disk) return std::nullopt;
  return modificationDate(path);
}

}  // namespace concord
