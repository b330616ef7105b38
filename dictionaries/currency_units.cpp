#include "dictionaries/currency_units.h"

#include <algorithm>
#include <cctype>
#include <fstream>

#include <nlohmann/json.hpp>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"

namespace concord {

CurrencyUnits CurrencyUnits::load(const std::string& json_path) {
  CurrencyUnits units;
  std::ifstream in(json_path, std::ios::binary);
  if (!in) return units;
  nlohmann::json table;
  try {
    table = nlohmann::json::parse(in);
  } catch (const nlohmann::json::parse_error& error) {
    throw UserError(json_path + ": " + error.what());
  }
  const auto list = table.find("4217");
  if (list == table.end() || !list->is_array()) throw UserError(json_path + ": no \"4217\" list");
  for (const auto& entry : *list) {
    const auto name = entry.find("name");
    const auto code = entry.find("alpha_3");
    if (name == entry.end() || !name->is_string() || code == entry.end() || !code->is_string()) continue;
    // X codes are metals, drawing rights, test and fund codes ("Gold", "… no currency is involved").
    if (code->get<std::string>().starts_with("X")) continue;
    const std::string text = name->get<std::string>();
    const std::size_t space = text.find_last_of(' ');
    const std::string unit = space == std::string::npos ? text : text.substr(space + 1);
    // A unit word is letters only: "(UDI)" and the like are descriptions.
    if (unit.size() < 3 ||
        !std::all_of(unit.begin(), unit.end(), [](unsigned char c) { return std::isalpha(c); }))
      continue;
    units.units_.insert(foldKey(unit, true));
  }
  return units;
}

bool CurrencyUnits::contains(std::string_view word) const {
  // Accents aside: a language writes the unit in its own spelling (Spanish guaraní, plural guaraníes, for
  // iso-codes' Guarani; French dinar, Spanish dinares).
  const std::string key = foldKey(word, true);
  if (units_.count(key)) return true;
  for (std::string_view plural : {"s", "es"}) {
    if (key.size() > plural.size() + 2 && std::string_view(key).ends_with(plural) &&
        units_.count(std::string_view(key).substr(0, key.size() - plural.size())))
      return true;
  }
  return false;
}

}  // namespace concord
