#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// One pattern of a foreign romanization convention (dictionaries/romanization/conventions.tsv).
struct ConventionPattern {
  std::string convention;  ///< fr, de, es, pl, uk-as-ru
  std::string foreign;     ///< lower case, as that convention writes it
  std::string english;
  std::string where;  ///< any, initial, final, medial, between-vowels, after-consonant
};

/// A word with one convention undone: "Koubrakov" under fr → "Kubrakov", with the patterns it used.
struct ConventionReversal {
  std::string convention;
  std::string candidate;             ///< the word with every signal of the convention undone, case kept
  std::vector<std::string> signals;  ///< the foreign letter groups found ("ou", "ndre" …)
};

/// The romanization tables: ICU transforms for Cyrillic (KMU 2010 for Ukrainian from
/// dictionaries/romanization/uk-kmu2010.rules, ICU's BGN/PCGN for Russian and Belarusian with the ʹ and ·
/// marks removed), the foreign conventions, and the letter patterns that make a word look East Slavic.
class Romanization {
 public:
  /// Loads the files under `dir` (dictionaries/romanization). Bad lines throw UserError "file:line".
  static std::unique_ptr<Romanization> load(const std::string& dir);
  ~Romanization();

  /// The English press romanization of a Cyrillic word or name: KMU 2010 when `lang` is uk (or the word has
  /// є, і, ї or ґ), BGN/PCGN for ru (and be), with ʹ, ʺ and · removed. Non-Cyrillic text comes back as is.
  std::string romanize(std::string_view cyrillic, std::string_view lang) const;

  /// For each convention with at least one signal in `word`, the word with that convention undone.
  std::vector<ConventionReversal> reversals(std::string_view word) const;
  /// The reversal under one convention (no signals: the word unchanged, empty signal list).
  ConventionReversal reverse(std::string_view word, const std::string& convention) const;

  /// The English spelling `english` written the way convention `convention` (the target's own, e.g. es)
  /// writes it: the convention's plain-letter patterns applied backwards ("Bakhmut" → "Bajmut" for es).
  std::string forward(std::string_view english, const std::string& convention) const;

  /// True when `candidate` (an English-style spelling) ends or starts like an East Slavic name, or `written`
  /// (the word as it stands in the text) and `candidate` share two different Slavic letter clusters (kh, zh,
  /// shch, yi, ks …): one alone is as common in other traditions' names (Doumbouya, Khaled).
  bool looksSlavic(std::string_view written, std::string_view candidate) const;

  /// A Ukrainian given name and its Russian counterpart (dictionaries/romanization/uk_ru_given_names.tsv).
  struct GivenNamePair {
    std::string ukrainian, russian;            ///< nominative, Cyrillic
    std::vector<std::string> russian_english;  ///< other English spellings of the Russian form (Alexander)
  };
  /// The pair whose Ukrainian name `word` is, in any case (Ганну, Олександра, Миколі: the name's stem less
  /// its last letter, then an ending of up to 3 letters); nullptr for other words.
  const GivenNamePair* ukrainianGivenName(std::string_view word) const;

  /// The forms `word` may have in the nominative if it is a declined Russian or Ukrainian noun or adjective
  /// (`lang` ru or uk; dictionaries/romanization/case_endings.tsv): the word itself first, then the word with
  /// each case ending it has replaced, longest ending first ("Джидду" → Джидду, Джидда, Джидд). Guesses: the
  /// caller keeps only the forms its data knows. Other languages get the word alone.
  std::vector<std::string> nominatives(std::string_view word, std::string_view lang) const;

  /// Conventions known, in file order (fr, de, es, pl, uk-as-ru).
  const std::vector<std::string>& conventions() const { return convention_order_; }

 private:
  Romanization();
  struct Transforms;
  std::unique_ptr<Transforms> transforms_;
  std::vector<ConventionPattern> patterns_;  // longest foreign first within a convention
  std::vector<std::string> convention_order_;
  std::vector<std::string> suffixes_, prefixes_, clusters_;
  std::vector<GivenNamePair> given_names_;  // Ukrainian names in lower case
  struct CaseEnding {
    std::string language, ending, nominative;
  };
  std::vector<CaseEnding> case_endings_;  // longest ending first
};

}  // namespace concord
