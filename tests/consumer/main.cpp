// Uses only <concord/concord.h>: lists the rules, checks a pair from its files and again from memory, and
// prints one line per finding (rule, side, line, column) as the install test compares them with
// `concord check --format json`. Exit 0 when both checks agree, 1 when they do not, 2 on bad input.
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include <concord/concord.h>

namespace {

std::string readWhole(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: consumer SOURCE TARGET\n";
    return 2;
  }
  try {
    std::cout << "concord " << concord::api::version() << ", " << concord::api::listRules().size()
              << " rules\n";
    const auto from_files = concord::api::checkFiles(argv[1], argv[2]);
    concord::api::Options options;
    options.source_lang = "fr";
    options.target_lang = "en";
    const auto from_memory = concord::api::checkTexts(readWhole(argv[1]), readWhole(argv[2]), options);
    for (const auto& finding : from_files) {
      std::cout << finding.rule_id << '\t' << finding.side << '\t' << finding.line << '\t' << finding.column
                << '\n';
    }
    if (from_memory.size() != from_files.size()) {
      std::cerr << "consumer: " << from_files.size() << " findings from the files, " << from_memory.size()
                << " from memory\n";
      return 1;
    }
  } catch (const std::runtime_error& error) {
    std::cerr << "consumer: " << error.what() << '\n';
    return 2;
  }
  return 0;
}
