#pragma once

#include <string>

#include <gtest/gtest.h>

#include "checker/model/error.h"

namespace concord::testing {

/// Expects `run()` to throw a UserError whose message names `place` ("en.txt:2"): a bad data line is reported
/// as file:line.
template <typename Fn>
void expectUserErrorAt(Fn&& run, const std::string& place) {
  try {
    run();
    ADD_FAILURE() << "expected a UserError naming " << place;
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find(place), std::string::npos) << e.what();
  }
}

}  // namespace concord::testing
