// One name written a letter off: which spelling is the slip.
#include "rules/consistency/spelling_slips.h"

#include <gtest/gtest.h>

namespace concord::rules {
namespace {

TEST(SpellingSlips, TheSourceAndTheMajorityDecide) {
  const auto slips = spellingSlips({{"Tebboune", 2}, {"Teboune", 1}, {"Niamey", 1}, {"Niamay", 1}},
                                   {"Tebboune", "Niamey", "Alger"});
  ASSERT_EQ(slips.size(), 2u);
  EXPECT_EQ(slips.at("Teboune"), "Tebboune");
  EXPECT_EQ(slips.at("Niamay"), "Niamey");
}

TEST(SpellingSlips, TwoSpellingsTheSourceWritesAreTwoNames) {
  // Mohammed bin Salman and Mohamed Ould Ghazouani: both spellings are in the source.
  EXPECT_TRUE(spellingSlips({{"Mohammed", 2}, {"Mohamed", 2}}, {"Mohammed", "Mohamed"}).empty());
  // A short name is too likely another word (Maria, Marta): no slip under five letters.
  EXPECT_TRUE(spellingSlips({{"Sami", 2}, {"Sam", 1}}, {"Sami"}).empty());
  // The slipped spelling more frequent than the source's one: the translation chose it.
  EXPECT_TRUE(spellingSlips({{"Teboune", 3}, {"Tebboune", 1}}, {"Tebboune"}).empty());
}

TEST(SpellingSlips, TheSourceBacksItsNameRomanizedTheTargetsWay) {
  // An English source's Navalnaya is a German target's Nawalnaja: the slip is measured against that.
  const auto slips = spellingSlips({{"Nawalnaja", 3}, {"Nawalnja", 1}}, {"Navalnaya", "Berlin"});
  ASSERT_EQ(slips.size(), 1u);
  EXPECT_EQ(slips.at("Nawalnja"), "Nawalnaja");
  // Backed by its key only, a spelling says nothing against a word the source backs the same way: Ivano of
  // Iwano-Frankiwsk beside Ivan is no slip.
  EXPECT_TRUE(spellingSlips({{"Ivano", 1}, {"Iwan", 2}}, {"Iwano", "Ivan"}).empty());
}

}  // namespace
}  // namespace concord::rules
