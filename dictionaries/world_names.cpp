#include "dictionaries/world_names.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "dictionaries/style_profile.h"

namespace concord {
namespace {

constexpr std::array<std::string_view, 6> kLanguages{"en", "fr", "de", "es", "ru", "uk"};
constexpr int kEnglish = 0;

WorldNames::Kind geonamesKind(std::string_view id) {
  if (id.size() == 2 && std::all_of(id.begin(), id.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return WorldNames::Kind::country;
  if (id.find('.') != std::string_view::npos) return WorldNames::Kind::region;
  return WorldNames::Kind::place;
}

std::size_t wordCount(std::string_view form) {
  std::size_t words = 1;
  for (char c : form) words += (c == ' ' || c == '-') ? 1 : 0;
  return words;
}

/// The words of `form` before its first lower-case word ("Freiburg" of "Freiburg im Breisgau"), or empty
/// when no word but the first starts in lower case. Catalogue forms are capitalised; an ASCII lower-case
/// letter after a space is the start of a particle (im, am, an der, de, del, upon).
std::string_view shortForm(std::string_view form) {
  for (std::size_t i = 1; i + 1 < form.size(); ++i) {
    if (form[i] == ' ' && form[i + 1] >= 'a' && form[i + 1] <= 'z') return form.substr(0, i);
  }
  return {};
}

int kindRank(WorldNames::Kind kind) {
  switch (kind) {
    case WorldNames::Kind::country:
      return 0;
    case WorldNames::Kind::place:
      return 1;
    case WorldNames::Kind::region:
      return 2;
  }
  return 3;
}

}  // namespace

const std::array<std::string_view, 6>& WorldNames::languages() { return kLanguages; }

int WorldNames::languageIndex(std::string_view language) {
  const auto it = std::find(kLanguages.begin(), kLanguages.end(), language);
  return it == kLanguages.end() ? -1 : int(it - kLanguages.begin());
}

WorldNames WorldNames::load(const std::string& locale_dir) {
  std::vector<LanguageCatalogues> catalogues;
  for (std::string_view language : kLanguages) {
    LanguageCatalogues one;
    one.language = language;
    const std::string folder = locale_dir + "/" + std::string(language) + "/LC_MESSAGES/";
    if (std::filesystem::exists(folder + "geonames.mo"))
      one.geonames = MoCatalog::read(folder + "geonames.mo");
    if (std::filesystem::exists(folder + "iso_3166-1.mo"))
      one.countries = MoCatalog::read(folder + "iso_3166-1.mo");
    catalogues.push_back(std::move(one));
  }
  return build(std::move(catalogues));
}

WorldNames WorldNames::build(std::vector<LanguageCatalogues> catalogues) {
  WorldNames names;
  names.catalogues_ = std::move(catalogues);
  // Keys are views into the catalogues, which `names` owns: no name is copied.
  std::unordered_map<std::string_view, std::uint32_t> geonames_ids, iso_ids;
  auto placeFor = [&](std::unordered_map<std::string_view, std::uint32_t>& ids, std::string_view id,
                      Kind kind, bool iso) -> Place& {
    const auto [it, added] = ids.emplace(id, std::uint32_t(names.places_.size()));
    if (added) names.places_.push_back(Place{id, kind, iso, {}});
    return names.places_[it->second];
  };
  // GeoNames: the English catalogue defines the places; the others add their own forms.
  for (const LanguageCatalogues& c : names.catalogues_) {
    if (c.language != kLanguages[kEnglish]) continue;
    geonames_ids.reserve(c.geonames.messages.size());
    names.places_.reserve(c.geonames.messages.size() + 512);
    for (const auto& [id, text] : c.geonames.messages) {
      if (!text.empty()) placeFor(geonames_ids, id, geonamesKind(id), false).forms[kEnglish] = text;
    }
  }
  for (const LanguageCatalogues& c : names.catalogues_) {
    const int language = languageIndex(c.language);
    if (language <= kEnglish) continue;
    for (const auto& [id, text] : c.geonames.messages) {
      const auto it = geonames_ids.find(id);
      if (it != geonames_ids.end() && !text.empty()) names.places_[it->second].forms[language] = text;
    }
  }
  // iso-codes: the msgid is the English country name; each language's catalogue translates it.
  for (const LanguageCatalogues& c : names.catalogues_) {
    const int language = languageIndex(c.language);
    if (language < 0) continue;
    for (const auto& [english, text] : c.countries.messages) {
      Place& place = placeFor(iso_ids, english, Kind::country, true);
      place.forms[kEnglish] = english;
      if (language != kEnglish && !text.empty()) place.forms[language] = text;
    }
  }
  names.by_form_.reserve(names.places_.size() * 2);
  for (std::uint32_t p = 0; p < names.places_.size(); ++p) {
    for (int language = 0; language < int(kLanguages.size()); ++language) {
      const std::string_view form = names.places_[p].forms[language];
      if (form.empty()) continue;
      // A language that repeats the English form adds no reading of its own.
      if (language != kEnglish && form == names.places_[p].forms[kEnglish]) continue;
      names.by_form_.emplace(form, std::make_pair(p, language));
      if (const std::string_view short_form = shortForm(form); !short_form.empty())
        names.short_forms_.emplace(short_form, p);
      names.max_words_ = std::max(names.max_words_, wordCount(form));
    }
  }
  return names;
}

std::string WorldNames::Place::label() const {
  return std::string(from_iso_codes ? "iso3166:" : "geonames:") + std::string(id);
}

void WorldNames::addPressForms(const StyleProfile& profile) {
  const int language = languageIndex(profile.language);
  if (language < 0) return;
  for (const StyleEntry& entry : profile.entries) {
    if (entry.replaces.empty() || by_form_.count(entry.preferred) != 0 ||
        press_by_form_.count(entry.preferred) != 0)
      continue;
    // Which place the line's other spellings name, by how many of them name it; a tie names none.
    std::map<const Place*, int> votes;
    for (const std::string& spelling : entry.replaces) {
      const auto [first, last] = by_form_.equal_range(spelling);
      std::map<const Place*, bool> counted;
      for (auto it = first; it != last; ++it) {
        const Place* place = &places_[it->second.first];
        if (!counted[place]) ++votes[place];
        counted[place] = true;
      }
    }
    const Place* best = nullptr;
    int best_votes = 0;
    bool tie = false;
    for (const auto& [place, count] : votes) {
      if (count > best_votes) {
        best = place;
        best_votes = count;
        tie = false;
      } else if (count == best_votes) {
        tie = true;
      }
    }
    if (best == nullptr || tie) continue;
    const std::string_view form = press_strings_.emplace_back(entry.preferred);
    const std::string_view line = press_strings_.emplace_back(
        "dictionaries/styles/" + std::filesystem::path(entry.file).filename().string() + ":" +
        std::to_string(entry.line));
    press_by_form_.emplace(form, Reading{best, language, line});
    max_words_ = std::max(max_words_, wordCount(form));
  }
}

std::vector<WorldNames::Reading> WorldNames::readings(std::string_view spelling) const {
  std::vector<Reading> found;
  const auto [first, last] = by_form_.equal_range(spelling);
  for (auto it = first; it != last; ++it)
    found.push_back({&places_[it->second.first], it->second.second, {}});
  std::stable_sort(found.begin(), found.end(), [](const Reading& a, const Reading& b) {
    return kindRank(a.place->kind) < kindRank(b.place->kind);
  });
  const auto [press_first, press_last] = press_by_form_.equal_range(spelling);
  for (auto it = press_first; it != press_last; ++it) found.push_back(it->second);
  return found;
}

std::string_view WorldNames::formIn(const Place& place, int language) {
  const std::string_view own = place.forms[language];
  return own.empty() ? place.forms[kEnglish] : own;
}

bool WorldNames::isFormIn(std::string_view spelling, int language) const {
  for (const Reading& r : readings(spelling)) {
    if (formIn(*r.place, language) == spelling || (!r.press_line.empty() && r.language == language))
      return true;
  }
  return false;
}

bool WorldNames::isShortFormIn(std::string_view spelling, int language) const {
  const auto [first, last] = short_forms_.equal_range(spelling);
  // The place's form in `language` (its English one where that language has none) must be the full name.
  return std::any_of(first, last, [&](const auto& entry) {
    return shortForm(formIn(places_[entry.second], language)) == spelling;
  });
}

}  // namespace concord
