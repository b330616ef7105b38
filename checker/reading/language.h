#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace concord {

/// Validates and canonicalises a BCP 47 tag ("EN_gb" → "en-GB"). Throws UserError for a tag that is not
/// well formed or whose language ICU does not know; `what` names the flag or file it came from.
std::string canonicalLanguageTag(std::string_view tag, std::string_view what);

/// An article file's extension: ".txt", ".html", and ".ninjs.json" whole, so "story.fr.ninjs.json" carries
/// the tag "fr" as "story.fr.json" does.
std::string articleExtension(std::string_view path);

/// The file name without its article extension: "a/story.fr.ninjs.json" → "story.fr".
std::string articleStem(std::string_view path);

/// The language tag in a file name: "story.fr.txt" → "fr", "a.en-GB.md" → "en-GB"; nullopt when none.
std::optional<std::string> languageFromFileName(std::string_view path);

/// What detectLanguage found.
struct LanguageGuess {
  std::string lang;                           ///< "" when it could not tell
  double confidence = 0;                      ///< 0..1: share of the evidence for the winner
  std::size_t evidence = 0;                   ///< how many stop words / letters the guess rests on
  std::map<std::string, std::size_t> scores;  ///< evidence per candidate language
};

/// Guesses the language of article text from its script (Cyrillic: Ukrainian-only vs Russian-only letters)
/// and, for Latin script, from the most frequent function words of en, fr, de, es, it, pt, nl and pl.
LanguageGuess detectLanguage(std::string_view text);

/// English name of a language tag for messages ("fr" → "French").
std::string languageName(std::string_view tag);

}  // namespace concord
