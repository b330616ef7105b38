#include "dictionaries/letter_position.h"

#include <algorithm>
#include <array>

#include "checker/model/unicode_text.h"

namespace concord {
namespace {

constexpr std::array<std::string_view, 7> kPositions = {
    "any", "initial", "final", "medial", "between-vowels", "after-consonant", "word"};

bool isVowelAt(const std::string& lower, std::size_t offset) {
  if (offset >= lower.size()) return false;
  const unsigned char c = static_cast<unsigned char>(lower[offset]);
  if (c >= 0x80) return true;  // accented Latin letters in names are vowels (é, ï, ó …)
  return std::string_view("aeiouy").find(static_cast<char>(c)) != std::string_view::npos;
}

bool isVowelBefore(const std::string& lower, std::size_t offset) {
  if (offset == 0) return false;
  std::size_t len = 0;
  codePointBefore(lower, offset, &len);
  return isVowelAt(lower, offset - len);
}

}  // namespace

const std::string_view kLetterPositions =
    "any, initial, final, medial, between-vowels, after-consonant, word";

bool isLetterPosition(std::string_view where) {
  return std::find(kPositions.begin(), kPositions.end(), where) != kPositions.end();
}

bool standsAt(const std::string& lower, std::size_t begin, std::size_t end, std::string_view where) {
  const bool at_start = begin == 0 || lower[begin - 1] == ' ' || lower[begin - 1] == '-';
  const bool at_end = end == lower.size() || lower[end] == ' ' || lower[end] == '-';
  if (where == "initial") return at_start;
  if (where == "final") return at_end && !at_start;
  if (where == "medial") return !at_start && !at_end;
  if (where == "word") return at_start && at_end;
  if (where == "between-vowels") return isVowelBefore(lower, begin) && isVowelAt(lower, end);
  if (where == "after-consonant") return !at_start && !isVowelBefore(lower, begin);
  return true;
}

}  // namespace concord
