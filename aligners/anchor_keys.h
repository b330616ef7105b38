#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace concord::aligners {

/// Collapses spelling clusters that differ between romanization conventions, on a lowercase ASCII key:
/// tsch→ch, sch→sh, then sh/kh/ch→h, zh/j→y, ou→u, w→v, y→i (so French "Bakhmout", English "Bakhmut" and
/// German "Bachmut" meet, as do "Choïgou" and "Shoigu", "Jitomir" and "Zhytomyr"). Applied to every word: it
/// only makes cognates meet more often.
std::string normaliseClusters(std::string key);

/// Romanization-insensitive key of a word: case-folded, accents stripped, non-Latin scripts (Cyrillic, Greek
/// …) transliterated with ICU "Any-Latin; Latin-ASCII" (š ž č spelled sh zh ch), then normaliseClusters.
/// "Бахмут", "Bakhmout", "Bakhmut" all give "bahmut".
std::string romanizedKey(std::string_view word);
/// The same with the BGN/PCGN romanization of `language` where ICU has one (uk, ru, be, bg): closer to the
/// forms English press writes than Any-Latin (Синєгубов: synyehubov, not sinêgubov).
std::string romanizedKey(std::string_view word, std::string_view language);

/// The cognate key: the first 5 characters of a romanized key ("kilomètres" and "kilometres" and "kilometers"
/// all "kilom"); words shorter than 4 characters give "" (function words are no anchors).
std::string cognateKey(std::string_view romanized);

/// The value of a number written in the conventions of `lang` (ICU NumberFormat): "1.500" is 1500 in de and
/// 1.5 in en; "1,5" is 1.5 in fr; digit groups split by spaces ("1 500", with NBSP or NNBSP too) are joined
/// first. nullopt when ICU cannot read all of it.
std::optional<double> parseLocaleNumber(std::string_view text, const std::string& lang);

}  // namespace concord::aligners
