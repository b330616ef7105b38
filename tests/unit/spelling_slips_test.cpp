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

}  // namespace
}  // namespace concord::rules
