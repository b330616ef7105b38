#include "checker/reading/article_date.h"

#include <chrono>
#include <filesystem>
#include <regex>

namespace concord {
namespace {

// "2026", "03", "14" when they make a real day, as "2026-03-14".
std::optional<std::string> validDate(const std::string& year, const std::string& month,
                                     const std::string& day) {
  const std::chrono::year_month_day date{std::chrono::year(std::stoi(year)),
                                         std::chrono::month(static_cast<unsigned>(std::stoi(month))),
                                         std::chrono::day(static_cast<unsigned>(std::stoi(day)))};
  if (!date.ok()) return std::nullopt;
  return year + "-" + month + "-" + day;
}

std::optional<std::string> dateInName(const std::string& name) {
  static const std::regex kDate(R"((^|[^0-9])((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})($|[^0-9]))");
  for (auto it = std::sregex_iterator(name.begin(), name.end(), kDate); it != std::sregex_iterator(); ++it) {
    if (auto date = validDate((*it)[2].str(), (*it)[3].str(), (*it)[4].str())) return date;
  }
  return std::nullopt;
}

// wires/2026/03/14/: the year, month and day folders that end at `day_folder`.
std::optional<std::string> dateInFolders(const std::filesystem::path& day_folder) {
  static const std::regex kYear("(?:19|20)[0-9]{2}"), kTwoDigits("[0-9]{2}");
  const auto month_folder = day_folder.parent_path();
  const auto year_folder = month_folder.parent_path();
  const std::string day = day_folder.filename().string(), month = month_folder.filename().string(),
                    year = year_folder.filename().string();
  if (!std::regex_match(day, kTwoDigits) || !std::regex_match(month, kTwoDigits) ||
      !std::regex_match(year, kYear))
    return std::nullopt;
  return validDate(year, month, day);
}

}  // namespace

std::optional<std::string> dateInPath(std::string_view path) {
  std::filesystem::path p{std::string(path)};
  for (; !p.empty(); p = p.parent_path()) {
    if (auto date = dateInName(p.filename().string())) return date;
    if (auto date = dateInFolders(p)) return date;
    if (p == p.parent_path()) break;
  }
  return std::nullopt;
}

std::optional<std::string> dateInMetadata(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  static const std::regex kFrontMatter(R"(^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$))");
  static const std::regex kDateLine(
      R"((^|\n)date[ \t]*:[ \t]*["']?((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})($|[^0-9]))");
  // Front matter is a few lines; the bound keeps a long article that starts with a rule cheap to look at.
  const std::string head(text.substr(0, 4096));
  std::smatch block, line;
  if (!std::regex_search(head, block, kFrontMatter)) return std::nullopt;
  const std::string fields = block[1].str();
  if (!std::regex_search(fields, line, kDateLine)) return std::nullopt;
  return validDate(line[2].str(), line[3].str(), line[4].str());
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
