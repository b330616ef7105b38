#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dictionaries/mo_catalog.h"

namespace concord {

struct StyleProfile;

/// Place and country names of the whole world in the languages Concord reads, joined on one id, from data
/// Debian ships: GeoNames (libgeonames-common: /usr/share/locale/<lang>/LC_MESSAGES/geonames.mo, msgid a
/// GeoNames id, a country code "KW" or an admin code "SY.09") and iso-codes (iso_3166-1.mo, msgid the
/// English country name). It says which spellings name the same place in two languages (Alep, Aleppo, Alepo,
/// Алеппо); which form a desk prints is the house style's business.
///
/// A catalogue translates only what differs from the default, so a language without its own form of a place
/// writes the English one (formIn falls back to it).
class WorldNames {
 public:
  /// The languages whose forms are read, in index order ("en" first: every place has an English form).
  static const std::array<std::string_view, 6>& languages();
  /// The index of `language` (a primary subtag) in languages(), or -1.
  static int languageIndex(std::string_view language);

  enum class Kind { country, place, region };

  struct Place {
    std::string_view id;  ///< the catalogue's message id: "170063", "SY.09", "KW"; for iso-codes "Kuwait"
    Kind kind = Kind::place;
    bool from_iso_codes = false;
    std::array<std::string_view, 6> forms;  ///< by languages() index; empty = same as English

    /// Where the place comes from, for messages: "geonames:170063", "iso3166:Kuwait".
    std::string label() const;
  };

  /// One place a spelling names, and in which language's form.
  struct Reading {
    const Place* place;
    int language;  ///< index in languages()
    /// Empty for a catalogue's form; for a form a house style prints (addPressForms), where that style line
    /// is: "dictionaries/styles/fundeu.tsv:42".
    std::string_view press_line = {};
  };

  /// The catalogues of one language, as read from disk (or made by a test).
  struct LanguageCatalogues {
    std::string language;
    MoCatalog geonames;
    MoCatalog countries;  ///< iso_3166-1
  };

  /// Reads every language's catalogues under `locale_dir` (/usr/share/locale); a missing catalogue is
  /// skipped (the data packages are optional), a malformed one throws UserError naming the file.
  static WorldNames load(const std::string& locale_dir);
  /// Builds the table from catalogues; `catalogues` must include English.
  static WorldNames build(std::vector<LanguageCatalogues> catalogues);

  /// Adds the forms `profile` (a built-in house style of a language in languages()) prints for places where
  /// the catalogues have none: a line whose preferred spelling no catalogue knows (Fundéu's Yeda) and whose
  /// other spellings name one place (Jeddah, Djeddah: GeoNames 105343) makes that spelling the place's form
  /// in the style's language. A line naming no place (a person), or two places equally, adds nothing.
  void addPressForms(const StyleProfile& profile);

  /// Every (place, language) whose form is exactly `spelling`, countries first, then places, then regions,
  /// then the forms house styles print (addPressForms).
  std::vector<Reading> readings(std::string_view spelling) const;
  /// The form of `place` in language `language` (its English form when the language has none of its own).
  static std::string_view formIn(const Place& place, int language);
  /// True when `spelling` is the form some place has in `language` (explicitly, through English, or as the
  /// form a house style of that language prints).
  bool isFormIn(std::string_view spelling, int language) const;
  /// True when `spelling` is the leading words of a place's form in `language` that a lower-case word
  /// continues (Freiburg of Freiburg im Breisgau, Frankfurt of Frankfurt am Main): the press's everyday short
  /// name of that place, whatever other place the catalogues give the same spelling (GeoNames' German form
  /// of the Swiss Fribourg is Freiburg too). A form continued by a capitalised word (Kuwait City) is another
  /// place's name, not a short one.
  bool isShortFormIn(std::string_view spelling, int language) const;
  /// The longest number of words (separated by spaces or hyphens) of any form: how far a lookup must reach.
  std::size_t maxWords() const { return max_words_; }
  std::size_t size() const { return places_.size(); }
  bool empty() const { return places_.empty(); }

 private:
  std::vector<LanguageCatalogues> catalogues_;  ///< own the bytes every view below points into
  std::vector<Place> places_;
  std::unordered_multimap<std::string_view, std::pair<std::uint32_t, int>> by_form_;
  /// The short forms of isShortFormIn (views into the catalogues), with the place of the full form.
  std::unordered_multimap<std::string_view, std::uint32_t> short_forms_;
  /// The styles' forms, with the style line each comes from; a deque keeps every string where it is, since
  /// the views in press_by_form_ point into it.
  std::deque<std::string> press_strings_;
  std::unordered_multimap<std::string_view, Reading> press_by_form_;
  std::size_t max_words_ = 1;
};

}  // namespace concord
