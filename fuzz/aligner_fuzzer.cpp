// The default aligner over two segmented articles. Input: a header byte (source language; the target is
// English), then `source NUL target`. Every sentence of both sides must be in exactly one link.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "aligners/default_aligner.h"
#include "fuzz/fuzz_input.h"
#include "fuzz/segment_article.h"

using concord::fuzz::require;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  concord::fuzz::prepareLanguages();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = concord::fuzz::asText(data, size);
  const concord::fuzz::InputHeader header = concord::fuzz::readHeader(input);
  const auto [source_text, target_text] = concord::fuzz::splitPair(input);
  const auto source = concord::fuzz::segmentArticle(source_text, header.lang, false);
  const auto target = concord::fuzz::segmentArticle(target_text, "en", false);
  if (!source || !target) return 0;
  const concord::Alignment alignment = concord::aligners::defaultAligner().align(*source, *target);
  std::vector<int> source_seen(source->sentences().size()), target_seen(target->sentences().size());
  for (const concord::Link& link : alignment.links()) {
    require(link.source_end() <= source_seen.size() && link.target_end() <= target_seen.size());
    for (std::size_t i = link.source_begin; i < link.source_end(); ++i) ++source_seen[i];
    for (std::size_t i = link.target_begin; i < link.target_end(); ++i) ++target_seen[i];
  }
  for (int seen : source_seen) require(seen == 1);
  for (int seen : target_seen) require(seen == 1);
  return 0;
}
