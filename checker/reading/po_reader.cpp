// PO catalogues, read with gettext's libgettextpo.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <gettext-po.h>

// GCC says __SANITIZE_ADDRESS__, clang __has_feature(address_sanitizer).
#if defined(__SANITIZE_ADDRESS__)
#define CONCORD_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CONCORD_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(CONCORD_ADDRESS_SANITIZER)
#include <sanitizer/lsan_interface.h>
#endif

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/bilingual_readers.h"

namespace concord {
namespace {

using Pieces = std::vector<TextRange>;  // the bytes between the quotes of each line of one string
using RawEntry = std::map<std::string, Pieces, std::less<>>;  // "msgid", "msgstr[0]" … → its pieces

// The content of the quoted string that opens at `open`, up to its closing quote or the line's end.
TextRange quoted(std::string_view bytes, std::size_t open) {
  const std::size_t line_end = std::min(bytes.find('\n', open), bytes.size());
  std::size_t i = open + 1;
  while (i < line_end && bytes[i] != '"') i += bytes[i] == '\\' ? 2 : 1;
  return {open + 1, std::min(i, line_end)};
}

bool isWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// The keyword that starts at `at` ("msgid", "msgstr[1]" with any blanks around the index dropped), and
// where the bytes after it start; not a keyword when `keyword` comes back empty.
std::size_t readKeyword(std::string_view bytes, std::size_t at, std::string& keyword) {
  std::size_t end = at;
  while (end < bytes.size() && isWordByte(bytes[end])) ++end;
  keyword.assign(bytes.substr(at, end - at));
  if (keyword != "msgctxt" && keyword != "msgid" && keyword != "msgid_plural" && keyword != "msgstr") {
    keyword.clear();
    return std::max(end, at + 1);
  }
  std::size_t next = bytes.find_first_not_of(" \t", end);
  if (keyword != "msgstr" || next >= bytes.size() || bytes[next] != '[') return end;
  const std::size_t close = bytes.find(']', next);
  if (close == std::string_view::npos) return end;
  keyword += '[';
  for (std::size_t i = next + 1; i < close; ++i)
    if (bytes[i] != ' ' && bytes[i] != '\t') keyword += bytes[i];
  keyword += ']';
  return close + 1;
}

// libgettextpo hands out the decoded strings but not where they stand in the PO file, so the file's tokens
// (keywords, quoted strings, comments) are scanned for their places, as gettext's own lexer reads them:
// by tokens, not lines, so `msgstr ""msgid "x"` on one line is two strings of two keywords. The decoding
// stays libgettextpo's, and MaskedText checks the two agree. This runs only on a file libgettextpo read
// without a problem. Obsolete entries (#~) are comments here as there.
std::vector<RawEntry> scanEntries(std::string_view bytes) {
  std::vector<RawEntry> entries;
  Pieces* current = nullptr;
  std::string previous_keyword, keyword;
  for (std::size_t at = 0; at < bytes.size();) {
    const char c = bytes[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++at;
    } else if (c == '"') {
      const TextRange piece = quoted(bytes, at);
      if (current != nullptr) current->push_back(piece);
      at = piece.end + 1;  // past the closing quote (or the line's end)
    } else if (c == '#') {
      current = nullptr;  // a comment ends the string before it
      at = std::min(bytes.find('\n', at), bytes.size());
    } else {
      at = readKeyword(bytes, at, keyword);
      if (keyword.empty()) {
        current = nullptr;
        continue;
      }
      if (keyword == "msgctxt" || (keyword == "msgid" && previous_keyword != "msgctxt") || entries.empty())
        entries.emplace_back();
      current = &entries.back()[keyword];
      previous_keyword = keyword;
    }
  }
  return entries;
}

TextRange revealPieces(MaskedText& mask, std::string_view bytes, const RawEntry& entry,
                       std::string_view keyword, const char* decoded) {
  const auto found = entry.find(keyword);
  if (found == entry.end() || decoded == nullptr) return {};
  std::string_view rest = decoded;
  std::optional<TextRange> written;
  for (const TextRange& piece : found->second) {
    const MaskedText::Revealed r = mask.reveal(piece.begin, piece.in(bytes), rest, EscapeSyntax::c);
    rest.remove_prefix(r.consumed);
    if (r.range.empty()) continue;
    if (!written) written = r.range;
    written->end = r.range.end;
  }
  return written ? trimWhiteSpace(mask.text(), *written) : TextRange{};
}

// libgettextpo reports problems through a C callback and wants the fatal one not to return: the first
// problem is kept for the message, and the fatal one unwinds out as an exception.
struct PoProblem {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;
};
thread_local std::optional<PoProblem> first_problem;

struct PoFatal {};

void onProblem(int severity, po_message_t, const char*, std::size_t line, std::size_t column, int,
               const char* text) {
  if (severity == PO_SEVERITY_WARNING) return;
  if (!first_problem) {
    std::string message = text == nullptr ? "malformed PO file" : text;
    while (!message.empty() && message.back() == '\n') message.pop_back();
    first_problem = PoProblem{line == static_cast<std::size_t>(-1) ? 0 : line,
                              column == static_cast<std::size_t>(-1) ? 0 : column, message};
  }
  if (severity == PO_SEVERITY_FATAL_ERROR) throw PoFatal{};
}

void onTwoProblems(int severity, po_message_t m1, const char* f1, std::size_t l1, std::size_t c1, int p1,
                   const char* t1, po_message_t, const char*, std::size_t, std::size_t, int, const char*) {
  onProblem(severity, m1, f1, l1, c1, p1, t1);
}

[[noreturn]] void refuse(const std::string& path) {
  const PoProblem problem = first_problem.value_or(PoProblem{0, 0, "malformed PO file"});
  first_problem.reset();
  if (problem.line == 0) throw UserError(path, problem.message);
  if (problem.column == 0) throw UserError(path, problem.line, problem.message);
  throw UserError(path, problem.line, problem.column, problem.message);
}

struct PoFileDeleter {
  void operator()(po_file_t file) const { po_file_free(file); }
};
using PoFile = std::unique_ptr<std::remove_pointer_t<po_file_t>, PoFileDeleter>;

struct MessageIteratorDeleter {
  void operator()(po_message_iterator_t iterator) const { po_message_iterator_free(iterator); }
};
using MessageIterator = std::unique_ptr<std::remove_pointer_t<po_message_iterator_t>, MessageIteratorDeleter>;

#if defined(CONCORD_ADDRESS_SANITIZER)
using IgnoreLeaksOfTheLibrary = __lsan::ScopedDisabler;
#else
struct IgnoreLeaksOfTheLibrary {};
#endif

PoFile readCatalogue(const std::string& path) {
  static const po_xerror_handler handler{onProblem, onTwoProblems};
  static std::mutex one_at_a_time;  // libgettextpo keeps its error count in globals
  const std::lock_guard lock(one_at_a_time);
  first_problem.reset();
  PoFile file;
  try {
    // libgettextpo 0.21 leaks inside po_file_read: its lexer keeps the file name in a global and drops the
    // previous one on the next read, and drops a token on a syntax error. Those are not ours to free, so
    // LeakSanitizer (scripts/sanitize) is told to ignore what is allocated in here; the catalogue itself is
    // freed by po_file_free, and everything we allocate outside this call is still checked.
    [[maybe_unused]] const IgnoreLeaksOfTheLibrary not_ours;
    file.reset(po_file_read(path.c_str(), &handler));
  } catch (const PoFatal&) {
    refuse(path);
  }
  if (!file || first_problem) refuse(path);
  return file;
}

// Strings libgettextpo hands over as the caller's to free.
struct FreeDeleter {
  void operator()(const char* text) const { std::free(const_cast<char*>(text)); }
};
using OwnedText = std::unique_ptr<const char, FreeDeleter>;

std::string headerLanguage(po_file_t file) {
  // po_file_domain_header returns a copy (xstrdup), although its prototype says const char*.
  const OwnedText header(po_file_domain_header(file, nullptr));
  if (!header) return {};
  const OwnedText value(po_header_field(header.get(), "Language"));
  return value ? std::string(value.get()) : std::string();
}

}  // namespace

BilingualFile readPo(const std::string& path, std::string_view bytes) {
  const PoFile file = readCatalogue(path);
  const std::vector<RawEntry> entries = scanEntries(bytes);
  UnitCollector units(bytes.size());
  std::size_t next = 0;
  const MessageIterator messages(po_message_iterator(file.get(), nullptr));
  for (po_message_t m = po_next_message(messages.get()); m != nullptr; m = po_next_message(messages.get())) {
    if (po_message_is_obsolete(m) != 0) continue;
    if (next >= entries.size()) break;
    const RawEntry& entry = entries[next++];
    if (*po_message_msgid(m) == '\0') continue;  // the header
    // Fuzzy messages are checked as translated ones (pofilter does the same unless told --nofuzzy); an
    // empty msgstr is an untranslated message.
    const TextRange source = revealPieces(units.source, bytes, entry, "msgid", po_message_msgid(m));
    if (po_message_msgid_plural(m) == nullptr) {
      units.add(source, revealPieces(units.target, bytes, entry, "msgstr", po_message_msgstr(m)));
      continue;
    }
    units.add(source, revealPieces(units.target, bytes, entry, "msgstr[0]", po_message_msgstr_plural(m, 0)));
    units.add(revealPieces(units.source, bytes, entry, "msgid_plural", po_message_msgid_plural(m)),
              revealPieces(units.target, bytes, entry, "msgstr[1]", po_message_msgstr_plural(m, 1)));
  }
  return units.finish("PO", "", headerLanguage(file.get()));
}

}  // namespace concord
