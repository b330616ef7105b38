#pragma once

#include <string_view>
#include <vector>

#include "rules/evidence/term_match.h"

namespace concord::rules {

/// Which of `words` (one sentence of `text`, in order) spell out an acronym given in brackets right after
/// them that `other` (the other side's words) keeps: "the Lagos State Traffic Management Authority (LASTMA)"
/// against "der Verkehrsbehörde des Bundesstaats (LASTMA)". A translator may render a long foreign name by a
/// description and its acronym; the name is there, under its acronym. Each capitalised word of the name gives
/// the acronym one or more of its first letters (LAgos State …); short lower-case words between them (of,
/// the, de, für) give none. One flag per word.
std::vector<bool> spelledOutByKeptAcronym(std::string_view text, const std::vector<Word>& words,
                                          const std::vector<Word>& other);

}  // namespace concord::rules
