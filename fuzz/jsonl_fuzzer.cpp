// JSON Lines results read back by `concord merge` and `concord report`: parsing, the contract checks of
// jsonl_validation, pairing findings with their pair line, and the report's flat view. What reads back must
// be written and read again to the same pairs.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "checker/model/error.h"
#include "checker/output/jsonl_reporter.h"
#include "checker/style_report/results.h"
#include "fuzz/fuzz_input.h"

using concord::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  concord::BatchReport report;
  std::istringstream in{std::string(concord::fuzz::asText(data, size))};
  try {
    concord::readJsonl(in, "fuzz.jsonl", report);
  } catch (const concord::UserError&) {
    return 0;
  }
  report.sortPairs();
  static_cast<void>(concord::report::resultSet(report));  // the report's flat view must not throw
  std::string written;
  for (const concord::PairReport& pair : report.pairs) written += concord::pairToJsonl(pair);
  concord::BatchReport again;
  std::istringstream back(written);
  concord::readJsonl(back, "rewritten.jsonl", again);
  require(again.pairs.size() == report.pairs.size());
  return 0;
}
