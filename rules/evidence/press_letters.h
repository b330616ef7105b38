#pragma once

#include <string>
#include <string_view>

namespace concord::rules {

/// `form` as the press of `language` prints it: every letter the language does not write (neither among
/// CLDR's standard nor its auxiliary exemplar characters, read through ICU) folded to its plain Latin letter.
/// Catalogues give a place in its own orthography (GeoNames' French and German Cần Thơ, English Diyarbakır);
/// French copy prints é and ï but not Vietnamese ầ or ơ, English copy prints é but not Turkish ı, so the
/// press writes Can Tho and Diyarbakir. Unchanged when the language writes every letter of `form`, or when
/// ICU has no exemplar characters for `language`.
std::string pressSpelling(std::string_view form, const std::string& language);

}  // namespace concord::rules
